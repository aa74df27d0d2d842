"""The one place a type of the IR becomes Python source, and the imports that source needs.

A type is written for a *position*, because the same schema reads differently where a value
comes from:

- ``MODEL``: a field of a pydantic response model; validation markers included (lenient enums,
  discriminated unions, lenient formats), optional properties become ``T | None``;
- ``SHAPE``: a key of a request shape (a ``TypedDict``, also validated at run time by pydantic):
  what a caller may write, so a model is ``Model | ModelParam``, an array any ``Sequence``, a
  map any ``Mapping``, a date-time a ``datetime`` or its string;
- ``KEYWORD``: a method argument, as ``SHAPE`` but with the file type callers read in the docs;
- ``RETURN``: what a method returns: the model types, without validation markers.

:func:`write` walks the type once and records every name it writes in an :class:`Imports`
collector, so the source and its imports cannot disagree. Nothing downstream parses
annotation text back.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.escape import pystr
from generator.ir import ListOf, LiteralOf, MapOf, ModelRef, Nullable, Prim, TupleOf, Type, UnionOf


class Position(enum.Enum):
    MODEL = "model"
    SHAPE = "shape"
    KEYWORD = "keyword"
    RETURN = "return"


# where each name a type can write is imported from
TYPING = "typing"
ABC = "collections.abc"
DATETIME = "datetime"
UUID_MODULE = "uuid"
PYDANTIC = "pydantic"
RUNTIME = "runtime"  # the package's ``_runtime``
MODELS = "models"  # a name in the package's ``models``
PARAMS = "params"  # a request shape in the package's ``params``
BUILTINS = "builtins"  # ``import builtins`` (a method shadows a builtin type)

_FORMATS = {"datetime": DATETIME, "date": DATETIME, "UUID": UUID_MODULE}
_BUILTIN_TYPES = frozenset(
    {"list", "dict", "str", "int", "float", "bool", "bytes", "tuple", "object"}
)


@dataclass
class Imports:
    """Names by the module they come from (see the module constants above)."""

    names: dict[str, set[str]] = field(default_factory=dict)

    def add(self, module: str, name: str) -> None:
        self.names.setdefault(module, set()).add(name)

    def get(self, module: str) -> set[str]:
        return self.names.get(module, set())


@dataclass(frozen=True)
class Context:
    """What the writer must know beyond the type: the request shape of each model reached from
    a request, and the builtin names a method shadows in its class (written ``builtins.x``)."""

    requests: Mapping[str, str] = field(default_factory=dict)  # model name → request name
    classes: frozenset[str] = frozenset()  # model names that are classes (not aliases)
    shadowed: frozenset[str] = frozenset()


def py_literal(value: Any) -> str:
    """Python source for a JSON value (a safe literal; strings through :func:`pystr`)."""
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    return pystr(str(value))


def write(t: Type, pos: Position, ctx: Context, imports: Imports) -> str:
    """Python source for ``t`` at ``pos``; every name it uses is added to ``imports``."""
    return _Writer(pos, ctx, imports).source(t)


def source(t: Type, pos: Position, ctx: Context | None = None) -> str:
    """The source alone (tables, surfaces, tests)."""
    return write(t, pos, ctx or Context(), Imports())


def union_parts(t: Type, pos: Position, ctx: Context | None = None) -> list[str]:
    """The top-level members of ``t`` at ``pos`` (for comparing two versions of a type)."""
    return _Writer(pos, ctx or Context(), Imports()).parts(t)


class _Writer:
    def __init__(self, pos: Position, ctx: Context, imports: Imports) -> None:
        self.pos = pos
        self.ctx = ctx
        self.imports = imports

    @property
    def accepts(self) -> bool:
        """Writing what a caller may pass (rather than what the client gives back)."""
        return self.pos in (Position.SHAPE, Position.KEYWORD)

    def builtin(self, name: str) -> str:
        if name in self.ctx.shadowed and name in _BUILTIN_TYPES:
            self.imports.add(BUILTINS, "builtins")
            return f"builtins.{name}"
        return name

    def source(self, t: Type) -> str:
        parts = self.parts(t)
        if self._annotated_union(t):
            return parts[0] if len(parts) == 1 else " | ".join(parts)
        return " | ".join(parts)

    def _annotated_union(self, t: Type) -> bool:
        return isinstance(t, UnionOf) and bool(t.discriminator) and self.pos is Position.MODEL

    def parts(self, t: Type) -> list[str]:
        """Top-level union members, flattened, without repeats, ``None`` last."""
        if isinstance(t, UnionOf):
            out: list[str] = []
            for v in t.variants:
                for part in self.parts(v):
                    if part not in out:
                        out.append(part)
            out = _none_last(out)
            if "Any" in out:
                return ["Any"]
            if self._annotated_union(t):
                self.imports.add(TYPING, "Annotated")
                self.imports.add(PYDANTIC, "Field")
                self.imports.add(RUNTIME, "LenientUnion")
                body = " | ".join(out)
                disc = py_literal(t.discriminator)
                return [f"Annotated[{body}, Field(discriminator={disc}), LenientUnion]"]
            return out
        if isinstance(t, Nullable):
            inner = self.parts(t.inner)
            if inner == ["Any"]:
                return inner
            return _none_last(inner + ([] if "None" in inner else ["None"]))
        if isinstance(t, ModelRef):
            return self.model_ref(t.name)
        if isinstance(t, Prim) and t.name in _FORMATS and self.accepts:
            value, text = self.prim(t.name), self.builtin("str")  # the value or its ISO 8601 text
            if self.pos is Position.SHAPE:  # validated as the value: text is parsed and checked
                self.imports.add(TYPING, "Annotated")
                self.imports.add(RUNTIME, "FormatInput")
                return [f"Annotated[{value} | {text}, FormatInput]"]
            return [value, text]
        return [self.single(t)]

    def model_ref(self, name: str) -> list[str]:
        request = self.ctx.requests.get(name) if self.accepts else None
        if request is None:
            self.imports.add(MODELS, name)
            return [name]
        self.imports.add(PARAMS, request)
        if name in self.ctx.classes:
            self.imports.add(MODELS, name)
            return [name, request]
        return [request]

    def single(self, t: Type) -> str:
        if isinstance(t, Prim):
            return self.prim(t.name)
        if isinstance(t, ListOf):
            item = self.source(t.item)
            if not self.accepts:
                return f"{self.builtin('list')}[{item}]"
            if t.item == Prim("str"):
                self.imports.add(RUNTIME, "SequenceNotStr")
                return f"SequenceNotStr[{item}]"
            self.imports.add(ABC, "Sequence")
            return f"Sequence[{item}]"
        if isinstance(t, MapOf):
            value = self.source(t.value)
            if self.accepts:
                self.imports.add(ABC, "Mapping")
                return f"Mapping[{self.builtin('str')}, {value}]"
            return f"{self.builtin('dict')}[{self.builtin('str')}, {value}]"
        if isinstance(t, TupleOf):
            if not t.items:
                return f"{self.builtin('tuple')}[()]"
            return f"{self.builtin('tuple')}[" + ", ".join(self.source(i) for i in t.items) + "]"
        if isinstance(t, LiteralOf):
            self.imports.add(TYPING, "Literal")
            lit = "Literal[" + ", ".join(py_literal(v) for v in t.values) + "]"
            if (
                self.pos is Position.MODEL
                and t.lenient
                and all(isinstance(v, str) for v in t.values)
            ):
                self.imports.add(TYPING, "Annotated")
                self.imports.add(RUNTIME, "LenientLiteral")
                return f"Annotated[{lit}, LenientLiteral]"
            return lit
        raise TypeError(t)

    def prim(self, name: str) -> str:
        if name == "Any":
            self.imports.add(TYPING, "Any")
            return "Any"
        if name == "None":
            return "None"
        if name == "object":
            if self.accepts:
                self.imports.add(ABC, "Mapping")
                return f"Mapping[{self.builtin('str')}, {self.builtin('object')}]"
            self.imports.add(TYPING, "Any")
            return f"{self.builtin('dict')}[{self.builtin('str')}, Any]"
        if name in _FORMATS:
            self.imports.add(_FORMATS[name], name)
            if self.pos is Position.MODEL:
                self.imports.add(TYPING, "Annotated")
                self.imports.add(RUNTIME, "LenientFormat")
                return f"Annotated[{name}, LenientFormat]"
            return name
        if name == "IO":
            self.imports.add(TYPING, "IO")
            return f"IO[{self.builtin('bytes')}]"
        if name == "FileInput":
            file_type = "FileTypes" if self.pos is Position.KEYWORD else "FileInput"
            self.imports.add(RUNTIME, file_type)
            return file_type
        return self.builtin(name)


def _none_last(parts: list[str]) -> list[str]:
    if "None" in parts:
        return [p for p in parts if p != "None"] + ["None"]
    return parts
