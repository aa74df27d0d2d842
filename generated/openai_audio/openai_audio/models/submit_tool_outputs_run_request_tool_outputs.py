"""SubmitToolOutputsRunRequestToolOutputs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel

__all__ = [
    "SubmitToolOutputsRunRequestToolOutputs",
]


class SubmitToolOutputsRunRequestToolOutputs(BaseModel):
    output: str | None = None
    """The output of the tool call to be submitted to continue the run"""
    tool_call_id: str | None = None
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""
