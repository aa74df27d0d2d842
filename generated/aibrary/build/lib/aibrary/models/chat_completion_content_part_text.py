"""ChatCompletionContentPartText.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionContentPartText",
]


class ChatCompletionContentPartText(BaseModel):
    """Learn about text inputs."""

    text: str
    type: Literal["text"]
