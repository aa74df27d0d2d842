"""Request shapes: ChatCompletionMessageFunctionToolCallParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.function import Function
from .function import FunctionParam

__all__ = [
    "ChatCompletionMessageFunctionToolCallParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionMessageFunctionToolCallParam(TypedDict, total=False):
    """A call to a function tool created by the model."""

    id: Required[str]
    function: Required[Function | FunctionParam]
    """The function that the model called."""
    type: Required[Literal["function"]]
