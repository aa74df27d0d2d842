"""ChatCompletionNamedToolChoice.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,
)

__all__ = [
    "ChatCompletionNamedToolChoice",
]


class ChatCompletionNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    function: ChatCompletionNamedToolChoiceFunction
    type: Annotated[Literal["function"], LenientLiteral]
