"""Request shapes: CreateSpeechRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "CreateSpeechRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateSpeechRequestParam(TypedDict, total=False):
    voice: Required[Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"]]
    """The voice to use when generating the audio."""
    input: Required[str]
    """The text to generate audio for."""
    response_format: NotRequired[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]]
    """The format to audio in."""
    model: Required[str | Literal["tts-1", "tts-1-hd"]]
    """One of the available TTS models: `tts-1` or `tts-1-hd`."""
    speed: NotRequired[float]
    """The speed of the generated audio."""
