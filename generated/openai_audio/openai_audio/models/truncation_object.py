"""TruncationObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "TruncationObject",
]


class TruncationObject(BaseModel):
    """Controls for how a thread will be truncated prior to the run."""

    last_messages: int | None = None
    """The number of most recent messages from the thread when constructing the context for the run"""
    type: Annotated[Literal["auto", "last_messages"], LenientLiteral]
    """The truncation strategy to use for the thread."""
