"""Request shapes: AssistantsApiToolChoiceOptionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
from .assistants_api_tool_choice_option_one_of_1 import (
    AssistantsApiToolChoiceOptionOneOf1Param,
)
from .assistants_named_tool_choice import AssistantsNamedToolChoiceParam

__all__ = [
    "AssistantsApiToolChoiceOptionParam",
]


AssistantsApiToolChoiceOptionParam: TypeAlias = (
    AssistantsApiToolChoiceOptionOneOf1Param
    | AssistantsNamedToolChoice
    | AssistantsNamedToolChoiceParam
)
