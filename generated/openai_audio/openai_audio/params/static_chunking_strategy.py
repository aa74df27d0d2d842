"""Request shapes: StaticChunkingStrategyParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "StaticChunkingStrategyParam",
]


@with_config(ConfigDict(extra="allow"))
class StaticChunkingStrategyParam(TypedDict, total=False):
    max_chunk_size_tokens: Required[int]
    """The maximum number of tokens in each chunk."""
    chunk_overlap_tokens: Required[int]
    """The number of tokens that overlap between chunks."""
