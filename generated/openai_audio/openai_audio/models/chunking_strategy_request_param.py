"""ChunkingStrategyRequestParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam

__all__ = [
    "ChunkingStrategyRequestParam",
]


# The chunking strategy used to chunk the file(s).
ChunkingStrategyRequestParam: TypeAlias = Annotated[
    AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam,
    Field(discriminator="type"),
    LenientUnion,
]
