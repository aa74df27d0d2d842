"""ChatCompletionRequestUserMessage.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .chat_completion_request_message_content_part import (
    ChatCompletionRequestMessageContentPart,
)

__all__ = [
    "ChatCompletionRequestUserMessage",
]


class ChatCompletionRequestUserMessage(BaseModel):
    role: Literal["user"]
    """The role of the messages author, in this case `user`"""
    name: str | None = None
    """An optional name for the participant."""
    content: str | list[ChatCompletionRequestMessageContentPart]
    """The contents of the user message"""
