"""Streaming Chat Completion API with Multimedia Support — typed Python client.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import models, params
    from ._client import AsyncClient, Client
    from ._runtime import (
        NOT_GIVEN,
        APIConnectionError,
        APIError,
        APIResponse,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AsyncPage,
        AsyncPaginator,
        AsyncStream,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        MissingCredentialsError,
        NotFoundError,
        NotGiven,
        PermissionDeniedError,
        RateLimitError,
        Stream,
        SyncPage,
        UnprocessableEntityError,
    )

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "Stream",
    "SyncPage",
    "UnprocessableEntityError",
    "models",
    "params",
]

__version__ = "1.0.0"
SPEC_SHA256 = "c0ef5a612146380f282c8210dc551e2bac33d6e123ff7a70bf5f7b1d17687098"
GENERATOR_VERSION = "0.1.0"


def __getattr__(name: str) -> Any:
    # exports load on first use: importing the package costs almost nothing
    if name in ("Client", "AsyncClient"):
        module = "._client"
    elif name in ("models", "params"):
        return importlib.import_module(f".{name}", __name__)
    elif name in __all__:
        module = "._runtime"
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted(__all__)
