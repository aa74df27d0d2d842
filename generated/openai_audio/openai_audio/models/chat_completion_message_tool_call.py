"""ChatCompletionMessageToolCall.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,
)

__all__ = [
    "ChatCompletionMessageToolCall",
]


class ChatCompletionMessageToolCall(BaseModel):
    function: ChatCompletionMessageToolCallFunction
    """The function that the model called"""
    id: str
    """The ID of the tool call"""
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of the tool."""
