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

from .._runtime import SequenceNotStr
from ..models.chat_completion_assistant_message_param import (
    ChatCompletionAssistantMessageParam,
)
from ..models.chat_completion_audio_param import ChatCompletionAudioParam
from ..models.chat_completion_developer_message_param import (
    ChatCompletionDeveloperMessageParam,
)
from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from ..models.chat_completion_system_message_param import (
    ChatCompletionSystemMessageParam,
)
from ..models.chat_completion_tool import ChatCompletionTool
from ..models.chat_completion_tool_message_param import ChatCompletionToolMessageParam
from ..models.chat_completion_user_message_param import ChatCompletionUserMessageParam
from .chat_completion_assistant_message_param import (
    ChatCompletionAssistantMessageParamDict,
)
from .chat_completion_audio_param import ChatCompletionAudioParamDict
from .chat_completion_developer_message_param import (
    ChatCompletionDeveloperMessageParamDict,
)
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoiceParam
from .chat_completion_system_message_param import ChatCompletionSystemMessageParamDict
from .chat_completion_tool import ChatCompletionToolParam
from .chat_completion_tool_message_param import ChatCompletionToolMessageParamDict
from .chat_completion_user_message_param import ChatCompletionUserMessageParamDict
from .response_format import ResponseFormatParam

__all__ = [
    "ChatCompletionRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class ChatCompletionRequestParam(TypedDict, total=False):
    model: Required[str]
    messages: Required[
        Sequence[
            ChatCompletionSystemMessageParam
            | ChatCompletionSystemMessageParamDict
            | ChatCompletionUserMessageParam
            | ChatCompletionUserMessageParamDict
            | ChatCompletionAssistantMessageParam
            | ChatCompletionAssistantMessageParamDict
            | ChatCompletionToolMessageParam
            | ChatCompletionToolMessageParamDict
            | ChatCompletionDeveloperMessageParam
            | ChatCompletionDeveloperMessageParamDict
        ]
    ]
    stream: NotRequired[bool | None]
    frequency_penalty: NotRequired[float | None]
    logit_bias: NotRequired[Mapping[str, int] | None]
    logprob: NotRequired[bool | None]
    max_tokens: NotRequired[int | None]
    n: NotRequired[int | None]
    presence_penalty: NotRequired[float | None]
    response_format: NotRequired[ResponseFormatParam | None]
    seed: NotRequired[int | None]
    stop: NotRequired[SequenceNotStr[str] | None]
    temperature: NotRequired[float | None]
    tool_choice: NotRequired[
        Literal["none", "auto", "required"]
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceParam
        | None
    ]
    tools: NotRequired[Sequence[ChatCompletionTool | ChatCompletionToolParam] | None]
    top_logprob: NotRequired[int | None]
    top_p: NotRequired[float | None]
    user: NotRequired[str | None]
    modalities: NotRequired[Sequence[Literal["text", "audio"]] | None]
    audio: NotRequired[ChatCompletionAudioParam | ChatCompletionAudioParamDict | None]
    """Parameters for audio output (used together with `modalities: ["text", "audio"]`)."""
