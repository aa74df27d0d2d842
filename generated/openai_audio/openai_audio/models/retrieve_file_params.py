"""RetrieveFileParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "RetrieveFileParams",
]


class RetrieveFileParams(BaseModel):
    """The RetrieveFileParams schema."""

    file_id: str
