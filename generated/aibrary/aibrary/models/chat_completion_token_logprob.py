"""ChatCompletionTokenLogprob.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from pydantic import Field

from .._runtime import BaseModel
from .top_logprob import TopLogprob

__all__ = [
    "ChatCompletionTokenLogprob",
]


class ChatCompletionTokenLogprob(BaseModel):
    token: str
    bytes_: list[int] | None = Field(default=None, alias="bytes")
    logprob: float
    top_logprobs: list[TopLogprob]
