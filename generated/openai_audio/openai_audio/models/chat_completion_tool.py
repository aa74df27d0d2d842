"""ChatCompletionTool.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .function_object import FunctionObject

__all__ = [
    "ChatCompletionTool",
]


class ChatCompletionTool(BaseModel):
    function: FunctionObject
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of the tool."""
