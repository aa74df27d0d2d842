"""CreateVectorStoreFileBatchRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .chunking_strategy_request_param import ChunkingStrategyRequestParam

__all__ = [
    "CreateVectorStoreFileBatchRequest",
]


class CreateVectorStoreFileBatchRequest(BaseModel):
    chunking_strategy: ChunkingStrategyRequestParam | None = None
    """The chunking strategy used to chunk the file(s)."""
