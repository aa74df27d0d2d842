"""BodyTranscriptionsV0AudioTranscriptionsPost.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, FileInput, LenientLiteral

__all__ = [
    "BodyTranscriptionsV0AudioTranscriptionsPost",
]


class BodyTranscriptionsV0AudioTranscriptionsPost(BaseModel):
    model: str
    """ID of the model to use"""
    language: str | None = None
    """Language in ISO-639-1 format"""
    prompt: str | None = ""
    """Optional text to guide the model's style or continue a previous audio segment"""
    response_format: (
        Annotated[Literal["json", "text", "srt", "verbose_json", "vtt"], LenientLiteral]
        | None
    ) = "verbose_json"
    """Format of the transcription response"""
    temperature: float | None = 0
    """Sampling temperature for model responses (default is None)."""
    timestamp_granularities: (
        list[Annotated[Literal["word", "segment"], LenientLiteral]] | None
    ) = None
    """Granularities of timestamps to populate"""
    file: FileInput
