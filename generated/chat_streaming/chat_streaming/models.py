"""Models of Streaming Chat Completion API with Multimedia Support 1.0.0.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from pydantic import Field

from ._runtime import BaseModel, LenientLiteral, LenientUnion

__all__ = [
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


class AssistantMessage(BaseModel):
    """The AssistantMessage schema."""

    name: str | None = None
    role: Annotated[Literal["system"], LenientLiteral]
    audio: AssistantMessageAudio | None = None
    content: str | list[TextContent]
    tool_calls: AssistantMessageToolCalls | None = None


class AssistantMessageAudio(BaseModel):
    """The AssistantMessageAudio schema."""

    id: str | None = None


class AssistantMessageToolCalls(BaseModel):
    """The AssistantMessageToolCalls schema."""

    id: str | None = None
    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: AssistantMessageToolCallsFunction | None = None


class AssistantMessageToolCallsFunction(BaseModel):
    """The AssistantMessageToolCallsFunction schema."""

    name: str | None = None
    arguments: str | None = None


class Audio(BaseModel):
    """The Audio schema."""

    id: str | None = None
    expires_at: int | None = None
    data: str | None = None
    transcript: str | None = None


class AudioContent(BaseModel):
    """The AudioContent schema."""

    type: Literal["input_audio"]
    input_audio: AudioContentInputAudio


class AudioContentInputAudio(BaseModel):
    """The AudioContentInputAudio schema."""

    data: str | None = None
    format: str | None = None


class ChatCompletionChunk(BaseModel):
    """The ChatCompletionChunk schema."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    usage: Usage | None = None
    choices: list[DeltaChoice] | None = None


class ChatCompletionRequest(BaseModel):
    """The ChatCompletionRequest schema."""

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


class ChatCompletionRequestAudio(BaseModel):
    """The ChatCompletionRequestAudio schema."""

    voice: str | None = None


class ChatCompletionRequestToolChoiceFunction(BaseModel):
    """The ChatCompletionRequestToolChoiceFunction schema."""

    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: dict[str, Any] | None = None


class ChatCompletionResponse(BaseModel):
    """The ChatCompletionResponse schema."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    usage: Usage | None = None
    choices: list[Choice] | None = None


class Choice(BaseModel):
    """The Choice schema."""

    message: ResponseMessage | None = None
    index: int | None = None
    finish_reason: str | None = None


class Delta(BaseModel):
    """The Delta schema."""

    content: str | None = None


class DeltaChoice(BaseModel):
    """The DeltaChoice schema."""

    delta: ResponseMessage | None = None
    index: int | None = None
    finish_reason: str | None = None


class ImageContent(BaseModel):
    """The ImageContent schema."""

    type: Literal["image_url"]
    image_url: str


class ResponseFormat(BaseModel):
    """The ResponseFormat schema."""

    type: Annotated[Literal["json_schema"], LenientLiteral] | None = None
    json_schema: ResponseFormatJsonSchema | None = None


class ResponseFormatJsonSchema(BaseModel):
    """The ResponseFormatJsonSchema schema."""

    name: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")


class ResponseMessage(BaseModel):
    """The ResponseMessage schema."""

    content: str | None = None
    refusal: str | None = None
    tool_calls: ToolCall | None = None
    role: str | None = None
    audio: Audio | None = None


class SystemMessage(BaseModel):
    """The SystemMessage schema."""

    name: str | None = None
    role: Annotated[Literal["system"], LenientLiteral]
    content: str | list[str]


class TextContent(BaseModel):
    """The TextContent schema."""

    type: Literal["text"]
    text: str


class Tool(BaseModel):
    """The Tool schema."""

    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: ToolFunction | None = None


class ToolCall(BaseModel):
    """The ToolCall schema."""

    id: str | None = None
    type: Annotated[Literal["function"], LenientLiteral] | None = None
    function: ToolCallFunction | None = None


class ToolCallFunction(BaseModel):
    """The ToolCallFunction schema."""

    name: str | None = None
    arguments: str | None = None


class ToolFunction(BaseModel):
    """The ToolFunction schema."""

    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = False


class ToolMessage(BaseModel):
    """The ToolMessage schema."""

    role: Annotated[Literal["tool"], LenientLiteral]
    content: str | list[str]
    tool_call_id: str


class Usage(BaseModel):
    """The Usage schema."""

    completion_tokens: int | None = None
    prompt_tokens: int | None = None
    total_tokens: int | None = None
    completion_tokens_details: UsageCompletionTokensDetails | None = None
    prompt_tokens_details: UsagePromptTokensDetails | None = None


class UsageCompletionTokensDetails(BaseModel):
    """The UsageCompletionTokensDetails schema."""

    accepted_prediction_tokens: int | None = None
    audio_tokens: int | None = None
    reasoning_tokens: int | None = None
    rejected_prediction_tokens: int | None = None


class UsagePromptTokensDetails(BaseModel):
    """The UsagePromptTokensDetails schema."""

    audio_tokens: int | None = None
    cached_tokens: int | None = None


class UserMessage(BaseModel):
    """The UserMessage schema."""

    name: str | None = None
    role: Annotated[Literal["user"], LenientLiteral]
    content: (
        str
        | list[
            Annotated[
                TextContent | ImageContent | AudioContent,
                Field(discriminator="type"),
                LenientUnion,
            ]
        ]
    )


CreateChatCompletionResponse: TypeAlias = ChatCompletionResponse | ChatCompletionChunk
