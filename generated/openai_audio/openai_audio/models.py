"""Models of OpenAI API (ballerinax/openai.audio connector surface) 3.0.0.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from pydantic import Field

from ._runtime import BaseModel, FileInput, LenientLiteral, LenientUnion

__all__ = [
    "AddUploadPartParams",
    "AddUploadPartRequest",
    "AssistantObject",
    "AssistantObjectToolResources",
    "AssistantObjectToolResourcesCodeInterpreter",
    "AssistantObjectToolResourcesFileSearch",
    "AssistantObjectTools",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantsApiResponseFormat",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiResponseFormatOptionOneOf1",
    "AssistantsApiToolChoiceOption",
    "AssistantsApiToolChoiceOptionOneOf1",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AutoChunkingStrategyRequestParam",
    "Batch",
    "BatchErrors",
    "BatchErrorsData",
    "BatchRequestCounts",
    "BatchesBody",
    "CancelBatchParams",
    "CancelFineTuningJobParams",
    "CancelRunParams",
    "CancelUploadParams",
    "CancelVectorStoreFileBatchParams",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCalls",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceFunction",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageFunctionCall",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessage",
    "ChatCompletionRequestMessageContentPart",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionResponseMessageFunctionCall",
    "ChatCompletionStreamOptions",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobs",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionOneOf1",
    "ChunkingStrategyRequestParam",
    "CompleteUploadParams",
    "CompleteUploadRequest",
    "CompletionUsage",
    "CreateAssistantRequest",
    "CreateAssistantRequestToolResources",
    "CreateAssistantRequestToolResourcesCodeInterpreter",
    "CreateAssistantRequestToolResourcesFileSearch",
    "CreateAssistantRequestTools",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestResponseFormat",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoices",
    "CreateChatCompletionResponseLogprobs",
    "CreateCompletionRequest",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoices",
    "CreateCompletionResponseLogprobs",
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateFileRequest",
    "CreateFineTuningJobRequest",
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestIntegrations",
    "CreateFineTuningJobRequestWandb",
    "CreateImageEditRequest",
    "CreateImageRequest",
    "CreateImageVariationRequest",
    "CreateMessageParams",
    "CreateMessageRequest",
    "CreateMessageRequestAttachments",
    "CreateMessageRequestTools",
    "CreateModerationRequest",
    "CreateModerationResponse",
    "CreateModerationResponseCategories",
    "CreateModerationResponseCategoryScores",
    "CreateModerationResponseResults",
    "CreateRunParams",
    "CreateRunRequest",
    "CreateRunRequestTools",
    "CreateSpeechRequest",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestToolResources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch",
    "CreateThreadAndRunRequestTools",
    "CreateThreadRequest",
    "CreateThreadRequestToolResources",
    "CreateThreadRequestToolResourcesCodeInterpreter",
    "CreateThreadRequestToolResourcesFileSearch",
    "CreateTranscriptionRequest",
    "CreateTranscriptionResponse",
    "CreateTranscriptionResponseJson",
    "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationRequest",
    "CreateTranslationResponse",
    "CreateTranslationResponseJson",
    "CreateTranslationResponseVerboseJson",
    "CreateUploadRequest",
    "CreateVectorStoreFileBatchParams",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileParams",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "DeleteAssistantParams",
    "DeleteAssistantResponse",
    "DeleteFileParams",
    "DeleteFileResponse",
    "DeleteMessageParams",
    "DeleteMessageResponse",
    "DeleteModelParams",
    "DeleteModelResponse",
    "DeleteThreadParams",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileParams",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreParams",
    "DeleteVectorStoreResponse",
    "DownloadFileParams",
    "Embedding",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "FineTuningJobIntegrations",
    "FunctionObject",
    "FunctionParameters",
    "GetAssistantParams",
    "GetMessageParams",
    "GetRunParams",
    "GetRunStepParams",
    "GetThreadParams",
    "GetVectorStoreFileBatchParams",
    "GetVectorStoreFileParams",
    "GetVectorStoreParams",
    "Image",
    "ImagesResponse",
    "InputItemsArray",
    "ListAssistantsParams",
    "ListAssistantsResponse",
    "ListBatchesParams",
    "ListBatchesResponse",
    "ListFilesInVectorStoreBatchParams",
    "ListFilesParams",
    "ListFilesResponse",
    "ListFineTuningEventsParams",
    "ListFineTuningJobCheckpointsParams",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessagesParams",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsParams",
    "ListPaginatedFineTuningJobsResponse",
    "ListRunStepsParams",
    "ListRunStepsResponse",
    "ListRunsParams",
    "ListRunsResponse",
    "ListVectorStoreFilesParams",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresParams",
    "ListVectorStoresResponse",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectImageFile",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectImageUrl",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageContentTextObjectTextAnnotations",
    "MessageObject",
    "MessageObjectAttachments",
    "MessageObjectContent",
    "MessageObjectIncompleteDetails",
    "MessageObjectTools",
    "MessageRequestContentTextObject",
    "Model",
    "ModifyAssistantParams",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestToolResources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter",
    "ModifyAssistantRequestToolResourcesFileSearch",
    "ModifyAssistantRequestTools",
    "ModifyMessageParams",
    "ModifyMessageRequest",
    "ModifyRunParams",
    "ModifyRunRequest",
    "ModifyThreadParams",
    "ModifyThreadRequest",
    "ModifyThreadRequestToolResources",
    "ModifyThreadRequestToolResourcesCodeInterpreter",
    "ModifyThreadRequestToolResourcesFileSearch",
    "ModifyVectorStoreParams",
    "OpenAIFile",
    "OtherChunkingStrategyResponseParam",
    "ParallelToolCalls",
    "PromptItemsArray",
    "RetrieveBatchParams",
    "RetrieveFileParams",
    "RetrieveFineTuningJobParams",
    "RetrieveModelParams",
    "RunCompletionUsage",
    "RunObject",
    "RunObjectIncompleteDetails",
    "RunObjectLastError",
    "RunObjectRequiredAction",
    "RunObjectRequiredActionSubmitToolOutputs",
    "RunObjectTools",
    "RunStepCompletionUsage",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsObject",
    "RunStepDetailsToolCallsObjectToolCalls",
    "RunStepObject",
    "RunStepObjectLastError",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyResponseParam",
    "SubmitToolOuputsToRunParams",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestToolOutputs",
    "ThreadObject",
    "ThreadObjectToolResources",
    "ThreadObjectToolResourcesCodeInterpreter",
    "ThreadObjectToolResourcesFileSearch",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationObject",
    "UpdateVectorStoreRequest",
    "Upload",
    "UploadPart",
    "VectorStoreExpirationAfter",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastError",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
]


class AddUploadPartParams(BaseModel):
    """The AddUploadPartParams schema."""

    upload_id: str


class AddUploadPartRequest(BaseModel):
    """The AddUploadPartRequest schema."""

    data: FileInput
    """The chunk of bytes for this Part"""


class AssistantObject(BaseModel):
    """Represents an assistant that can call the model and use tools"""

    instructions: str | None
    """The system instructions that the assistant uses."""
    tool_resources: AssistantObjectToolResources | None = None
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    created_at: int
    """The Unix timestamp (in seconds) for when the assistant was created"""
    description: str | None
    """The description of the assistant."""
    tools: list[AssistantObjectTools] | None = Field(default=[])
    """A list of tool enabled on the assistant."""
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    response_format: AssistantsApiResponseFormatOption | None = None
    name: str | None
    """The name of the assistant."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    model: str
    """ID of the model to use."""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["assistant"], LenientLiteral]
    """The object type, which is always `assistant`"""


class AssistantObjectToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: AssistantObjectToolResourcesCodeInterpreter | None = None
    file_search: AssistantObjectToolResourcesFileSearch | None = None


class AssistantObjectToolResourcesFileSearch(BaseModel):
    """The AssistantObjectToolResourcesFileSearch schema."""

    vector_store_ids: list[str] | None = None
    """The ID of the vector store attached to this assistant."""


class AssistantToolsCode(BaseModel):
    """The AssistantToolsCode schema."""

    type: Literal["code_interpreter"]
    """The type of tool being defined: `code_interpreter`."""


