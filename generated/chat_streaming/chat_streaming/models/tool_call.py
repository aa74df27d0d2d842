"""ToolCall.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .tool_call_function import ToolCallFunction

__all__ = [
    "ToolCall",
]


class ToolCall(BaseModel):
    id: str | None = None
    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: ToolCallFunction | None = None
