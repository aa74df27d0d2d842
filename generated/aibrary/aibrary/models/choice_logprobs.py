"""ChoiceLogprobs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = [
    "ChoiceLogprobs",
]


class ChoiceLogprobs(BaseModel):
    content: list[ChatCompletionTokenLogprob] | None = None
    refusal: list[ChatCompletionTokenLogprob] | None = None
