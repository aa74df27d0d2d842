"""StaticChunkingStrategyRequestParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .static_chunking_strategy import StaticChunkingStrategy

__all__ = [
    "StaticChunkingStrategyRequestParam",
]


class StaticChunkingStrategyRequestParam(BaseModel):
    static: StaticChunkingStrategy
    type: Literal["static"]
    """Always `static`"""
