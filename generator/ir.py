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
    # an ``Idempotency-Key`` header: when not given, one key is made per call, kept on retries
    idempotency_key: bool = False

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
class Pagination:
    """How a list operation pages (decided in :mod:`generator.build.pagination`, executed by the
    runtime's ``_pagination``). Body paths are tuples of JSON property names.

    ``kind``: ``cursor`` (``param`` takes the value at ``next``, or the last item's
    ``cursor_field`` when ``next`` is empty), ``offset`` (``param`` advances by the items
    received), ``page`` (``param`` counts pages from ``start``), ``link`` (the ``Link`` header's
    ``rel="next"`` URL) or ``url`` (the URL at ``next``). ``items``: the array of items (``()``:
    the response is the array); ``has_more``: a boolean that says whether another page follows;
    ``total``: the total count of items (offset) or of pages (page).
    """

    kind: str  # "cursor" | "offset" | "page" | "link" | "url"
    item: Type  # T of SyncPage[T]
    items: tuple[SpecText, ...] = ()
    param: SpecText | None = None  # the query parameter the next request sets
    next: tuple[SpecText, ...] = ()
    has_more: tuple[SpecText, ...] = ()
    total: tuple[SpecText, ...] = ()
    limit: SpecText | None = None  # the page-size query parameter, when there is one
    cursor_field: str = "id"  # the item property a cursor is taken from (spec text)
    start: int = 1  # page: the first page's number
    source: str = "detected"  # "detected" | "x-pagination" | "config"

    def describe(self) -> str:
        """One line for ``inspect`` and the README: ``cursor: after ← last_id``."""
        dotted = ".".join
        if self.kind == "cursor":
            how = (
                f"{self.param} <- {dotted(self.next) if self.next else 'last.' + self.cursor_field}"
            )
        elif self.kind in ("offset", "page"):
            how = f"{self.param}" + (f", {self.limit}" if self.limit else "")
        elif self.kind == "link":
            how = "Link rel=next"
        else:
            how = dotted(self.next)
        items = dotted(self.items) if self.items else "[]"
        note = "" if self.source == "detected" else f" ({self.source})"
        return f"{self.kind}: {how}; items {items}{note}"


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
    pagination: Pagination | None = None  # a list operation that pages: returns a page
    security: Requirement | None = None  # its own requirements (None: the API's default)

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
class SecurityScheme:
    """A security scheme the client can send (decided in :mod:`generator.build.security`).

    ``kind``: ``bearer`` (``Authorization: Bearer <token>``: http bearer, openIdConnect and
    OAuth2 flows without client credentials), ``basic``, ``header``/``query``/``cookie`` (an
    apiKey there, named ``name``), or ``oauth2`` (client credentials: the client fetches the
    token from ``token_url``, or takes a ready one). Each keyword reads its environment variable
    ``<PREFIX>_<KEYWORD>`` upper-cased.
    """

    key: SpecText  # the scheme's name under components.securitySchemes (requirements name it)
    kind: str  # "bearer" | "basic" | "header" | "query" | "cookie" | "oauth2"
    name: SpecText  # the header, query parameter or cookie it is sent in
    param: str  # the client keyword of its credential (key, token, "user:password")
    env_var: str
    description: SpecText | None = None
    token_url: SpecText | None = None  # oauth2: the clientCredentials flow's tokenUrl
    scopes: tuple[SpecText, ...] = ()  # oauth2: the flow's scopes, asked for with the token
    client_id_param: str | None = None  # oauth2: keywords of the client id and secret
    client_secret_param: str | None = None
    client_id_env: str | None = None
    client_secret_env: str | None = None

    @property
    def params(self) -> tuple[str, ...]:
        """Every client keyword this scheme takes."""
        extra = (self.client_id_param, self.client_secret_param)
        return (self.param, *(p for p in extra if p))


Requirement = tuple[tuple[str, ...], ...]
"""Security requirements: alternatives (OR), each the scheme keys it needs together (AND);
``()`` (``security: []``) sends nothing, an empty alternative makes credentials optional."""


@dataclass(frozen=True, slots=True)
class ServerVariable:
    name: SpecText
    default: SpecText
    enum: tuple[SpecText, ...] = ()


@dataclass(frozen=True, slots=True)
class Server:
    """A Server Object: a URL template, its description and variables."""

    url: SpecText
    description: SpecText | None = None
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True, slots=True)
class Api:
    package: str  # import name
    dist_name: str  # pip name
    title: SpecText
    version: SpecText
    description: SpecText | None
    env_prefix: str
    base_url: SpecText  # default server URL, "" if none
    security_schemes: tuple[SecurityScheme, ...]  # the first is what ``api_key`` means
    security: Requirement  # the default of operations without their own ``security``
    models: tuple[Model, ...]
    root: Resource  # operations on the client itself + top-level resources
    spec_sha256: str
    generator_version: str
    warnings: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (message, pointer)
    servers: tuple[Server, ...] = ()  # what Client(server=..., server_variables=...) chooses from
    package_version: str = "0.1.0"  # the distribution's version (PEP 440, normalized)

    @property
    def custom_init(self) -> bool:
        """Whether ``Client`` takes credential keywords besides ``api_key`` (its own
        ``__init__``)."""
        return any(
            s.param != "api_key" or s.client_id_param or s.kind == "basic"
            for s in self.security_schemes
        )

    def all_operations(self) -> list[tuple[Resource, Operation]]:
        out: list[tuple[Resource, Operation]] = []
        stack = [self.root]
        while stack:
            res = stack.pop(0)
            out.extend((res, op) for op in res.operations)
            stack[:0] = list(res.children)
        return out
