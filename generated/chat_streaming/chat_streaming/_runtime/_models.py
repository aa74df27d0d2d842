"""Pydantic glue: the base model, lenient enums, cached type adapters, request bodies."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any, TypeGuard, TypeVar, get_args

import pydantic
from pydantic import (
    ConfigDict,
    TypeAdapter,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
)
from pydantic_core import (
    ErrorDetails,
    PydanticCustomError,
    SchemaValidator,
    core_schema,
)

from ._files import MultipartBody, is_file_content
from ._serialize import SPEC_ENCODING, FormBody, PartEncoding
from ._types import NotGiven, Omit
from ._warnings import FormatWarning, caller_stacklevel, warn_once

__all__ = [
    "LENIENT_CONTEXT",
    "BaseModel",
    "FormatInput",
    "LenientFormat",
    "LenientLiteral",
    "LenientUnion",
    "build_form",
    "build_json_body",
    "build_json_value",
    "build_multipart",
    "check_params",
    "get_adapter",
    "json_validator",
    "keeps_extra_key",
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
        # keys repeat from one response to the next, values (text, ids) rarely: caching
        # values too costs a hash and an insert per string for nothing (measured on SSE chunks)
        cache_strings="keys",
    )


def _kept_as_is(value: Any, info: ValidationInfo) -> bool:
    """An unlisted enum value that a response may carry: a string or an integer, kept as it
    is when validating leniently (:data:`LENIENT_CONTEXT`)."""
    context = info.context
    return (
        isinstance(context, dict)
        and bool(context.get("lenient"))
        and isinstance(value, (str, int))
        and not isinstance(value, bool)
    )


def _lenient_validator(
    value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    try:
        return handler(value)
    except pydantic.ValidationError:
        if _kept_as_is(value, info):
            return value
        raise


def _lenient_fallback(value: Any, info: ValidationInfo) -> Any:
    """The second member of a lenient literal's union: reached only when the literal failed."""
    if _kept_as_is(value, info):
        return value
    # the union reports its own literal_error instead of this one
    raise PydanticCustomError("lenient_literal", "not one of the listed values")


def _expected_text(expected: list[Any]) -> str:
    """pydantic's ``literal_error`` wording of the allowed values: ``'a', 'b' or 'c'``."""
    reprs = [repr(v) for v in expected]
    if len(reprs) <= 1:
        return "".join(reprs)
    return ", ".join(reprs[:-1]) + " or " + reprs[-1]


class _LenientLiteral:
    """``Annotated[Literal[...], LenientLiteral]``: see :data:`LenientLiteral`.

    A literal becomes ``literal | fallback`` (left to right): a listed value never leaves
    pydantic-core, and only an unlisted one calls :func:`_lenient_fallback`. When both fail the
    error is the literal's own (``literal_error``, same message and context). Anything that is
    not a plain literal keeps the equivalent wrap validator.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema = handler(source)
        if schema["type"] != "literal":
            return core_schema.with_info_wrap_validator_function(
                _lenient_validator, schema
            )
        return core_schema.union_schema(
            [schema, core_schema.with_info_plain_validator_function(_lenient_fallback)],
            mode="left_to_right",
            custom_error_type="literal_error",
            custom_error_context={"expected": _expected_text(schema["expected"])},
        )

    def __repr__(self) -> str:
        return "LenientLiteral"


LenientLiteral = _LenientLiteral()
"""Annotation for enum fields: ``Annotated[Literal["a", "b"], LenientLiteral]``.

