"""CreateTranscriptionRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, FileInput, LenientLiteral

__all__ = [
    "CreateTranscriptionRequest",
]


class CreateTranscriptionRequest(BaseModel):
    timestamp_granularities: (
        list[Annotated[Literal["word", "segment"], LenientLiteral]] | None
    ) = None
    """The timestamp granularities to populate for this transcription."""
    file: FileInput
    """The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm"""
    response_format: (
        Annotated[Literal["json", "text", "srt", "verbose_json", "vtt"], LenientLiteral]
        | None
    ) = "json"
    """The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""
    temperature: float | None = 0
    """The sampling temperature, between 0 and 1."""
    model: str | Annotated[Literal["whisper-1"], LenientLiteral]
    """ID of the model to use."""
