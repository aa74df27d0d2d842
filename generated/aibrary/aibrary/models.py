"""Models of AiBrary API 0.1.0.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from pydantic import Field

from ._runtime import BaseModel, FileInput, LenientLiteral, LenientUnion

__all__ = [
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


class BodyTranscriptionsV0AudioTranscriptionsPost(BaseModel):
    """Body_transcriptions_v0_audio_transcriptions_post"""

    model: str
    """ID of the model to use"""
    language: str | None = None
    """Language in ISO-639-1 format"""
    prompt: str | None = ""
    """Optional text to guide the model's style or continue a previous audio segment"""
    response_format: (
        Annotated[Literal["json", "text", "srt", "verbose_json", "vtt"], LenientLiteral]
        | None
    ) = "verbose_json"
    """Format of the transcription response"""
    temperature: float | None = 0
    """Sampling temperature for model responses (default is None)."""
    timestamp_granularities: (
        list[Annotated[Literal["word", "segment"], LenientLiteral]] | None
    ) = None
    """Granularities of timestamps to populate"""
    file: FileInput


class ChatCompletionAssistantMessageParam(BaseModel):
    """ChatCompletionAssistantMessageParam"""

    role: Literal["assistant"]
    content: (
        str
        | list[
            Annotated[
                ChatCompletionContentPartText | ChatCompletionContentPartRefusal,
                Field(discriminator="type"),
                LenientUnion,
            ]
        ]
        | None
    ) = None
    refusal: str | None = None
    name: str | None = None
    audio: ChatCompletionAssistantMessageParamAudio | None = None
    tool_calls: list[ChatCompletionMessageFunctionToolCall] | None = None
    function_call: FunctionCall | None = None


class ChatCompletionAssistantMessageParamAudio(BaseModel):
    """Audio"""

    id: str


class ChatCompletionAudioParam(BaseModel):
    """Parameters for audio output (used together with `modalities: ["text", "audio"]`)."""

    voice: str
    format: str


class ChatCompletionContentPartAudio(BaseModel):
    """Learn about audio inputs."""

    input_audio: InputAudio
    type: Literal["input_audio"]


class ChatCompletionContentPartImage(BaseModel):
    """Learn about image inputs."""

    image_url: ImageURL
    type: Literal["image_url"]


class ChatCompletionContentPartRefusal(BaseModel):
    """ChatCompletionContentPartRefusal"""

    refusal: str
    type: Literal["refusal"]


class ChatCompletionContentPartText(BaseModel):
    """Learn about text inputs."""

    text: str
    type: Literal["text"]


class ChatCompletionDeveloperMessageParam(BaseModel):
    """ChatCompletionDeveloperMessageParam"""

    content: str | list[ChatCompletionContentPartText]
    role: Literal["developer"]
    name: str | None = None


class ChatCompletionMessage(BaseModel):
    """ChatCompletionMessage"""

    content: str | None = None
    refusal: str | None = None
    role: Annotated[Literal["assistant"], LenientLiteral]
    function_call: FunctionCall | None = None
    tool_calls: list[ChatCompletionMessageFunctionToolCall] | None = None


class ChatCompletionMessageFunctionToolCall(BaseModel):
    """A call to a function tool created by the model."""

    id: str
    function: Function
    type: Annotated[Literal["function"], LenientLiteral]


class ChatCompletionNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    function: ChatCompletionNamedToolChoiceFunction
    type: Annotated[Literal["function"], LenientLiteral]


class ChatCompletionNamedToolChoiceFunction(BaseModel):
    """NamedToolChoiceFunction"""

    name: str


class ChatCompletionRequest(BaseModel):
    """ChatCompletionRequest"""

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


class ChatCompletionResponse(BaseModel):
    """ChatCompletionResponse"""

    id: str
    choices: list[Choice]
    created: int
    model: str
    object: Annotated[Literal["chat.completion"], LenientLiteral]
    service_tier: Annotated[Literal["scale", "default"], LenientLiteral] | None = None
    system_fingerprint: str | None = None
    usage: CompletionUsage | None = None


class ChatCompletionSystemMessageParam(BaseModel):
    """ChatCompletionSystemMessageParam"""

    content: str | list[ChatCompletionContentPartText]
    role: Literal["system"]
    name: str | None = None


class ChatCompletionTokenLogprob(BaseModel):
    """ChatCompletionTokenLogprob"""

    token: str
    bytes_: list[int] | None = Field(default=None, alias="bytes")
    logprob: float
    top_logprobs: list[TopLogprob]