Strict for values built by the caller (requests); when validating with the context
``{"lenient": True}`` (every response), a value the spec does not list is kept as is.
Do not put it on a union's discriminator field.
"""

lenient = LenientLiteral


# error type prefixes → the OpenAPI format named in the warning (longest prefixes first)
_FORMAT_NAMES = (
    ("datetime", "date-time"),
    ("time_delta", "duration"),
    ("date", "date"),
    ("time", "time"),
    ("uuid", "uuid"),
    ("decimal", "decimal"),
    ("url", "uri"),
)


def _format_name(errors: list[ErrorDetails]) -> str:
    for error in errors:
        for prefix, name in _FORMAT_NAMES:
            if error["type"].startswith(prefix):
                return name
    return "the declared format"


def _lenient_format_validator(
    value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
) -> Any:
    try:
        return handler(value)
    except pydantic.ValidationError as exc:
        context = info.context
        if not (
            isinstance(context, dict)
            and context.get("lenient")
            and isinstance(value, str)
        ):
            raise
        errors = exc.errors(include_url=False)
        owner = info.config.get("title") if info.config else None
        where = ".".join(part for part in (owner, info.field_name) if part) or "a value"
        reason = f" ({errors[0]['msg']})" if errors else ""
        warn_once(
            f"{where}: {value!r} is not a valid {_format_name(errors)}{reason}; "
            "kept as the raw string",
            FormatWarning,
            stacklevel=caller_stacklevel(),
        )
        return value


LenientFormat = pydantic.WrapValidator(_lenient_format_validator)
"""Annotation for string formats in responses: ``Annotated[datetime, LenientFormat]``
(also ``date``, ``UUID``).

Strict for values built by the caller; when validating with the context ``{"lenient": True}``
(every response), a string that does not parse as the format is kept as the raw string and a
:class:`FormatWarning` is emitted (once per distinct field, value and reason) instead of
failing the whole response. A value of another type (a number, an object) is still an error.
"""


class _FormatInput:
    """Annotation marker for request shapes: ``Annotated[datetime | str, FormatInput]``.

    Type checkers see the union (a caller may pass the value or its ISO 8601 text); pydantic
    validates the first member only, so text is parsed and checked (``"the 31st"`` is refused
    before anything is sent) and both forms go out as the same canonical text.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> Any:
        members = get_args(source)
        return handler.generate_schema(members[0] if members else source)

    def __repr__(self) -> str:
        return "FormatInput"


FormatInput = _FormatInput()


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


def json_validator(tp: Any) -> Callable[..., Any]:
    """The ``validate_json`` of ``tp``'s cached adapter, for a caller that validates many
    values of one type (a stream, per event): ``validate(raw, context=LENIENT_CONTEXT)`` is
    :func:`parse_json` without its per-call lookups (for a model class, its own validator:
    the adapter's wraps it)."""
    if _is_model_class(tp):
        validator = tp.__pydantic_validator__
        if not isinstance(validator, SchemaValidator):  # deferred: build it now
            tp.model_rebuild()
            validator = tp.__pydantic_validator__
        if isinstance(validator, SchemaValidator):
            return validator.validate_json
    adapter = get_adapter(tp)
    return lambda raw, context=None: adapter.validate_json(raw, context=context)


def keeps_extra_key(tp: Any, key: str) -> bool:
    """True when a top-level ``key`` of JSON validated as ``tp`` always ends up in the
    instance's ``model_extra``: ``tp`` is a model class that keeps unknown fields and none of
    its fields is validated from ``key`` (by name or alias)."""
    if not _is_model_class(tp) or tp.model_config.get("extra") != "allow":
        return False
    for name, field in tp.model_fields.items():
        alias = field.validation_alias
        if (
            name == key
            or field.alias == key
            or not (alias is None or isinstance(alias, str))
        ):
            return False
        if alias == key:
            return False
    return True


def parse_python(tp: Any, value: object) -> Any:
    """Validate an already decoded value as ``tp`` (leniently). ``tp=None`` → ``value``."""
    if tp is None:
        return value
    return get_adapter(tp).validate_python(value, context=LENIENT_CONTEXT)


def _given(values: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in values.items() if not isinstance(v, (NotGiven, Omit))}


def _is_model_class(shape: object) -> TypeGuard[type[pydantic.BaseModel]]:
    return isinstance(shape, type) and issubclass(shape, pydantic.BaseModel)


def _validate_shape(shape: object, values: Mapping[str, object]) -> Any:
    """``values`` (``NOT_GIVEN`` dropped) validated as ``shape``: a model instance for a model
    class, the validated dict for a ``TypedDict`` (or any other type ``TypeAdapter`` takes).
    """
    given = _given(values)
    if _is_model_class(shape):
        return shape.model_validate(given)
    return get_adapter(shape).validate_python(given)


