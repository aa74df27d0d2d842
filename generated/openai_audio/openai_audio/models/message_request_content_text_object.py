"""MessageRequestContentTextObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral

__all__ = [
    "MessageRequestContentTextObject",
]


class MessageRequestContentTextObject(BaseModel):
    """The text content that is part of a message"""

    text: str
    """Text content to be sent to the model"""
    type: Annotated[Literal["text"], LenientLiteral]
    """Always `text`"""
