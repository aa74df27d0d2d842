"""The static runtime shared by generated clients (copied into each package as ``_runtime``).

Only relative imports are used inside, so the folder works under any package name. Names load
on first use (PEP 562): importing a generated package does not import httpx or pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._auth import Credential
    from ._base_client import (
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        AsyncAPIClient,
        AuthScheme,
        ResponseKind,
        SyncAPIClient,
    )
    from ._calls import (
        build_form,
        build_json_body,
        build_json_value,
        build_multipart,
        check_params,
        new_idempotency_key,
    )
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        MissingCredentialsError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
        make_status_error,
    )
    from ._files import FileInput, MultipartBody
    from ._models import (
        BaseModel,
        FormatInput,
        LenientFormat,
        LenientLiteral,
        LenientUnion,
        lenient,
        parse_json,
        parse_python,
    )
    from ._pagination import AsyncPage, AsyncPaginator, Paging, SyncPage
    from ._resource import (
        AsyncAPIResource,
        AsyncResponseContextManager,
        ResponseContextManager,
        SyncAPIResource,
        async_to_raw_response_wrapper,
        async_to_streamed_response_wrapper,
        to_raw_response_wrapper,
        to_streamed_response_wrapper,
    )
    from ._response import APIResponse, AsyncAPIResponse
    from ._serialize import FormBody, ParamStyle, PartEncoding
    from ._servers import ServerSpec, ServerVariable
    from ._sse import ServerSentEvent, SSEDecoder
    from ._streaming import AsyncStream, Stream
    from ._types import (
        NOT_GIVEN,
        RAW_RESPONSE_HEADER,
        Body,
        FileContent,
        FileTypes,
        Headers,
        NotGiven,
        Omit,
        Query,
        SequenceNotStr,
        Timeout,
    )
    from ._warnings import FormatWarning, warn_deprecated

_LAZY = {
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APIResponse": "._response",
    "APIResponseValidationError": "._errors",
    "APIStatusError": "._errors",
    "APITimeoutError": "._errors",
    "AsyncAPIClient": "._base_client",
    "AsyncAPIResource": "._resource",
    "AsyncAPIResponse": "._response",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "AsyncStream": "._streaming",
    "AuthScheme": "._auth",
    "Credential": "._auth",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "BaseModel": "._models",
    "Body": "._types",
    "ConflictError": "._errors",
    "DEFAULT_MAX_RETRIES": "._base_client",
    "DEFAULT_TIMEOUT": "._base_client",
    "FileContent": "._types",
    "FileInput": "._files",
    "FileTypes": "._types",
    "FormatWarning": "._warnings",
    "Headers": "._types",
    "InternalServerError": "._errors",
    "MissingCredentialsError": "._errors",
    "FormatInput": "._models",
    "LenientFormat": "._models",
    "LenientLiteral": "._models",
    "LenientUnion": "._models",
    "MultipartBody": "._files",
    "FormBody": "._serialize",
    "ParamStyle": "._serialize",
    "PartEncoding": "._serialize",
    "Paging": "._pagination",
    "NOT_GIVEN": "._types",
    "NotFoundError": "._errors",
    "NotGiven": "._types",
    "Omit": "._types",
    "PermissionDeniedError": "._errors",
    "Query": "._types",
    "RAW_RESPONSE_HEADER": "._types",
    "RateLimitError": "._errors",
    "ResponseKind": "._base_client",
    "SSEDecoder": "._sse",
    "ServerSpec": "._servers",
    "ServerVariable": "._servers",
    "SequenceNotStr": "._types",
    "ServerSentEvent": "._sse",
    "Stream": "._streaming",
    "SyncAPIClient": "._base_client",
    "SyncAPIResource": "._resource",
    "SyncPage": "._pagination",
    "Timeout": "._types",
    "UnprocessableEntityError": "._errors",
    "async_to_raw_response_wrapper": "._resource",
    "async_to_streamed_response_wrapper": "._resource",
    "to_streamed_response_wrapper": "._resource",
    "ResponseContextManager": "._resource",
    "AsyncResponseContextManager": "._resource",
    "build_form": "._calls",
    "build_json_body": "._calls",
    "build_json_value": "._calls",
    "build_multipart": "._calls",
    "check_params": "._calls",
    "new_idempotency_key": "._calls",
    "lenient": "._models",
    "make_status_error": "._errors",
    "parse_json": "._models",
    "parse_python": "._models",
    "to_raw_response_wrapper": "._resource",
    "warn_deprecated": "._warnings",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "RAW_RESPONSE_HEADER",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "AsyncAPIResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncResponseContextManager",
    "AsyncStream",
    "AuthScheme",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "Body",
    "ConflictError",
    "Credential",
    "FileContent",
    "FileInput",
    "FileTypes",
    "FormBody",
    "FormatInput",
    "FormatWarning",
    "Headers",
    "InternalServerError",
    "LenientFormat",
    "LenientLiteral",
    "LenientUnion",
    "MissingCredentialsError",
    "MultipartBody",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "Paging",
    "ParamStyle",
    "PartEncoding",
    "PermissionDeniedError",
    "Query",
    "RateLimitError",
    "ResponseContextManager",
    "ResponseKind",
    "SSEDecoder",
    "SequenceNotStr",
    "ServerSentEvent",
    "ServerSpec",
    "ServerVariable",
    "Stream",
    "SyncAPIClient",
    "SyncAPIResource",
    "SyncPage",
    "Timeout",
    "UnprocessableEntityError",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "build_form",
    "build_json_body",
    "build_json_value",
    "build_multipart",
    "check_params",
    "lenient",
    "make_status_error",
    "new_idempotency_key",
    "parse_json",
    "parse_python",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "warn_deprecated",
]
