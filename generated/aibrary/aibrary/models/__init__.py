"""Models of AiBrary API 0.1.0: one public name per schema.

Each loads on first use, with only the models it refers to.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .body_transcriptions_v_0_audio_transcriptions_post import (
        BodyTranscriptionsV0AudioTranscriptionsPost,
    )
    from .chat_completion_assistant_message_param import (
        ChatCompletionAssistantMessageParam,
    )
    from .chat_completion_assistant_message_param_audio import (
        ChatCompletionAssistantMessageParamAudio,
    )
    from .chat_completion_audio_param import ChatCompletionAudioParam
    from .chat_completion_content_part_audio import ChatCompletionContentPartAudio
    from .chat_completion_content_part_image import ChatCompletionContentPartImage
    from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
    from .chat_completion_content_part_text import ChatCompletionContentPartText
    from .chat_completion_developer_message_param import (
        ChatCompletionDeveloperMessageParam,
    )
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall,
    )
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_response import ChatCompletionResponse
    from .chat_completion_system_message_param import ChatCompletionSystemMessageParam
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_message_param import ChatCompletionToolMessageParam
    from .chat_completion_user_message_param import ChatCompletionUserMessageParam
    from .chat_completions_v_0_chat_completions_post_response import (
        ChatCompletionsV0ChatCompletionsPostResponse,
    )
    from .choice import Choice
    from .choice_logprobs import ChoiceLogprobs
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .file import File
    from .file_file import FileFile
    from .function import Function
    from .function_call import FunctionCall
    from .function_definition import FunctionDefinition
    from .http_validation_error import HTTPValidationError
    from .image_url import ImageURL
    from .input_audio import InputAudio
    from .json_schema import JSONSchema
    from .response_format import ResponseFormat
    from .response_format_json_object import ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema
    from .response_format_text import ResponseFormatText
    from .top_logprob import TopLogprob
    from .transcription_segment import TranscriptionSegment
    from .transcription_verbose_json import TranscriptionVerboseJson
    from .transcription_word import TranscriptionWord
    from .transcriptions_v_0_audio_transcriptions_post_response import (
        TranscriptionsV0AudioTranscriptionsPostResponse,
    )
    from .validation_error import ValidationError

__all__: list[str] = [
    "BodyTranscriptionsV0AudioTranscriptionsPost",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionAssistantMessageParamAudio",
    "ChatCompletionAudioParam",
    "ChatCompletionContentPartAudio",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartRefusal",
    "ChatCompletionContentPartText",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionMessage",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolMessageParam",
    "ChatCompletionUserMessageParam",
    "ChatCompletionsV0ChatCompletionsPostResponse",
    "Choice",
    "ChoiceLogprobs",
    "CompletionTokensDetails",
    "CompletionUsage",
    "File",
    "FileFile",
    "Function",
    "FunctionCall",
    "FunctionDefinition",
    "HTTPValidationError",
    "ImageURL",
    "InputAudio",
    "JSONSchema",
    "ResponseFormat",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "TopLogprob",
    "TranscriptionSegment",
    "TranscriptionVerboseJson",
    "TranscriptionWord",
    "TranscriptionsV0AudioTranscriptionsPostResponse",
    "ValidationError",
]

_MODULES: dict[str, str] = {
    "BodyTranscriptionsV0AudioTranscriptionsPost": "body_transcriptions_v_0_audio_transcriptions_post",
    "ChatCompletionAssistantMessageParam": "chat_completion_assistant_message_param",
    "ChatCompletionAssistantMessageParamAudio": "chat_completion_assistant_message_param_audio",
    "ChatCompletionAudioParam": "chat_completion_audio_param",
    "ChatCompletionContentPartAudio": "chat_completion_content_part_audio",
    "ChatCompletionContentPartImage": "chat_completion_content_part_image",
    "ChatCompletionContentPartRefusal": "chat_completion_content_part_refusal",
    "ChatCompletionContentPartText": "chat_completion_content_part_text",
    "ChatCompletionDeveloperMessageParam": "chat_completion_developer_message_param",
    "ChatCompletionMessage": "chat_completion_message",
    "ChatCompletionMessageFunctionToolCall": "chat_completion_message_function_tool_call",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice_function",
    "ChatCompletionRequest": "chat_completion_request",
    "ChatCompletionResponse": "chat_completion_response",
    "ChatCompletionSystemMessageParam": "chat_completion_system_message_param",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolMessageParam": "chat_completion_tool_message_param",
    "ChatCompletionUserMessageParam": "chat_completion_user_message_param",
    "ChatCompletionsV0ChatCompletionsPostResponse": "chat_completions_v_0_chat_completions_post_response",
    "Choice": "choice",
    "ChoiceLogprobs": "choice_logprobs",
    "CompletionTokensDetails": "completion_tokens_details",
    "CompletionUsage": "completion_usage",
    "File": "file",
    "FileFile": "file_file",
    "Function": "function",
    "FunctionCall": "function_call",
    "FunctionDefinition": "function_definition",
    "HTTPValidationError": "http_validation_error",
    "ImageURL": "image_url",
    "InputAudio": "input_audio",
    "JSONSchema": "json_schema",
    "ResponseFormat": "response_format",
    "ResponseFormatJSONObject": "response_format_json_object",
    "ResponseFormatJSONSchema": "response_format_json_schema",
    "ResponseFormatText": "response_format_text",
    "TopLogprob": "top_logprob",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionVerboseJson": "transcription_verbose_json",
    "TranscriptionWord": "transcription_word",
    "TranscriptionsV0AudioTranscriptionsPostResponse": "transcriptions_v_0_audio_transcriptions_post_response",
    "ValidationError": "validation_error",
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
