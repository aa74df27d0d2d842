"""OpenAPI 3.0/3.1 parameter serialization: ``style``, ``explode``, ``allowReserved``, ``content``.

Follows the Parameter Object's "Style Values" and "Style Examples" tables of OpenAPI 3.1.1
(https://spec.openapis.org/oas/v3.1.1#style-examples), with RFC 6570 for ``matrix``, ``label``,
``simple`` and ``form`` and RFC 3986 for percent-encoding. Values are plain Python: ``bool`` is
``true``/``false``; numbers, ``UUID`` and ``Decimal`` are ``str()``; ``datetime``/``date``/
``time``/``timedelta`` are ISO 8601 exactly as pydantic writes them in JSON
(``2024-01-02T03:04:05Z``); an ``Enum`` is its value; a pydantic model is its JSON-mode dump
(``by_alias``, ``exclude_unset``) and then an object; mappings are objects; lists, tuples and
sets are arrays.

Choices where the specification is silent or leaves room:

* Undefined values (RFC 6570 section 2.3): ``None``, ``[]`` and ``{}``. ``None`` members of an
  array and ``None``-valued properties of an object are left out. A ``None`` query or cookie
  parameter sends nothing; an empty array or object sends nothing when exploded and ``name=``
  otherwise; in a path it is the table's ``undefined`` column (``""``, ``.``, ``;color``).
* An array or object nested inside an array or object (outside ``deepObject``) is sent as its
  JSON text.
* Percent-encoding: only RFC 3986 unreserved characters stay; UTF-8 for non-ASCII; space is
  ``%20``, never ``+``. Delimiters are literal (``,``, ``.``, ``;``, ``=``), while the same
  characters inside names and values are encoded (``%2C``...), so the two cannot be confused.
* ``pipeDelimited`` joins with ``%7C``, as the 3.1.1 table and Appendix E require (``|`` is not
  allowed in a URI); ``spaceDelimited`` with ``%20``. A ``|`` or space inside a value is encoded
  the same way: the specification defines no escape for it (Appendix E).
* ``spaceDelimited``/``pipeDelimited`` with ``explode: true`` (n/a in the table) are sent as
  ``form`` with ``explode: true``; ``deepObject`` with ``explode: false`` as with ``true``.
* ``deepObject`` percent-encodes its brackets (``color%5BR%5D=100``), as the 3.1.1 table and
  its Appendix E require (``[`` and ``]`` are not allowed unencoded in a query; Rails, PHP and
  Stripe decode them). Nested objects are ``a[b][c]=1``; a top-level primitive is
  ``color=blue``. Arrays, which the specification leaves undefined for ``deepObject``, follow
  the parameter's ``array_format``: ``brackets`` (the default: ``a[b][]=x&a[b][]=y``, read as
  an array by Rails, PHP, Express's ``qs`` and Stripe), ``indices`` (``a[b][0]=x``, the Stripe
  SDKs' form) or ``repeat`` (``a[b]=x&a[b]=y``).
* Query parameter names are encoded like values without ``allowReserved`` (a declared
  ``filter[status]`` goes out as ``filter%5Bstatus%5D``, which servers read back as declared).
* ``allowReserved`` (RFC 6570 reserved expansion) applies to query values and whole path
  values: reserved characters and existing ``%XX`` triples stay; a lone ``%`` is ``%25``. In a
  query, ``&``, ``=``, ``#`` (they would end the pair or the query) and ``+`` (form decoding
  reads it as a space, 3.1.1 Appendix C) are still encoded; in a path, ``?``, ``#``, ``[`` and
  ``]``. Keys that become names (exploded objects, ``deepObject``) are always fully encoded.
* A path value is never a relative segment: a ``.`` or ``..`` segment has its dots encoded as
  ``%2E`` (so an undefined ``label`` value is ``%2E``, not ``.``).
* Headers are not percent-encoded; CR, LF and NUL raise ``ValueError``. Cookies ignore
  ``allowReserved`` (only defined for queries): ``;``, ``,`` and spaces in values are always
  encoded. A style that does not belong to the location raises ``ValueError``.
* Form bodies (``application/x-www-form-urlencoded``) are written as a query string would be,
  property by property, by the property's Encoding Object (``form``, exploded, by default);
  multipart bodies use the same styles without percent-encoding (:func:`form_fields`).
* ``content``: JSON media types (``application/json``, ``*+json``) send the compact JSON text;
  other media types send a string as is and anything else as it would be sent as a primitive.
  The result is then one primitive value; ``style`` and ``explode`` do not apply.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeAlias, TypeVar, cast
from urllib.parse import quote

from ._lazy import LazyModule
from ._types import NotGiven, Omit

if TYPE_CHECKING:
    import pydantic_core
else:
    pydantic_core = LazyModule("pydantic_core")

__all__ = [
    "DEFAULT_STYLES",
    "SPEC_ENCODING",
    "ArrayFormat",
    "EncodedBody",
    "FormBody",
    "ParamStyle",
    "PartEncoding",
    "StyleSpec",
    "cookie_pairs",
    "encode_path",
    "encode_query_pairs",
    "form_fields",
    "form_pairs",
    "header_value",
    "path_value",
    "query_pairs",
    "query_string",
    "style_for",
]

ArrayFormat = Literal["brackets", "indices", "repeat"]
"""How an array inside a ``deepObject`` value is named: ``a[]``, ``a[0]`` or ``a``."""


@dataclass(frozen=True, slots=True)
class ParamStyle:
    """How one parameter is serialized (the Parameter Object's ``style``/``explode``/...).

    ``content_type`` is set for a parameter declared with ``content``: the value is written as
    that media type and then percent-encoded as one primitive value. ``array_format`` names the
    items of an array inside a ``deepObject`` value, which the specification leaves undefined.
    """

    style: str
    explode: bool
    allow_reserved: bool = False
    content_type: str | None = None
    array_format: ArrayFormat = "brackets"


DEFAULT_STYLES: dict[str, ParamStyle] = {
    "query": ParamStyle("form", True),
    "path": ParamStyle("simple", False),
    "header": ParamStyle("simple", False),
    "cookie": ParamStyle("form", True),
}

_PATH_STYLES = frozenset({"simple", "label", "matrix"})
_QUERY_STYLES = frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"})
_QUERY_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}

# RFC 3986 reserved characters that may stay literal under allowReserved, per location.
_QUERY_RESERVED = (
    ":/?@!$'()*,;[]"  # not & = # + (they would change the query's meaning)
)
_PATH_RESERVED = ":/@!$&'()*+,;="  # not ? # (they end the path) nor [ ] (not in a path)
_PCT_TRIPLE = re.compile(r"%[0-9A-Fa-f]{2}")
_HEADER_FORBIDDEN = re.compile(r"[\r\n\x00]")


# --- values -------------------------------------------------------------------------------------


def _is_model(value: object) -> bool:
    pydantic = sys.modules.get(
        "pydantic"
    )  # a model exists only if pydantic was imported
    return pydantic is not None and isinstance(value, pydantic.BaseModel)


def _plain(value: object) -> object:
    """A pydantic model as its JSON-mode dump and an Enum as its value; others unchanged."""
    while True:
        if isinstance(value, enum.Enum):
            value = value.value
        elif _is_model(value):
            value = cast(Any, value).model_dump(
                mode="json", by_alias=True, exclude_unset=True
            )
        else:
            return value


def _is_array(value: object) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _iso_text(value: datetime.date | datetime.time | datetime.timedelta) -> str:
    text: str = json.loads(pydantic_core.to_json(value))
    return text


def _scalar_text(value: object) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8")
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return _iso_text(value)
    return str(value)  # int, float, a UUID's canonical text, a Decimal's digits


def _jsonable(value: object) -> object:
    value = _plain(value)
    if isinstance(value, Mapping):
        return {_scalar_text(key): _jsonable(item) for key, item in value.items()}
    if _is_array(value):
        return [_jsonable(item) for item in cast("list[object]", value)]
    return value


def _json_text(value: object) -> str:
    return pydantic_core.to_json(_jsonable(value), by_alias=True).decode("utf-8")


def _item_text(value: object) -> str:
    """A member of an array or object: a primitive's text, a nested structure's JSON."""
    value = _plain(value)
    if isinstance(value, Mapping) or _is_array(value):
        return _json_text(value)
    return _scalar_text(value)


def _content_text(value: object, content_type: str) -> str:
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        return _json_text(value)
    return _item_text(value)


@dataclass(frozen=True, slots=True)
class _Shape:
    kind: Literal["undefined", "primitive", "array", "object"]
    text: str = ""
    items: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


def _shape(value: object) -> _Shape:
    value = _plain(value)
    if value is None:
        return _Shape("undefined")
    if isinstance(value, Mapping):
        pairs = tuple(
            (_scalar_text(key), _item_text(item))
            for key, item in value.items()
            if _plain(item) is not None
        )
        return _Shape("object", pairs=pairs) if pairs else _Shape("undefined")
    if _is_array(value):
        items = tuple(
            _item_text(item)
            for item in cast("list[object]", value)
            if _plain(item) is not None
        )
        return _Shape("array", items=items) if items else _Shape("undefined")
    return _Shape("primitive", text=_scalar_text(value))


# --- percent-encoding ---------------------------------------------------------------------------


def _encode(text: str, reserved: str | None = None) -> str:
    """RFC 3986: only unreserved characters stay. With ``reserved`` (reserved expansion), those
    characters and existing ``%XX`` triples stay too."""
    if reserved is None:
        return quote(text, safe="")
    out: list[str] = []
    start = 0
    for match in _PCT_TRIPLE.finditer(text):
        out.append(quote(text[start : match.start()], safe=reserved))
        out.append(match.group())
        start = match.end()
    out.append(quote(text[start:], safe=reserved))
    return "".join(out)


def _no_dot_segments(path: str) -> str:
    segments = path.split("/")
    return "/".join("%2E" * len(s) if s in (".", "..") else s for s in segments)


def _check_style(style: ParamStyle, allowed: frozenset[str], where: str) -> None:
    if style.content_type is None and style.style not in allowed:
        raise ValueError(f"style {style.style!r} is not valid for a {where} parameter")


# --- path ---------------------------------------------------------------------------------------


def path_value(name: str, value: object, style: ParamStyle) -> str:
    """The percent-encoded text that replaces ``{name}`` in the path.

    simple: ``blue``, ``blue,black,brown``, ``R,100,G,200`` (explode ``R=100,G=200``); label:
    ``.blue``, ``.blue,black,brown`` (explode ``.blue.black.brown``), ``.R,100,G,200`` (explode
    ``.R=100.G=200``); matrix: ``;color=blue``, ``;color=blue,black,brown`` (explode
    ``;color=blue;color=black;color=brown``), ``;color=R,100,G,200`` (explode ``;R=100;G=200``).
    Undefined (``None``, empty array/object): ``""``, ``.`` (sent as ``%2E``), ``;color``.
    A ``.`` or ``..`` segment is sent as ``%2E``/``%2E%2E``, never as a relative segment.
    """
    _check_style(style, _PATH_STYLES, "path")

    def enc(text: str) -> str:
        return _encode(text, _PATH_RESERVED if style.allow_reserved else None)

    if style.content_type is not None:
        return _no_dot_segments(enc(_content_text(value, style.content_type)))
    shape = _shape(value)
    label = _encode(name)
    if style.style == "simple":
        out = _expand(shape, enc, prefix="", sep=",", explode=style.explode)
    elif style.style == "label":
        out = "." + _expand(
            shape,
            enc,
            prefix="",
            sep="." if style.explode else ",",
            explode=style.explode,
        )
    else:  # matrix
        out = _matrix(label, shape, enc, style.explode)
    return _no_dot_segments(out)


def _expand(
    shape: _Shape, enc: Callable[[str], str], *, prefix: str, sep: str, explode: bool
) -> str:
    """simple/label bodies: items joined by ``sep``; object pairs as ``k=v`` (explode) or
    ``k,v``."""
    if shape.kind == "primitive":
        return prefix + enc(shape.text)
    if shape.kind == "array":
        return prefix + sep.join(enc(item) for item in shape.items)
    if shape.kind == "object":
        if explode:
            return prefix + sep.join(f"{enc(k)}={enc(v)}" for k, v in shape.pairs)
        return prefix + ",".join(f"{enc(k)},{enc(v)}" for k, v in shape.pairs)
    return prefix


def _matrix(label: str, shape: _Shape, enc: Callable[[str], str], explode: bool) -> str:
    def pair(key: str, text: str) -> str:
        return (
            f";{key}={text}" if text else f";{key}"
        )  # RFC 6570: ";x" for an empty value

    if shape.kind == "primitive":
        return pair(label, enc(shape.text))
    if shape.kind == "array":
        if explode:
            return "".join(pair(label, enc(item)) for item in shape.items)
        return pair(label, ",".join(enc(item) for item in shape.items))
    if shape.kind == "object":
        if explode:
            return "".join(pair(enc(k), enc(v)) for k, v in shape.pairs)
        return pair(label, ",".join(f"{enc(k)},{enc(v)}" for k, v in shape.pairs))
    return f";{label}"


# --- query --------------------------------------------------------------------------------------


def query_pairs(name: str, value: object, style: ParamStyle) -> list[str]:
    """Already-encoded ``k=v`` strings, in order; the caller joins them with ``&``.

    form: ``color=blue``; explode ``color=blue&color=black``, ``R=100&G=200``; no explode
    ``color=blue,black,brown``, ``color=R,100,G,200``. spaceDelimited ``color=blue%20black``,
    pipeDelimited ``color=blue%7Cblack``, deepObject ``color[R]=100&color[G]=200``. ``None``
    gives nothing; an empty array or object gives nothing when exploded, else ``color=``.
    """
    _check_style(style, _QUERY_STYLES, "query")
    if value is None:
        return []

    def enc(text: str) -> str:
        return _encode(text, _QUERY_RESERVED if style.allow_reserved else None)

    key = quote(name, safe="")
    if style.content_type is not None:
        return [f"{key}={enc(_content_text(value, style.content_type))}"]
    if style.style == "deepObject":
        out: list[str] = []
        _deep_object(key, value, enc, style.array_format, out)
        return out
    shape = _shape(value)
    if shape.kind == "primitive":
        return [f"{key}={enc(shape.text)}"]
    if shape.kind == "undefined":
        return [] if style.explode else [f"{key}="]
    if style.explode:
        if shape.kind == "array":
            return [f"{key}={enc(item)}" for item in shape.items]
        return [f"{_encode(k)}={enc(v)}" for k, v in shape.pairs]
    sep = _QUERY_DELIMITERS[style.style]
    if shape.kind == "array":
        return [f"{key}={sep.join(enc(item) for item in shape.items)}"]
    return [f"{key}={sep.join(f'{enc(k)}{sep}{enc(v)}' for k, v in shape.pairs)}"]


def _deep_leaves(
    path: tuple[str, ...],
    value: object,
    array_format: ArrayFormat,
    out: list[tuple[tuple[str, ...], object]],
    is_leaf: Callable[[object], bool] | None = None,
) -> None:
    """The ``deepObject`` leaves of ``value``: (key path after the name, leaf value), in order;
    ``""`` in a path is an array's empty brackets. ``None`` members are left out."""
    if is_leaf is not None and is_leaf(value):
        out.append((path, value))
        return
    value = _plain(value)
    if value is None:
        return
    if isinstance(value, Mapping):
        for prop, item in value.items():
            _deep_leaves((*path, _scalar_text(prop)), item, array_format, out, is_leaf)
    elif _is_array(value):
        for index, item in enumerate(cast("list[object]", value)):
            step = {"brackets": ("",), "indices": (str(index),), "repeat": ()}[
                array_format
            ]
            _deep_leaves((*path, *step), item, array_format, out, is_leaf)
    else:
        out.append((path, value))


def _deep_object(
    key: str,
    value: object,
    enc: Callable[[str], str],
    array_format: ArrayFormat,
    out: list[str],
) -> None:
    leaves: list[tuple[tuple[str, ...], object]] = []
    _deep_leaves((), value, array_format, leaves)
    for path, leaf in leaves:
        name = key + "".join(f"%5B{_encode(step)}%5D" for step in path)
        out.append(f"{name}={enc(_scalar_text(leaf))}")


def query_string(pairs: list[str]) -> str:
    """The query string (without ``?``) from :func:`query_pairs` results."""
    return "&".join(pairs)


# --- header and cookie --------------------------------------------------------------------------


def header_value(value: object, style: ParamStyle) -> str:
    """simple: ``blue``, ``blue,black,brown``, ``R,100,G,200`` (explode ``R=100,G=200``).

    Not percent-encoded; ``None`` or an empty array/object is ``""``. Raises ``ValueError`` for
    CR, LF or NUL, which would split or end the header.
    """
    _check_style(style, frozenset({"simple"}), "header")
    if style.content_type is not None:
        text = _content_text(value, style.content_type)
    else:
        text = _expand(_shape(value), str, prefix="", sep=",", explode=style.explode)
    if _HEADER_FORBIDDEN.search(text):
        raise ValueError(f"header value contains CR, LF or NUL: {text!r}")
    return text


def cookie_pairs(name: str, value: object, style: ParamStyle) -> list[tuple[str, str]]:
    """form: ``(name, "blue")``; explode: an array is repeated ``(name, v)`` pairs and an object
    ``(R, "100"), (G, "200")``; no explode: ``(name, "blue,black,brown")``,
    ``(name, "R,100,G,200")``. Names and values are percent-encoded as query values (never
    with reserved expansion), so ``;``, ``,`` and spaces cannot break the ``Cookie`` header.
    """
    _check_style(style, frozenset({"form"}), "cookie")
    if value is None:
        return []
    key = _encode(name)
    if style.content_type is not None:
        return [(key, _encode(_content_text(value, style.content_type)))]
    shape = _shape(value)
    if shape.kind == "primitive":
        return [(key, _encode(shape.text))]
    if shape.kind == "undefined":
        return [] if style.explode else [(key, "")]
    if style.explode:
        if shape.kind == "array":
            return [(key, _encode(item)) for item in shape.items]
        return [(_encode(k), _encode(v)) for k, v in shape.pairs]
    if shape.kind == "array":
        return [(key, ",".join(_encode(item) for item in shape.items))]
    return [(key, ",".join(f"{_encode(k)},{_encode(v)}" for k, v in shape.pairs))]


# --- a call's parameters ----------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _is_absent(value: object) -> bool:
    return value is None or isinstance(value, (NotGiven, Omit))


StyleSpec: TypeAlias = (
    "tuple[str, bool, bool, str | None]"
    " | tuple[str, bool, bool, str | None, ArrayFormat] | ParamStyle"
)
"""How a parameter is serialized when not as its location's default: (style, explode,
allowReserved, content media type[, array format inside a deepObject])."""


def style_for(
    styles: Mapping[tuple[str, str], StyleSpec] | None, location: str, name: str
) -> ParamStyle:
    spec = styles.get((location, name)) if styles else None
    if spec is None:
        return DEFAULT_STYLES[location]
    return spec if isinstance(spec, ParamStyle) else ParamStyle(*spec)


def encode_path(
    path: str,
    path_params: Mapping[str, object] | None,
    styles: Mapping[tuple[str, str], StyleSpec] | None = None,
) -> str:
    """Fill ``{name}`` placeholders as each parameter's style says (``simple`` by default),
    percent-encoded (``/`` is always encoded; ``.``/``..`` never become relative segments).
    """
    params = path_params or {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            raise ValueError(f"missing path parameter {name!r} for {path!r}")
        value = params[name]
        if _is_absent(value):
            raise ValueError(f"path parameter {name!r} is required, got {value!r}")
        if isinstance(value, str) and value == "":
            raise ValueError(f"path parameter {name!r} must be a non-empty string")
        return path_value(name, value, style_for(styles, "path", name))

    return _PLACEHOLDER.sub(replace, path)


def encode_query_pairs(
    query: Mapping[str, object] | None,
    styles: Mapping[tuple[str, str], StyleSpec] | None = None,
    *,
    extra: bool = False,
) -> list[str]:
    """Encoded ``name=value`` pairs, each parameter as its style says (``form``, exploded, by
    default). In ``extra`` (``extra_query``, which the spec does not describe) a mapping is
    sent as ``deepObject`` (``metadata[key]=value``), the convention of most APIs."""
    out: list[str] = []
    for name, value in (query or {}).items():
        if _is_absent(value):
            continue
        style = style_for(styles, "query", name)
        if extra and isinstance(value, Mapping):
            style = _DEEP_OBJECT
        out.extend(query_pairs(name, value, style))
    return out


_DEEP_OBJECT = ParamStyle("deepObject", True)


# --- form and multipart bodies ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartEncoding:
    """One property of a form or multipart body, as its Encoding Object says.

    ``style`` (from the object's ``style``, ``explode`` and ``allowReserved``): the property is
    serialized as a query parameter of that style would be, and ``content_type`` is ignored, as
    OpenAPI 3.1.1 says. Otherwise ``content_type`` (``contentType``) is the media type of each
    part, or, in a form body, the media type the value is written as before percent-encoding.
    ``headers``: fixed headers sent with each of the property's parts (multipart only).
    """

    content_type: str | None = None
    style: ParamStyle | None = None
    headers: tuple[tuple[str, str], ...] = ()


SPEC_ENCODING = PartEncoding()
"""No Encoding Object: the specification's defaults (``form``, exploded, in a form body; in a
multipart body, a part per array item and ``application/json`` parts for objects)."""


def form_pairs(name: str, value: object, encoding: PartEncoding) -> list[str]:
    """The encoded ``k=v`` pairs of one property of an ``application/x-www-form-urlencoded``
    body: as its ``style`` says, else written as its ``content_type`` and sent as one value,
    else ``form`` with ``explode`` (the specification's default: ``tags=a&tags=b``)."""
    if encoding.style is not None:
        return query_pairs(name, value, encoding.style)
    if encoding.content_type is not None:
        return query_pairs(
            name, value, ParamStyle("form", True, content_type=encoding.content_type)
        )
    return query_pairs(name, value, DEFAULT_STYLES["query"])


_RAW_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def form_fields(
    name: str,
    value: object,
    style: ParamStyle,
    is_leaf: Callable[[object], bool] | None = None,
) -> list[tuple[str, object]]:
    """Un-encoded ``(name, value)`` fields of ``value`` serialized as ``style`` (a multipart
    body's parts): each value is text, or a leaf (``is_leaf``: a file) kept as it is.

    ``deepObject``: ``meta[source]``, ``tags[]`` (or as ``array_format`` says); ``form`` exploded:
    a field per array item or object property; otherwise one field joined by ``,``, `` `` or
    ``|``.
    """
    _check_style(style, _QUERY_STYLES, "form")
    leaf = is_leaf or (lambda _: False)
    if style.content_type is not None:
        return [(name, _content_text(value, style.content_type))]
    if style.style == "deepObject":
        leaves: list[tuple[tuple[str, ...], object]] = []
        _deep_leaves((), value, style.array_format, leaves, is_leaf)
        return [
            (
                name + "".join(f"[{step}]" for step in path),
                item if leaf(item) else _scalar_text(item),
            )
            for path, item in leaves
        ]
    if leaf(value):
        return [(name, value)]
    value = _plain(value)
    if style.explode and _is_array(value):
        return [
            (name, item if leaf(item) else _item_text(item))
            for item in cast("list[object]", value)
            if _plain(item) is not None
        ]
    shape = _shape(value)
    if shape.kind == "primitive":
        return [(name, shape.text)]
    if shape.kind == "undefined":
        return [] if style.explode else [(name, "")]
    if style.explode:
        return list(shape.pairs)
    sep = _RAW_DELIMITERS[style.style]
    if shape.kind == "array":
        return [(name, sep.join(shape.items))]
    return [(name, sep.join(f"{k}{sep}{v}" for k, v in shape.pairs))]


_Item = TypeVar("_Item")


class EncodedBody(Generic[_Item]):
    """A form or multipart body kept property by property (setting a property again, as
    ``extra_body`` does, replaces it), each encoded as its Encoding Object in ``encoding``
    says, or as ``default`` says when it has none."""

    def __init__(
        self,
        encoding: Mapping[str, PartEncoding] | None = None,
        default: PartEncoding = SPEC_ENCODING,
    ) -> None:
        self.encoding = dict(encoding or {})
        self.default = default
        self.properties: dict[str, list[_Item]] = {}

    def encoding_of(self, name: str) -> PartEncoding:
        return self.encoding.get(name, self.default)

    def copy(self) -> Self:
        new = type(self)(self.encoding, self.default)
        new.properties = dict(self.properties)
        return new


class FormBody(EncodedBody[str]):
    """An ``application/x-www-form-urlencoded`` body: each property's encoded pairs."""

    def add(self, name: str, value: object) -> None:
        """Set a property; ``None`` sends nothing."""
        self.properties[name] = form_pairs(name, value, self.encoding_of(name))

    def encode(self) -> bytes:
        pairs = (p for each in self.properties.values() for p in each)
        return "&".join(pairs).encode("ascii")

    def __repr__(self) -> str:
        return f"FormBody({self.encode().decode('ascii')!r})"
