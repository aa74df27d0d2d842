"""ChatCompletionRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from .._runtime import BaseModel, LenientLiteral
from .assistant_message import AssistantMessage
from .chat_completion_request_audio import ChatCompletionRequestAudio
from .chat_completion_request_tool_choice_function import (
    ChatCompletionRequestToolChoiceFunction,
)
from .response_format import ResponseFormat
from .system_message import SystemMessage
from .tool import Tool
from .tool_message import ToolMessage
from .user_message import UserMessage

__all__ = [
    "ChatCompletionRequest",
]


class ChatCompletionRequest(BaseModel):
    context: dict[str, Any] | None = None
    model: str | None = None
    messages: list[SystemMessage | UserMessage | AssistantMessage | ToolMessage]
    response_format: ResponseFormat | None = None
    modalities: list[Annotated[Literal["text", "audio"], LenientLiteral]] | None = None
    audio: ChatCompletionRequestAudio | None = None
    tools: list[Tool] | None = None
    tool_choice: (
        Annotated[Literal["auto", "none", "required"], LenientLiteral]
        | ChatCompletionRequestToolChoiceFunction
        | None
    ) = None
    parallel_tool_calls: bool | None = True
    stream: bool | None = True
    ssml_enabled: bool | None = False
