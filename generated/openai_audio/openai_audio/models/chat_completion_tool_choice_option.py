"""ChatCompletionToolChoiceOption.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_tool_choice_option_one_of_1 import (
    ChatCompletionToolChoiceOptionOneOf1,
)

__all__ = [
    "ChatCompletionToolChoiceOption",
]


# Controls which (if any) tool is called by the model.
ChatCompletionToolChoiceOption: TypeAlias = (
    ChatCompletionToolChoiceOptionOneOf1 | ChatCompletionNamedToolChoice
)
