"""RunStepDetailsToolCallsObjectToolCalls.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field

from .._runtime import LenientUnion
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_file_search_object import (
    RunStepDetailsToolCallsFileSearchObject,
)
from .run_step_details_tool_calls_function_object import (
    RunStepDetailsToolCallsFunctionObject,
)

__all__ = [
    "RunStepDetailsToolCallsObjectToolCalls",
]


RunStepDetailsToolCallsObjectToolCalls: TypeAlias = Annotated[
    RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject,
    Field(discriminator="type"),
    LenientUnion,
]
