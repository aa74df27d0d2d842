"""ListVectorStoresResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .vector_store_object import VectorStoreObject

__all__ = [
    "ListVectorStoresResponse",
]


class ListVectorStoresResponse(BaseModel):
    object: str
    data: list[VectorStoreObject]
    first_id: str
    last_id: str
    has_more: bool
