"""Request shapes: ChatCompletionRequestToolMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ChatCompletionRequestToolMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestToolMessageParam(TypedDict, total=False):
    role: Required[Literal["tool"]]
    """The role of the messages author, in this case `tool`"""
    tool_call_id: Required[str]
    """Tool call that this message is responding to"""
    content: Required[str]
    """The contents of the tool message"""
