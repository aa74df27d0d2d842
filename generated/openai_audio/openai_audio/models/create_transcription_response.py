"""CreateTranscriptionResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .create_transcription_response_json import CreateTranscriptionResponseJson
from .create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)

__all__ = [
    "CreateTranscriptionResponse",
]


CreateTranscriptionResponse: TypeAlias = (
    CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson
)
