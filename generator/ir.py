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
    ``date``, ``UUID``, ``FileInput`` (a file for a multipart field), ``IO`` (a binary file
    object), ``object`` (any JSON object)."""

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
class Default:
    """A property's default value, kept as the JSON value it is (rendered as a literal)."""

    value: Any


@dataclass(frozen=True, slots=True)
class Field:
    """A property of an object schema: a model attribute, a request-shape key, a keyword.

    ``type`` is the schema's own type; an optional property becomes ``T | None`` in a response
    model (the server may leave it out) but stays ``T`` in a request shape (``NotRequired``).
    """

    name: str  # Python identifier
    json_name: SpecText  # the key on the wire, verbatim (rendered through the literal filter)
    type: Type
    required: bool  # as the schema says
    default: Default | None = None  # a response model's default, when the spec gives one
    description: SpecText | None = None
    deprecated: bool = False
    read_only: bool = False  # never in a request
    write_only: bool = False  # never required in a response

    @property
    def needs_alias(self) -> bool:
        return self.name != self.json_name

    @property
    def model_required(self) -> bool:
        """Required in a response model (a writeOnly property never is)."""
        return self.required and not self.write_only


@dataclass(frozen=True, slots=True)
class Model:
    """A pydantic class, or (``alias`` set) a module-level type alias.

    ``request_name`` names its request shape (a ``TypedDict`` for a class, a type alias of the
    accepted forms for an alias) when some request reaches it.
    """

    name: str
    schema_name: str  # the component key, or the inline path it came from
    description: SpecText | None
    fields: tuple[Field, ...] = ()
    base: str | None = None
    extra: str = "allow"  # "allow" | "forbid"
    extra_type: Type | None = None  # typed additionalProperties values
    alias: Type | None = None  # the value of a type alias
    request_name: str | None = None

    @property
    def is_class(self) -> bool:
        return self.alias is None

    @property
    def request_fields(self) -> tuple[Field, ...]:
        """The keys of its request shape: every property but the readOnly ones."""
        return tuple(f for f in self.fields if not f.read_only)


# -- operations ----------------------------------------------------------------------------


# OpenAPI's default serialization per parameter location (style, explode)
DEFAULT_STYLES = {
    "query": ("form", True),
    "path": ("simple", False),
    "header": ("simple", False),
    "cookie": ("form", True),
}


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    json_name: str
    location: str  # "path" | "query" | "header" | "cookie"
    type: Type
    required: bool
    description: SpecText | None = None
    deprecated: bool = False
    style: str = ""  # "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "simple" | ...
    explode: bool = False
    allow_reserved: bool = False
    content_type: str | None = None  # a parameter declared with ``content``: sent as that media
    array_format: str = "brackets"  # arrays inside a deepObject: "brackets" | "indices" | "repeat"

    @property
    def serialization(
        self,
    ) -> tuple[str, bool, bool, str | None] | tuple[str, bool, bool, str | None, str] | None:
        """How the runtime serializes it, when that is not the location's default."""
        default = DEFAULT_STYLES.get(self.location)
        plain = (self.style, self.explode) == default and not self.allow_reserved
        if plain and self.content_type is None:
            return None
        if self.style == "deepObject" and self.array_format != "brackets":
            return (
                self.style,
                self.explode,
                self.allow_reserved,
                self.content_type,
                self.array_format,
            )
        return (self.style, self.explode, self.allow_reserved, self.content_type)


@dataclass(frozen=True, slots=True)
class PartEncoding:
    """How one property of a form or multipart body is sent (its Encoding Object)."""

    json_name: str  # the property ("" for a body's default)
    content_type: SpecText | None = None  # contentType, when declared
    style: str | None = None  # set when style, explode or allowReserved is declared
    explode: bool = True
    allow_reserved: bool = False
    array_format: str = "brackets"  # arrays inside a deepObject
    headers: tuple[tuple[SpecText, SpecText], ...] = ()  # fixed part headers (multipart)


@dataclass(frozen=True, slots=True)
class Body:
    kind: str  # "json" | "multipart" | "form" | "binary" | "text"
    content_type: str
    required: bool
    # what checks the arguments at run time: the model whose request shape (in ``params``) an
    # object body's keywords must fit, or the name in ``models`` a ``body=`` value must fit
    model: str | None
    fields: tuple[Field, ...]  # keywords, when the body is an object
    type: Type  # of ``body=`` when not an object
    file_fields: tuple[str, ...] = ()  # JSON names of binary multipart fields
    description: SpecText | None = None
    encoding: tuple[PartEncoding, ...] = ()  # form/multipart properties with an Encoding Object
    default_encoding: PartEncoding | None = None  # the others, when not OpenAPI's defaults


@dataclass(frozen=True, slots=True)
class StreamInfo:
    event: Type  # T of Stream[T]
    event_cls: str | None  # the name in ``models`` events parse as (None: raw data)
    param: str | None  # the body keyword that switches streaming (``stream``), if any
    default: bool  # streams when that keyword is not given
    always: bool  # the operation only streams


@dataclass(frozen=True, slots=True)
class ResponsePlan:
    """What a plain call returns and how the runtime reads it."""

    kind: str  # "json" | "binary" | "text" | "empty"
    type: Type  # the Python return type (non-stream)
    cast_to: str | None  # the name in ``models`` a JSON answer parses as (None: raw JSON)
    accept: str | None = None  # Accept header when the answer is not JSON
    stream: StreamInfo | None = None


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
    response: ResponsePlan
    error_types: tuple[tuple[int, str], ...]
    notes: tuple[str, ...] = ()
    params_model: str | None = None  # checks path, query and header arguments
    url_path: str = ""  # ``path`` without a query part some specs put in path keys
    fixed_query: tuple[tuple[str, str], ...] = ()  # that query part (``?beta=true``)

    @property
    def stream(self) -> StreamInfo | None:
        return self.response.stream

    @property
    def path_params(self) -> tuple[Param, ...]:
        """Path parameters in the order the path names them (positional or keyword)."""
        return tuple(p for p in self.params if p.location == "path")

    @property
    def other_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location != "path")

    @property
    def uses_params(self) -> bool:
        """Whether the method checks its body against a request shape (``params``)."""
        return self.body is not None and bool(self.body.model and self.body.fields)

    @property
    def uses_models(self) -> bool:
        """Whether the method refers to the ``models`` package at run time."""
        return bool(
            self.params_model
            or (self.body is not None and self.body.model and not self.body.fields)
            or self.response.cast_to
            or self.error_types
            or (self.stream is not None and self.stream.event_cls)
        )

    @property
    def deprecated_params(self) -> tuple[Param | Field, ...]:
        fields: tuple[Field, ...] = self.body.fields if self.body else ()
        both: tuple[Param | Field, ...] = (*self.params, *fields)
        return tuple(p for p in both if p.deprecated)


@dataclass(frozen=True, slots=True)
class Resource:
    attr: str  # attribute on the parent
    class_name: str  # sync class; async is "Async" + class_name
    path: tuple[str, ...]  # attribute path from the client (``client.a.b``)
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
