"""TranscriptionSegment.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "TranscriptionSegment",
]


class TranscriptionSegment(BaseModel):
    start: float
    """Start time of the segment in seconds"""
    temperature: float
    """Temperature parameter used for generating the segment"""
    avg_logprob: float
    """Average logprob of the segment."""
    no_speech_prob: float
    """Probability of no speech in the segment."""
    end: float
    """End time of the segment in seconds"""
    tokens: list[int]
    """Array of token IDs for the text content"""
    id: int
    """Unique identifier of the segment"""
    text: str
    """Text content of the segment"""
    seek: int
    """Seek offset of the segment"""
    compression_ratio: float
    """Compression ratio of the segment."""
