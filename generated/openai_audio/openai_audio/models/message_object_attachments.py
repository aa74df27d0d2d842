"""MessageObjectAttachments.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .message_object_tools import MessageObjectTools

__all__ = [
    "MessageObjectAttachments",
]


class MessageObjectAttachments(BaseModel):
    file_id: str | None = None
    """The ID of the file to attach to the message"""
    tools: list[MessageObjectTools] | None = None
    """The tools to add this file to"""
