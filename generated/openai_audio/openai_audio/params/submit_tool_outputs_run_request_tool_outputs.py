"""Request shapes: SubmitToolOutputsRunRequestToolOutputsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "SubmitToolOutputsRunRequestToolOutputsParam",
]


@with_config(ConfigDict(extra="allow"))
class SubmitToolOutputsRunRequestToolOutputsParam(TypedDict, total=False):
    output: NotRequired[str]
    """The output of the tool call to be submitted to continue the run"""
    tool_call_id: NotRequired[str]
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""
