"""Request shapes: SubmitToolOutputsRunRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.submit_tool_outputs_run_request_tool_outputs import (
    SubmitToolOutputsRunRequestToolOutputs,
)
from .submit_tool_outputs_run_request_tool_outputs import (
    SubmitToolOutputsRunRequestToolOutputsParam,
)

__all__ = [
    "SubmitToolOutputsRunRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class SubmitToolOutputsRunRequestParam(TypedDict, total=False):
    stream: NotRequired[bool | None]
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
    tool_outputs: Required[
        Sequence[
            SubmitToolOutputsRunRequestToolOutputs
            | SubmitToolOutputsRunRequestToolOutputsParam
        ]
    ]
    """A list of tools for which the outputs are being submitted"""
