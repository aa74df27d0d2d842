"""RunToolCallObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .run_tool_call_object_function import RunToolCallObjectFunction

__all__ = [
    "RunToolCallObject",
]


class RunToolCallObject(BaseModel):
    """Tool call objects"""

    function: RunToolCallObjectFunction
    """The function definition"""
    id: str
    """The ID of the tool call."""
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of tool call the output is required for."""
