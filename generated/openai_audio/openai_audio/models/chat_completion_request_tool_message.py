"""ChatCompletionRequestToolMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel

__all__ = [
    "ChatCompletionRequestToolMessage",
]


class ChatCompletionRequestToolMessage(BaseModel):
    role: Literal["tool"]
    """The role of the messages author, in this case `tool`"""
    tool_call_id: str
    """Tool call that this message is responding to"""
    content: str
    """The contents of the tool message"""
