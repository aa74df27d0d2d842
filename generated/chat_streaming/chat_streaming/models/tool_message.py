"""ToolMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "ToolMessage",
]


class ToolMessage(BaseModel):
    role: Annotated[Literal["tool"], LenientLiteral]
    content: str | list[str]
    tool_call_id: str
