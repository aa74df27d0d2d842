"""ChatCompletionChunk.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .delta_choice import DeltaChoice
from .usage import Usage

__all__ = [
    "ChatCompletionChunk",
]


class ChatCompletionChunk(BaseModel):
    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    usage: Usage | None = None
    choices: list[DeltaChoice] | None = None
