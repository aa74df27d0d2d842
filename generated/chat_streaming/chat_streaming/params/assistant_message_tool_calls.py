"""Request shapes: AssistantMessageToolCallsParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.assistant_message_tool_calls_function import (
    AssistantMessageToolCallsFunction,
)
from .assistant_message_tool_calls_function import (
    AssistantMessageToolCallsFunctionParam,
)

__all__ = [
    "AssistantMessageToolCallsParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantMessageToolCallsParam(TypedDict, total=False):
    id: NotRequired[str]
    type: NotRequired[Literal["function"]]
    function: NotRequired[
        AssistantMessageToolCallsFunction | AssistantMessageToolCallsFunctionParam
    ]
