"""Request shapes: ChatCompletionToolChoiceOptionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoiceParam
from .chat_completion_tool_choice_option_one_of_1 import (
    ChatCompletionToolChoiceOptionOneOf1Param,
)

__all__ = [
    "ChatCompletionToolChoiceOptionParam",
]


ChatCompletionToolChoiceOptionParam: TypeAlias = (
    ChatCompletionToolChoiceOptionOneOf1Param
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceParam
)
