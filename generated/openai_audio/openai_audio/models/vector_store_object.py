"""VectorStoreObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral
from .vector_store_expiration_after import VectorStoreExpirationAfter
from .vector_store_object_file_counts import VectorStoreObjectFileCounts

__all__ = [
    "VectorStoreObject",
]


class VectorStoreObject(BaseModel):
    """A vector store is a collection of processed files can be used by the file_search tool"""

    file_counts: VectorStoreObjectFileCounts
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the vector store will expire"""
    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store"""
    last_active_at: int | None
    """The Unix timestamp (in seconds) for when the vector store was last active"""
    usage_bytes: int
    """The total number of bytes used by the files in the vector store"""
    name: str
    """The name of the vector store"""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["vector_store"], LenientLiteral]
    """The object type, which is always `vector_store`"""
    status: Annotated[Literal["expired", "in_progress", "completed"], LenientLiteral]
    """The status of the vector store, which can be either `expired`, `in_progress`, or `completed`."""
