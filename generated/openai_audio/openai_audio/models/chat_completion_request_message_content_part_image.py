"""ChatCompletionRequestMessageContentPartImage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestMessageContentPartImage",
]


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    type: Literal["image_url"]
    """The type of the content part"""