class AssistantToolsFileSearch(BaseModel):
    """The AssistantToolsFileSearch schema."""

    file_search: AssistantToolsFileSearchFileSearch | None = None
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`."""


class AssistantToolsFileSearchFileSearch(BaseModel):
    """Overrides for the file search tool"""

    max_num_results: int | None = None
    """The maximum number of results the file search tool should output."""


class AssistantToolsFileSearchTypeOnly(BaseModel):
    """The AssistantToolsFileSearchTypeOnly schema."""

    type: Literal["file_search"]
    """The type of tool being defined: `file_search`."""


class AssistantToolsFunction(BaseModel):
    """The AssistantToolsFunction schema."""

    function: FunctionObject
    type: Literal["function"]
    """The type of tool being defined: `function`."""


class AssistantsApiResponseFormat(BaseModel):
    """An object describing the expected output of the model."""

    type: Annotated[Literal["text", "json_object"], LenientLiteral] | None = "text"
    """Must be one of `text` or `json_object`."""


class AssistantsNamedToolChoice(BaseModel):
    """Specifies a tool the model should use."""

    function: AssistantsNamedToolChoiceFunction | None = None
    type: Annotated[
        Literal["function", "code_interpreter", "file_search"], LenientLiteral
    ]
    """The type of the tool."""


class AssistantsNamedToolChoiceFunction(BaseModel):
    """The AssistantsNamedToolChoiceFunction schema."""

    name: str
    """The name of the function to call"""


class AutoChunkingStrategyRequestParam(BaseModel):
    """The default strategy."""

    type: Literal["auto"]
    """Always `auto`"""


class Batch(BaseModel):
    """The Batch schema."""

    cancelled_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch was cancelled"""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    request_counts: BatchRequestCounts | None = None
    input_file_id: str
    """The ID of the input file for the batch"""
    output_file_id: str | None = None
    """The ID of the file containing the outputs of successfully executed requests"""
    error_file_id: str | None = None
    """The ID of the file containing the outputs of requests with errors"""
    created_at: int
    """The Unix timestamp (in seconds) for when the batch was created"""
    in_progress_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started processing"""
    expired_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch expired"""
    finalizing_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started finalizing"""
    completed_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch was completed"""
    endpoint: str
    """The OpenAI API endpoint used by the batch"""
    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch will expire"""
    cancelling_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch started cancelling"""
    completion_window: str
    """The time frame within which the batch should be processed"""
    id: str
    failed_at: int | None = None
    """The Unix timestamp (in seconds) for when the batch failed"""
    errors: BatchErrors | None = None
    object: Annotated[Literal["batch"], LenientLiteral]
    """The object type, which is always `batch`"""
    status: Annotated[
        Literal[
            "validating",
            "failed",
            "in_progress",
            "finalizing",
            "completed",
            "expired",
            "cancelling",
            "cancelled",
        ],
        LenientLiteral,
    ]
    """The current status of the batch"""


class BatchErrors(BaseModel):
    """The BatchErrors schema."""

    data: list[BatchErrorsData] | None = None
    object: str | None = None
    """The object type, which is always `list`"""


class BatchErrorsData(BaseModel):
    """The BatchErrorsData schema."""

    code: str | None = None
    """An error code identifying the error type"""
    param: str | None = None
    """The name of the parameter that caused the error, if applicable"""
    line: int | None = None
    """The line number of the input file where the error occurred, if applicable"""
    message: str | None = None
    """A human-readable message providing more details about the error"""


class BatchRequestCounts(BaseModel):
    """The request counts for different statuses within the batch"""

    total: int
    """Total number of requests in the batch"""
    completed: int
    """Number of requests that have been completed successfully"""
    failed: int
    """Number of requests that have failed"""


class BatchesBody(BaseModel):
    """The BatchesBody schema."""

    endpoint: Annotated[
        Literal["/v1/chat/completions", "/v1/embeddings", "/v1/completions"],
        LenientLiteral,
    ]
    """The endpoint to be used for all requests in the batch."""
    metadata: dict[str, str] | None = None
    """Optional custom metadata for the batch"""
    input_file_id: str
    """The ID of an uploaded file that contains requests for the new batch."""
    completion_window: Annotated[Literal["24h"], LenientLiteral]
    """The time frame within which the batch should be processed."""


class CancelBatchParams(BaseModel):
    """The CancelBatchParams schema."""

    batch_id: str


class CancelFineTuningJobParams(BaseModel):
    """The CancelFineTuningJobParams schema."""

    fine_tuning_job_id: str


class CancelRunParams(BaseModel):
    """The CancelRunParams schema."""

    thread_id: str
    run_id: str


class CancelUploadParams(BaseModel):
    """The CancelUploadParams schema."""

    upload_id: str


class CancelVectorStoreFileBatchParams(BaseModel):
    """The CancelVectorStoreFileBatchParams schema."""

    vector_store_id: str
    batch_id: str


class ChatCompletionFunctionCallOption(BaseModel):
    """Specifying a particular function via {"name": "my_function"} forces the model to call that function"""

    name: str
    """The name of the function to call"""


class ChatCompletionFunctions(BaseModel):
    """The ChatCompletionFunctions schema."""

    name: str
    """The name of the function to be called."""
    description: str | None = None
    """A description of what the function does, used by the model to choose when and how to call the function"""
    parameters: FunctionParameters | None = None


class ChatCompletionMessageToolCall(BaseModel):
    """The ChatCompletionMessageToolCall schema."""

    function: ChatCompletionMessageToolCallFunction
    id: str
    """The ID of the tool call"""
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of the tool."""


class ChatCompletionMessageToolCallFunction(BaseModel):
    """The function that the model called"""

    name: str
    """The name of the function to call"""
    arguments: str
    """The arguments to call the function with, as generated by the model in JSON format."""


class ChatCompletionNamedToolChoice(BaseModel):
    """Specifies a tool the model should use."""

    function: ChatCompletionNamedToolChoiceFunction
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of the tool."""


class ChatCompletionNamedToolChoiceFunction(BaseModel):
    """The ChatCompletionNamedToolChoiceFunction schema."""

    name: str
    """The name of the function to call"""


class ChatCompletionRequestAssistantMessage(BaseModel):
    """The ChatCompletionRequestAssistantMessage schema."""

    role: Literal["assistant"]
    """The role of the messages author, in this case `assistant`"""
    function_call: ChatCompletionRequestAssistantMessageFunctionCall | None = None
    name: str | None = None
    """An optional name for the participant."""
    tool_calls: ChatCompletionMessageToolCalls | None = None
    content: str | None = None
    """The contents of the assistant message."""


class ChatCompletionRequestAssistantMessageFunctionCall(BaseModel):
    """Deprecated and replaced by tool_calls."""

    name: str
    """The name of the function to call"""
    arguments: str
    """The arguments to call the function with, as generated by the model in JSON format."""


class ChatCompletionRequestFunctionMessage(BaseModel):
    """The ChatCompletionRequestFunctionMessage schema."""

    role: Literal["function"]
    """The role of the messages author, in this case `function`"""
    name: str
    """The name of the function to call"""
    content: str | None
    """The contents of the function message"""


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    """The ChatCompletionRequestMessageContentPartImage schema."""

    type: Literal["image_url"]
    """The type of the content part"""


class ChatCompletionRequestMessageContentPartImageImageUrl(BaseModel):
    """The ChatCompletionRequestMessageContentPartImageImageUrl schema."""

    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = "auto"
    """Specifies the detail level of the image."""
    url: str
    """Either a URL of the image or the base64 encoded image data"""


class ChatCompletionRequestMessageContentPartText(BaseModel):
    """The ChatCompletionRequestMessageContentPartText schema."""

    text: str
    """The text content"""
    type: Literal["text"]
    """The type of the content part"""


class ChatCompletionRequestSystemMessage(BaseModel):
    """The ChatCompletionRequestSystemMessage schema."""

    role: Literal["system"]
    """The role of the messages author, in this case `system`"""
    name: str | None = None
    """An optional name for the participant."""
    content: str
    """The contents of the system message"""


class ChatCompletionRequestToolMessage(BaseModel):
    """The ChatCompletionRequestToolMessage schema."""

    role: Literal["tool"]
    """The role of the messages author, in this case `tool`"""
    tool_call_id: str
    """Tool call that this message is responding to"""
    content: str
    """The contents of the tool message"""


class ChatCompletionRequestUserMessage(BaseModel):
    """The ChatCompletionRequestUserMessage schema."""

    role: Literal["user"]
    """The role of the messages author, in this case `user`"""
    name: str | None = None
    """An optional name for the participant."""
    content: str | list[ChatCompletionRequestMessageContentPart]
    """The contents of the user message"""


class ChatCompletionResponseMessage(BaseModel):
    """A chat completion message generated by the model"""

    role: Annotated[Literal["assistant"], LenientLiteral]
    """The role of the author of this message"""
    function_call: ChatCompletionResponseMessageFunctionCall | None = None
    tool_calls: ChatCompletionMessageToolCalls | None = None
    content: str | None
    """The contents of the message"""


class ChatCompletionResponseMessageFunctionCall(BaseModel):
    """Deprecated and replaced by tool_calls."""

    name: str
    """The name of the function to call"""
    arguments: str
    """The arguments to call the function with, as generated by the model in JSON format."""


class ChatCompletionStreamOptions(BaseModel):
    """Options for streaming response."""

    include_usage: bool | None = None
    """If set, an additional chunk will be streamed before the `data: [DONE]` message."""


class ChatCompletionTokenLogprob(BaseModel):
    """The ChatCompletionTokenLogprob schema."""

    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobs]
    """List of the most likely tokens and their log probability, at this token position."""
    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens."""
    bytes_: list[int] | None = Field(alias="bytes")
    """A list of integers representing the UTF-8 bytes representation of the token."""
    token: str
    """The token"""


class ChatCompletionTokenLogprobTopLogprobs(BaseModel):
    """The ChatCompletionTokenLogprobTopLogprobs schema."""

    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens."""
    bytes_: list[int] | None = Field(alias="bytes")
    """A list of integers representing the UTF-8 bytes representation of the token."""
    token: str
    """The token"""


class ChatCompletionTool(BaseModel):
    """The ChatCompletionTool schema."""

    function: FunctionObject
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of the tool."""


class CompleteUploadParams(BaseModel):
    """The CompleteUploadParams schema."""

    upload_id: str


class CompleteUploadRequest(BaseModel):
    """The CompleteUploadRequest schema."""

    part_ids: list[str]
    """The ordered list of Part IDs"""
    md_5: str | None = Field(default=None, alias="md5")
    """The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect"""


class CompletionUsage(BaseModel):
    """Usage statistics for the completion request"""

    completion_tokens: int
    """Number of tokens in the generated completion"""
    prompt_tokens: int
    """Number of tokens in the prompt"""
    total_tokens: int
    """Total number of tokens used in the request (prompt + completion)"""


class CreateAssistantRequest(BaseModel):
    """The CreateAssistantRequest schema."""

    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    instructions: str | None = None
    """The system instructions that the assistant uses."""
    tool_resources: CreateAssistantRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    response_format: AssistantsApiResponseFormatOption | None = None
    name: str | None = None
    """The name of the assistant."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    description: str | None = None
    """The description of the assistant."""
    model: (
        str
        | Annotated[
            Literal[
                "gpt-4o",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    tools: list[CreateAssistantRequestTools] | None = Field(default=[])
    """A list of tool enabled on the assistant."""


class CreateAssistantRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateAssistantRequestToolResourcesFileSearch | None = None


class CreateChatCompletionRequest(BaseModel):
    """The CreateChatCompletionRequest schema."""

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability."""
    logit_bias: dict[str, int] | None = None
    """Modify the likelihood of specified tokens appearing in the completion."""
    seed: int | None = None
    """This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result."""
    functions: list[ChatCompletionFunctions] | None = None
    """Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for."""
    max_tokens: int | None = None
    """The maximum number of tokens that can be generated in the chat completion."""
    function_call: (
        Annotated[Literal["none", "auto"], LenientLiteral]
        | ChatCompletionFunctionCallOption
        | None
    ) = None
    """Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model."""
    presence_penalty: float | None = 0
    """Number between -2.0 and 2.0."""
    tools: list[ChatCompletionTool] | None = None
    """A list of tools the model may call."""
    n: int | None = 1
    """How many chat completion choices to generate for each input message."""
    logprobs: bool | None = False
    """Whether to return log probabilities of the output tokens or not."""
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    frequency_penalty: float | None = 0
    """Number between -2.0 and 2.0."""
    response_format: CreateChatCompletionRequestResponseFormat | None = None
    parallel_tool_calls: ParallelToolCalls | None = None
    stream: bool | None = False
    """If set, partial message deltas will be sent, like in ChatGPT."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    messages: list[ChatCompletionRequestMessage]
    """A list of messages comprising the conversation so far."""
    tool_choice: ChatCompletionToolChoiceOption | None = None
    model: (
        str
        | Annotated[
            Literal[
                "gpt-4o",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0301",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    service_tier: Annotated[Literal["auto", "default"], LenientLiteral] | None = None
    """Specifies the latency tier to use for processing the request."""
    stream_options: ChatCompletionStreamOptions | None = None
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""


class CreateChatCompletionRequestResponseFormat(BaseModel):
    """An object specifying the format that the model must output."""

    type: Annotated[Literal["text", "json_object"], LenientLiteral] | None = "text"
    """Must be one of `text` or `json_object`."""


class CreateChatCompletionResponse(BaseModel):
    """Represents a chat completion response returned by model, based on the provided input"""

    created: int
    """The Unix timestamp (in seconds) of when the chat completion was created"""
    usage: CompletionUsage | None = None
    model: str
    """The model used for the chat completion"""
    service_tier: Annotated[Literal["scale", "default"], LenientLiteral] | None = None
    """The service tier used for processing the request."""
    id: str
    """A unique identifier for the chat completion"""
    choices: list[CreateChatCompletionResponseChoices]
    """A list of chat completion choices."""
    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with."""
    object: Annotated[Literal["chat.completion"], LenientLiteral]
    """The object type, which is always `chat.completion`"""


class CreateChatCompletionResponseChoices(BaseModel):
    """The CreateChatCompletionResponseChoices schema."""

    finish_reason: Annotated[
        Literal["stop", "length", "tool_calls", "content_filter", "function_call"],
        LenientLiteral,
    ]
    """The reason the model stopped generating tokens."""
    index: int
    """The index of the choice in the list of choices"""
    message: ChatCompletionResponseMessage
    logprobs: CreateChatCompletionResponseLogprobs | None


class CreateChatCompletionResponseLogprobs(BaseModel):
    """Log probability information for the choice"""

    content: list[ChatCompletionTokenLogprob] | None
    """A list of message content tokens with log probability information"""


class CreateCompletionRequest(BaseModel):
    """The CreateCompletionRequest schema."""

    logit_bias: dict[str, int] | None = None
    """Modify the likelihood of specified tokens appearing in the completion."""
    seed: int | None = None
    """If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result."""
    max_tokens: int | None = 16
    """The maximum number of tokens that can be generated in the completion."""
    presence_penalty: float | None = 0
    """Number between -2.0 and 2.0."""
    echo: bool | None = False
    """Echo back the prompt in addition to the completion"""
    suffix: str | None = None
    """The suffix that comes after a completion of inserted text."""
    n: int | None = 1
    """How many completions to generate for each prompt."""
    logprobs: int | None = None
    """Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens."""
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    frequency_penalty: float | None = 0
    """Number between -2.0 and 2.0."""
    best_of: int | None = 1
    """Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token)."""
    stream: bool | None = False
    """Whether to stream back partial progress."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    model: (
        str
        | Annotated[
            Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    stream_options: ChatCompletionStreamOptions | None = None
    prompt: str | list[str] | list[int] | list[PromptItemsArray] | None = None
    """The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""


class CreateCompletionResponse(BaseModel):
    """Represents a completion response from the API."""

    created: int
    """The Unix timestamp (in seconds) of when the completion was created"""
    usage: CompletionUsage | None = None
    model: str
    """The model used for completion"""
    id: str
    """A unique identifier for the completion"""
    choices: list[CreateCompletionResponseChoices]
    """The list of completion choices the model generated for the input prompt"""
    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with."""
    object: Annotated[Literal["text_completion"], LenientLiteral]
    """The object type, which is always "text_completion" """


class CreateCompletionResponseChoices(BaseModel):
    """The CreateCompletionResponseChoices schema."""

    finish_reason: Annotated[
        Literal["stop", "length", "content_filter"], LenientLiteral
    ]
    """The reason the model stopped generating tokens."""
    index: int
    text: str
    logprobs: CreateCompletionResponseLogprobs | None


class CreateCompletionResponseLogprobs(BaseModel):
    """The CreateCompletionResponseLogprobs schema."""

    top_logprobs: list[dict[str, Any]] | None = None
    token_logprobs: list[float] | None = None
    tokens: list[str] | None = None
    text_offset: list[int] | None = None


class CreateEmbeddingRequest(BaseModel):
    """The CreateEmbeddingRequest schema."""

    input: str | list[str] | list[int] | list[InputItemsArray]
    """Input text to embed, encoded as a string or array of tokens."""
    encoding_format: Annotated[Literal["float", "base64"], LenientLiteral] | None = (
        "float"
    )
    """The format to return the embeddings in."""
    model: (
        str
        | Annotated[
            Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    dimensions: int | None = None
    """The number of dimensions the resulting output embeddings should have."""


class CreateEmbeddingResponse(BaseModel):
    """The CreateEmbeddingResponse schema."""

    data: list[Embedding]
    """The list of embeddings generated by the model"""
    usage: CreateEmbeddingResponseUsage
    model: str
    """The name of the model used to generate the embedding"""
    object: Annotated[Literal["list"], LenientLiteral]
    """The object type, which is always "list" """


class CreateEmbeddingResponseUsage(BaseModel):
    """The usage information for the request"""

    prompt_tokens: int
    """The number of tokens used by the prompt"""
    total_tokens: int
    """The total number of tokens used by the request"""


class CreateFileRequest(BaseModel):
    """The CreateFileRequest schema."""

    file: FileInput
    """The File object (not file name) to be uploaded"""
    purpose: Annotated[
        Literal["assistants", "batch", "fine-tune", "vision"], LenientLiteral
    ]
    """The intended purpose of the uploaded file."""


class CreateFineTuningJobRequest(BaseModel):
    """The CreateFineTuningJobRequest schema."""

    training_file: str
    """The ID of an uploaded file that contains training data."""
    seed: int | None = None
    """The seed controls the reproducibility of the job."""
    validation_file: str | None = None
    """The ID of an uploaded file that contains validation data."""
    hyperparameters: CreateFineTuningJobRequestHyperparameters | None = None
    model: (
        str
        | Annotated[
            Literal["babbage-002", "davinci-002", "gpt-3.5-turbo"], LenientLiteral
        ]
    )
    """The name of the model to fine-tune."""
    suffix: str | None = None
    """A string of up to 18 characters that will be added to your fine-tuned model name."""
    integrations: list[CreateFineTuningJobRequestIntegrations] | None = None
    """A list of integrations to enable for your fine-tuning job"""


class CreateFineTuningJobRequestHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job"""

    batch_size: Annotated[Literal["auto"], LenientLiteral] | int | None = None
    """Number of examples in each batch."""
    n_epochs: Annotated[Literal["auto"], LenientLiteral] | int | None = None
    """The number of epochs to train the model for."""
    learning_rate_multiplier: (
        Annotated[Literal["auto"], LenientLiteral] | float | None
    ) = None
    """Scaling factor for the learning rate."""


class CreateFineTuningJobRequestIntegrations(BaseModel):
    """The CreateFineTuningJobRequestIntegrations schema."""

    wandb: CreateFineTuningJobRequestWandb
    type: Annotated[Literal["wandb"], LenientLiteral]
    """The type of integration to enable."""


class CreateFineTuningJobRequestWandb(BaseModel):
    """The settings for your integration with Weights and Biases."""

    name: str | None = None
    """A display name to set for the run."""
    project: str
    """The name of the project that the new run will be created under"""
    entity: str | None = None
    """The entity to use for the run."""
    tags: list[str] | None = None
    """A list of tags to be attached to the newly created run."""


class CreateImageEditRequest(BaseModel):
    """The CreateImageEditRequest schema."""

    image: FileInput
    """The image to edit."""
    response_format: Annotated[Literal["url", "b64_json"], LenientLiteral] | None = (
        "url"
    )
    """The format in which the generated images are returned."""
    size: (
        Annotated[Literal["256x256", "512x512", "1024x1024"], LenientLiteral] | None
    ) = "1024x1024"
    """The size of the generated images."""
    model: str | Annotated[Literal["dall-e-2"], LenientLiteral] | None = None
    """The model to use for image generation."""
    prompt: str
    """A text description of the desired image(s)."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: int | None = 1
    """The number of images to generate."""
    mask: FileInput | None = None
    """An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited."""


class CreateImageRequest(BaseModel):
    """The CreateImageRequest schema."""

    response_format: Annotated[Literal["url", "b64_json"], LenientLiteral] | None = (
        "url"
    )
    """The format in which the generated images are returned."""
    size: (
        Annotated[
            Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"],
            LenientLiteral,
        ]
        | None
    ) = "1024x1024"
    """The size of the generated images."""
    model: str | Annotated[Literal["dall-e-2", "dall-e-3"], LenientLiteral] | None = (
        None
    )
    """The model to use for image generation"""
    style: Annotated[Literal["vivid", "natural"], LenientLiteral] | None = "vivid"
    """The style of the generated images."""
    prompt: str
    """A text description of the desired image(s)."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: int | None = 1
    """The number of images to generate."""
    quality: Annotated[Literal["standard", "hd"], LenientLiteral] | None = "standard"
    """The quality of the image that will be generated."""


class CreateImageVariationRequest(BaseModel):
    """The CreateImageVariationRequest schema."""

    image: FileInput
    """The image to use as the basis for the variation(s)."""
    response_format: Annotated[Literal["url", "b64_json"], LenientLiteral] | None = (
        "url"
    )
    """The format in which the generated images are returned."""
    size: (
        Annotated[Literal["256x256", "512x512", "1024x1024"], LenientLiteral] | None
    ) = "1024x1024"
    """The size of the generated images."""
    model: str | Annotated[Literal["dall-e-2"], LenientLiteral] | None = None
    """The model to use for image generation."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    n: int | None = 1
    """The number of images to generate."""


class CreateMessageParams(BaseModel):
    """The CreateMessageParams schema."""

    thread_id: str


class CreateMessageRequest(BaseModel):
    """The CreateMessageRequest schema."""

    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    role: Annotated[Literal["user", "assistant"], LenientLiteral]
    """The role of the entity that is creating the message."""
    attachments: list[CreateMessageRequestAttachments] | None = None
    """A list of files attached to the message, and the tools they should be added to"""


class CreateMessageRequestAttachments(BaseModel):
    """The CreateMessageRequestAttachments schema."""

    file_id: str | None = None
    """The ID of the file to attach to the message"""
    tools: list[CreateMessageRequestTools] | None = None
    """The tools to add this file to"""


class CreateModerationRequest(BaseModel):
    """The CreateModerationRequest schema."""

    model: (
        str
        | Annotated[
            Literal["text-moderation-latest", "text-moderation-stable"], LenientLiteral
        ]
        | None
    ) = None
    """Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`."""


class CreateModerationResponse(BaseModel):
    """Represents if a given text input is potentially harmful"""

    model: str
    """The model used to generate the moderation results"""
    id: str
    """The unique identifier for the moderation request"""
    results: list[CreateModerationResponseResults]
    """A list of moderation objects"""


class CreateModerationResponseCategories(BaseModel):
    """A list of the categories, and whether they are flagged or not"""

    self_harm_intent: bool = Field(alias="self-harm/intent")
    """Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as suicide, cutting, and eating disorders"""
    hate_threatening: bool = Field(alias="hate/threatening")
    """Hateful content that also includes violence or serious harm towards the targeted group based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste"""
    self_harm_instructions: bool = Field(alias="self-harm/instructions")
    """Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or that gives instructions or advice on how to commit such acts"""
    sexual_minors: bool = Field(alias="sexual/minors")
    """Sexual content that includes an individual who is under 18 years old"""
    harassment_threatening: bool = Field(alias="harassment/threatening")
    """Harassment content that also includes violence or serious harm towards any target"""
    hate: bool
    """Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste."""
    self_harm: bool = Field(alias="self-harm")
    """Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating disorders"""
    harassment: bool
    """Content that expresses, incites, or promotes harassing language towards any target"""
    sexual: bool
    """Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes sexual services (excluding sex education and wellness)"""
    violence_graphic: bool = Field(alias="violence/graphic")
    """Content that depicts death, violence, or physical injury in graphic detail"""
    violence: bool
    """Content that depicts death, violence, or physical injury"""


class CreateModerationResponseCategoryScores(BaseModel):
    """A list of the categories along with their scores as predicted by model"""

    self_harm_intent: float = Field(alias="self-harm/intent")
    """The score for the category 'self-harm/intent'"""
    hate_threatening: float = Field(alias="hate/threatening")
    """The score for the category 'hate/threatening'"""
    self_harm_instructions: float = Field(alias="self-harm/instructions")
    """The score for the category 'self-harm/instructions'"""
    sexual_minors: float = Field(alias="sexual/minors")
    """The score for the category 'sexual/minors'"""
    harassment_threatening: float = Field(alias="harassment/threatening")
    """The score for the category 'harassment/threatening'"""
    hate: float
    """The score for the category 'hate'"""
    self_harm: float = Field(alias="self-harm")
    """The score for the category 'self-harm'"""
    harassment: float
    """The score for the category 'harassment'"""
    sexual: float
    """The score for the category 'sexual'"""
    violence_graphic: float = Field(alias="violence/graphic")
    """The score for the category 'violence/graphic'"""
    violence: float
    """The score for the category 'violence'"""


class CreateModerationResponseResults(BaseModel):
    """The CreateModerationResponseResults schema."""

    category_scores: CreateModerationResponseCategoryScores
    flagged: bool
    """Whether any of the below categories are flagged"""
    categories: CreateModerationResponseCategories


class CreateRunParams(BaseModel):
    """The CreateRunParams schema."""

    thread_id: str


class CreateRunRequest(BaseModel):
    """The CreateRunRequest schema."""

    instructions: str | None = None
    """Overrides the instructions of the assistant."""
    additional_instructions: str | None = None
    """Appends additional instructions at the end of the instructions for the run."""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    additional_messages: list[CreateMessageRequest] | None = None
    """Adds additional messages to the thread before creating the run"""
    tools: list[CreateRunRequestTools] | None = None
    """Override the tools the assistant can use for this run."""
    truncation_strategy: TruncationObject | None = None
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    max_completion_tokens: int | None = None
    """The maximum number of completion tokens that may be used over the course of the run."""
    response_format: AssistantsApiResponseFormatOption | None = None
    parallel_tool_calls: ParallelToolCalls | None = None
    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    tool_choice: AssistantsApiToolChoiceOption | None = None
    model: (
        str
        | Annotated[
            Literal[
                "gpt-4o",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
            LenientLiteral,
        ]
        | None
    ) = None
    """The ID of the Model to be used to execute this run."""
    max_prompt_tokens: int | None = None
    """The maximum number of prompt tokens that may be used over the course of the run."""


class CreateSpeechRequest(BaseModel):
    """The CreateSpeechRequest schema."""

    voice: Annotated[
        Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"], LenientLiteral
    ]
    """The voice to use when generating the audio."""
    input: str
    """The text to generate audio for."""
    response_format: (
        Annotated[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"], LenientLiteral]
        | None
    ) = "mp3"
    """The format to audio in."""
    model: str | Annotated[Literal["tts-1", "tts-1-hd"], LenientLiteral]
    """One of the available TTS models: `tts-1` or `tts-1-hd`."""
    speed: float | None = 1.0
    """The speed of the generated audio."""


class CreateThreadAndRunRequest(BaseModel):
    """The CreateThreadAndRunRequest schema."""

    instructions: str | None = None
    """Override the default system message of the assistant."""
    tool_resources: CreateThreadAndRunRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    thread: CreateThreadRequest | None = None
    tools: list[CreateThreadAndRunRequestTools] | None = None
    """Override the tools the assistant can use for this run."""
    truncation_strategy: TruncationObject | None = None
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    max_completion_tokens: int | None = None
    """The maximum number of completion tokens that may be used over the course of the run."""
    response_format: AssistantsApiResponseFormatOption | None = None
    parallel_tool_calls: ParallelToolCalls | None = None
    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    tool_choice: AssistantsApiToolChoiceOption | None = None
    model: (
        str
        | Annotated[
            Literal[
                "gpt-4o",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ],
            LenientLiteral,
        ]
        | None
    ) = None
    """The ID of the Model to be used to execute this run."""
    max_prompt_tokens: int | None = None
    """The maximum number of prompt tokens that may be used over the course of the run."""


class CreateThreadAndRunRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: CreateThreadAndRunRequestToolResourcesCodeInterpreter | None = (
        None
    )
    file_search: CreateThreadAndRunRequestToolResourcesFileSearch | None = None


class CreateThreadAndRunRequestToolResourcesFileSearch(BaseModel):
    """The CreateThreadAndRunRequestToolResourcesFileSearch schema."""

    vector_store_ids: list[str] | None = None
    """The ID of the vector store attached to this assistant."""


class CreateThreadRequest(BaseModel):
    """The CreateThreadRequest schema."""

    tool_resources: CreateThreadRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    messages: list[CreateMessageRequest] | None = None
    """A list of messages to start the thread with"""


class CreateThreadRequestToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: CreateThreadRequestToolResourcesFileSearch | None = None


class CreateTranscriptionRequest(BaseModel):
    """The CreateTranscriptionRequest schema."""

    timestamp_granularities: (
        list[Annotated[Literal["word", "segment"], LenientLiteral]] | None
    ) = None
    """The timestamp granularities to populate for this transcription."""
    file: FileInput
    """The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm"""
    response_format: (
        Annotated[Literal["json", "text", "srt", "verbose_json", "vtt"], LenientLiteral]
        | None
    ) = "json"
    """The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""
    temperature: float | None = 0
    """The sampling temperature, between 0 and 1."""
    model: str | Annotated[Literal["whisper-1"], LenientLiteral]
    """ID of the model to use."""


