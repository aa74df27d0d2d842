"""MessageContentTextObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .message_content_text_object_text import MessageContentTextObjectText

__all__ = [
    "MessageContentTextObject",
]


class MessageContentTextObject(BaseModel):
    """The text content that is part of a message"""

    text: MessageContentTextObjectText
    type: Literal["text"]
    """Always `text`"""
