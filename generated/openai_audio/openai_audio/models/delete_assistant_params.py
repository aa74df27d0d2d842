"""DeleteAssistantParams.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "DeleteAssistantParams",
]


class DeleteAssistantParams(BaseModel):
    """The DeleteAssistantParams schema."""

    assistant_id: str
