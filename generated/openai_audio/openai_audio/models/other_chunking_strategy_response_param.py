"""OtherChunkingStrategyResponseParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "OtherChunkingStrategyResponseParam",
]


class OtherChunkingStrategyResponseParam(BaseModel):
    """This is returned when the chunking strategy is unknown."""

    type: Literal["other"]
    """Always `other`"""
