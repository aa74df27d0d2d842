"""Request shapes: ChatCompletionToolParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.function_definition import FunctionDefinition
from .function_definition import FunctionDefinitionParam

__all__ = [
    "ChatCompletionToolParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionToolParam(TypedDict, total=False):
    function: Required[FunctionDefinition | FunctionDefinitionParam]
    type: Required[Literal["function"]]