class CreateTranscriptionResponseJson(BaseModel):
    """Represents a transcription response returned by model, based on the provided input"""

    text: str
    """The transcribed text"""


class CreateTranscriptionResponseVerboseJson(BaseModel):
    """Represents a verbose json transcription response returned by model, based on the provided input"""

    duration: str
    """The duration of the input audio"""
    words: list[TranscriptionWord] | None = None
    """Extracted words and their corresponding timestamps"""
    language: str
    """The language of the input audio"""
    text: str
    """The transcribed text"""
    segments: list[TranscriptionSegment] | None = None
    """Segments of the transcribed text and their corresponding details"""


class CreateTranslationRequest(BaseModel):
    """The CreateTranslationRequest schema."""

    file: FileInput
    """The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm"""
    response_format: str | None = "json"
    """The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`."""
    temperature: float | None = 0
    """The sampling temperature, between 0 and 1."""
    model: str | Annotated[Literal["whisper-1"], LenientLiteral]
    """ID of the model to use."""


class CreateTranslationResponseJson(BaseModel):
    """The CreateTranslationResponseJson schema."""

    text: str


class CreateTranslationResponseVerboseJson(BaseModel):
    """The CreateTranslationResponseVerboseJson schema."""

    duration: str
    """The duration of the input audio"""
    language: str
    """The language of the output translation (always `english`)."""
    text: str
    """The translated text"""
    segments: list[TranscriptionSegment] | None = None
    """Segments of the translated text and their corresponding details"""


