"""ChatCompletionMessageFunctionToolCall.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .function import Function

__all__ = [
    "ChatCompletionMessageFunctionToolCall",
]


class ChatCompletionMessageFunctionToolCall(BaseModel):
    """A call to a function tool created by the model."""

    id: str
    function: Function
    """The function that the model called."""
    type: Annotated[Literal["function"], LenientLiteral]
