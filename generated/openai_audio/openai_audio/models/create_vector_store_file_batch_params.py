"""CreateVectorStoreFileBatchParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CreateVectorStoreFileBatchParams",
]


class CreateVectorStoreFileBatchParams(BaseModel):
    """The CreateVectorStoreFileBatchParams schema."""

    vector_store_id: str
