"""Request shapes: BodyTranscriptionsV0AudioTranscriptionsPostParam.

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
    "BodyTranscriptionsV0AudioTranscriptionsPostParam",
]


@with_config(ConfigDict(extra="allow"))
class BodyTranscriptionsV0AudioTranscriptionsPostParam(TypedDict, total=False):
    model: Required[str]
    """ID of the model to use"""
    language: NotRequired[str | None]
    """Language in ISO-639-1 format"""
    prompt: NotRequired[str | None]
    """Optional text to guide the model's style or continue a previous audio segment"""
    response_format: NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt"]]
    """Format of the transcription response"""
    temperature: NotRequired[float | None]
    """Sampling temperature for model responses (default is None)."""
    timestamp_granularities: NotRequired[Sequence[Literal["word", "segment"]] | None]
    """Granularities of timestamps to populate"""
    file: Required[FileInput]
