"""Choice.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_message import ChatCompletionMessage
from .choice_logprobs import ChoiceLogprobs

__all__ = [
    "Choice",
]


class Choice(BaseModel):
    finish_reason: Annotated[
        Literal["stop", "length", "tool_calls", "content_filter", "function_call"],
        LenientLiteral,
    ]
    index: int
    logprobs: ChoiceLogprobs | None = None
    message: ChatCompletionMessage
