"""DeleteVectorStoreParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "DeleteVectorStoreParams",
]


class DeleteVectorStoreParams(BaseModel):
    """The DeleteVectorStoreParams schema."""

    vector_store_id: str
