"""ChatCompletionAssistantMessageParam.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientUnion
from .chat_completion_assistant_message_param_audio import (
    ChatCompletionAssistantMessageParamAudio,
)
from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,
)
from .function_call import FunctionCall

__all__ = [
    "ChatCompletionAssistantMessageParam",
]


class ChatCompletionAssistantMessageParam(BaseModel):
    role: Literal["assistant"]
    content: (
        str
        | list[
            Annotated[
                ChatCompletionContentPartText | ChatCompletionContentPartRefusal,
                Field(discriminator="type"),
                LenientUnion,
            ]
        ]
        | None
    ) = None
    refusal: str | None = None
    name: str | None = None
    audio: ChatCompletionAssistantMessageParamAudio | None = None
    tool_calls: list[ChatCompletionMessageFunctionToolCall] | None = None
    function_call: FunctionCall | None = None
