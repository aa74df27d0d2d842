"""CreateSpeechRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "CreateSpeechRequest",
]


class CreateSpeechRequest(BaseModel):
    voice: Annotated[
        Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"], LenientLiteral
    ]
    """The voice to use when generating the audio."""
    input: str
    """The text to generate audio for."""
    response_format: (
        Annotated[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"], LenientLiteral]
        | None
    ) = "mp3"
    """The format to audio in."""
    model: str | Annotated[Literal["tts-1", "tts-1-hd"], LenientLiteral]
    """One of the available TTS models: `tts-1` or `tts-1-hd`."""
    speed: float | None = 1.0
    """The speed of the generated audio."""
