"""UsagePromptTokensDetails.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "UsagePromptTokensDetails",
]


class UsagePromptTokensDetails(BaseModel):
    audio_tokens: int | None = None
    cached_tokens: int | None = None
