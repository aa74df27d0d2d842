"""RunObjectRequiredAction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .run_object_required_action_submit_tool_outputs import (
    RunObjectRequiredActionSubmitToolOutputs,
)

__all__ = [
    "RunObjectRequiredAction",
]


class RunObjectRequiredAction(BaseModel):
    """Details on the action required to continue the run."""

    submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs
    """Details on the tool outputs needed for this run to continue"""
    type: Annotated[Literal["submit_tool_outputs"], LenientLiteral]
    """For now, this is always `submit_tool_outputs`"""
