"""CreateVectorStoreRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._runtime import BaseModel, LenientUnion
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
from .vector_store_expiration_after import VectorStoreExpirationAfter

__all__ = [
    "CreateVectorStoreRequest",
]


class CreateVectorStoreRequest(BaseModel):
    chunking_strategy: (
        Annotated[
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam,
            Field(discriminator="type"),
            LenientUnion,
        ]
        | None
    ) = None
    """The chunking strategy used to chunk the file(s)."""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store"""
    name: str | None = None
    """The name of the vector store"""
