"""CreateTranslationRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, FileInput, LenientLiteral

__all__ = [
    "CreateTranslationRequest",
]


class CreateTranslationRequest(BaseModel):
    file: FileInput
    """The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm"""
    response_format: str | None = "json"
    """The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""
    temperature: float | None = 0
    """The sampling temperature, between 0 and 1."""
    model: str | Annotated[Literal["whisper-1"], LenientLiteral]
    """ID of the model to use."""
