"""ChatCompletionMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,
)
from .function_call import FunctionCall

__all__ = [
    "ChatCompletionMessage",
]


class ChatCompletionMessage(BaseModel):
    content: str | None = None
    refusal: str | None = None
    role: Annotated[Literal["assistant"], LenientLiteral]
    function_call: FunctionCall | None = None
    tool_calls: list[ChatCompletionMessageFunctionToolCall] | None = None
