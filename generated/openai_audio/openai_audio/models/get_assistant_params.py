"""GetAssistantParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "GetAssistantParams",
]


class GetAssistantParams(BaseModel):
    """The GetAssistantParams schema."""

    assistant_id: str
