"""CreateMessageRequestAttachments.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .create_message_request_tools import CreateMessageRequestTools

__all__ = [
    "CreateMessageRequestAttachments",
]


class CreateMessageRequestAttachments(BaseModel):
    file_id: str | None = None
    """The ID of the file to attach to the message"""
    tools: list[CreateMessageRequestTools] | None = None
    """The tools to add this file to"""
