"""Usage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .usage_completion_tokens_details import UsageCompletionTokensDetails
from .usage_prompt_tokens_details import UsagePromptTokensDetails

__all__ = [
    "Usage",
]


class Usage(BaseModel):
    completion_tokens: int | None = None
    prompt_tokens: int | None = None
    total_tokens: int | None = None
    completion_tokens_details: UsageCompletionTokensDetails | None = None
    prompt_tokens_details: UsagePromptTokensDetails | None = None
