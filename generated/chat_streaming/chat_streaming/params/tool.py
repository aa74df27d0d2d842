"""Request shapes: ToolParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.tool_function import ToolFunction
from .tool_function import ToolFunctionParam

__all__ = [
    "ToolParam",
]


@with_config(ConfigDict(extra="allow"))
class ToolParam(TypedDict, total=False):
    type: NotRequired[Literal["function"]]
    function: NotRequired[ToolFunction | ToolFunctionParam]
