"""TranscriptionVerboseJson.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord

__all__ = [
    "TranscriptionVerboseJson",
]


class TranscriptionVerboseJson(BaseModel):
    text: str
    task: str
    language: str
    duration: float
    words: list[TranscriptionWord] | None = None
    segments: list[TranscriptionSegment] | None = None
