"""The intermediate representation: plain frozen dataclasses, the seam between the spec side
(load … build) and the code side (render … write). Templates see only these objects.

Text that came from the spec is typed :class:`SpecText`; the renderer refuses to emit it
unless it went through an escaping filter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


class SpecText(str):
    """A string that came from the spec: untrusted, only emitted through an escaping filter."""

    __slots__ = ()


# -- types ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prim:
    """``str``, ``int``, ``float``, ``bool``, ``bytes``, ``None``, ``Any``, ``datetime``,
    ``date``, ``FileInput`` (a file for a multipart field), ``object`` (any JSON object)."""

    name: str


@dataclass(frozen=True, slots=True)
class ModelRef:
    name: str  # a class or type-alias name in the models module


@dataclass(frozen=True, slots=True)
class ListOf:
    item: Type


@dataclass(frozen=True, slots=True)
class MapOf:
    value: Type


@dataclass(frozen=True, slots=True)
class TupleOf:
    items: tuple[Type, ...]


@dataclass(frozen=True, slots=True)
class LiteralOf:
    values: tuple[Any, ...]  # str / int / bool values
    lenient: bool = True  # accept unknown strings when parsing responses


@dataclass(frozen=True, slots=True)
class UnionOf:
    variants: tuple[Type, ...]
    discriminator: str | None = None


@dataclass(frozen=True, slots=True)
class Nullable:
    inner: Type


Type = Prim | ModelRef | ListOf | MapOf | TupleOf | LiteralOf | UnionOf | Nullable

ANY = Prim("Any")


def model_names(t: Type) -> Iterator[str]:
    if isinstance(t, ModelRef):
        yield t.name
    elif isinstance(t, ListOf):
        yield from model_names(t.item)
    elif isinstance(t, MapOf):
        yield from model_names(t.value)
    elif isinstance(t, TupleOf):
        for i in t.items:
            yield from model_names(i)
    elif isinstance(t, UnionOf):
        for v in t.variants:
            yield from model_names(v)
    elif isinstance(t, Nullable):
        yield from model_names(t.inner)


# -- models --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # Python identifier
    json_name: SpecText  # the key on the wire, verbatim (rendered through the literal filter)
    type: Type
    annotation: str  # Python source of the annotation
    required: bool
    default: str | None  # Python source of the default, None → no default
    description: SpecText | None = None
    deprecated: bool = False

    @property
    def needs_alias(self) -> bool:
        return self.name != self.json_name


@dataclass(frozen=True, slots=True)
class Model:
    """A pydantic class, or (``alias`` set) a module-level type alias."""

    name: str
    schema_name: str  # the component key, or the inline path it came from
    description: SpecText | None
    fields: tuple[Field, ...] = ()
    base: str | None = None
    extra: str = "allow"  # "allow" | "forbid"
    extra_annotation: str | None = None  # typed additionalProperties values
    alias: str | None = None  # Python source of an alias's value
    alias_deps: tuple[str, ...] = ()


# -- operations ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    json_name: str
    location: str  # "path" | "query" | "header" | "cookie"
    annotation: str
    required: bool
    description: SpecText | None = None


@dataclass(frozen=True, slots=True)
class Body:
    kind: str  # "json" | "multipart" | "form" | "binary" | "text"
    content_type: str
    required: bool
    model: str | None  # model class used to check the arguments (object bodies)
    fields: tuple[Field, ...]  # keywords, when the body is an object
    annotation: str  # for ``body=`` when not an object
    file_fields: tuple[str, ...] = ()  # JSON names of binary multipart fields


@dataclass(frozen=True, slots=True)
class StreamInfo:
    event_annotation: str  # T of Stream[T]
    param: str | None  # the body keyword that switches streaming (``stream``), if any
    default: bool  # streams when that keyword is not given
    always: bool  # the operation only streams


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    operation_id: SpecText | None
    http_method: str
    path: str  # template with the spec's parameter names (rendered through the literal filter)
    summary: SpecText | None
    description: SpecText | None
    deprecated: bool
    params: tuple[Param, ...]
    body: Body | None
    response_kind: str  # "json" | "binary" | "text" | "empty"
    response_annotation: str  # the Python return type (non-stream)
    cast_to: str  # Python expression evaluated at call time for parsing, or "None"
    error_types: tuple[tuple[int, str], ...]
    stream: StreamInfo | None
    model_imports: tuple[str, ...]  # model names the method needs
    notes: tuple[str, ...] = ()
    params_model: str | None = None  # checks path, query and header arguments
    accept: str | None = None  # Accept header when the answer is not JSON
    url_path: str = ""  # ``path`` without a query part some specs put in path keys
    fixed_query: tuple[tuple[str, str], ...] = ()  # that query part (``?beta=true``)

    @property
    def uses_models(self) -> bool:
        """Whether the method body refers to the models module."""
        return bool(
            self.params_model
            or self.model_imports
            or (self.body is not None and self.body.model)
            or self.cast_to != "None"
            or self.error_types
            or (self.stream is not None and self.stream.event_annotation not in ("Any", "str"))
        )



@dataclass(frozen=True, slots=True)
class Resource:
    attr: str  # attribute on the parent
    class_name: str  # sync class; async is "Async" + class_name
    path: tuple[str, ...]  # attribute path from the client
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]
    module: str  # module under _resources/


@dataclass(frozen=True, slots=True)
class Auth:
    kind: str  # "bearer" | "header" | "query" | "basic" | "none"
    name: str  # header or query parameter name
    env_var: str


@dataclass(frozen=True, slots=True)
class Api:
    package: str  # import name
    dist_name: str  # pip name
    title: SpecText
    version: SpecText
    description: SpecText | None
    env_prefix: str
    base_url: SpecText  # default server URL, "" if none
    auth: Auth
    models: tuple[Model, ...]
    root: Resource  # operations on the client itself + top-level resources
    spec_sha256: str
    generator_version: str
    warnings: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (message, pointer)

    def all_operations(self) -> list[tuple[Resource, Operation]]:
        out: list[tuple[Resource, Operation]] = []
        stack = [self.root]
        while stack:
            res = stack.pop(0)
            out.extend((res, op) for op in res.operations)
            stack[:0] = list(res.children)
        return out
