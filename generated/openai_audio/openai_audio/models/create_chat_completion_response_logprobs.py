"""CreateChatCompletionResponseLogprobs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = [
    "CreateChatCompletionResponseLogprobs",
]


class CreateChatCompletionResponseLogprobs(BaseModel):
    """Log probability information for the choice"""

    content: list[ChatCompletionTokenLogprob] | None
    """A list of message content tokens with log probability information"""
