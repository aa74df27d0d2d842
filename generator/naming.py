"""Every naming decision: Python identifiers from spec strings, class and module names,
collisions. Spec strings are untrusted: the results here are always valid, non-keyword,
ASCII identifiers, whatever the input.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")

PYDANTIC_RESERVED = {
    "model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set",
    "model_construct", "model_copy", "model_dump", "model_dump_json", "model_json_schema",
    "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
    "model_validate_json", "model_validate_strings", "dict", "json", "copy", "parse_obj",
    "parse_raw", "parse_file", "from_orm", "construct", "schema", "schema_json", "validate",
    "update_forward_refs", "fields", "register",
}
BUILTIN_NAMES = set(dir(builtins))
# names the generated modules import next to the models (a model may not shadow them)
MODULE_RESERVED = {
    "BaseModel", "Field", "ConfigDict", "Literal", "Annotated", "Any", "TypeAlias",
    "TypeAliasType", "FileInput", "LenientLiteral", "LenientUnion", "IO", "TYPE_CHECKING", "Stream",
    "AsyncStream", "NotGiven", "NOT_GIVEN", "Headers", "Query", "Body", "FileTypes",
    "SyncAPIResource", "AsyncAPIResource", "SyncAPIClient", "AsyncAPIClient", "AuthScheme",
    "Client", "AsyncClient", "ClientWithRawResponse", "AsyncClientWithRawResponse",
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
    folded = ascii_fold(str(text))
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
    parts = words(text)
    name = "_".join(p.lower() for p in parts)
    if not name:
        name = "value"
    if name[0].isdigit():
        name = "n_" + name
    return name


def field_name(json_name: str) -> str:
    """A model attribute or keyword argument name for a JSON property or parameter name."""
    name = snake(json_name)
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in PYDANTIC_RESERVED or name in BUILTIN_NAMES and name not in ("id", "type", "input", "format", "filter", "object", "hash", "max", "min", "vars", "next", "iter", "all", "any", "range", "set", "list", "dict", "str", "int", "float", "bool", "bytes", "tuple", "len", "map", "open", "print", "sum", "zip", "round", "slice", "sorted", "help", "exit", "quit", "compile", "eval", "exec", "locals", "globals", "super", "property", "classmethod", "staticmethod", "callable", "format", "reversed", "ascii", "bin", "chr", "ord", "hex", "oct", "pow", "abs", "divmod", "repr", "setattr", "getattr", "hasattr", "delattr", "isinstance", "issubclass", "memoryview", "frozenset", "complex", "enumerate", "license", "credits", "copyright"):
        name += "_"
    if name.startswith("_"):
        name = "field" + name
    return name


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
