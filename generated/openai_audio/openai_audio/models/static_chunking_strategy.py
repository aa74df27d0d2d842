"""StaticChunkingStrategy.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "StaticChunkingStrategy",
]


class StaticChunkingStrategy(BaseModel):
    max_chunk_size_tokens: int
    """The maximum number of tokens in each chunk."""
    chunk_overlap_tokens: int
    """The number of tokens that overlap between chunks."""
