"""Models of OpenAI API (ballerinax/openai.audio connector surface) 3.0.0: one public name per schema.

Each loads on first use, with only the models it refers to.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_upload_part_request import AddUploadPartRequest
    from .assistant_object import AssistantObject
    from .assistant_object_tool_resources import AssistantObjectToolResources
    from .assistant_object_tool_resources_code_interpreter import (
        AssistantObjectToolResourcesCodeInterpreter,
    )
    from .assistant_object_tool_resources_file_search import (
        AssistantObjectToolResourcesFileSearch,
    )
    from .assistant_object_tools import AssistantObjectTools
    from .assistant_tools_code import AssistantToolsCode
    from .assistant_tools_file_search import AssistantToolsFileSearch
    from .assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )
    from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
    from .assistant_tools_function import AssistantToolsFunction
    from .assistants_api_response_format import AssistantsApiResponseFormat
    from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
    from .assistants_api_response_format_option_one_of_1 import (
        AssistantsApiResponseFormatOptionOneOf1,
    )
    from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
    from .assistants_api_tool_choice_option_one_of_1 import (
        AssistantsApiToolChoiceOptionOneOf1,
    )
    from .assistants_delete_params import AssistantsDeleteParams
    from .assistants_list_params import AssistantsListParams
    from .assistants_named_tool_choice import AssistantsNamedToolChoice
    from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
    from .assistants_retrieve_params import AssistantsRetrieveParams
    from .assistants_update_params import AssistantsUpdateParams
    from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from .batch import Batch
    from .batch_errors import BatchErrors
    from .batch_errors_data import BatchErrorsData
    from .batch_request_counts import BatchRequestCounts
    from .batches_body import BatchesBody
    from .batches_cancel_params import BatchesCancelParams
    from .batches_list_params import BatchesListParams
    from .batches_retrieve_params import BatchesRetrieveParams
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )
    from .chat_completion_message_tool_calls import ChatCompletionMessageToolCalls
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from .chat_completion_request_assistant_message_function_call import (
        ChatCompletionRequestAssistantMessageFunctionCall,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from .chat_completion_request_message import ChatCompletionRequestMessage
    from .chat_completion_request_message_content_part import (
        ChatCompletionRequestMessageContentPart,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from .chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessage,
    )
    from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_response_message_function_call import (
        ChatCompletionResponseMessageFunctionCall,
    )
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_token_logprob_top_logprobs import (
        ChatCompletionTokenLogprobTopLogprobs,
    )
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption
    from .chat_completion_tool_choice_option_one_of_1 import (
        ChatCompletionToolChoiceOptionOneOf1,
    )
    from .chunking_strategy_request_param import ChunkingStrategyRequestParam
    from .complete_upload_request import CompleteUploadRequest
    from .completion_usage import CompletionUsage
    from .create_assistant_request import CreateAssistantRequest
    from .create_assistant_request_tool_resources import (
        CreateAssistantRequestToolResources,
    )
    from .create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,
    )
    from .create_assistant_request_tool_resources_file_search import (
        CreateAssistantRequestToolResourcesFileSearch,
    )
    from .create_assistant_request_tools import CreateAssistantRequestTools
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_response_format import (
        CreateChatCompletionRequestResponseFormat,
    )
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_response_choices import (
        CreateChatCompletionResponseChoices,
    )
    from .create_chat_completion_response_logprobs import (
        CreateChatCompletionResponseLogprobs,
    )
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_response_choices import CreateCompletionResponseChoices
    from .create_completion_response_logprobs import CreateCompletionResponseLogprobs
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_embedding_response_usage import CreateEmbeddingResponseUsage
    from .create_file_request import CreateFileRequest
    from .create_fine_tuning_job_request import CreateFineTuningJobRequest
    from .create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from .create_fine_tuning_job_request_integrations import (
        CreateFineTuningJobRequestIntegrations,
    )
    from .create_fine_tuning_job_request_wandb import CreateFineTuningJobRequestWandb
    from .create_image_edit_request import CreateImageEditRequest
    from .create_image_request import CreateImageRequest
    from .create_image_variation_request import CreateImageVariationRequest
    from .create_message_request import CreateMessageRequest
    from .create_message_request_attachments import CreateMessageRequestAttachments
    from .create_message_request_tools import CreateMessageRequestTools
    from .create_moderation_request import CreateModerationRequest
    from .create_moderation_response import CreateModerationResponse
    from .create_moderation_response_categories import (
        CreateModerationResponseCategories,
    )
    from .create_moderation_response_category_scores import (
        CreateModerationResponseCategoryScores,
    )
    from .create_moderation_response_results import CreateModerationResponseResults
    from .create_run_request import CreateRunRequest
    from .create_run_request_tools import CreateRunRequestTools
    from .create_speech_request import CreateSpeechRequest
    from .create_thread_and_run_request import CreateThreadAndRunRequest
    from .create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources,
    )
    from .create_thread_and_run_request_tool_resources_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesCodeInterpreter,
    )
    from .create_thread_and_run_request_tool_resources_file_search import (
        CreateThreadAndRunRequestToolResourcesFileSearch,
    )
    from .create_thread_and_run_request_tools import CreateThreadAndRunRequestTools
    from .create_thread_request import CreateThreadRequest
    from .create_thread_request_tool_resources import CreateThreadRequestToolResources
    from .create_thread_request_tool_resources_code_interpreter import (
        CreateThreadRequestToolResourcesCodeInterpreter,
    )
    from .create_thread_request_tool_resources_file_search import (
        CreateThreadRequestToolResourcesFileSearch,
    )
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_response import CreateTranscriptionResponse
    from .create_transcription_response_json import CreateTranscriptionResponseJson
    from .create_transcription_response_verbose_json import (
        CreateTranscriptionResponseVerboseJson,
    )
    from .create_translation_request import CreateTranslationRequest
    from .create_translation_response import CreateTranslationResponse
    from .create_translation_response_json import CreateTranslationResponseJson
    from .create_translation_response_verbose_json import (
        CreateTranslationResponseVerboseJson,
    )
    from .create_upload_request import CreateUploadRequest
    from .create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequest,
    )
    from .create_vector_store_file_request import CreateVectorStoreFileRequest
    from .create_vector_store_request import CreateVectorStoreRequest
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_message_response import DeleteMessageResponse
    from .delete_model_response import DeleteModelResponse
    from .delete_thread_response import DeleteThreadResponse
    from .delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from .delete_vector_store_response import DeleteVectorStoreResponse
    from .embedding import Embedding
    from .files_content_params import FilesContentParams
    from .files_delete_params import FilesDeleteParams
    from .files_list_params import FilesListParams
    from .files_retrieve_params import FilesRetrieveParams
    from .fine_tuning_integration import FineTuningIntegration
    from .fine_tuning_integration_wandb import FineTuningIntegrationWandb
    from .fine_tuning_job import FineTuningJob
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint
    from .fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics
    from .fine_tuning_job_error import FineTuningJobError
    from .fine_tuning_job_event import FineTuningJobEvent
    from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from .fine_tuning_job_integrations import FineTuningJobIntegrations
    from .fine_tuning_jobs_cancel_params import FineTuningJobsCancelParams
    from .fine_tuning_jobs_checkpoints_params import FineTuningJobsCheckpointsParams
    from .fine_tuning_jobs_events_params import FineTuningJobsEventsParams
    from .fine_tuning_jobs_list_params import FineTuningJobsListParams
    from .fine_tuning_jobs_retrieve_params import FineTuningJobsRetrieveParams
    from .function_object import FunctionObject
    from .function_parameters import FunctionParameters
    from .image import Image
    from .images_response import ImagesResponse
    from .input_items_array import InputItemsArray
    from .list_assistants_response import ListAssistantsResponse
    from .list_batches_response import ListBatchesResponse
    from .list_files_response import ListFilesResponse
    from .list_fine_tuning_job_checkpoints_response import (
        ListFineTuningJobCheckpointsResponse,
    )
    from .list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
    from .list_messages_response import ListMessagesResponse
    from .list_models_response import ListModelsResponse
    from .list_paginated_fine_tuning_jobs_response import (
        ListPaginatedFineTuningJobsResponse,
    )
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_response import ListRunsResponse
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_response import ListVectorStoresResponse
    from .message_content_image_file_object import MessageContentImageFileObject
    from .message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )
    from .message_content_image_url_object import MessageContentImageUrlObject
    from .message_content_image_url_object_image_url import (
        MessageContentImageUrlObjectImageUrl,
    )
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
    )
    from .message_content_text_annotations_file_citation_object_amnghooifd import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
    )
    from .message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_object import MessageContentTextObject
    from .message_content_text_object_text import MessageContentTextObjectText
    from .message_content_text_object_text_annotations import (
        MessageContentTextObjectTextAnnotations,
    )
    from .message_object import MessageObject
    from .message_object_attachments import MessageObjectAttachments
    from .message_object_content import MessageObjectContent
    from .message_object_incomplete_details import MessageObjectIncompleteDetails
    from .message_object_tools import MessageObjectTools
    from .message_request_content_text_object import MessageRequestContentTextObject
    from .model import Model
    from .models_delete_params import ModelsDeleteParams
    from .models_retrieve_params import ModelsRetrieveParams
    from .modify_assistant_request import ModifyAssistantRequest
    from .modify_assistant_request_tool_resources import (
        ModifyAssistantRequestToolResources,
    )
    from .modify_assistant_request_tool_resources_code_interpreter import (
        ModifyAssistantRequestToolResourcesCodeInterpreter,
    )
    from .modify_assistant_request_tool_resources_file_search import (
        ModifyAssistantRequestToolResourcesFileSearch,
    )
    from .modify_assistant_request_tools import ModifyAssistantRequestTools
    from .modify_message_request import ModifyMessageRequest
    from .modify_run_request import ModifyRunRequest
    from .modify_thread_request import ModifyThreadRequest
    from .modify_thread_request_tool_resources import ModifyThreadRequestToolResources
    from .modify_thread_request_tool_resources_code_interpreter import (
        ModifyThreadRequestToolResourcesCodeInterpreter,
    )
    from .modify_thread_request_tool_resources_file_search import (
        ModifyThreadRequestToolResourcesFileSearch,
    )
    from .open_ai_file import OpenAIFile
    from .other_chunking_strategy_response_param import (
        OtherChunkingStrategyResponseParam,
    )
    from .parallel_tool_calls import ParallelToolCalls
    from .prompt_items_array import PromptItemsArray
    from .run_completion_usage import RunCompletionUsage
    from .run_object import RunObject
    from .run_object_incomplete_details import RunObjectIncompleteDetails
    from .run_object_last_error import RunObjectLastError
    from .run_object_required_action import RunObjectRequiredAction
    from .run_object_required_action_submit_tool_outputs import (
        RunObjectRequiredActionSubmitToolOutputs,
    )
    from .run_object_tools import RunObjectTools
    from .run_step_completion_usage import RunStepCompletionUsage
    from .run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from .run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_object_code_interpreter_outputs import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
    )
    from .run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from .run_step_details_tool_calls_object_tool_calls import (
        RunStepDetailsToolCallsObjectToolCalls,
    )
    from .run_step_object import RunStepObject
    from .run_step_object_last_error import RunStepObjectLastError
    from .run_tool_call_object import RunToolCallObject
    from .run_tool_call_object_function import RunToolCallObjectFunction
    from .static_chunking_strategy import StaticChunkingStrategy
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from .static_chunking_strategy_response_param import (
        StaticChunkingStrategyResponseParam,
    )
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from .submit_tool_outputs_run_request_tool_outputs import (
        SubmitToolOutputsRunRequestToolOutputs,
    )
    from .thread_object import ThreadObject
    from .thread_object_tool_resources import ThreadObjectToolResources
    from .thread_object_tool_resources_code_interpreter import (
        ThreadObjectToolResourcesCodeInterpreter,
    )
    from .thread_object_tool_resources_file_search import (
        ThreadObjectToolResourcesFileSearch,
    )
    from .threads_delete_params import ThreadsDeleteParams
    from .threads_messages_create_params import ThreadsMessagesCreateParams
    from .threads_messages_delete_params import ThreadsMessagesDeleteParams
    from .threads_messages_list_params import ThreadsMessagesListParams
    from .threads_messages_retrieve_params import ThreadsMessagesRetrieveParams
    from .threads_messages_update_params import ThreadsMessagesUpdateParams
    from .threads_retrieve_params import ThreadsRetrieveParams
    from .threads_runs_cancel_params import ThreadsRunsCancelParams
    from .threads_runs_create_run_params import ThreadsRunsCreateRunParams
    from .threads_runs_list_params import ThreadsRunsListParams
    from .threads_runs_retrieve_params import ThreadsRunsRetrieveParams
    from .threads_runs_steps_list_params import ThreadsRunsStepsListParams
    from .threads_runs_steps_retrieve_params import ThreadsRunsStepsRetrieveParams
    from .threads_runs_submit_tool_outputs_params import (
        ThreadsRunsSubmitToolOutputsParams,
    )
    from .threads_runs_update_params import ThreadsRunsUpdateParams
    from .threads_update_params import ThreadsUpdateParams
    from .transcription_segment import TranscriptionSegment
    from .transcription_word import TranscriptionWord
    from .truncation_object import TruncationObject
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .upload import Upload
    from .upload_part import UploadPart
    from .uploads_cancel_params import UploadsCancelParams
    from .uploads_complete_params import UploadsCompleteParams
    from .uploads_parts_params import UploadsPartsParams
    from .vector_store_expiration_after import VectorStoreExpirationAfter
    from .vector_store_file_batch_object import VectorStoreFileBatchObject
    from .vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )
    from .vector_store_file_object import VectorStoreFileObject
    from .vector_store_file_object_last_error import VectorStoreFileObjectLastError
    from .vector_store_object import VectorStoreObject
    from .vector_store_object_file_counts import VectorStoreObjectFileCounts
    from .vector_stores_delete_params import VectorStoresDeleteParams
    from .vector_stores_file_batches_cancel_params import (
        VectorStoresFileBatchesCancelParams,
    )
    from .vector_stores_file_batches_create_params import (
        VectorStoresFileBatchesCreateParams,
    )
    from .vector_stores_file_batches_files_params import (
        VectorStoresFileBatchesFilesParams,
    )
    from .vector_stores_file_batches_retrieve_params import (
        VectorStoresFileBatchesRetrieveParams,
    )
    from .vector_stores_files_create_params import VectorStoresFilesCreateParams
    from .vector_stores_files_delete_params import VectorStoresFilesDeleteParams
    from .vector_stores_files_list_params import VectorStoresFilesListParams
    from .vector_stores_files_retrieve_params import VectorStoresFilesRetrieveParams
    from .vector_stores_list_params import VectorStoresListParams
    from .vector_stores_retrieve_params import VectorStoresRetrieveParams
    from .vector_stores_update_params import VectorStoresUpdateParams

__all__: list[str] = [
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
    "AssistantsDeleteParams",
    "AssistantsListParams",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsRetrieveParams",
    "AssistantsUpdateParams",
    "AutoChunkingStrategyRequestParam",
    "Batch",
    "BatchErrors",
    "BatchErrorsData",
    "BatchRequestCounts",
    "BatchesBody",
    "BatchesCancelParams",
    "BatchesListParams",
    "BatchesRetrieveParams",
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
    "CreateMessageRequest",
    "CreateMessageRequestAttachments",
    "CreateMessageRequestTools",
    "CreateModerationRequest",
    "CreateModerationResponse",
    "CreateModerationResponseCategories",
    "CreateModerationResponseCategoryScores",
    "CreateModerationResponseResults",
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
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "DeleteAssistantResponse",
    "DeleteFileResponse",
    "DeleteMessageResponse",
    "DeleteModelResponse",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreResponse",
    "Embedding",
    "FilesContentParams",
    "FilesDeleteParams",
    "FilesListParams",
    "FilesRetrieveParams",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobHyperparameters",
    "FineTuningJobIntegrations",
    "FineTuningJobsCancelParams",
    "FineTuningJobsCheckpointsParams",
    "FineTuningJobsEventsParams",
    "FineTuningJobsListParams",
    "FineTuningJobsRetrieveParams",
    "FunctionObject",
    "FunctionParameters",
    "Image",
    "ImagesResponse",
    "InputItemsArray",
    "ListAssistantsResponse",
    "ListBatchesResponse",
    "ListFilesResponse",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListVectorStoreFilesResponse",
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
    "ModelsDeleteParams",
    "ModelsRetrieveParams",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestToolResources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter",
    "ModifyAssistantRequestToolResourcesFileSearch",
    "ModifyAssistantRequestTools",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "ModifyThreadRequestToolResources",
    "ModifyThreadRequestToolResourcesCodeInterpreter",
    "ModifyThreadRequestToolResourcesFileSearch",
    "OpenAIFile",
    "OtherChunkingStrategyResponseParam",
    "ParallelToolCalls",
    "PromptItemsArray",
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
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestToolOutputs",
    "ThreadObject",
    "ThreadObjectToolResources",
    "ThreadObjectToolResourcesCodeInterpreter",
    "ThreadObjectToolResourcesFileSearch",
    "ThreadsDeleteParams",
    "ThreadsMessagesCreateParams",
    "ThreadsMessagesDeleteParams",
    "ThreadsMessagesListParams",
    "ThreadsMessagesRetrieveParams",
    "ThreadsMessagesUpdateParams",
    "ThreadsRetrieveParams",
    "ThreadsRunsCancelParams",
    "ThreadsRunsCreateRunParams",
    "ThreadsRunsListParams",
    "ThreadsRunsRetrieveParams",
    "ThreadsRunsStepsListParams",
    "ThreadsRunsStepsRetrieveParams",
    "ThreadsRunsSubmitToolOutputsParams",
    "ThreadsRunsUpdateParams",
    "ThreadsUpdateParams",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationObject",
    "UpdateVectorStoreRequest",
    "Upload",
    "UploadPart",
    "UploadsCancelParams",
    "UploadsCompleteParams",
    "UploadsPartsParams",
    "VectorStoreExpirationAfter",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastError",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoresDeleteParams",
    "VectorStoresFileBatchesCancelParams",
    "VectorStoresFileBatchesCreateParams",
    "VectorStoresFileBatchesFilesParams",
    "VectorStoresFileBatchesRetrieveParams",
    "VectorStoresFilesCreateParams",
    "VectorStoresFilesDeleteParams",
    "VectorStoresFilesListParams",
    "VectorStoresFilesRetrieveParams",
    "VectorStoresListParams",
    "VectorStoresRetrieveParams",
    "VectorStoresUpdateParams",
]

_MODULES: dict[str, str] = {
    "AddUploadPartRequest": "add_upload_part_request",
    "AssistantObject": "assistant_object",
    "AssistantObjectToolResources": "assistant_object_tool_resources",
    "AssistantObjectToolResourcesCodeInterpreter": "assistant_object_tool_resources_code_interpreter",
    "AssistantObjectToolResourcesFileSearch": "assistant_object_tool_resources_file_search",
    "AssistantObjectTools": "assistant_object_tools",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantsApiResponseFormat": "assistants_api_response_format",
    "AssistantsApiResponseFormatOption": "assistants_api_response_format_option",
    "AssistantsApiResponseFormatOptionOneOf1": "assistants_api_response_format_option_one_of_1",
    "AssistantsApiToolChoiceOption": "assistants_api_tool_choice_option",
    "AssistantsApiToolChoiceOptionOneOf1": "assistants_api_tool_choice_option_one_of_1",
    "AssistantsDeleteParams": "assistants_delete_params",
    "AssistantsListParams": "assistants_list_params",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "AssistantsRetrieveParams": "assistants_retrieve_params",
    "AssistantsUpdateParams": "assistants_update_params",
    "AutoChunkingStrategyRequestParam": "auto_chunking_strategy_request_param",
    "Batch": "batch",
    "BatchErrors": "batch_errors",
    "BatchErrorsData": "batch_errors_data",
    "BatchRequestCounts": "batch_request_counts",
    "BatchesBody": "batches_body",
    "BatchesCancelParams": "batches_cancel_params",
    "BatchesListParams": "batches_list_params",
    "BatchesRetrieveParams": "batches_retrieve_params",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCalls": "chat_completion_message_tool_calls",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceFunction": "chat_completion_named_tool_choice_function",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageFunctionCall": "chat_completion_request_assistant_message_function_call",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestMessage": "chat_completion_request_message",
    "ChatCompletionRequestMessageContentPart": "chat_completion_request_message_content_part",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageImageUrl": "chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionResponseMessageFunctionCall": "chat_completion_response_message_function_call",
    "ChatCompletionStreamOptions": "chat_completion_stream_options",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobs": "chat_completion_token_logprob_top_logprobs",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOption": "chat_completion_tool_choice_option",
    "ChatCompletionToolChoiceOptionOneOf1": "chat_completion_tool_choice_option_one_of_1",
    "ChunkingStrategyRequestParam": "chunking_strategy_request_param",
    "CompleteUploadRequest": "complete_upload_request",
    "CompletionUsage": "completion_usage",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestToolResources": "create_assistant_request_tool_resources",
    "CreateAssistantRequestToolResourcesCodeInterpreter": "create_assistant_request_tool_resources_code_interpreter",
    "CreateAssistantRequestToolResourcesFileSearch": "create_assistant_request_tool_resources_file_search",
    "CreateAssistantRequestTools": "create_assistant_request_tools",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestResponseFormat": "create_chat_completion_request_response_format",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoices": "create_chat_completion_response_choices",
    "CreateChatCompletionResponseLogprobs": "create_chat_completion_response_logprobs",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoices": "create_completion_response_choices",
    "CreateCompletionResponseLogprobs": "create_completion_response_logprobs",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateFileRequest": "create_file_request",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparameters": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestIntegrations": "create_fine_tuning_job_request_integrations",
    "CreateFineTuningJobRequestWandb": "create_fine_tuning_job_request_wandb",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageRequest": "create_image_request",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestAttachments": "create_message_request_attachments",
    "CreateMessageRequestTools": "create_message_request_tools",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationResponse": "create_moderation_response",
    "CreateModerationResponseCategories": "create_moderation_response_categories",
    "CreateModerationResponseCategoryScores": "create_moderation_response_category_scores",
    "CreateModerationResponseResults": "create_moderation_response_results",
    "CreateRunRequest": "create_run_request",
    "CreateRunRequestTools": "create_run_request_tools",
    "CreateSpeechRequest": "create_speech_request",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResources": "create_thread_and_run_request_tool_resources",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreter": "create_thread_and_run_request_tool_resources_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearch": "create_thread_and_run_request_tool_resources_file_search",
    "CreateThreadAndRunRequestTools": "create_thread_and_run_request_tools",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestToolResources": "create_thread_request_tool_resources",
    "CreateThreadRequestToolResourcesCodeInterpreter": "create_thread_request_tool_resources_code_interpreter",
    "CreateThreadRequestToolResourcesFileSearch": "create_thread_request_tool_resources_file_search",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionResponse": "create_transcription_response",
    "CreateTranscriptionResponseJson": "create_transcription_response_json",
    "CreateTranscriptionResponseVerboseJson": "create_transcription_response_verbose_json",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationResponse": "create_translation_response",
    "CreateTranslationResponseJson": "create_translation_response_json",
    "CreateTranslationResponseVerboseJson": "create_translation_response_verbose_json",
    "CreateUploadRequest": "create_upload_request",
    "CreateVectorStoreFileBatchRequest": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": "create_vector_store_file_request",
    "CreateVectorStoreRequest": "create_vector_store_request",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteFileResponse": "delete_file_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteModelResponse": "delete_model_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeleteVectorStoreFileResponse": "delete_vector_store_file_response",
    "DeleteVectorStoreResponse": "delete_vector_store_response",
    "Embedding": "embedding",
    "FilesContentParams": "files_content_params",
    "FilesDeleteParams": "files_delete_params",
    "FilesListParams": "files_list_params",
    "FilesRetrieveParams": "files_retrieve_params",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint_metrics",
    "FineTuningJobError": "fine_tuning_job_error",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FineTuningJobIntegrations": "fine_tuning_job_integrations",
    "FineTuningJobsCancelParams": "fine_tuning_jobs_cancel_params",
    "FineTuningJobsCheckpointsParams": "fine_tuning_jobs_checkpoints_params",
    "FineTuningJobsEventsParams": "fine_tuning_jobs_events_params",
    "FineTuningJobsListParams": "fine_tuning_jobs_list_params",
    "FineTuningJobsRetrieveParams": "fine_tuning_jobs_retrieve_params",
    "FunctionObject": "function_object",
    "FunctionParameters": "function_parameters",
    "Image": "image",
    "ImagesResponse": "images_response",
    "InputItemsArray": "input_items_array",
    "ListAssistantsResponse": "list_assistants_response",
    "ListBatchesResponse": "list_batches_response",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "ListVectorStoreFilesResponse": "list_vector_store_files_response",
    "ListVectorStoresResponse": "list_vector_stores_response",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": "message_content_image_file_object_image_file",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrl": "message_content_image_url_object_image_url",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": "message_content_text_annotations_file_citation_object_amnghooifd",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": "message_content_text_annotations_file_path_object_file_path",
    "MessageContentTextObject": "message_content_text_object",
    "MessageContentTextObjectText": "message_content_text_object_text",
    "MessageContentTextObjectTextAnnotations": "message_content_text_object_text_annotations",
    "MessageObject": "message_object",
    "MessageObjectAttachments": "message_object_attachments",
    "MessageObjectContent": "message_object_content",
    "MessageObjectIncompleteDetails": "message_object_incomplete_details",
    "MessageObjectTools": "message_object_tools",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "Model": "model",
    "ModelsDeleteParams": "models_delete_params",
    "ModelsRetrieveParams": "models_retrieve_params",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestToolResources": "modify_assistant_request_tool_resources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter": "modify_assistant_request_tool_resources_code_interpreter",
    "ModifyAssistantRequestToolResourcesFileSearch": "modify_assistant_request_tool_resources_file_search",
    "ModifyAssistantRequestTools": "modify_assistant_request_tools",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestToolResources": "modify_thread_request_tool_resources",
    "ModifyThreadRequestToolResourcesCodeInterpreter": "modify_thread_request_tool_resources_code_interpreter",
    "ModifyThreadRequestToolResourcesFileSearch": "modify_thread_request_tool_resources_file_search",
    "OpenAIFile": "open_ai_file",
    "OtherChunkingStrategyResponseParam": "other_chunking_strategy_response_param",
    "ParallelToolCalls": "parallel_tool_calls",
    "PromptItemsArray": "prompt_items_array",
    "RunCompletionUsage": "run_completion_usage",
    "RunObject": "run_object",
    "RunObjectIncompleteDetails": "run_object_incomplete_details",
    "RunObjectLastError": "run_object_last_error",
    "RunObjectRequiredAction": "run_object_required_action",
    "RunObjectRequiredActionSubmitToolOutputs": "run_object_required_action_submit_tool_outputs",
    "RunObjectTools": "run_object_tools",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": "run_step_details_message_creation_object_message_creation",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreterOutputs": "run_step_details_tool_calls_code_object_code_interpreter_outputs",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_details_tool_calls_code_output_image_object_image",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": "run_step_details_tool_calls_function_object_function",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepDetailsToolCallsObjectToolCalls": "run_step_details_tool_calls_object_tool_calls",
    "RunStepObject": "run_step_object",
    "RunStepObjectLastError": "run_step_object_last_error",
    "RunToolCallObject": "run_tool_call_object",
    "RunToolCallObjectFunction": "run_tool_call_object_function",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputs": "submit_tool_outputs_run_request_tool_outputs",
    "ThreadObject": "thread_object",
    "ThreadObjectToolResources": "thread_object_tool_resources",
    "ThreadObjectToolResourcesCodeInterpreter": "thread_object_tool_resources_code_interpreter",
    "ThreadObjectToolResourcesFileSearch": "thread_object_tool_resources_file_search",
    "ThreadsDeleteParams": "threads_delete_params",
    "ThreadsMessagesCreateParams": "threads_messages_create_params",
    "ThreadsMessagesDeleteParams": "threads_messages_delete_params",
    "ThreadsMessagesListParams": "threads_messages_list_params",
    "ThreadsMessagesRetrieveParams": "threads_messages_retrieve_params",
    "ThreadsMessagesUpdateParams": "threads_messages_update_params",
    "ThreadsRetrieveParams": "threads_retrieve_params",
    "ThreadsRunsCancelParams": "threads_runs_cancel_params",
    "ThreadsRunsCreateRunParams": "threads_runs_create_run_params",
    "ThreadsRunsListParams": "threads_runs_list_params",
    "ThreadsRunsRetrieveParams": "threads_runs_retrieve_params",
    "ThreadsRunsStepsListParams": "threads_runs_steps_list_params",
    "ThreadsRunsStepsRetrieveParams": "threads_runs_steps_retrieve_params",
    "ThreadsRunsSubmitToolOutputsParams": "threads_runs_submit_tool_outputs_params",
    "ThreadsRunsUpdateParams": "threads_runs_update_params",
    "ThreadsUpdateParams": "threads_update_params",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TruncationObject": "truncation_object",
    "UpdateVectorStoreRequest": "update_vector_store_request",
    "Upload": "upload",
    "UploadPart": "upload_part",
    "UploadsCancelParams": "uploads_cancel_params",
    "UploadsCompleteParams": "uploads_complete_params",
    "UploadsPartsParams": "uploads_parts_params",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreFileBatchObject": "vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": "vector_store_file_batch_object_file_counts",
    "VectorStoreFileObject": "vector_store_file_object",
    "VectorStoreFileObjectLastError": "vector_store_file_object_last_error",
    "VectorStoreObject": "vector_store_object",
    "VectorStoreObjectFileCounts": "vector_store_object_file_counts",
    "VectorStoresDeleteParams": "vector_stores_delete_params",
    "VectorStoresFileBatchesCancelParams": "vector_stores_file_batches_cancel_params",
    "VectorStoresFileBatchesCreateParams": "vector_stores_file_batches_create_params",
    "VectorStoresFileBatchesFilesParams": "vector_stores_file_batches_files_params",
    "VectorStoresFileBatchesRetrieveParams": "vector_stores_file_batches_retrieve_params",
    "VectorStoresFilesCreateParams": "vector_stores_files_create_params",
    "VectorStoresFilesDeleteParams": "vector_stores_files_delete_params",
    "VectorStoresFilesListParams": "vector_stores_files_list_params",
    "VectorStoresFilesRetrieveParams": "vector_stores_files_retrieve_params",
    "VectorStoresListParams": "vector_stores_list_params",
    "VectorStoresRetrieveParams": "vector_stores_retrieve_params",
    "VectorStoresUpdateParams": "vector_stores_update_params",
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
