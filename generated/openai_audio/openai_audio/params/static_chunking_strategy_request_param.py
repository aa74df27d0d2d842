"""Request shapes: StaticChunkingStrategyRequestParamDict.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.static_chunking_strategy import StaticChunkingStrategy
from .static_chunking_strategy import StaticChunkingStrategyParam

__all__ = [
    "StaticChunkingStrategyRequestParamDict",
]


@with_config(ConfigDict(extra="allow"))
class StaticChunkingStrategyRequestParamDict(TypedDict, total=False):
    static: Required[StaticChunkingStrategy | StaticChunkingStrategyParam]
    type: Required[Literal["static"]]
    """Always `static`"""
