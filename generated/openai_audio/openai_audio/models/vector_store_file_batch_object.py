"""VectorStoreFileBatchObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .vector_store_file_batch_object_file_counts import (
    VectorStoreFileBatchObjectFileCounts,
)

__all__ = [
    "VectorStoreFileBatchObject",
]


class VectorStoreFileBatchObject(BaseModel):
    """A batch of files attached to a vector store"""

    file_counts: VectorStoreFileBatchObjectFileCounts
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store files batch was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["vector_store.files_batch"], LenientLiteral]
    """The object type, which is always `vector_store.file_batch`"""
    vector_store_id: str
    """The ID of the vector store that the File is attached to"""
    status: Annotated[
        Literal["in_progress", "completed", "cancelled", "failed"], LenientLiteral
    ]
    """The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`."""
