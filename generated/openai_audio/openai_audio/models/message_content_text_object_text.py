"""MessageContentTextObjectText.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .message_content_text_object_text_annotations import (
    MessageContentTextObjectTextAnnotations,
)

__all__ = [
    "MessageContentTextObjectText",
]


class MessageContentTextObjectText(BaseModel):
    annotations: list[MessageContentTextObjectTextAnnotations]
    value: str
    """The data that makes up the text"""
