"""RunStepDetailsToolCallsCodeObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .run_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreter,
)

__all__ = [
    "RunStepDetailsToolCallsCodeObject",
]


class RunStepDetailsToolCallsCodeObject(BaseModel):
    """Details of the Code Interpreter tool call the run step was involved in"""

    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    """The Code Interpreter tool call definition"""
    id: str
    """The ID of the tool call"""
    type: Literal["code_interpreter"]
    """The type of tool call."""
