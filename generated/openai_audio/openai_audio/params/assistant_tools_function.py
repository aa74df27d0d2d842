"""Request shapes: AssistantToolsFunctionParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.function_object import FunctionObject
from .function_object import FunctionObjectParam

__all__ = [
    "AssistantToolsFunctionParam",
]


@with_config(ConfigDict(extra="allow"))
class AssistantToolsFunctionParam(TypedDict, total=False):
    function: Required[FunctionObject | FunctionObjectParam]
    type: Required[Literal["function"]]
    """The type of tool being defined: `function`."""
