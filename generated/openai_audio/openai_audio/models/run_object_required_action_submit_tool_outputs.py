"""RunObjectRequiredActionSubmitToolOutputs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .run_tool_call_object import RunToolCallObject

__all__ = [
    "RunObjectRequiredActionSubmitToolOutputs",
]


class RunObjectRequiredActionSubmitToolOutputs(BaseModel):
    """Details on the tool outputs needed for this run to continue"""

    tool_calls: list[RunToolCallObject]
    """A list of the relevant tool calls"""