class CreateUploadRequest(BaseModel):
    """The CreateUploadRequest schema."""

    filename: str
    """The name of the file to upload"""
    purpose: Annotated[
        Literal["assistants", "batch", "fine-tune", "vision"], LenientLiteral
    ]
    """The intended purpose of the uploaded file."""
    mime_type: str
    """The MIME type of the file."""
    bytes_: int = Field(alias="bytes")
    """The number of bytes in the file you are uploading"""


class CreateVectorStoreFileBatchParams(BaseModel):
    """The CreateVectorStoreFileBatchParams schema."""

    vector_store_id: str


class CreateVectorStoreFileBatchRequest(BaseModel):
    """The CreateVectorStoreFileBatchRequest schema."""

    chunking_strategy: ChunkingStrategyRequestParam | None = None


class CreateVectorStoreFileParams(BaseModel):
    """The CreateVectorStoreFileParams schema."""

    vector_store_id: str


class CreateVectorStoreFileRequest(BaseModel):
    """The CreateVectorStoreFileRequest schema."""

    chunking_strategy: ChunkingStrategyRequestParam | None = None


class CreateVectorStoreRequest(BaseModel):
    """The CreateVectorStoreRequest schema."""

    chunking_strategy: (
        Annotated[
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam,
            Field(discriminator="type"),
            LenientUnion,
        ]
        | None
    ) = None
    """The chunking strategy used to chunk the file(s)."""
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_after: VectorStoreExpirationAfter | None = None
    name: str | None = None
    """The name of the vector store"""


