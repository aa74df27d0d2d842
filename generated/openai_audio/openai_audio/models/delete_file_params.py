"""DeleteFileParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "DeleteFileParams",
]


class DeleteFileParams(BaseModel):
    """The DeleteFileParams schema."""

    file_id: str
