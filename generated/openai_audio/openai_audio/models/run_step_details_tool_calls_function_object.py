"""RunStepDetailsToolCallsFunctionObject.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .run_step_details_tool_calls_function_object_function import (
    RunStepDetailsToolCallsFunctionObjectFunction,
)

__all__ = [
    "RunStepDetailsToolCallsFunctionObject",
]


class RunStepDetailsToolCallsFunctionObject(BaseModel):
    function: RunStepDetailsToolCallsFunctionObjectFunction
    """The definition of the function that was called"""
    id: str
    """The ID of the tool call object"""
    type: Literal["function"]
    """The type of tool call."""
