"""Request shapes: ChatCompletionRequestUserMessageParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .chat_completion_request_message_content_part import (
    ChatCompletionRequestMessageContentPartParam,
)

__all__ = [
    "ChatCompletionRequestUserMessageParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestUserMessageParam(TypedDict, total=False):
    role: Required[Literal["user"]]
    """The role of the messages author, in this case `user`"""
    name: NotRequired[str]
    """An optional name for the participant."""
    content: Required[str | Sequence[ChatCompletionRequestMessageContentPartParam]]
    """The contents of the user message"""
