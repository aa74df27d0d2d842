"""Request shapes: CreateVectorStoreFileBatchRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .chunking_strategy_request_param import ChunkingStrategyRequestParamDict

__all__ = [
    "CreateVectorStoreFileBatchRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateVectorStoreFileBatchRequestParam(TypedDict, total=False):
    chunking_strategy: NotRequired[ChunkingStrategyRequestParamDict]
    """The chunking strategy used to chunk the file(s)."""
