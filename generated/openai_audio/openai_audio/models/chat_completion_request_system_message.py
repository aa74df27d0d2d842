"""ChatCompletionRequestSystemMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestSystemMessage",
]


class ChatCompletionRequestSystemMessage(BaseModel):
    role: Literal["system"]
    """The role of the messages author, in this case `system`"""
    name: str | None = None
    """An optional name for the participant."""
    content: str
    """The contents of the system message"""
