"""Pydantic glue: the base model, lenient enums, cached type adapters, request bodies."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any, TypeVar

import pydantic
from pydantic import (
    ConfigDict,
    TypeAdapter,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
)

from ._files import MultipartBody, is_file_content
from ._types import NotGiven, Omit

__all__ = [
    "LENIENT_CONTEXT",
    "BaseModel",
    "LenientLiteral",
    "LenientUnion",
    "build_json_body",
    "build_json_value",
    "build_multipart",
    "check_params",
    "get_adapter",
    "lenient",
    "parse_json",
    "parse_python",
]

ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)

LENIENT_CONTEXT: dict[str, Any] = {"lenient": True}
"""Validation context used for everything parsed from a response."""


class BaseModel(pydantic.BaseModel):
    """Base of every generated model. Unknown fields are kept (``model_extra``)."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=True,
        defer_build=True,
    )


def _lenient_validator(
    value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    try:
        return handler(value)
    except pydantic.ValidationError:
        context = info.context
        if (
            isinstance(context, dict)
            and context.get("lenient")
            and isinstance(value, (str, int))
            and not isinstance(value, bool)
        ):
            return value
        raise


LenientLiteral = pydantic.WrapValidator(_lenient_validator)
"""Annotation for enum fields: ``Annotated[Literal["a", "b"], LenientLiteral]``.

Strict for values built by the caller (requests); when validating with the context
``{"lenient": True}`` (every response), a value the spec does not list is kept as is.
Do not put it on a union's discriminator field.
"""

lenient = LenientLiteral


_UNKNOWN_TAG = ("union_tag_invalid", "union_tag_not_found")


def _lenient_union_validator(
    value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    try:
        return handler(value)
    except pydantic.ValidationError as exc:
        context = info.context
        errors = exc.errors()
        if (
            isinstance(context, dict)
            and context.get("lenient")
            and errors
            and all(e["type"] in _UNKNOWN_TAG for e in errors)
        ):
            return value  # a variant this client does not know yet: kept as plain data
        raise


LenientUnion = pydantic.WrapValidator(_lenient_union_validator)
"""Annotation for discriminated unions: in a response (validation context
``{"lenient": True}``) a tag value the spec does not list keeps the raw object instead of
failing the whole response; anything else that does not fit is still an error."""
"""Alias of :data:`LenientLiteral`."""


_adapters: dict[Any, TypeAdapter[Any]] = {}


def get_adapter(tp: Any) -> TypeAdapter[Any]:
    """A ``TypeAdapter`` for ``tp``, built once per type object (when the type is hashable)."""
    try:
        adapter = _adapters.get(tp)
    except TypeError:  # unhashable type expression
        return TypeAdapter(tp)
    if adapter is None:
        adapter = TypeAdapter(tp)
        _adapters[tp] = adapter
    return adapter


def parse_json(tp: Any, raw: bytes | str) -> Any:
    """Parse and validate JSON text as ``tp`` (leniently). ``tp=None`` → plain ``json.loads``."""
    if tp is None:
        return json.loads(raw)
    return get_adapter(tp).validate_json(raw, context=LENIENT_CONTEXT)


def parse_python(tp: Any, value: object) -> Any:
    """Validate an already decoded value as ``tp`` (leniently). ``tp=None`` → ``value``."""
    if tp is None:
        return value
    return get_adapter(tp).validate_python(value, context=LENIENT_CONTEXT)


def _given(values: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in values.items() if not isinstance(v, (NotGiven, Omit))}


def build_json_body(
    model_type: type[pydantic.BaseModel], values: Mapping[str, object]
) -> object:
    """Validate keyword arguments (keyed by JSON name) as ``model_type``; return the JSON body.

    ``NOT_GIVEN`` values are dropped, so optional fields not given are omitted, while an explicit
    ``None`` is sent as ``null``. Nested values may be model instances or plain dicts. A mismatch
    raises ``pydantic.ValidationError`` before any request is made.
    """
    model = model_type.model_validate(_given(values))
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def check_params(
    model_type: type[pydantic.BaseModel], values: Mapping[str, object]
) -> None:
    """Check path, query and header arguments (keyed by their spec names) against the spec's
    types before anything is sent; a mismatch raises ``pydantic.ValidationError``."""
    model_type.model_validate(_given(values))


def build_json_value(tp: Any, value: object) -> object:
    """Validate a non-object body (``body=``) as ``tp`` and return its JSON form."""
    if isinstance(value, (NotGiven, Omit)):
        return value
    adapter = get_adapter(tp)
    validated = adapter.validate_python(value)
    return adapter.dump_python(
        validated, mode="json", by_alias=True, exclude_unset=True
    )


def build_multipart(
    model_type: type[pydantic.BaseModel],
    values: Mapping[str, object],
    file_fields: Collection[str] = (),
) -> MultipartBody:
    """Validate a ``multipart/form-data`` body as ``model_type`` and read it into memory.

    ``file_fields`` names (by JSON name) the binary properties; those are sent as file parts, the
    others as form fields (see :func:`form_values`). Files are read here, once.
    """
    model = model_type.model_validate(_given(values))
    fields = type(model).model_fields
    file_attrs: dict[str, str] = {}  # attribute → JSON name
    for attr, field in fields.items():
        if attr not in model.model_fields_set:
            continue
        name = field.alias or attr
        value = getattr(model, attr)
        if name in file_fields or attr in file_fields or _looks_like_file(value):
            file_attrs[attr] = name
    dumped = model.model_dump(
        mode="json", by_alias=True, exclude_unset=True, exclude=set(file_attrs) or None
    )
    body = MultipartBody()
    for name, value in dumped.items():
        body.add(name, value)
    for attr, name in file_attrs.items():
        body.add(name, getattr(model, attr), is_file=True)
    return body


def _looks_like_file(value: object) -> bool:
    if isinstance(value, list):
        return bool(value) and all(is_file_content(v) for v in value)
    return is_file_content(value)
