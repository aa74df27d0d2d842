"""AssistantMessageToolCalls.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .assistant_message_tool_calls_function import AssistantMessageToolCallsFunction

__all__ = [
    "AssistantMessageToolCalls",
]


class AssistantMessageToolCalls(BaseModel):
    id: str | None = None
    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: AssistantMessageToolCallsFunction | None = None
