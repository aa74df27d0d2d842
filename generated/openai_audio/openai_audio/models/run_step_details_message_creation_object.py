"""RunStepDetailsMessageCreationObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .run_step_details_message_creation_object_message_creation import (
    RunStepDetailsMessageCreationObjectMessageCreation,
)

__all__ = [
    "RunStepDetailsMessageCreationObject",
]


class RunStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step"""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation
    type: Literal["message_creation"]
    """Always `message_creation`"""
