"""ChatCompletionToolMessageParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Literal

from .._runtime import BaseModel
from .chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = [
    "ChatCompletionToolMessageParam",
]


class ChatCompletionToolMessageParam(BaseModel):
    content: str | list[ChatCompletionContentPartText]
    role: Literal["tool"]
    tool_call_id: str
