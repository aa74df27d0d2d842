"""CreateEmbeddingResponseUsage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CreateEmbeddingResponseUsage",
]


class CreateEmbeddingResponseUsage(BaseModel):
    """The usage information for the request"""

    prompt_tokens: int
    """The number of tokens used by the prompt"""
    total_tokens: int
    """The total number of tokens used by the request"""
