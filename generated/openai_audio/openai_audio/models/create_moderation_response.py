"""CreateModerationResponse.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .create_moderation_response_results import CreateModerationResponseResults

__all__ = [
    "CreateModerationResponse",
]


class CreateModerationResponse(BaseModel):
    """Represents if a given text input is potentially harmful"""

    model: str
    """The model used to generate the moderation results"""
    id: str
    """The unique identifier for the moderation request"""
    results: list[CreateModerationResponseResults]
    """A list of moderation objects"""
