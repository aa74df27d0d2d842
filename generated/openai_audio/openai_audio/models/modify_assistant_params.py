"""ModifyAssistantParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "ModifyAssistantParams",
]


class ModifyAssistantParams(BaseModel):
    """The ModifyAssistantParams schema."""

    assistant_id: str
