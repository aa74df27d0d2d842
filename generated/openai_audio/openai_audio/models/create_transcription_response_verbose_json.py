"""CreateTranscriptionResponseVerboseJson.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord

__all__ = [
    "CreateTranscriptionResponseVerboseJson",
]


class CreateTranscriptionResponseVerboseJson(BaseModel):
    """Represents a verbose json transcription response returned by model, based on the provided input"""

    duration: str
    """The duration of the input audio"""
    words: list[TranscriptionWord] | None = None
    """Extracted words and their corresponding timestamps"""
    language: str
    """The language of the input audio"""
    text: str
    """The transcribed text"""
    segments: list[TranscriptionSegment] | None = None
    """Segments of the transcribed text and their corresponding details"""