class ChatCompletionTool(BaseModel):
    """ChatCompletionTool"""

    function: FunctionDefinition
    type: Annotated[Literal["function"], LenientLiteral]


class ChatCompletionToolMessageParam(BaseModel):
    """ChatCompletionToolMessageParam"""

    content: str | list[ChatCompletionContentPartText]
    role: Literal["tool"]
    tool_call_id: str


class ChatCompletionUserMessageParam(BaseModel):
    """ChatCompletionUserMessageParam"""

    content: (
        str
        | list[
            Annotated[
                ChatCompletionContentPartText
                | ChatCompletionContentPartImage
                | ChatCompletionContentPartAudio
                | ChatCompletionContentPartRefusal
                | File,
                Field(discriminator="type"),
                LenientUnion,
            ]
        ]
    )
    role: Literal["user"]
    name: str | None = None


class Choice(BaseModel):
    """Choice"""

    finish_reason: Annotated[
        Literal["stop", "length", "tool_calls", "content_filter", "function_call"],
        LenientLiteral,
    ]
    index: int
    logprobs: ChoiceLogprobs | None = None
    message: ChatCompletionMessage


class ChoiceLogprobs(BaseModel):
    """ChoiceLogprobs"""

    content: list[ChatCompletionTokenLogprob] | None = None
    refusal: list[ChatCompletionTokenLogprob] | None = None


class CompletionTokensDetails(BaseModel):
    """CompletionTokensDetails"""

    reasoning_tokens: int | None = None


class CompletionUsage(BaseModel):
    """CompletionUsage"""

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    completion_tokens_details: CompletionTokensDetails | None = None


class File(BaseModel):
    """Learn about file inputs for text generation."""

    file: FileFile
    type: Literal["file"]


class FileFile(BaseModel):
    """FileFile"""

    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None


class Function(BaseModel):
    """The function that the model called."""

    arguments: str
    name: str


class FunctionCall(BaseModel):
    """FunctionCall"""

    arguments: str
    name: str


class FunctionDefinition(BaseModel):
    """FunctionDefinition"""

    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class HTTPValidationError(BaseModel):
    """HTTPValidationError"""

    detail: list[ValidationError] | None = None


class ImageURL(BaseModel):
    """ImageURL"""

    url: str
    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = None


class InputAudio(BaseModel):
    """InputAudio"""

    data: str
    format: Annotated[Literal["wav", "mp3"], LenientLiteral]


class JSONSchema(BaseModel):
    """JSONSchema"""

    name: str
    description: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None


class ResponseFormatJSONObject(BaseModel):
    """ResponseFormatJSONObject"""

    type: Literal["json_object"]


class ResponseFormatJSONSchema(BaseModel):
    """ResponseFormatJSONSchema"""

    json_schema: JSONSchema
    type: Literal["json_schema"]


class ResponseFormatText(BaseModel):
    """ResponseFormatText"""

    type: Literal["text"]


class TopLogprob(BaseModel):
    """TopLogprob"""

    token: str
    bytes_: list[int] | None = Field(default=None, alias="bytes")
    logprob: float


class TranscriptionSegment(BaseModel):
    """TranscriptionSegment"""

    id: int
    seek: int
    start: float
    end: float
    text: str
    tokens: list[int]
    temperature: float
    avg_logprob: float
    compression_ratio: float
    no_speech_prob: float


class TranscriptionVerboseJson(BaseModel):
    """TranscriptionVerboseJson"""

    text: str
    task: str
    language: str
    duration: float
    words: list[TranscriptionWord] | None = None
    segments: list[TranscriptionSegment] | None = None


class TranscriptionWord(BaseModel):
    """TranscriptionWord"""

    word: str
    start: float
    end: float


class ValidationError(BaseModel):
    """ValidationError"""

    loc: list[str | int]
    msg: str
    type: str


ChatCompletionsV0ChatCompletionsPostResponse: TypeAlias = (
    ChatCompletionResponse | dict[str, Any]
)


# ResponseFormat
ResponseFormat: TypeAlias = Annotated[
    ResponseFormatText | ResponseFormatJSONObject | ResponseFormatJSONSchema,
    Field(discriminator="type"),
    LenientUnion,
]


TranscriptionsV0AudioTranscriptionsPostResponse: TypeAlias = (
    TranscriptionVerboseJson | str
)
