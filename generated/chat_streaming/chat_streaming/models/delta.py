"""Delta.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "Delta",
]


class Delta(BaseModel):
    """The Delta schema."""

    content: str | None = None
