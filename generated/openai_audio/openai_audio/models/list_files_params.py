"""ListFilesParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ListFilesParams",
]


class ListFilesParams(BaseModel):
    """The ListFilesParams schema."""

    purpose: str | None = None