def _dump_shape(
    shape: object, validated: Any, exclude: set[str] | None = None
) -> dict[str, Any]:
    options: dict[str, Any] = {
        "mode": "json",
        "by_alias": True,
        "exclude_unset": True,
        "exclude": exclude or None,
    }
    if _is_model_class(shape):
        dumped: dict[str, Any] = validated.model_dump(**options)
    else:
        dumped = get_adapter(shape).dump_python(validated, **options)
    return dumped


def build_json_body(shape: object, values: Mapping[str, object]) -> object:
    """Validate keyword arguments (keyed by JSON name) as ``shape``; return the JSON body.

    ``shape`` is a model class or a ``TypedDict`` class (``total=False``, ``Required[...]`` for
    required keys, keys named as in JSON; extra keys kept when it is configured with
    ``extra="allow"``). ``NOT_GIVEN`` values are dropped, so optional fields not given are
    omitted, while an explicit ``None`` is sent as ``null``. Nested values may be model instances
    (only the fields they were given are sent) or plain dicts; any sequence is sent as an array,
    dates and times as ISO 8601. A mismatch raises ``pydantic.ValidationError`` naming the field,
    before any request is made.
    """
    return _dump_shape(shape, _validate_shape(shape, values))


def check_params(shape: object, values: Mapping[str, object]) -> None:
    """Check path, query and header arguments (keyed by their spec names) against the spec's
    types (a model or ``TypedDict`` class) before anything is sent; a mismatch raises
    ``pydantic.ValidationError``."""
    _validate_shape(shape, values)


def build_json_value(tp: Any, value: object) -> object:
    """Validate a non-object body (``body=``) as ``tp`` and return its JSON form."""
    if isinstance(value, (NotGiven, Omit)):
        return value
    adapter = get_adapter(tp)
    validated = adapter.validate_python(value)
    return adapter.dump_python(
        validated, mode="json", by_alias=True, exclude_unset=True
    )


def build_form(
    shape: object,
    values: Mapping[str, object],
    encoding: Mapping[str, PartEncoding] | None = None,
    default: PartEncoding = SPEC_ENCODING,
) -> FormBody:
    """Validate an ``application/x-www-form-urlencoded`` body as ``shape`` (a model or
    ``TypedDict`` class) and encode it: each property as its Encoding Object in ``encoding``
    says, the others as ``default`` (see :class:`FormBody`)."""
    body = FormBody(encoding, default)
    for name, value in _dump_shape(shape, _validate_shape(shape, values)).items():
        body.add(name, value)
    return body


def build_multipart(
    shape: object,
    values: Mapping[str, object],
    file_fields: Collection[str] = (),
    encoding: Mapping[str, PartEncoding] | None = None,
    default: PartEncoding = SPEC_ENCODING,
) -> MultipartBody:
    """Validate a ``multipart/form-data`` body as ``shape`` (a model or ``TypedDict`` class)
    and read it into memory.

    ``file_fields`` names (by JSON name) the binary properties; those are sent as file parts, the
    others as text or JSON parts, each property as its Encoding Object in ``encoding`` says or as
    ``default`` (see :class:`MultipartBody`). Files are read here, once.
    """
    validated = _validate_shape(shape, values)
    files: dict[str, object] = {}  # JSON name → file value
    exclude: set[str] = (
        set()
    )  # the keys to leave out of the dump (attributes for a model)
    if isinstance(validated, pydantic.BaseModel):
        fields = type(validated).model_fields
        for attr, field in fields.items():
            if attr not in validated.model_fields_set:
                continue
            name = field.alias or attr
            value = getattr(validated, attr)
            if name in file_fields or attr in file_fields or _looks_like_file(value):
                files[name] = value
                exclude.add(attr)
    elif isinstance(validated, Mapping):
        for name, value in validated.items():
            if name in file_fields or _looks_like_file(value):
                files[name] = value
                exclude.add(name)
    else:
        raise TypeError(
            f"a multipart body must be an object, got {type(validated).__name__}"
        )
    dumped = _dump_shape(shape, validated, exclude)
    body = MultipartBody(encoding, default)
    for name, value in dumped.items():
        body.add(name, value)
    for name, value in files.items():
        body.add(name, value, is_file=True)
    return body


def _looks_like_file(value: object) -> bool:
    if isinstance(value, list):
        return bool(value) and all(is_file_content(v) for v in value)
    return is_file_content(value)
