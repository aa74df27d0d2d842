"""Request shapes: ChatCompletionRequestSystemMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

__all__ = [
    "ChatCompletionRequestSystemMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestSystemMessageParam(TypedDict, total=False):
    role: Required[Literal["system"]]
    """The role of the messages author, in this case `system`"""
    name: NotRequired[str]
    """An optional name for the participant."""
    content: Required[str]
    """The contents of the system message"""
