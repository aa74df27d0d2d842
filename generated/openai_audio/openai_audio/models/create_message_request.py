"""CreateMessageRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral
from .create_message_request_attachments import CreateMessageRequestAttachments

__all__ = [
    "CreateMessageRequest",
]


class CreateMessageRequest(BaseModel):
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    role: Annotated[Literal["user", "assistant"], LenientLiteral]
    """The role of the entity that is creating the message."""
    attachments: list[CreateMessageRequestAttachments] | None = None
    """A list of files attached to the message, and the tools they should be added to"""
