"""RunStepDetailsToolCallsCodeObjectCodeInterpreter.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .run_step_details_tool_calls_code_object_code_interpreter_outputs import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs,
)

__all__ = [
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
]


class RunStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition"""

    outputs: list[RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs]
    """The outputs from the Code Interpreter tool call."""
    input: str
    """The input to the Code Interpreter tool call"""