class DeleteAssistantParams(BaseModel):
    """The DeleteAssistantParams schema."""

    assistant_id: str


class DeleteAssistantResponse(BaseModel):
    """The DeleteAssistantResponse schema."""

    deleted: bool
    id: str
    object: Annotated[Literal["assistant.deleted"], LenientLiteral]


class DeleteFileParams(BaseModel):
    """The DeleteFileParams schema."""

    file_id: str


class DeleteFileResponse(BaseModel):
    """The DeleteFileResponse schema."""

    deleted: bool
    id: str
    object: Annotated[Literal["file"], LenientLiteral]


class DeleteMessageParams(BaseModel):
    """The DeleteMessageParams schema."""

    thread_id: str
    message_id: str


class DeleteMessageResponse(BaseModel):
    """The DeleteMessageResponse schema."""

    deleted: bool
    id: str
    object: Annotated[Literal["thread.message.deleted"], LenientLiteral]


class DeleteModelParams(BaseModel):
    """The DeleteModelParams schema."""

    model: str


class DeleteModelResponse(BaseModel):
    """The DeleteModelResponse schema."""

    deleted: bool
    id: str
    object: str


class DeleteThreadParams(BaseModel):
    """The DeleteThreadParams schema."""

    thread_id: str


class DeleteThreadResponse(BaseModel):
    """The DeleteThreadResponse schema."""

    deleted: bool
    id: str
    object: Annotated[Literal["thread.deleted"], LenientLiteral]


class DeleteVectorStoreFileParams(BaseModel):
    """The DeleteVectorStoreFileParams schema."""

    vector_store_id: str
    file_id: str


class DeleteVectorStoreFileResponse(BaseModel):
    """The DeleteVectorStoreFileResponse schema."""

    deleted: bool
    id: str
    object: Annotated[Literal["vector_store.file.deleted"], LenientLiteral]


class DeleteVectorStoreParams(BaseModel):
    """The DeleteVectorStoreParams schema."""

    vector_store_id: str


class DeleteVectorStoreResponse(BaseModel):
    """The DeleteVectorStoreResponse schema."""

    deleted: bool
    id: str
    object: Annotated[Literal["vector_store.deleted"], LenientLiteral]


class DownloadFileParams(BaseModel):
    """The DownloadFileParams schema."""

    file_id: str


class Embedding(BaseModel):
    """Represents an embedding vector returned by embedding endpoint"""

    index: int
    """The index of the embedding in the list of embeddings"""
    embedding: list[float]
    """The embedding vector, which is a list of floats."""
    object: Annotated[Literal["embedding"], LenientLiteral]
    """The object type, which is always "embedding" """


class FineTuningIntegration(BaseModel):
    """The FineTuningIntegration schema."""

    wandb: FineTuningIntegrationWandb
    type: Annotated[Literal["wandb"], LenientLiteral]
    """The type of the integration being enabled for the fine-tuning job"""


class FineTuningIntegrationWandb(BaseModel):
    """The settings for your integration with Weights and Biases."""

    name: str | None = None
    """A display name to set for the run."""
    project: str
    """The name of the project that the new run will be created under"""
    entity: str | None = None
    """The entity to use for the run."""
    tags: list[str] | None = None
    """A list of tags to be attached to the newly created run."""


