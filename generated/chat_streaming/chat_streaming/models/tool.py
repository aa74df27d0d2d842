"""Tool.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .tool_function import ToolFunction

__all__ = [
    "Tool",
]


class Tool(BaseModel):
    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: ToolFunction | None = None
