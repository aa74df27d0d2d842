"""TranscriptionWord.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "TranscriptionWord",
]


class TranscriptionWord(BaseModel):
    word: str
    start: float
    end: float