class FineTuningJob(BaseModel):
    """The fine_tuning.job object represents a fine-tuning job that has been created through the API"""

    finished_at: int | None
    """The Unix timestamp (in seconds) for when the fine-tuning job was finished."""
    seed: int
    """The seed used for the fine-tuning job"""
    fine_tuned_model: str | None
    """The name of the fine-tuned model that is being created."""
    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created"""
    error: FineTuningJobError | None
    estimated_finish: int | None = None
    """The Unix timestamp (in seconds) for when the fine-tuning job is estimated to finish."""
    organization_id: str
    """The organization that owns the fine-tuning job"""
    hyperparameters: FineTuningJobHyperparameters
    model: str
    """The base model that is being fine-tuned"""
    id: str
    """The object identifier, which can be referenced in the API endpoints"""
    trained_tokens: int | None
    """The total number of billable tokens processed by this fine-tuning job."""
    integrations: list[FineTuningJobIntegrations] | None = None
    """A list of integrations to enable for this fine-tuning job"""
    object: Annotated[Literal["fine_tuning.job"], LenientLiteral]
    """The object type, which is always "fine_tuning.job" """
    status: Annotated[
        Literal[
            "validating_files", "queued", "running", "succeeded", "failed", "cancelled"
        ],
        LenientLiteral,
    ]
    """The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`."""


class FineTuningJobCheckpoint(BaseModel):
    """The fine_tuning.job.checkpoint object represents a model checkpoint for a fine-tuning job that is ready to use"""

    step_number: int
    """The step number that the checkpoint was created at"""
    created_at: int
    """The Unix timestamp (in seconds) for when the checkpoint was created"""
    fine_tuning_job_id: str
    """The name of the fine-tuning job that this checkpoint was created from"""
    id: str
    """The checkpoint identifier, which can be referenced in the API endpoints"""
    metrics: FineTuningJobCheckpointMetrics
    fine_tuned_model_checkpoint: str
    """The name of the fine-tuned checkpoint model that is created"""
    object: Annotated[Literal["fine_tuning.job.checkpoint"], LenientLiteral]
    """The object type, which is always "fine_tuning.job.checkpoint" """


class FineTuningJobCheckpointMetrics(BaseModel):
    """Metrics at the step number during the fine-tuning job"""

    full_valid_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    full_valid_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_mean_token_accuracy: float | None = None
    train_loss: float | None = None
    step: float | None = None


class FineTuningJobError(BaseModel):
    """For fine-tuning jobs that have failed, this will contain more information on the cause of the failure"""

    code: str
    """A machine-readable error code"""
    param: str | None
    """The parameter that was invalid, usually `training_file` or `validation_file`."""
    message: str
    """A human-readable error message"""


class FineTuningJobEvent(BaseModel):
    """Fine-tuning job event object"""

    level: Annotated[Literal["info", "warn", "error"], LenientLiteral]
    created_at: int
    id: str
    message: str
    object: Annotated[Literal["fine_tuning.job.event"], LenientLiteral]


class FineTuningJobHyperparameters(BaseModel):
    """The hyperparameters used for the fine-tuning job."""

    n_epochs: Annotated[Literal["auto"], LenientLiteral] | int | None = None
    """The number of epochs to train the model for."""


class FunctionObject(BaseModel):
    """The FunctionObject schema."""

    name: str
    """The name of the function to be called."""
    description: str | None = None
    """A description of what the function does, used by the model to choose when and how to call the function"""
    parameters: FunctionParameters | None = None


class GetAssistantParams(BaseModel):
    """The GetAssistantParams schema."""

    assistant_id: str


class GetMessageParams(BaseModel):
    """The GetMessageParams schema."""

    thread_id: str
    message_id: str


class GetRunParams(BaseModel):
    """The GetRunParams schema."""

    thread_id: str
    run_id: str


class GetRunStepParams(BaseModel):
    """The GetRunStepParams schema."""

    thread_id: str
    run_id: str
    step_id: str


class GetThreadParams(BaseModel):
    """The GetThreadParams schema."""

    thread_id: str


class GetVectorStoreFileBatchParams(BaseModel):
    """The GetVectorStoreFileBatchParams schema."""

    vector_store_id: str
    batch_id: str


class GetVectorStoreFileParams(BaseModel):
    """The GetVectorStoreFileParams schema."""

    vector_store_id: str
    file_id: str


class GetVectorStoreParams(BaseModel):
    """The GetVectorStoreParams schema."""

    vector_store_id: str


class Image(BaseModel):
    """Represents the url or the content of an image generated by the OpenAI API"""

    revised_prompt: str | None = None
    """The prompt that was used to generate the image, if there was any revision to the prompt"""
    b_64_json: str | None = Field(default=None, alias="b64_json")
    """The base64-encoded JSON of the generated image, if `response_format` is `b64_json`."""
    url: str | None = None
    """The URL of the generated image, if `response_format` is `url` (default)."""


class ImagesResponse(BaseModel):
    """The ImagesResponse schema."""

    created: int
    data: list[Image]


class ListAssistantsParams(BaseModel):
    """The ListAssistantsParams schema."""

    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListAssistantsResponse(BaseModel):
    """The ListAssistantsResponse schema."""

    first_id: str
    data: list[AssistantObject]
    last_id: str
    has_more: bool
    object: str


class ListBatchesParams(BaseModel):
    """The ListBatchesParams schema."""

    limit: int | None = None
    after: str | None = None


class ListBatchesResponse(BaseModel):
    """The ListBatchesResponse schema."""

    first_id: str | None = None
    data: list[Batch]
    last_id: str | None = None
    has_more: bool
    object: Annotated[Literal["list"], LenientLiteral]


class ListFilesInVectorStoreBatchParams(BaseModel):
    """The ListFilesInVectorStoreBatchParams schema."""

    vector_store_id: str
    batch_id: str
    filter: (
        Annotated[
            Literal["in_progress", "completed", "failed", "cancelled"], LenientLiteral
        ]
        | None
    ) = None
    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListFilesParams(BaseModel):
    """The ListFilesParams schema."""

    purpose: str | None = None


class ListFilesResponse(BaseModel):
    """The ListFilesResponse schema."""

    data: list[OpenAIFile]
    object: Annotated[Literal["list"], LenientLiteral]


class ListFineTuningEventsParams(BaseModel):
    """The ListFineTuningEventsParams schema."""

    fine_tuning_job_id: str
    limit: int | None = None
    after: str | None = None


class ListFineTuningJobCheckpointsParams(BaseModel):
    """The ListFineTuningJobCheckpointsParams schema."""

    fine_tuning_job_id: str
    limit: int | None = None
    after: str | None = None


class ListFineTuningJobCheckpointsResponse(BaseModel):
    """The ListFineTuningJobCheckpointsResponse schema."""

    first_id: str | None = None
    data: list[FineTuningJobCheckpoint]
    last_id: str | None = None
    has_more: bool
    object: Annotated[Literal["list"], LenientLiteral]


class ListFineTuningJobEventsResponse(BaseModel):
    """The ListFineTuningJobEventsResponse schema."""

    data: list[FineTuningJobEvent]
    object: Annotated[Literal["list"], LenientLiteral]


class ListMessagesParams(BaseModel):
    """The ListMessagesParams schema."""

    thread_id: str
    run_id: str | None = None
    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListMessagesResponse(BaseModel):
    """The ListMessagesResponse schema."""

    object: str
    data: list[MessageObject]
    first_id: str
    last_id: str
    has_more: bool


class ListModelsResponse(BaseModel):
    """The ListModelsResponse schema."""

    data: list[Model]
    object: Annotated[Literal["list"], LenientLiteral]


class ListPaginatedFineTuningJobsParams(BaseModel):
    """The ListPaginatedFineTuningJobsParams schema."""

    limit: int | None = None
    after: str | None = None


class ListPaginatedFineTuningJobsResponse(BaseModel):
    """The ListPaginatedFineTuningJobsResponse schema."""

    data: list[FineTuningJob]
    has_more: bool
    object: Annotated[Literal["list"], LenientLiteral]


class ListRunStepsParams(BaseModel):
    """The ListRunStepsParams schema."""

    thread_id: str
    run_id: str
    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListRunStepsResponse(BaseModel):
    """The ListRunStepsResponse schema."""

    object: str
    data: list[RunStepObject]
    first_id: str
    last_id: str
    has_more: bool


class ListRunsParams(BaseModel):
    """The ListRunsParams schema."""

    thread_id: str
    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListRunsResponse(BaseModel):
    """The ListRunsResponse schema."""

    first_id: str
    data: list[RunObject]
    last_id: str
    has_more: bool
    object: str


class ListVectorStoreFilesParams(BaseModel):
    """The ListVectorStoreFilesParams schema."""

    vector_store_id: str
    filter: (
        Annotated[
            Literal["in_progress", "completed", "failed", "cancelled"], LenientLiteral
        ]
        | None
    ) = None
    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListVectorStoreFilesResponse(BaseModel):
    """The ListVectorStoreFilesResponse schema."""

    object: str
    data: list[VectorStoreFileObject]
    first_id: str
    last_id: str
    has_more: bool


class ListVectorStoresParams(BaseModel):
    """The ListVectorStoresParams schema."""

    before: str | None = None
    limit: int | None = None
    after: str | None = None
    order: Annotated[Literal["asc", "desc"], LenientLiteral] | None = None


class ListVectorStoresResponse(BaseModel):
    """The ListVectorStoresResponse schema."""

    object: str
    data: list[VectorStoreObject]
    first_id: str
    last_id: str
    has_more: bool


class MessageContentImageFileObject(BaseModel):
    """References an image File in the content of a message"""

    image_file: MessageContentImageFileObjectImageFile
    type: Literal["image_file"]
    """Always `image_file`"""


class MessageContentImageFileObjectImageFile(BaseModel):
    """The MessageContentImageFileObjectImageFile schema."""

    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = "auto"
    """Specifies the detail level of the image if specified by the user."""


class MessageContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message"""

    image_url: MessageContentImageUrlObjectImageUrl
    type: Literal["image_url"]
    """The type of the content part"""


class MessageContentImageUrlObjectImageUrl(BaseModel):
    """The MessageContentImageUrlObjectImageUrl schema."""

    detail: Annotated[Literal["auto", "low", "high"], LenientLiteral] | None = "auto"
    """Specifies the detail level of the image."""
    url: str
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp"""


class MessageContentTextAnnotationsFileCitationObject(BaseModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message."""

    start_index: int
    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation
    end_index: int
    text: str
    """The text in the message content that needs to be replaced"""
    type: Literal["file_citation"]
    """Always `file_citation`"""


class MessageContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    """The MessageContentTextAnnotationsFileCitationObjectFileCitation schema."""

    file_id: str
    """The ID of the specific File the citation is from"""


class MessageContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the code_interpreter tool to generate a file"""

    start_index: int
    end_index: int
    text: str
    """The text in the message content that needs to be replaced"""
    type: Literal["file_path"]
    """Always `file_path`"""


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    """The MessageContentTextAnnotationsFilePathObjectFilePath schema."""

    file_id: str
    """The ID of the file that was generated"""


class MessageContentTextObject(BaseModel):
    """The text content that is part of a message"""

    text: MessageContentTextObjectText
    type: Literal["text"]
    """Always `text`"""


class MessageContentTextObjectText(BaseModel):
    """The MessageContentTextObjectText schema."""

    annotations: list[MessageContentTextObjectTextAnnotations]
    value: str
    """The data that makes up the text"""


class MessageObject(BaseModel):
    """Represents a message within a thread"""

    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    role: Annotated[Literal["user", "assistant"], LenientLiteral]
    """The entity that produced the message."""
    attachments: list[MessageObjectAttachments] | None
    """A list of files attached to the message, and the tools they were added to"""
    created_at: int
    """The Unix timestamp (in seconds) for when the message was created"""
    content: list[MessageObjectContent]
    """The content of the message in array of text and/or images"""
    completed_at: int | None
    """The Unix timestamp (in seconds) for when the message was completed"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    incomplete_at: int | None
    """The Unix timestamp (in seconds) for when the message was marked as incomplete"""
    incomplete_details: MessageObjectIncompleteDetails | None
    object: Annotated[Literal["thread.message"], LenientLiteral]
    """The object type, which is always `thread.message`"""
    status: Annotated[Literal["in_progress", "incomplete", "completed"], LenientLiteral]
    """The status of the message, which can be either `in_progress`, `incomplete`, or `completed`."""


class MessageObjectAttachments(BaseModel):
    """The MessageObjectAttachments schema."""

    file_id: str | None = None
    """The ID of the file to attach to the message"""
    tools: list[MessageObjectTools] | None = None
    """The tools to add this file to"""


class MessageObjectIncompleteDetails(BaseModel):
    """On an incomplete message, details about why the message is incomplete"""

    reason: Annotated[
        Literal[
            "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
        ],
        LenientLiteral,
    ]
    """The reason the message is incomplete"""


class MessageRequestContentTextObject(BaseModel):
    """The text content that is part of a message"""

    text: str
    """Text content to be sent to the model"""
    type: Annotated[Literal["text"], LenientLiteral]
    """Always `text`"""


class Model(BaseModel):
    """Describes an OpenAI model offering that can be used with the API"""

    id: str
    """The model identifier, which can be referenced in the API endpoints."""
    created: int
    """The Unix timestamp (in seconds) when the model was created."""
    object: Annotated[Literal["model"], LenientLiteral]
    """The object type, which is always "model"."""
    owned_by: str
    """The organization that owns the model."""


class ModifyAssistantParams(BaseModel):
    """The ModifyAssistantParams schema."""

    assistant_id: str


class ModifyAssistantRequest(BaseModel):
    """The ModifyAssistantRequest schema."""

    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    instructions: str | None = None
    """The system instructions that the assistant uses."""
    tool_resources: ModifyAssistantRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    response_format: AssistantsApiResponseFormatOption | None = None
    name: str | None = None
    """The name of the assistant."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    description: str | None = None
    """The description of the assistant."""
    model: str | None = None
    """ID of the model to use."""
    tools: list[ModifyAssistantRequestTools] | None = Field(default=[])
    """A list of tool enabled on the assistant."""


class ModifyAssistantRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools."""

    code_interpreter: ModifyAssistantRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyAssistantRequestToolResourcesFileSearch | None = None


class ModifyAssistantRequestToolResourcesFileSearch(BaseModel):
    """The ModifyAssistantRequestToolResourcesFileSearch schema."""

    vector_store_ids: list[str] | None = None
    """Overrides the vector store attached to this assistant."""


class ModifyMessageParams(BaseModel):
    """The ModifyMessageParams schema."""

    thread_id: str
    message_id: str


class ModifyMessageRequest(BaseModel):
    """The ModifyMessageRequest schema."""

    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""


class ModifyRunParams(BaseModel):
    """The ModifyRunParams schema."""

    thread_id: str
    run_id: str


class ModifyRunRequest(BaseModel):
    """The ModifyRunRequest schema."""

    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""


class ModifyThreadParams(BaseModel):
    """The ModifyThreadParams schema."""

    thread_id: str


class ModifyThreadRequest(BaseModel):
    """The ModifyThreadRequest schema."""

    tool_resources: ModifyThreadRequestToolResources | None = None
    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""


class ModifyThreadRequestToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: ModifyThreadRequestToolResourcesCodeInterpreter | None = None
    file_search: ModifyThreadRequestToolResourcesFileSearch | None = None


class ModifyThreadRequestToolResourcesFileSearch(BaseModel):
    """The ModifyThreadRequestToolResourcesFileSearch schema."""

    vector_store_ids: list[str] | None = None
    """The vector store attached to this thread."""


class ModifyVectorStoreParams(BaseModel):
    """The ModifyVectorStoreParams schema."""

    vector_store_id: str


class OpenAIFile(BaseModel):
    """The File object represents a document that has been uploaded to OpenAI"""

    id: str
    """The file identifier, which can be referenced in the API endpoints."""
    bytes_: int = Field(alias="bytes")
    """The size of the file, in bytes."""
    created_at: int
    """The Unix timestamp (in seconds) for when the file was created."""
    filename: str
    """The name of the file."""
    object: Annotated[Literal["file"], LenientLiteral]
    """The object type, which is always `file`."""
    purpose: Annotated[
        Literal[
            "assistants",
            "assistants_output",
            "batch",
            "batch_output",
            "fine-tune",
            "fine-tune-results",
            "vision",
        ],
        LenientLiteral,
    ]
    """The intended purpose of the file."""
    status: Annotated[Literal["uploaded", "processed", "error"], LenientLiteral]
    """Deprecated."""
    status_details: str | None = None
    """Deprecated."""


class OtherChunkingStrategyResponseParam(BaseModel):
    """This is returned when the chunking strategy is unknown."""

    type: Literal["other"]
    """Always `other`"""


class RetrieveBatchParams(BaseModel):
    """The RetrieveBatchParams schema."""

    batch_id: str


class RetrieveFileParams(BaseModel):
    """The RetrieveFileParams schema."""

    file_id: str


class RetrieveFineTuningJobParams(BaseModel):
    """The RetrieveFineTuningJobParams schema."""

    fine_tuning_job_id: str


class RetrieveModelParams(BaseModel):
    """The RetrieveModelParams schema."""

    model: str


class RunCompletionUsage(BaseModel):
    """Usage statistics related to the run."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run"""
    prompt_tokens: int
    """Number of prompt tokens used over the course of the run"""
    total_tokens: int
    """Total number of tokens used (prompt + completion)"""


class RunObject(BaseModel):
    """Represents an execution run on a thread"""

    cancelled_at: int | None
    """The Unix timestamp (in seconds) for when the run was cancelled"""
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    required_action: RunObjectRequiredAction | None
    usage: RunCompletionUsage | None
    created_at: int
    """The Unix timestamp (in seconds) for when the run was created"""
    tools: list[RunObjectTools] | None = Field(default=[])
    """The list of tools that the assistant used for this run"""
    top_p: float | None = None
    """The nucleus sampling value used for this run."""
    max_completion_tokens: int | None
    """The maximum number of completion tokens specified to have been used over the course of the run"""
    expires_at: int | None
    """The Unix timestamp (in seconds) for when the run will expire"""
    response_format: AssistantsApiResponseFormatOption
    temperature: float | None = None
    """The sampling temperature used for this run."""
    tool_choice: AssistantsApiToolChoiceOption
    id: str
    """The identifier, which can be referenced in API endpoints"""
    last_error: RunObjectLastError | None
    incomplete_details: RunObjectIncompleteDetails | None
    truncation_strategy: TruncationObject
    completed_at: int | None
    """The Unix timestamp (in seconds) for when the run was completed"""
    parallel_tool_calls: ParallelToolCalls
    started_at: int | None
    """The Unix timestamp (in seconds) for when the run was started"""
    failed_at: int | None
    """The Unix timestamp (in seconds) for when the run failed"""
    max_prompt_tokens: int | None
    """The maximum number of prompt tokens specified to have been used over the course of the run"""
    object: Annotated[Literal["thread.run"], LenientLiteral]
    """The object type, which is always `thread.run`"""
    status: Annotated[
        Literal[
            "queued",
            "in_progress",
            "requires_action",
            "cancelling",
            "cancelled",
            "failed",
            "completed",
            "incomplete",
            "expired",
        ],
        LenientLiteral,
    ]
    """The status of the run."""


class RunObjectIncompleteDetails(BaseModel):
    """Details on why the run is incomplete."""

    reason: (
        Annotated[Literal["max_completion_tokens", "max_prompt_tokens"], LenientLiteral]
        | None
    ) = None
    """The reason why the run is incomplete."""


class RunObjectLastError(BaseModel):
    """The last error associated with this run."""

    code: Annotated[
        Literal["server_error", "rate_limit_exceeded", "invalid_prompt"], LenientLiteral
    ]
    """One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`."""
    message: str
    """A human-readable description of the error"""


class RunObjectRequiredAction(BaseModel):
    """Details on the action required to continue the run."""

    submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs
    type: Annotated[Literal["submit_tool_outputs"], LenientLiteral]
    """For now, this is always `submit_tool_outputs`"""


class RunObjectRequiredActionSubmitToolOutputs(BaseModel):
    """Details on the tool outputs needed for this run to continue"""

    tool_calls: list[RunToolCallObject]
    """A list of the relevant tool calls"""


class RunStepCompletionUsage(BaseModel):
    """Usage statistics related to the run step."""

    completion_tokens: int
    """Number of completion tokens used over the course of the run step"""
    prompt_tokens: int
    """Number of prompt tokens used over the course of the run step"""
    total_tokens: int
    """Total number of tokens used (prompt + completion)"""


class RunStepDetailsMessageCreationObject(BaseModel):
    """Details of the message creation by the run step"""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation
    type: Literal["message_creation"]
    """Always `message_creation`"""


class RunStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    """The RunStepDetailsMessageCreationObjectMessageCreation schema."""

    message_id: str
    """The ID of the message that was created by this run step"""


class RunStepDetailsToolCallsCodeObject(BaseModel):
    """Details of the Code Interpreter tool call the run step was involved in"""

    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    id: str
    """The ID of the tool call"""
    type: Literal["code_interpreter"]
    """The type of tool call."""


class RunStepDetailsToolCallsCodeObjectCodeInterpreter(BaseModel):
    """The Code Interpreter tool call definition"""

    outputs: list[RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs]
    """The outputs from the Code Interpreter tool call."""
    input: str
    """The input to the Code Interpreter tool call"""


class RunStepDetailsToolCallsCodeOutputImageObject(BaseModel):
    """The RunStepDetailsToolCallsCodeOutputImageObject schema."""

    type: Literal["image"]
    """Always `image`"""


class RunStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step"""

    type: Literal["logs"]
    """Always `logs`"""
    logs: str
    """The text output from the Code Interpreter tool call"""


