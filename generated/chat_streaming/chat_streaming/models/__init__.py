"""Models of Streaming Chat Completion API with Multimedia Support 1.0.0: one public name per schema.

Each loads on first use, with only the models it refers to.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_message import AssistantMessage
    from .assistant_message_audio import AssistantMessageAudio
    from .assistant_message_tool_calls import AssistantMessageToolCalls
    from .assistant_message_tool_calls_function import AssistantMessageToolCallsFunction
    from .audio import Audio
    from .audio_content import AudioContent
    from .audio_content_input_audio import AudioContentInputAudio
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_audio import ChatCompletionRequestAudio
    from .chat_completion_request_tool_choice_function import (
        ChatCompletionRequestToolChoiceFunction,
    )
    from .chat_completion_response import ChatCompletionResponse
    from .choice import Choice
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .delta import Delta
    from .delta_choice import DeltaChoice
    from .image_content import ImageContent
    from .response_format import ResponseFormat
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_message import ResponseMessage
    from .system_message import SystemMessage
    from .text_content import TextContent
    from .tool import Tool
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_function import ToolFunction
    from .tool_message import ToolMessage
    from .usage import Usage
    from .usage_completion_tokens_details import UsageCompletionTokensDetails
    from .usage_prompt_tokens_details import UsagePromptTokensDetails
    from .user_message import UserMessage

__all__: list[str] = [
    "AssistantMessage",
    "AssistantMessageAudio",
    "AssistantMessageToolCalls",
    "AssistantMessageToolCallsFunction",
    "Audio",
    "AudioContent",
    "AudioContentInputAudio",
    "ChatCompletionChunk",
    "ChatCompletionRequest",
    "ChatCompletionRequestAudio",
    "ChatCompletionRequestToolChoiceFunction",
    "ChatCompletionResponse",
    "Choice",
    "CreateChatCompletionResponse",
    "Delta",
    "DeltaChoice",
    "ImageContent",
    "ResponseFormat",
    "ResponseFormatJsonSchema",
    "ResponseMessage",
    "SystemMessage",
    "TextContent",
    "Tool",
    "ToolCall",
    "ToolCallFunction",
    "ToolFunction",
    "ToolMessage",
    "Usage",
    "UsageCompletionTokensDetails",
    "UsagePromptTokensDetails",
    "UserMessage",
]

_MODULES: dict[str, str] = {
    "AssistantMessage": "assistant_message",
    "AssistantMessageAudio": "assistant_message_audio",
    "AssistantMessageToolCalls": "assistant_message_tool_calls",
    "AssistantMessageToolCallsFunction": "assistant_message_tool_calls_function",
    "Audio": "audio",
    "AudioContent": "audio_content",
    "AudioContentInputAudio": "audio_content_input_audio",
    "ChatCompletionChunk": "chat_completion_chunk",
    "ChatCompletionRequest": "chat_completion_request",
    "ChatCompletionRequestAudio": "chat_completion_request_audio",
    "ChatCompletionRequestToolChoiceFunction": "chat_completion_request_tool_choice_function",
    "ChatCompletionResponse": "chat_completion_response",
    "Choice": "choice",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "Delta": "delta",
    "DeltaChoice": "delta_choice",
    "ImageContent": "image_content",
    "ResponseFormat": "response_format",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseMessage": "response_message",
    "SystemMessage": "system_message",
    "TextContent": "text_content",
    "Tool": "tool",
    "ToolCall": "tool_call",
    "ToolCallFunction": "tool_call_function",
    "ToolFunction": "tool_function",
    "ToolMessage": "tool_message",
    "Usage": "usage",
    "UsageCompletionTokensDetails": "usage_completion_tokens_details",
    "UsagePromptTokensDetails": "usage_prompt_tokens_details",
    "UserMessage": "user_message",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
