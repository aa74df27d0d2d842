"""ChatCompletionRequestAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestAudio",
]


class ChatCompletionRequestAudio(BaseModel):
    voice: str | None = None
