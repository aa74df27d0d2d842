"""CreateTranscriptionResponseJson.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CreateTranscriptionResponseJson",
]


class CreateTranscriptionResponseJson(BaseModel):
    """Represents a transcription response returned by model, based on the provided input"""

    text: str
    """The transcribed text"""
