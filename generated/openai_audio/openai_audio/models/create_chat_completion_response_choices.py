"""CreateChatCompletionResponseChoices.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_response_message import ChatCompletionResponseMessage
from .create_chat_completion_response_logprobs import (
    CreateChatCompletionResponseLogprobs,
)

__all__ = [
    "CreateChatCompletionResponseChoices",
]


class CreateChatCompletionResponseChoices(BaseModel):
    """The CreateChatCompletionResponseChoices schema."""

    finish_reason: Annotated[
        Literal["stop", "length", "tool_calls", "content_filter", "function_call"],
        LenientLiteral,
    ]
    """The reason the model stopped generating tokens."""
    index: int
    """The index of the choice in the list of choices"""
    message: ChatCompletionResponseMessage
    logprobs: CreateChatCompletionResponseLogprobs | None
