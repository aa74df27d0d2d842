"""Request shapes: CreateTranscriptionRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import FileInput

__all__ = [
    "CreateTranscriptionRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateTranscriptionRequestParam(TypedDict, total=False):
    timestamp_granularities: NotRequired[Sequence[Literal["word", "segment"]]]
    """The timestamp granularities to populate for this transcription."""
    file: Required[FileInput]
    """The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm"""
    response_format: NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt"]]
    """The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""
    temperature: NotRequired[float]
    """The sampling temperature, between 0 and 1."""
    model: Required[str | Literal["whisper-1"]]
    """ID of the model to use."""
