"""ChatCompletionRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime import BaseModel, LenientLiteral, LenientUnion
from .chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
from .chat_completion_audio_param import ChatCompletionAudioParam
from .chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_system_message_param import ChatCompletionSystemMessageParam
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_message_param import ChatCompletionToolMessageParam
from .chat_completion_user_message_param import ChatCompletionUserMessageParam
from .response_format import ResponseFormat

__all__ = [
    "ChatCompletionRequest",
]


class ChatCompletionRequest(BaseModel):
    model: str
    messages: list[
        Annotated[
            ChatCompletionSystemMessageParam
            | ChatCompletionUserMessageParam
            | ChatCompletionAssistantMessageParam
            | ChatCompletionToolMessageParam
            | ChatCompletionDeveloperMessageParam,
            Field(discriminator="role"),
            LenientUnion,
        ]
    ]
    stream: bool | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, int] | None = None
    logprob: bool | None = None
    max_tokens: int | None = None
    n: int | None = None
    presence_penalty: float | None = None
    response_format: ResponseFormat | None = None
    seed: int | None = None
    stop: list[str] | None = None
    temperature: float | None = None
    tool_choice: (
        Annotated[Literal["none", "auto", "required"], LenientLiteral]
        | ChatCompletionNamedToolChoice
        | None
    ) = None
    tools: list[ChatCompletionTool] | None = None
    top_logprob: int | None = None
    top_p: float | None = None
    user: str | None = None
    modalities: list[Annotated[Literal["text", "audio"], LenientLiteral]] | None = None
    audio: ChatCompletionAudioParam | None = None
    """Parameters for audio output (used together with `modalities: ["text", "audio"]`)."""
