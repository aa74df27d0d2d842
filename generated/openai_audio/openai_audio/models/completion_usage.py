"""CompletionUsage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "CompletionUsage",
]


class CompletionUsage(BaseModel):
    """Usage statistics for the completion request"""

    completion_tokens: int
    """Number of tokens in the generated completion"""
    prompt_tokens: int
    """Number of tokens in the prompt"""
    total_tokens: int
    """Total number of tokens used in the request (prompt + completion)"""
