"""RunStepObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral, LenientUnion
from .run_step_completion_usage import RunStepCompletionUsage
from .run_step_details_message_creation_object import (
    RunStepDetailsMessageCreationObject,
)
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from .run_step_object_last_error import RunStepObjectLastError

__all__ = [
    "RunStepObject",
]


class RunStepObject(BaseModel):
    """Represents a step in execution of a run"""

    cancelled_at: int | None
    """The Unix timestamp (in seconds) for when the run step was cancelled"""
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    usage: RunStepCompletionUsage | None
    """Usage statistics related to the run step."""
    created_at: int
    """The Unix timestamp (in seconds) for when the run step was created"""
    expired_at: int | None
    """The Unix timestamp (in seconds) for when the run step expired."""
    type: Annotated[Literal["message_creation", "tool_calls"], LenientLiteral]
    """The type of run step, which can be either `message_creation` or `tool_calls`."""
    step_details: Annotated[
        RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject,
        Field(discriminator="type"),
        LenientUnion,
    ]
    """The details of the run step"""
    completed_at: int | None
    """The Unix timestamp (in seconds) for when the run step completed"""
    id: str
    """The identifier of the run step, which can be referenced in API endpoints"""
    last_error: RunStepObjectLastError | None
    """The last error associated with this run step."""
    failed_at: int | None
    """The Unix timestamp (in seconds) for when the run step failed"""
    object: Annotated[Literal["thread.run.step"], LenientLiteral]
    """The object type, which is always `thread.run.step`"""
    status: Annotated[
        Literal["in_progress", "cancelled", "failed", "completed", "expired"],
        LenientLiteral,
    ]
    """The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`."""
