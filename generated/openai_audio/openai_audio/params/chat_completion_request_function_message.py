"""Request shapes: ChatCompletionRequestFunctionMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ChatCompletionRequestFunctionMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestFunctionMessageParam(TypedDict, total=False):
    role: Required[Literal["function"]]
    """The role of the messages author, in this case `function`"""
    name: Required[str]
    """The name of the function to call"""
    content: Required[str | None]
    """The contents of the function message"""
