"""ListVectorStoreFilesResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .vector_store_file_object import VectorStoreFileObject

__all__ = [
    "ListVectorStoreFilesResponse",
]


class ListVectorStoreFilesResponse(BaseModel):
    object: str
    data: list[VectorStoreFileObject]
    first_id: str
    last_id: str
    has_more: bool
