"""ChatCompletionAudioParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionAudioParam",
]


class ChatCompletionAudioParam(BaseModel):
    """Parameters for audio output (used together with `modalities: ["text", "audio"]`)."""

    voice: str
    format: str
