"""ListAssistantsResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .assistant_object import AssistantObject

__all__ = [
    "ListAssistantsResponse",
]


class ListAssistantsResponse(BaseModel):
    first_id: str
    data: list[AssistantObject]
    last_id: str
    has_more: bool
    object: str
