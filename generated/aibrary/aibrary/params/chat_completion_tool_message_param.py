"""Request shapes: ChatCompletionToolMessageParamDict.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_content_part_text import ChatCompletionContentPartTextParam

__all__ = [
    "ChatCompletionToolMessageParamDict",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionToolMessageParamDict(TypedDict, total=False):
    content: Required[
        str
        | Sequence[ChatCompletionContentPartText | ChatCompletionContentPartTextParam]
    ]
    role: Required[Literal["tool"]]
    tool_call_id: Required[str]
