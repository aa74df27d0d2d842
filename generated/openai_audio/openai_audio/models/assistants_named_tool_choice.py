"""AssistantsNamedToolChoice.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction

__all__ = [
    "AssistantsNamedToolChoice",
]


class AssistantsNamedToolChoice(BaseModel):
    """Specifies a tool the model should use."""

    function: AssistantsNamedToolChoiceFunction | None = None
    type: Annotated[
        Literal["function", "code_interpreter", "file_search"], LenientLiteral
    ]
    """The type of the tool."""
