"""GetVectorStoreParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "GetVectorStoreParams",
]


class GetVectorStoreParams(BaseModel):
    """The GetVectorStoreParams schema."""

    vector_store_id: str
