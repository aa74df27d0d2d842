"""RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .run_step_details_tool_calls_code_output_image_object import (
    RunStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_details_tool_calls_code_output_logs_object import (
    RunStepDetailsToolCallsCodeOutputLogsObject,
)

__all__ = [
    "RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs",
]


RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs: TypeAlias = Annotated[
    RunStepDetailsToolCallsCodeOutputLogsObject
    | RunStepDetailsToolCallsCodeOutputImageObject,
    Field(discriminator="type"),
    LenientUnion,
]
