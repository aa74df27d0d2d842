"""Every naming decision: Python identifiers from spec strings, class and module names,
collisions. Spec strings are untrusted: the results here are always valid, non-keyword,
ASCII identifiers, whatever the input.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")

PYDANTIC_RESERVED = {
    "model_config",
    "model_fields",
    "model_computed_fields",
    "model_extra",
    "model_fields_set",
    "model_construct",
    "model_copy",
    "model_dump",
    "model_dump_json",
    "model_json_schema",
    "model_parametrized_name",
    "model_post_init",
    "model_rebuild",
    "model_validate",
    "model_validate_json",
    "model_validate_strings",
    "dict",
    "json",
    "copy",
    "parse_obj",
    "parse_raw",
    "parse_file",
    "from_orm",
    "construct",
    "schema",
    "schema_json",
    "validate",
    "update_forward_refs",
    "fields",
    "register",
}
BUILTIN_NAMES = set(dir(builtins))
# names the generated modules import next to the models (a model may not shadow them)
MODULE_RESERVED = {
    "BaseModel",
    "Field",
    "ConfigDict",
    "Literal",
    "Annotated",
    "Any",
    "TypeAlias",
    "TypeAliasType",
    "FileInput",
    "LenientLiteral",
    "LenientUnion",
    "IO",
    "TYPE_CHECKING",
    "Stream",
    "AsyncStream",
    "NotGiven",
    "NOT_GIVEN",
    "Headers",
    "Query",
    "Body",
    "FileTypes",
    "SyncAPIResource",
    "AsyncAPIResource",
    "SyncAPIClient",
    "AsyncAPIClient",
    "AuthScheme",
    "Client",
    "AsyncClient",
    "ClientWithRawResponse",
    "AsyncClientWithRawResponse",
    "TypedDict",
    "Required",
    "NotRequired",
    "Sequence",
    "Mapping",
    "SequenceNotStr",
    "LenientFormat",
    "UUID",
    "date",
    "datetime",
    "with_config",
    "overload",
    "cast",
    "cached_property",
    "builtins",
    "annotations",
}


def ascii_fold(text: str) -> str:
    """Non-ASCII letters folded to ASCII where they have a plain form (é → e)."""
    norm = unicodedata.normalize("NFKD", text)
    return norm.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    folded = ascii_fold(str(text))
    out: list[str] = []
    for chunk in _SEPARATORS.split(folded):
        out.extend(_WORD.findall(chunk))
    return out


def pascal(text: str) -> str:
    """``chat_completion_request`` → ``ChatCompletionRequest``; an identifier already in
    PascalCase (``HTTPValidationError``) stays as it is."""
    return _pascal(str(text))


# the same few thousand names are cased again and again (Stripe: 25,000 calls): cached
@lru_cache(maxsize=1 << 16)
def _pascal(text: str) -> str:
    folded = ascii_fold(text)
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", folded) and not keyword.iskeyword(folded):
        return folded
    parts = words(text)
    name = "".join(p[:1].upper() + p[1:] for p in parts)
    if not name:
        name = "Model"
    if name[0].isdigit():
        name = "N" + name
    return name


def snake(text: str) -> str:
    """``chatCompletion``/``Chat-Completion`` → ``chat_completion``."""
    return _snake(str(text))


@lru_cache(maxsize=1 << 16)
def _snake(text: str) -> str:
    parts = words(text)
    name = "_".join(p.lower() for p in parts)
    if not name:
        name = "value"
    if name[0].isdigit():
        name = "n_" + name
    return name


# builtins a field or keyword may keep as its name: shadowing them inside a model or method
# harms nothing, and ``id``/``type``/``input`` are the most common property names there are
_BUILTINS_ALLOWED = frozenset(
    [
        "id",
        "type",
        "input",
        "format",
        "filter",
        "object",
        "hash",
        "max",
        "min",
        "vars",
        "next",
        "iter",
        "all",
        "any",
        "range",
        "set",
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "tuple",
        "len",
        "map",
        "open",
        "print",
        "sum",
        "zip",
        "round",
        "slice",
        "sorted",
        "help",
        "exit",
        "quit",
        "compile",
        "eval",
        "exec",
        "locals",
        "globals",
        "super",
        "property",
        "classmethod",
        "staticmethod",
        "callable",
        "reversed",
        "ascii",
        "bin",
        "chr",
        "ord",
        "hex",
        "oct",
        "pow",
        "abs",
        "divmod",
        "repr",
        "setattr",
        "getattr",
        "hasattr",
        "delattr",
        "isinstance",
        "issubclass",
        "memoryview",
        "frozenset",
        "complex",
        "enumerate",
        "license",
        "credits",
        "copyright",
    ]
)
# names a model class body uses in its annotations (a field may not shadow them there)
ANNOTATION_NAMES = frozenset(
    [
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "tuple",
        "date",
        "datetime",
        "UUID",
        "None",
        "Any",
        "Literal",
        "Annotated",
        "Field",
        "FileInput",
    ]
)
# names every generated method (or the client) uses for itself
METHOD_RESERVED = frozenset(
    [
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "cls",
        "cast",
        "httpx",
        "builtins",
        "check_params",
        "build_json_body",
        "build_json_value",
        "build_multipart",
        "build_form",
        "new_idempotency_key",
        "warn_deprecated",
    ]
)
RESOURCE_RESERVED = frozenset(
    [
        "with_raw_response",
        "with_streaming_response",
        "with_options",
        "close",
        "request",
        "copy",
        "base_url",
        "api_key",
        "timeout",
        "max_retries",
        "default_headers",
        "http_client",
    ]
)
_VERSION_SEGMENT = re.compile(r"^v\d+([a-z]+\d*)?$", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def field_name(json_name: str) -> str:
    """The one Python name of a JSON property or parameter: the model attribute and the
    keyword argument alike. Keywords, pydantic's names, ``self`` and the names annotations use
    get a trailing underscore; a leading underscore becomes ``field_``."""
    name = snake(json_name)
    reserved = keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in PYDANTIC_RESERVED
    shadows = name in BUILTIN_NAMES and name not in _BUILTINS_ALLOWED
    if reserved or shadows or name in ANNOTATION_NAMES or name in ("self", "cls"):
        name += "_"
    if name.startswith("_"):
        name = "field" + name
    return name


def attr_name(text: str) -> str:
    """A resource attribute or method name: snake_case, never a keyword."""
    name = snake(text)
    return name + "_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


def request_name(model: str) -> str:
    """The request shape of a model: ``Message`` → ``MessageParam`` (the OpenAI SDK's word);
    a name that already ends in ``Param`` gets ``Dict`` instead of doubling it."""
    return model + ("Dict" if model.endswith(("Param", "Params")) else "Param")


def operation_name(op: dict[str, Any], method: str, path: str) -> str:
    """An operation's name in PascalCase: its operationId, else its method and path."""
    op_id = op.get("operationId")
    if isinstance(op_id, str) and op_id.strip():
        return pascal(op_id)
    return pascal(method + " " + path.replace("{", " ").replace("}", " "))


GROUP_EXTENSIONS = ("x-speakeasy-group", "x-fern-sdk-group-name")
METHOD_EXTENSIONS = ("x-speakeasy-name-override", "x-fern-sdk-method-name")


def declared_names(
    op: dict[str, Any],
) -> tuple[tuple[str, ...] | None, str | None, list[tuple[str, str]]]:
    """The resource path and method name an operation gives itself through other generators'
    extensions, each None where it gives none, and (message, extension) for unusable values.

    ``x-speakeasy-group: beta.threads`` (a dotted path) or ``x-fern-sdk-group-name`` (a name, or
    a list of names) → ``client.beta.threads``; ``x-speakeasy-name-override`` or
    ``x-fern-sdk-method-name`` → the method's name. Speakeasy's wins where both are given. Every
    name goes through :func:`attr_name` (snake_case, never a keyword)."""
    problems: list[tuple[str, str]] = []
    resource: tuple[str, ...] | None = None
    for key in GROUP_EXTENSIONS:
        if key not in op or resource is not None:
            continue
        value = op[key]
        parts: list[object] = []
        if isinstance(value, str):
            parts = list(value.split(".")) if key == "x-speakeasy-group" else [value]
        elif isinstance(value, list):
            parts = value
        if parts and all(isinstance(p, str) and words(p) for p in parts):
            resource = tuple(attr_name(str(p)) for p in parts)
        else:
            problems.append((f"{key}: {value!r} names no resource; ignored", key))
    method: str | None = None
    for key in METHOD_EXTENSIONS:
        if key not in op or method is not None:
            continue
        value = op[key]
        if isinstance(value, str) and words(value):
            method = attr_name(value)
        else:
            problems.append((f"{key}: {value!r} names no method; ignored", key))
    return resource, method, problems


def path_segments(path: str) -> list[str]:
    """The segments of a path key, without a query part or a leading version (``v1``)."""
    segments = [s for s in path.split("?", 1)[0].split("/") if s]
    if segments and _VERSION_SEGMENT.match(segments[0]):
        segments = segments[1:]
    return segments


def collections(paths: Iterable[tuple[str, int]]) -> set[tuple[str, ...]]:
    """Static paths that are collections: with a parameter below them, or several methods
    (``paths``: each path key with its number of methods)."""
    out: set[tuple[str, ...]] = set()
    for path, methods in paths:
        segs = path_segments(path)
        statics = tuple(attr_name(s) for s in segs if "{" not in s)
        for i, seg in enumerate(segs):
            if "{" in seg and i > 0 and "{" not in segs[i - 1]:
                out.add(tuple(attr_name(s) for s in segs[:i] if "{" not in s))
        if methods > 1:
            out.add(statics)
    return out


def resource_and_method(
    path: str, method: str, collections: set[tuple[str, ...]]
) -> tuple[tuple[str, ...], str]:
    """``POST /chat/completions`` → (("chat", "completions"), "create"); CONTRACT.md's rules."""
    segments = path_segments(path)
    statics: list[str] = []
    last_is_param = False
    for seg in segments:
        if "{" in seg:
            last_is_param = True
        else:
            statics.append(attr_name(seg))
            last_is_param = False
    is_action = (
        bool(segments)
        and not last_is_param
        and len(segments) >= 2
        and "{" in segments[-2]
        and tuple(statics) not in collections
    )
    if is_action:
        return tuple(statics[:-1]), statics[-1]
    if last_is_param:
        return tuple(statics), {"get": "retrieve", "delete": "delete"}.get(method, "update")
    verbs = {
        "get": "list",
        "post": "create",
        "delete": "delete",
        "put": "update",
        "patch": "update",
    }
    return tuple(statics), verbs.get(method, method)


def unique(name: str, taken: set[str], hints: list[str] | None = None) -> str:
    """``name`` if free, else the first free meaningful variant from ``hints``, else a
    numbered one; records the result in ``taken``."""
    if name not in taken:
        taken.add(name)
        return name
    for hint in hints or []:
        if hint and hint not in taken:
            taken.add(hint)
            return hint
    n = 2
    while f"{name}{n}" in taken:
        n += 1
    taken.add(f"{name}{n}")
    return f"{name}{n}"


# The longest module (or package) name the generator writes as a file or folder name: 64
# characters, so ``name.py`` and ``name.cpython-311.pyc`` stay far below the 255 bytes most file
# systems allow, and paths stay readable. Longer names keep a readable prefix and end in a hash.
MAX_MODULE_NAME = 64
_HASH_LENGTH = 10


_HEX_AS_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")


def short_name(name: str, limit: int = MAX_MODULE_NAME) -> str:
    """``name`` when it has at most ``limit`` characters; else its first characters, ``_`` and
    the first hex digits of its SHA-256 written as the letters ``a``-``p``: the same for the
    same name on every run and machine, and different for two long names that share a prefix.
    Letters, because import sorters order digit runs "naturally" (ruff compares a run with a
    leading zero as a fraction), which a hash's digits would make disagree. The result is an
    identifier when ``name`` is one."""
    if len(name) <= limit:
        return name
    import hashlib

    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LENGTH]
    digest = digest.translate(_HEX_AS_LETTERS)
    return name[: limit - _HASH_LENGTH - 1].rstrip("_") + "_" + digest


def module_name(model: str, taken: set[str]) -> str:
    """A models (and params) module named after the first model of its group, unique in
    ``taken`` (recorded there), and at most :data:`MAX_MODULE_NAME` characters long."""
    base = short_name(snake(model))
    name = base if base not in taken else short_name(f"{base}_{len(taken)}")
    while name in taken or keyword.iskeyword(name):
        name = short_name(name + "_")
    taken.add(name)
    return name
