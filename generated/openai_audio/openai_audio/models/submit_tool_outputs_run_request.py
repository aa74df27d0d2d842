"""SubmitToolOutputsRunRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from .._runtime import BaseModel
from .submit_tool_outputs_run_request_tool_outputs import (
    SubmitToolOutputsRunRequestToolOutputs,
)

__all__ = [
    "SubmitToolOutputsRunRequest",
]


class SubmitToolOutputsRunRequest(BaseModel):
    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputs]
    """A list of tools for which the outputs are being submitted"""
