"""TranscriptionsV0AudioTranscriptionsPostResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .transcription_verbose_json import TranscriptionVerboseJson

__all__ = [
    "TranscriptionsV0AudioTranscriptionsPostResponse",
]


TranscriptionsV0AudioTranscriptionsPostResponse: TypeAlias = (
    TranscriptionVerboseJson | str
)
