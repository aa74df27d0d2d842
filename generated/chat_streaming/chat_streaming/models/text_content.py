"""TextContent.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "TextContent",
]


class TextContent(BaseModel):
    type: Literal["text"]
    text: str
