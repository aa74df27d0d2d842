"""RunStepObjectLastError.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "RunStepObjectLastError",
]


class RunStepObjectLastError(BaseModel):
    """The last error associated with this run step."""

    code: Annotated[Literal["server_error", "rate_limit_exceeded"], LenientLiteral]
    """One of `server_error` or `rate_limit_exceeded`."""
    message: str
    """A human-readable description of the error"""
