"""ChatCompletionRequestMessageContentPartText.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestMessageContentPartText",
]


class ChatCompletionRequestMessageContentPartText(BaseModel):
    text: str
    """The text content"""
    type: Literal["text"]
    """The type of the content part"""
