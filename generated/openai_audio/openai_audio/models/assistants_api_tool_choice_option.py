"""AssistantsApiToolChoiceOption.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import TypeAlias

from .assistants_api_tool_choice_option_one_of_1 import (
    AssistantsApiToolChoiceOptionOneOf1,
)
from .assistants_named_tool_choice import AssistantsNamedToolChoice

__all__ = [
    "AssistantsApiToolChoiceOption",
]


# Controls which (if any) tool is called by the model.
AssistantsApiToolChoiceOption: TypeAlias = (
    AssistantsApiToolChoiceOptionOneOf1 | AssistantsNamedToolChoice
)
