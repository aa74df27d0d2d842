"""Request shapes of AiBrary API 0.1.0: a ``TypedDict``
(or an alias of the accepted forms) for each model a request takes, named ``<Model>Param``
(``<Model>Dict`` when the model's own name ends in ``Param``).

Each loads on first use; type checkers read them, calls validate against them.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .body_transcriptions_v_0_audio_transcriptions_post import (
        BodyTranscriptionsV0AudioTranscriptionsPostParam,
    )
    from .chat_completion_assistant_message_param import (
        ChatCompletionAssistantMessageParamDict,
    )
    from .chat_completion_assistant_message_param_audio import (
        ChatCompletionAssistantMessageParamAudioParam,
    )
    from .chat_completion_audio_param import ChatCompletionAudioParamDict
    from .chat_completion_content_part_audio import ChatCompletionContentPartAudioParam
    from .chat_completion_content_part_image import ChatCompletionContentPartImageParam
    from .chat_completion_content_part_refusal import (
        ChatCompletionContentPartRefusalParam,
    )
    from .chat_completion_content_part_text import ChatCompletionContentPartTextParam
    from .chat_completion_developer_message_param import (
        ChatCompletionDeveloperMessageParamDict,
    )
    from .chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCallParam,
    )
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoiceParam
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunctionParam,
    )
    from .chat_completion_request import ChatCompletionRequestParam
    from .chat_completion_system_message_param import (
        ChatCompletionSystemMessageParamDict,
    )
    from .chat_completion_tool import ChatCompletionToolParam
    from .chat_completion_tool_message_param import ChatCompletionToolMessageParamDict
    from .chat_completion_user_message_param import ChatCompletionUserMessageParamDict
    from .file import FileParam
    from .file_file import FileFileParam
    from .function import FunctionParam
    from .function_call import FunctionCallParam
    from .function_definition import FunctionDefinitionParam
    from .image_url import ImageURLParam
    from .input_audio import InputAudioParam
    from .json_schema import JSONSchemaParam
    from .response_format import ResponseFormatParam
    from .response_format_json_object import ResponseFormatJSONObjectParam
    from .response_format_json_schema import ResponseFormatJSONSchemaParam
    from .response_format_text import ResponseFormatTextParam

__all__: list[str] = [
    "BodyTranscriptionsV0AudioTranscriptionsPostParam",
    "ChatCompletionAssistantMessageParamAudioParam",
    "ChatCompletionAssistantMessageParamDict",
    "ChatCompletionAudioParamDict",
    "ChatCompletionContentPartAudioParam",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartRefusalParam",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionDeveloperMessageParamDict",
    "ChatCompletionMessageFunctionToolCallParam",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestParam",
    "ChatCompletionSystemMessageParamDict",
    "ChatCompletionToolMessageParamDict",
    "ChatCompletionToolParam",
    "ChatCompletionUserMessageParamDict",
    "FileFileParam",
    "FileParam",
    "FunctionCallParam",
    "FunctionDefinitionParam",
    "FunctionParam",
    "ImageURLParam",
    "InputAudioParam",
    "JSONSchemaParam",
    "ResponseFormatJSONObjectParam",
    "ResponseFormatJSONSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatTextParam",
]

_MODULES: dict[str, str] = {
    "BodyTranscriptionsV0AudioTranscriptionsPostParam": "body_transcriptions_v_0_audio_transcriptions_post",
    "ChatCompletionAssistantMessageParamAudioParam": "chat_completion_assistant_message_param_audio",
    "ChatCompletionAssistantMessageParamDict": "chat_completion_assistant_message_param",
    "ChatCompletionAudioParamDict": "chat_completion_audio_param",
    "ChatCompletionContentPartAudioParam": "chat_completion_content_part_audio",
    "ChatCompletionContentPartImageParam": "chat_completion_content_part_image",
    "ChatCompletionContentPartRefusalParam": "chat_completion_content_part_refusal",
    "ChatCompletionContentPartTextParam": "chat_completion_content_part_text",
    "ChatCompletionDeveloperMessageParamDict": "chat_completion_developer_message_param",
    "ChatCompletionMessageFunctionToolCallParam": "chat_completion_message_function_tool_call",
    "ChatCompletionNamedToolChoiceFunctionParam": "chat_completion_named_tool_choice_function",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice",
    "ChatCompletionRequestParam": "chat_completion_request",
    "ChatCompletionSystemMessageParamDict": "chat_completion_system_message_param",
    "ChatCompletionToolMessageParamDict": "chat_completion_tool_message_param",
    "ChatCompletionToolParam": "chat_completion_tool",
    "ChatCompletionUserMessageParamDict": "chat_completion_user_message_param",
    "FileFileParam": "file_file",
    "FileParam": "file",
    "FunctionCallParam": "function_call",
    "FunctionDefinitionParam": "function_definition",
    "FunctionParam": "function",
    "ImageURLParam": "image_url",
    "InputAudioParam": "input_audio",
    "JSONSchemaParam": "json_schema",
    "ResponseFormatJSONObjectParam": "response_format_json_object",
    "ResponseFormatJSONSchemaParam": "response_format_json_schema",
    "ResponseFormatParam": "response_format",
    "ResponseFormatTextParam": "response_format_text",
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
