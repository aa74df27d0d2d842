"""ListRunsResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .run_object import RunObject

__all__ = [
    "ListRunsResponse",
]


class ListRunsResponse(BaseModel):
    first_id: str
    data: list[RunObject]
    last_id: str
    has_more: bool
    object: str
