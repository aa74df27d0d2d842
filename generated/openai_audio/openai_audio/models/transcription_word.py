"""TranscriptionWord.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "TranscriptionWord",
]


class TranscriptionWord(BaseModel):
    start: float
    """Start time of the word in seconds"""
    end: float
    """End time of the word in seconds"""
    word: str
    """The text content of the word"""
