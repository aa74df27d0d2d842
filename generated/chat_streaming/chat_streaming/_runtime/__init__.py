"""The static runtime shared by generated clients (copied into each package as ``_runtime``).

Only relative imports are used inside, so the folder works under any package name.
"""

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    AuthScheme,
    ResponseKind,
    SyncAPIClient,
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
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
)
from ._files import FileInput, MultipartBody
from ._models import (
    BaseModel,
    LenientLiteral,
    build_json_body,
    build_json_value,
    build_multipart,
    lenient,
    parse_json,
    parse_python,
)
from ._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ._response import APIResponse, AsyncAPIResponse
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
    Timeout,
)

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
    "AsyncStream",
    "AuthScheme",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "Body",
    "ConflictError",
    "FileContent",
    "FileInput",
    "FileTypes",
    "Headers",
    "InternalServerError",
    "LenientLiteral",
    "MultipartBody",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "PermissionDeniedError",
    "Query",
    "RateLimitError",
    "ResponseKind",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "SyncAPIClient",
    "SyncAPIResource",
    "Timeout",
    "UnprocessableEntityError",
    "async_to_raw_response_wrapper",
    "build_json_body",
    "build_json_value",
    "build_multipart",
    "lenient",
    "make_status_error",
    "parse_json",
    "parse_python",
    "to_raw_response_wrapper",
]
