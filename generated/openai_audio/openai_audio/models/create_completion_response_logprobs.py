"""CreateCompletionResponseLogprobs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Any

from .._runtime import BaseModel

__all__ = [
    "CreateCompletionResponseLogprobs",
]


class CreateCompletionResponseLogprobs(BaseModel):
    top_logprobs: list[dict[str, Any]] | None = None
    token_logprobs: list[float] | None = None
    tokens: list[str] | None = None
    text_offset: list[int] | None = None
