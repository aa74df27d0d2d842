"""MessageContentTextAnnotationsFileCitationObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .message_content_text_annotations_file_citation_object_amnghooifd import (
    MessageContentTextAnnotationsFileCitationObjectFileCitation,
)

__all__ = [
    "MessageContentTextAnnotationsFileCitationObject",
]


class MessageContentTextAnnotationsFileCitationObject(BaseModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message."""

    start_index: int
    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation
    end_index: int
    text: str
    """The text in the message content that needs to be replaced"""
    type: Literal["file_citation"]
    """Always `file_citation`"""
