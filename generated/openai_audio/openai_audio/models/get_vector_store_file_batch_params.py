"""GetVectorStoreFileBatchParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "GetVectorStoreFileBatchParams",
]


class GetVectorStoreFileBatchParams(BaseModel):
    """The GetVectorStoreFileBatchParams schema."""

    vector_store_id: str
    batch_id: str
