"""Request shapes: ChunkingStrategyRequestParamDict.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.auto_chunking_strategy_request_param import (
    AutoChunkingStrategyRequestParam,
)
from ..models.static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParam,
)
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParamDict
from .static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParamDict,
)

__all__ = [
    "ChunkingStrategyRequestParamDict",
]


ChunkingStrategyRequestParamDict: TypeAlias = (
    AutoChunkingStrategyRequestParam
    | AutoChunkingStrategyRequestParamDict
    | StaticChunkingStrategyRequestParam
    | StaticChunkingStrategyRequestParamDict
)
