"""RunObjectLastError.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "RunObjectLastError",
]


class RunObjectLastError(BaseModel):
    """The last error associated with this run."""

    code: Annotated[
        Literal["server_error", "rate_limit_exceeded", "invalid_prompt"], LenientLiteral
    ]
    """One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`."""
    message: str
    """A human-readable description of the error"""
