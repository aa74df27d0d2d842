"""CreateCompletionResponseChoices.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .create_completion_response_logprobs import CreateCompletionResponseLogprobs

__all__ = [
    "CreateCompletionResponseChoices",
]


class CreateCompletionResponseChoices(BaseModel):
    finish_reason: Annotated[
        Literal["stop", "length", "content_filter"], LenientLiteral
    ]
    """The reason the model stopped generating tokens."""
    index: int
    text: str
    logprobs: CreateCompletionResponseLogprobs | None
