"""VectorStoreFileObjectLastError.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "VectorStoreFileObjectLastError",
]


class VectorStoreFileObjectLastError(BaseModel):
    """The last error associated with this vector store file."""

    code: Annotated[
        Literal[
            "internal_error", "file_not_found", "parsing_error", "unhandled_mime_type"
        ],
        LenientLiteral,
    ]
    """One of `server_error` or `rate_limit_exceeded`."""
    message: str
    """A human-readable description of the error"""
