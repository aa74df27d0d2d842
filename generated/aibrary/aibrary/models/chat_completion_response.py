"""ChatCompletionResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .choice import Choice
from .completion_usage import CompletionUsage

__all__ = [
    "ChatCompletionResponse",
]


class ChatCompletionResponse(BaseModel):
    id: str
    choices: list[Choice]
    created: int
    model: str
    object: Annotated[Literal["chat.completion"], LenientLiteral]
    service_tier: Annotated[Literal["scale", "default"], LenientLiteral] | None = None
    system_fingerprint: str | None = None
    usage: CompletionUsage | None = None
