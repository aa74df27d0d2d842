"""RunStepDetailsMessageCreationObjectMessageCreation.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "RunStepDetailsMessageCreationObjectMessageCreation",
]


class RunStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str
    """The ID of the message that was created by this run step"""
