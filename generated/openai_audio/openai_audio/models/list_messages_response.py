"""ListMessagesResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .message_object import MessageObject

__all__ = [
    "ListMessagesResponse",
]


class ListMessagesResponse(BaseModel):
    object: str
    data: list[MessageObject]
    first_id: str
    last_id: str
    has_more: bool
