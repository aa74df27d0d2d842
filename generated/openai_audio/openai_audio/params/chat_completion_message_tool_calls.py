"""Request shapes: ChatCompletionMessageToolCallsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
from .chat_completion_message_tool_call import ChatCompletionMessageToolCallParam

__all__ = [
    "ChatCompletionMessageToolCallsParam",
]


ChatCompletionMessageToolCallsParam: TypeAlias = Sequence[
    ChatCompletionMessageToolCall | ChatCompletionMessageToolCallParam
]
