"""MessageContentImageUrlObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .message_content_image_url_object_image_url import (
    MessageContentImageUrlObjectImageUrl,
)

__all__ = [
    "MessageContentImageUrlObject",
]


class MessageContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message"""

    image_url: MessageContentImageUrlObjectImageUrl
    type: Literal["image_url"]
    """The type of the content part"""