class RunStepDetailsToolCallsFileSearchObject(BaseModel):
    """The RunStepDetailsToolCallsFileSearchObject schema."""

    file_search: dict[str, Any]
    """For now, this is always going to be an empty object"""
    id: str
    """The ID of the tool call object"""
    type: Literal["file_search"]
    """The type of tool call."""


class RunStepDetailsToolCallsFunctionObject(BaseModel):
    """The RunStepDetailsToolCallsFunctionObject schema."""

    function: RunStepDetailsToolCallsFunctionObjectFunction
    id: str
    """The ID of the tool call object"""
    type: Literal["function"]
    """The type of tool call."""


class RunStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called"""

    name: str
    """The name of the function"""
    arguments: str
    """The arguments passed to the function"""


class RunStepDetailsToolCallsObject(BaseModel):
    """Details of the tool call"""

    tool_calls: list[RunStepDetailsToolCallsObjectToolCalls]
    """An array of tool calls the run step was involved in."""
    type: Literal["tool_calls"]
    """Always `tool_calls`"""


class RunStepObject(BaseModel):
    """Represents a step in execution of a run"""

    cancelled_at: int | None
    """The Unix timestamp (in seconds) for when the run step was cancelled"""
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    usage: RunStepCompletionUsage | None
    created_at: int
    """The Unix timestamp (in seconds) for when the run step was created"""
    expired_at: int | None
    """The Unix timestamp (in seconds) for when the run step expired."""
    type: Annotated[Literal["message_creation", "tool_calls"], LenientLiteral]
    """The type of run step, which can be either `message_creation` or `tool_calls`."""
    step_details: Annotated[
        RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject,
        Field(discriminator="type"),
        LenientUnion,
    ]
    """The details of the run step"""
    completed_at: int | None
    """The Unix timestamp (in seconds) for when the run step completed"""
    id: str
    """The identifier of the run step, which can be referenced in API endpoints"""
    last_error: RunStepObjectLastError | None
    failed_at: int | None
    """The Unix timestamp (in seconds) for when the run step failed"""
    object: Annotated[Literal["thread.run.step"], LenientLiteral]
    """The object type, which is always `thread.run.step`"""
    status: Annotated[
        Literal["in_progress", "cancelled", "failed", "completed", "expired"],
        LenientLiteral,
    ]
    """The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`."""


class RunStepObjectLastError(BaseModel):
    """The last error associated with this run step."""

    code: Annotated[Literal["server_error", "rate_limit_exceeded"], LenientLiteral]
    """One of `server_error` or `rate_limit_exceeded`."""
    message: str
    """A human-readable description of the error"""


class RunToolCallObject(BaseModel):
    """Tool call objects"""

    function: RunToolCallObjectFunction
    id: str
    """The ID of the tool call."""
    type: Annotated[Literal["function"], LenientLiteral]
    """The type of tool call the output is required for."""


class RunToolCallObjectFunction(BaseModel):
    """The function definition"""

    name: str
    """The name of the function"""
    arguments: str
    """The arguments that the model expects you to pass to the function"""


class StaticChunkingStrategy(BaseModel):
    """The StaticChunkingStrategy schema."""

    max_chunk_size_tokens: int
    """The maximum number of tokens in each chunk."""
    chunk_overlap_tokens: int
    """The number of tokens that overlap between chunks."""


class StaticChunkingStrategyRequestParam(BaseModel):
    """The StaticChunkingStrategyRequestParam schema."""

    static: StaticChunkingStrategy
    type: Literal["static"]
    """Always `static`"""


class StaticChunkingStrategyResponseParam(BaseModel):
    """The StaticChunkingStrategyResponseParam schema."""

    static: StaticChunkingStrategy
    type: Literal["static"]
    """Always `static`"""


class SubmitToolOuputsToRunParams(BaseModel):
    """The SubmitToolOuputsToRunParams schema."""

    thread_id: str
    run_id: str


class SubmitToolOutputsRunRequest(BaseModel):
    """The SubmitToolOutputsRunRequest schema."""

    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputs]
    """A list of tools for which the outputs are being submitted"""


class SubmitToolOutputsRunRequestToolOutputs(BaseModel):
    """The SubmitToolOutputsRunRequestToolOutputs schema."""

    output: str | None = None
    """The output of the tool call to be submitted to continue the run"""
    tool_call_id: str | None = None
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""


class ThreadObject(BaseModel):
    """Represents a thread that contains messages"""

    tool_resources: ThreadObjectToolResources | None
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    created_at: int
    """The Unix timestamp (in seconds) for when the thread was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["thread"], LenientLiteral]
    """The object type, which is always `thread`"""


class ThreadObjectToolResources(BaseModel):
    """A set of resources that are made available to the assistant's tools in this thread."""

    code_interpreter: ThreadObjectToolResourcesCodeInterpreter | None = None
    file_search: ThreadObjectToolResourcesFileSearch | None = None


class ThreadObjectToolResourcesFileSearch(BaseModel):
    """The ThreadObjectToolResourcesFileSearch schema."""

    vector_store_ids: list[str] | None = None
    """The vector store attached to this thread."""


class TranscriptionSegment(BaseModel):
    """The TranscriptionSegment schema."""

    start: float
    """Start time of the segment in seconds"""
    temperature: float
    """Temperature parameter used for generating the segment"""
    avg_logprob: float
    """Average logprob of the segment."""
    no_speech_prob: float
    """Probability of no speech in the segment."""
    end: float
    """End time of the segment in seconds"""
    tokens: list[int]
    """Array of token IDs for the text content"""
    id: int
    """Unique identifier of the segment"""
    text: str
    """Text content of the segment"""
    seek: int
    """Seek offset of the segment"""
    compression_ratio: float
    """Compression ratio of the segment."""


class TranscriptionWord(BaseModel):
    """The TranscriptionWord schema."""

    start: float
    """Start time of the word in seconds"""
    end: float
    """End time of the word in seconds"""
    word: str
    """The text content of the word"""


class TruncationObject(BaseModel):
    """Controls for how a thread will be truncated prior to the run."""

    last_messages: int | None = None
    """The number of most recent messages from the thread when constructing the context for the run"""
    type: Annotated[Literal["auto", "last_messages"], LenientLiteral]
    """The truncation strategy to use for the thread."""


class UpdateVectorStoreRequest(BaseModel):
    """The UpdateVectorStoreRequest schema."""

    metadata: dict[str, Any] | None = None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_after: VectorStoreExpirationAfter | None = None
    name: str | None = None
    """The name of the vector store"""


class Upload(BaseModel):
    """The Upload object can accept byte chunks in the form of Parts"""

    filename: str
    """The name of the file to be uploaded"""
    expires_at: int
    """The Unix timestamp (in seconds) for when the Upload was created"""
    file: OpenAIFile | None = None
    purpose: str
    """The intended purpose of the file."""
    bytes_: int = Field(alias="bytes")
    """The intended number of bytes to be uploaded"""
    created_at: int
    """The Unix timestamp (in seconds) for when the Upload was created"""
    id: str
    """The Upload unique identifier, which can be referenced in API endpoints"""
    status: Annotated[
        Literal["pending", "completed", "cancelled", "expired"], LenientLiteral
    ]
    """The status of the Upload"""
    object: Annotated[Literal["upload"], LenientLiteral] | None = None
    """The object type, which is always "upload" """


class UploadPart(BaseModel):
    """The upload Part represents a chunk of bytes we can add to an Upload object"""

    upload_id: str
    """The ID of the Upload object that this Part was added to"""
    created_at: int
    """The Unix timestamp (in seconds) for when the Part was created"""
    id: str
    """The upload Part unique identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["upload.part"], LenientLiteral]
    """The object type, which is always `upload.part`"""


class VectorStoreExpirationAfter(BaseModel):
    """The expiration policy for a vector store"""

    anchor: Annotated[Literal["last_active_at"], LenientLiteral]
    """Anchor timestamp after which the expiration policy applies."""
    days: int
    """The number of days after the anchor time that the vector store will expire"""


class VectorStoreFileBatchObject(BaseModel):
    """A batch of files attached to a vector store"""

    file_counts: VectorStoreFileBatchObjectFileCounts
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store files batch was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["vector_store.files_batch"], LenientLiteral]
    """The object type, which is always `vector_store.file_batch`"""
    vector_store_id: str
    """The ID of the vector store that the File is attached to"""
    status: Annotated[
        Literal["in_progress", "completed", "cancelled", "failed"], LenientLiteral
    ]
    """The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or `failed`."""


class VectorStoreFileBatchObjectFileCounts(BaseModel):
    """The VectorStoreFileBatchObjectFileCounts schema."""

    in_progress: int
    """The number of files that are currently being processed"""
    total: int
    """The total number of files"""
    cancelled: int
    """The number of files that where cancelled"""
    completed: int
    """The number of files that have been processed"""
    failed: int
    """The number of files that have failed to process"""


class VectorStoreFileObject(BaseModel):
    """A list of files attached to a vector store"""

    chunking_strategy: (
        Annotated[
            StaticChunkingStrategyResponseParam | OtherChunkingStrategyResponseParam,
            Field(discriminator="type"),
            LenientUnion,
        ]
        | None
    ) = None
    """The strategy used to chunk the file"""
    usage_bytes: int
    """The total vector store usage in bytes."""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store file was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    last_error: VectorStoreFileObjectLastError | None
    object: Annotated[Literal["vector_store.file"], LenientLiteral]
    """The object type, which is always `vector_store.file`"""
    vector_store_id: str
    """The ID of the vector store that the File is attached to"""
    status: Annotated[
        Literal["in_progress", "completed", "cancelled", "failed"], LenientLiteral
    ]
    """The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or `failed`."""


class VectorStoreFileObjectLastError(BaseModel):
    """The last error associated with this vector store file."""

    code: Annotated[
        Literal[
            "internal_error", "file_not_found", "parsing_error", "unhandled_mime_type"
        ],
        LenientLiteral,
    ]
    """One of `server_error` or `rate_limit_exceeded`."""
    message: str
    """A human-readable description of the error"""


class VectorStoreObject(BaseModel):
    """A vector store is a collection of processed files can be used by the file_search tool"""

    file_counts: VectorStoreObjectFileCounts
    metadata: dict[str, Any] | None
    """Set of 16 key-value pairs that can be attached to an object."""
    expires_at: int | None = None
    """The Unix timestamp (in seconds) for when the vector store will expire"""
    expires_after: VectorStoreExpirationAfter | None = None
    last_active_at: int | None
    """The Unix timestamp (in seconds) for when the vector store was last active"""
    usage_bytes: int
    """The total number of bytes used by the files in the vector store"""
    name: str
    """The name of the vector store"""
    created_at: int
    """The Unix timestamp (in seconds) for when the vector store was created"""
    id: str
    """The identifier, which can be referenced in API endpoints"""
    object: Annotated[Literal["vector_store"], LenientLiteral]
    """The object type, which is always `vector_store`"""
    status: Annotated[Literal["expired", "in_progress", "completed"], LenientLiteral]
    """The status of the vector store, which can be either `expired`, `in_progress`, or `completed`."""


class VectorStoreObjectFileCounts(BaseModel):
    """The VectorStoreObjectFileCounts schema."""

    in_progress: int
    """The number of files that are currently being processed"""
    total: int
    """The total number of files"""
    cancelled: int
    """The number of files that were cancelled"""
    completed: int
    """The number of files that have been successfully processed"""
    failed: int
    """The number of files that have failed to process"""


AssistantObjectToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]


AssistantObjectTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]


# auto is the default value
AssistantsApiResponseFormatOptionOneOf1: TypeAlias = Annotated[
    Literal["auto"], LenientLiteral
]


# Specifies the format that the model must output.
AssistantsApiResponseFormatOption: TypeAlias = (
    AssistantsApiResponseFormatOptionOneOf1 | AssistantsApiResponseFormat
)


# none means the model will not call any tools and instead generates a message. auto means the model can pick between generating a message or calling one or more tools. required means the model must call one or more tools before responding to the user
AssistantsApiToolChoiceOptionOneOf1: TypeAlias = Annotated[
    Literal["none", "auto", "required"], LenientLiteral
]


# Controls which (if any) tool is called by the model.
AssistantsApiToolChoiceOption: TypeAlias = (
    AssistantsApiToolChoiceOptionOneOf1 | AssistantsNamedToolChoice
)


# The tool calls generated by the model, such as function calls
ChatCompletionMessageToolCalls: TypeAlias = list[ChatCompletionMessageToolCall]


ChatCompletionRequestMessage: TypeAlias = Annotated[
    ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage,
    Field(discriminator="role"),
    LenientUnion,
]


ChatCompletionRequestMessageContentPart: TypeAlias = Annotated[
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImage,
    Field(discriminator="type"),
    LenientUnion,
]


# none means the model will not call any tool and instead generates a message. auto means the model can pick between generating a message or calling one or more tools. required means the model must call one or more tools
ChatCompletionToolChoiceOptionOneOf1: TypeAlias = Annotated[
    Literal["none", "auto", "required"], LenientLiteral
]


# Controls which (if any) tool is called by the model.
ChatCompletionToolChoiceOption: TypeAlias = (
    ChatCompletionToolChoiceOptionOneOf1 | ChatCompletionNamedToolChoice
)


# The chunking strategy used to chunk the file(s).
ChunkingStrategyRequestParam: TypeAlias = Annotated[
    AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam,
    Field(discriminator="type"),
    LenientUnion,
]


CreateAssistantRequestToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]


# Any JSON value (the seed lists this as an anydata type without members).
CreateAssistantRequestToolResourcesFileSearch: TypeAlias = Any


CreateAssistantRequestTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]


CreateMessageRequestTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearchTypeOnly,
    Field(discriminator="type"),
    LenientUnion,
]


CreateRunRequestTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]


CreateThreadAndRunRequestToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]


CreateThreadAndRunRequestTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]


CreateThreadRequestToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]


# Any JSON value (the seed lists this as an anydata type without members).
CreateThreadRequestToolResourcesFileSearch: TypeAlias = Any


CreateTranscriptionResponse: TypeAlias = (
    CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson
)


CreateTranslationResponse: TypeAlias = (
    CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
)


FineTuningJobIntegrations: TypeAlias = FineTuningIntegration


# The parameters the functions accepts, described as a JSON Schema object.
FunctionParameters: TypeAlias = dict[str, Any]


InputItemsArray: TypeAlias = list[int]


MessageContentTextObjectTextAnnotations: TypeAlias = Annotated[
    MessageContentTextAnnotationsFileCitationObject
    | MessageContentTextAnnotationsFilePathObject,
    Field(discriminator="type"),
    LenientUnion,
]


MessageObjectContent: TypeAlias = Annotated[
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentTextObject,
    Field(discriminator="type"),
    LenientUnion,
]


MessageObjectTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearchTypeOnly,
    Field(discriminator="type"),
    LenientUnion,
]


ModifyAssistantRequestToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]


ModifyAssistantRequestTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]


ModifyThreadRequestToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]


# Whether to enable parallel function calling during tool use
ParallelToolCalls: TypeAlias = bool


PromptItemsArray: TypeAlias = list[int]


RunObjectTools: TypeAlias = Annotated[
    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction,
    Field(discriminator="type"),
    LenientUnion,
]


RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs: TypeAlias = Annotated[
    RunStepDetailsToolCallsCodeOutputLogsObject
    | RunStepDetailsToolCallsCodeOutputImageObject,
    Field(discriminator="type"),
    LenientUnion,
]


RunStepDetailsToolCallsCodeOutputImageObjectImage: TypeAlias = dict[str, Any]


RunStepDetailsToolCallsObjectToolCalls: TypeAlias = Annotated[
    RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject,
    Field(discriminator="type"),
    LenientUnion,
]


ThreadObjectToolResourcesCodeInterpreter: TypeAlias = dict[str, Any]
