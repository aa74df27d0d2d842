"""Request shapes: ChatCompletionMessageToolCallParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,
)
from .chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunctionParam,
)

__all__ = [
    "ChatCompletionMessageToolCallParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionMessageToolCallParam(TypedDict, total=False):
    function: Required[
        ChatCompletionMessageToolCallFunction
        | ChatCompletionMessageToolCallFunctionParam
    ]
    """The function that the model called"""
    id: Required[str]
    """The ID of the tool call"""
    type: Required[Literal["function"]]
    """The type of the tool."""
