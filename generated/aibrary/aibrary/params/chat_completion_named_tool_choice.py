"""Request shapes: ChatCompletionNamedToolChoiceParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,
)
from .chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunctionParam,
)

__all__ = [
    "ChatCompletionNamedToolChoiceParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    function: Required[
        ChatCompletionNamedToolChoiceFunction
        | ChatCompletionNamedToolChoiceFunctionParam
    ]
    type: Required[Literal["function"]]
