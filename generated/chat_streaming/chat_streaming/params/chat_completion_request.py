"""Request shapes: ChatCompletionRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.assistant_message import AssistantMessage
from ..models.chat_completion_request_audio import ChatCompletionRequestAudio
from ..models.chat_completion_request_tool_choice_function import (
    ChatCompletionRequestToolChoiceFunction,
)
from ..models.response_format import ResponseFormat
from ..models.system_message import SystemMessage
from ..models.tool import Tool
from ..models.tool_message import ToolMessage
from ..models.user_message import UserMessage
from .assistant_message import AssistantMessageParam
from .chat_completion_request_audio import ChatCompletionRequestAudioParam
from .chat_completion_request_tool_choice_function import (
    ChatCompletionRequestToolChoiceFunctionParam,
)
from .response_format import ResponseFormatParam
from .system_message import SystemMessageParam
from .tool import ToolParam
from .tool_message import ToolMessageParam
from .user_message import UserMessageParam

__all__ = [
    "ChatCompletionRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestParam(TypedDict, total=False):
    context: NotRequired[Mapping[str, object]]
    model: NotRequired[str]
    messages: Required[
        Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ]
    ]
    response_format: NotRequired[ResponseFormat | ResponseFormatParam]
    modalities: NotRequired[Sequence[Literal["text", "audio"]]]
    audio: NotRequired[ChatCompletionRequestAudio | ChatCompletionRequestAudioParam]
    tools: NotRequired[Sequence[Tool | ToolParam]]
    tool_choice: NotRequired[
        Literal["auto", "none", "required"]
        | ChatCompletionRequestToolChoiceFunction
        | ChatCompletionRequestToolChoiceFunctionParam
    ]
    parallel_tool_calls: NotRequired[bool]
    stream: NotRequired[bool]
    ssml_enabled: NotRequired[bool]
