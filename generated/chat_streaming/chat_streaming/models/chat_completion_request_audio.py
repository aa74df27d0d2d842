"""ChatCompletionRequestAudio.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestAudio",
]


class ChatCompletionRequestAudio(BaseModel):
    """The ChatCompletionRequestAudio schema."""

    voice: str | None = None
