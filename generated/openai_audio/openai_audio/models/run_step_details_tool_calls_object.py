"""RunStepDetailsToolCallsObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .run_step_details_tool_calls_object_tool_calls import (
    RunStepDetailsToolCallsObjectToolCalls,
)

__all__ = [
    "RunStepDetailsToolCallsObject",
]


class RunStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call"""

    tool_calls: list[RunStepDetailsToolCallsObjectToolCalls]
    """An array of tool calls the run step was involved in."""
    type: Literal["tool_calls"]
    """Always `tool_calls`"""
