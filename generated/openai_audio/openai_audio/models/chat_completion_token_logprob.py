"""ChatCompletionTokenLogprob.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from pydantic import Field

from .._runtime import BaseModel
from .chat_completion_token_logprob_top_logprobs import (
    ChatCompletionTokenLogprobTopLogprobs,
)

__all__ = [
    "ChatCompletionTokenLogprob",
]


class ChatCompletionTokenLogprob(BaseModel):
    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobs]
    """List of the most likely tokens and their log probability, at this token position."""
    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens."""
    bytes_: list[int] | None = Field(alias="bytes")
    """A list of integers representing the UTF-8 bytes representation of the token."""
    token: str
    """The token"""
