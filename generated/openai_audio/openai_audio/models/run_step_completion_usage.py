"""RunStepCompletionUsage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "RunStepCompletionUsage",
]


class RunStepCompletionUsage(BaseModel):
    """Usage statistics related to the run step."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run step"""
    prompt_tokens: int
    """Number of prompt tokens used over the course of the run step"""
    total_tokens: int
    """Total number of tokens used (prompt + completion)"""
