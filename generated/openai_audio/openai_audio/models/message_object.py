"""MessageObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral
from .message_object_attachments import MessageObjectAttachments
from .message_object_content import MessageObjectContent
from .message_object_incomplete_details import MessageObjectIncompleteDetails

__all__ = [
    "MessageObject",
]


class MessageObject(BaseModel):
    """Represents a message within a thread"""

    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    role: Annotated[Literal["user", "assistant"], LenientLiteral]
    """The entity that produced the message."""
    attachments: list[MessageObjectAttachments] | None
    """A list of files attached to the message, and the tools they were added to"""
    created_at: int
    """The Unix timestamp (in seconds) for when the message was created"""
    content: list[MessageObjectContent]
    """The content of the message in array of text and/or images"""
    completed_at: int | None
    """The Unix timestamp (in seconds) for when the message was completed"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    incomplete_at: int | None
    """The Unix timestamp (in seconds) for when the message was marked as incomplete"""
    incomplete_details: MessageObjectIncompleteDetails | None
    """On an incomplete message, details about why the message is incomplete"""
    object: Annotated[Literal["thread.message"], LenientLiteral]
    """The object type, which is always `thread.message`"""
    status: Annotated[Literal["in_progress", "incomplete", "completed"], LenientLiteral]
    """The status of the message, which can be either `in_progress`, `incomplete`, or `completed`."""
