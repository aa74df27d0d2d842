"""VectorStoreFileObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral, LenientUnion
from .other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
from .vector_store_file_object_last_error import VectorStoreFileObjectLastError

__all__ = [
    "VectorStoreFileObject",
]


class VectorStoreFileObject(BaseModel):
    """A list of files attached to a vector store"""

    chunking_strategy: (
        Annotated[
            StaticChunkingStrategyResponseParam | OtherChunkingStrategyResponseParam,
            Field(discriminator="type"),
            LenientUnion,
        ]
        | None
    ) = None
    """The strategy used to chunk the file"""
    usage_bytes: int
    """The total vector store usage in bytes."""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store file was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    last_error: VectorStoreFileObjectLastError | None
    """The last error associated with this vector store file."""
    object: Annotated[Literal["vector_store.file"], LenientLiteral]
    """The object type, which is always `vector_store.file`"""
    vector_store_id: str
    """The ID of the vector store that the File is attached to"""
    status: Annotated[
        Literal["in_progress", "completed", "cancelled", "failed"], LenientLiteral
    ]
    """The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`."""
