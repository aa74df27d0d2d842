"""Request shapes: AssistantsNamedToolChoiceParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.assistants_named_tool_choice_function import (
    AssistantsNamedToolChoiceFunction,
)
from .assistants_named_tool_choice_function import (
    AssistantsNamedToolChoiceFunctionParam,
)

__all__ = [
    "AssistantsNamedToolChoiceParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantsNamedToolChoiceParam(TypedDict, total=False):
    """Specifies a tool the model should use."""

    function: NotRequired[
        AssistantsNamedToolChoiceFunction | AssistantsNamedToolChoiceFunctionParam
    ]
    type: Required[Literal["function", "code_interpreter", "file_search"]]
    """The type of the tool."""
