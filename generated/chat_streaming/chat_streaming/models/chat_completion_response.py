"""ChatCompletionResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .choice import Choice
from .usage import Usage

__all__ = [
    "ChatCompletionResponse",
]


class ChatCompletionResponse(BaseModel):
    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    usage: Usage | None = None
    choices: list[Choice] | None = None
