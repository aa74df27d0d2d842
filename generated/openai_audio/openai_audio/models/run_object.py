"""RunObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
from .parallel_tool_calls import ParallelToolCalls
from .run_completion_usage import RunCompletionUsage
from .run_object_incomplete_details import RunObjectIncompleteDetails
from .run_object_last_error import RunObjectLastError
from .run_object_required_action import RunObjectRequiredAction
from .run_object_tools import RunObjectTools
from .truncation_object import TruncationObject

__all__ = [
    "RunObject",
]


class RunObject(BaseModel):
    """Represents an execution run on a thread"""

    cancelled_at: int | None
    """The Unix timestamp (in seconds) for when the run was cancelled"""
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    required_action: RunObjectRequiredAction | None
    """Details on the action required to continue the run."""
    usage: RunCompletionUsage | None
    """Usage statistics related to the run."""
    created_at: int
    """The Unix timestamp (in seconds) for when the run was created"""
    tools: list[RunObjectTools] | None = Field(default=[])
    """The list of tools that the assistant used for this run"""
    top_p: float | None = None
    """The nucleus sampling value used for this run."""
    max_completion_tokens: int | None
    """The maximum number of completion tokens specified to have been used over the course of the run"""
    expires_at: int | None
    """The Unix timestamp (in seconds) for when the run will expire"""
    response_format: AssistantsApiResponseFormatOption
    """Specifies the format that the model must output."""
    temperature: float | None = None
    """The sampling temperature used for this run."""
    tool_choice: AssistantsApiToolChoiceOption
    """Controls which (if any) tool is called by the model."""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    last_error: RunObjectLastError | None
    """The last error associated with this run."""
    incomplete_details: RunObjectIncompleteDetails | None
    """Details on why the run is incomplete."""
    truncation_strategy: TruncationObject
    """Controls for how a thread will be truncated prior to the run."""
    completed_at: int | None
    """The Unix timestamp (in seconds) for when the run was completed"""
    parallel_tool_calls: ParallelToolCalls
    """Whether to enable parallel function calling during tool use"""
    started_at: int | None
    """The Unix timestamp (in seconds) for when the run was started"""
    failed_at: int | None
    """The Unix timestamp (in seconds) for when the run failed"""
    max_prompt_tokens: int | None
    """The maximum number of prompt tokens specified to have been used over the course of the run"""
    object: Annotated[Literal["thread.run"], LenientLiteral]
    """The object type, which is always `thread.run`"""
    status: Annotated[
        Literal[
            "queued",
            "in_progress",
            "requires_action",
            "cancelling",
            "cancelled",
            "failed",
            "completed",
            "incomplete",
            "expired",
        ],
        LenientLiteral,
    ]
    """The status of the run."""
