"""MessageContentImageFileObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .message_content_image_file_object_image_file import (
    MessageContentImageFileObjectImageFile,
)

__all__ = [
    "MessageContentImageFileObject",
]


class MessageContentImageFileObject(BaseModel):
    """References an image File in the content of a message"""

    image_file: MessageContentImageFileObjectImageFile
    type: Literal["image_file"]
    """Always `image_file`"""
