"""ChatCompletionRequestAssistantMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls
from .chat_completion_request_assistant_message_function_call import (
    ChatCompletionRequestAssistantMessageFunctionCall,
)

__all__ = [
    "ChatCompletionRequestAssistantMessage",
]


class ChatCompletionRequestAssistantMessage(BaseModel):
    """The ChatCompletionRequestAssistantMessage schema."""

    role: Literal["assistant"]
    """The role of the messages author, in this case `assistant`"""
    function_call: ChatCompletionRequestAssistantMessageFunctionCall | None = None
    name: str | None = None
    """An optional name for the participant."""
    tool_calls: ChatCompletionMessageToolCalls | None = None
    content: str | None = None
    """The contents of the assistant message."""
