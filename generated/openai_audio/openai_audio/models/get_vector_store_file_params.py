"""GetVectorStoreFileParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "GetVectorStoreFileParams",
]


class GetVectorStoreFileParams(BaseModel):
    """The GetVectorStoreFileParams schema."""

    vector_store_id: str
    file_id: str
