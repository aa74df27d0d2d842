"""CreateTranslationResponseVerboseJson.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .transcription_segment import TranscriptionSegment

__all__ = [
    "CreateTranslationResponseVerboseJson",
]


class CreateTranslationResponseVerboseJson(BaseModel):
    duration: str
    """The duration of the input audio"""
    language: str
    """The language of the output translation (always `english`)."""
    text: str
    """The translated text"""
    segments: list[TranscriptionSegment] | None = None
    """Segments of the translated text and their corresponding details"""
