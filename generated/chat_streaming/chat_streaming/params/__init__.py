"""Request shapes of Streaming Chat Completion API with Multimedia Support 1.0.0: a ``TypedDict``
(or an alias of the accepted forms) for each model a request takes, named ``<Model>Param``
(``<Model>Dict`` when the model's own name ends in ``Param``).

Each loads on first use; type checkers read them, calls validate against them.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_message import AssistantMessageParam
    from .assistant_message_audio import AssistantMessageAudioParam
    from .assistant_message_tool_calls import AssistantMessageToolCallsParam
    from .assistant_message_tool_calls_function import (
        AssistantMessageToolCallsFunctionParam,
    )
    from .audio_content import AudioContentParam
    from .audio_content_input_audio import AudioContentInputAudioParam
    from .chat_completion_request import ChatCompletionRequestParam
    from .chat_completion_request_audio import ChatCompletionRequestAudioParam
    from .chat_completion_request_tool_choice_function import (
        ChatCompletionRequestToolChoiceFunctionParam,
    )
    from .image_content import ImageContentParam
    from .response_format import ResponseFormatParam
    from .response_format_json_schema import ResponseFormatJsonSchemaParam
    from .system_message import SystemMessageParam
    from .text_content import TextContentParam
    from .tool import ToolParam
    from .tool_function import ToolFunctionParam
    from .tool_message import ToolMessageParam
    from .user_message import UserMessageParam

__all__: list[str] = [
    "AssistantMessageAudioParam",
    "AssistantMessageParam",
    "AssistantMessageToolCallsFunctionParam",
    "AssistantMessageToolCallsParam",
    "AudioContentInputAudioParam",
    "AudioContentParam",
    "ChatCompletionRequestAudioParam",
    "ChatCompletionRequestParam",
    "ChatCompletionRequestToolChoiceFunctionParam",
    "ImageContentParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "SystemMessageParam",
    "TextContentParam",
    "ToolFunctionParam",
    "ToolMessageParam",
    "ToolParam",
    "UserMessageParam",
]

_MODULES: dict[str, str] = {
    "AssistantMessageAudioParam": "assistant_message_audio",
    "AssistantMessageParam": "assistant_message",
    "AssistantMessageToolCallsFunctionParam": "assistant_message_tool_calls_function",
    "AssistantMessageToolCallsParam": "assistant_message_tool_calls",
    "AudioContentInputAudioParam": "audio_content_input_audio",
    "AudioContentParam": "audio_content",
    "ChatCompletionRequestAudioParam": "chat_completion_request_audio",
    "ChatCompletionRequestParam": "chat_completion_request",
    "ChatCompletionRequestToolChoiceFunctionParam": "chat_completion_request_tool_choice_function",
    "ImageContentParam": "image_content",
    "ResponseFormatJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatParam": "response_format",
    "SystemMessageParam": "system_message",
    "TextContentParam": "text_content",
    "ToolFunctionParam": "tool_function",
    "ToolMessageParam": "tool_message",
    "ToolParam": "tool",
    "UserMessageParam": "user_message",
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
