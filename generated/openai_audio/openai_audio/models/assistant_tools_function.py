"""AssistantToolsFunction.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .function_object import FunctionObject

__all__ = [
    "AssistantToolsFunction",
]


class AssistantToolsFunction(BaseModel):
    function: FunctionObject
    type: Literal["function"]
    """The type of tool being defined: `function`."""
