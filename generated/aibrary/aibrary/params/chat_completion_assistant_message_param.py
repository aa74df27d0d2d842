"""Request shapes: ChatCompletionAssistantMessageParamDict.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.chat_completion_assistant_message_param_audio import (
    ChatCompletionAssistantMessageParamAudio,
)
from ..models.chat_completion_content_part_refusal import (
    ChatCompletionContentPartRefusal,
)
from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
from ..models.chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,
)
from ..models.function_call import FunctionCall
from .chat_completion_assistant_message_param_audio import (
    ChatCompletionAssistantMessageParamAudioParam,
)
from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusalParam
from .chat_completion_content_part_text import ChatCompletionContentPartTextParam
from .chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCallParam,
)
from .function_call import FunctionCallParam

__all__ = [
    "ChatCompletionAssistantMessageParamDict",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionAssistantMessageParamDict(TypedDict, total=False):
    role: Required[Literal["assistant"]]
    content: NotRequired[
        str
        | Sequence[
            ChatCompletionContentPartText
            | ChatCompletionContentPartTextParam
            | ChatCompletionContentPartRefusal
            | ChatCompletionContentPartRefusalParam
        ]
        | None
    ]
    refusal: NotRequired[str | None]
    name: NotRequired[str]
    audio: NotRequired[
        ChatCompletionAssistantMessageParamAudio
        | ChatCompletionAssistantMessageParamAudioParam
        | None
    ]
    tool_calls: NotRequired[
        Sequence[
            ChatCompletionMessageFunctionToolCall
            | ChatCompletionMessageFunctionToolCallParam
        ]
    ]
    function_call: NotRequired[FunctionCall | FunctionCallParam | None]
