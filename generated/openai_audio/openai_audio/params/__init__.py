"""Request shapes of OpenAI API (ballerinax/openai.audio connector surface) 3.0.0: a ``TypedDict``
(or an alias of the accepted forms) for each model a request takes, named ``<Model>Param``
(``<Model>Dict`` when the model's own name ends in ``Param``).

Each loads on first use; type checkers read them, calls validate against them.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_upload_part_request import AddUploadPartRequestParam
    from .assistant_tools_code import AssistantToolsCodeParam
    from .assistant_tools_file_search import AssistantToolsFileSearchParam
    from .assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearchParam,
    )
    from .assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnlyParam,
    )
    from .assistant_tools_function import AssistantToolsFunctionParam
    from .assistants_api_response_format import AssistantsApiResponseFormatParam
    from .assistants_api_response_format_option import (
        AssistantsApiResponseFormatOptionParam,
    )
    from .assistants_api_response_format_option_one_of_1 import (
        AssistantsApiResponseFormatOptionOneOf1Param,
    )
    from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOptionParam
    from .assistants_api_tool_choice_option_one_of_1 import (
        AssistantsApiToolChoiceOptionOneOf1Param,
    )
    from .assistants_named_tool_choice import AssistantsNamedToolChoiceParam
    from .assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunctionParam,
    )
    from .auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParamDict,
    )
    from .batches_body import BatchesBodyParam
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOptionParam,
    )
    from .chat_completion_functions import ChatCompletionFunctionsParam
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCallParam
    from .chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunctionParam,
    )
    from .chat_completion_message_tool_calls import ChatCompletionMessageToolCallsParam
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoiceParam
    from .chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunctionParam,
    )
    from .chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessageParam,
    )
    from .chat_completion_request_assistant_message_function_call import (
        ChatCompletionRequestAssistantMessageFunctionCallParam,
    )
    from .chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessageParam,
    )
    from .chat_completion_request_message import ChatCompletionRequestMessageParam
    from .chat_completion_request_message_content_part import (
        ChatCompletionRequestMessageContentPartParam,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImageParam,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartTextParam,
    )
    from .chat_completion_request_system_message import (
        ChatCompletionRequestSystemMessageParam,
    )
    from .chat_completion_request_tool_message import (
        ChatCompletionRequestToolMessageParam,
    )
    from .chat_completion_request_user_message import (
        ChatCompletionRequestUserMessageParam,
    )
    from .chat_completion_stream_options import ChatCompletionStreamOptionsParam
    from .chat_completion_tool import ChatCompletionToolParam
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOptionParam
    from .chat_completion_tool_choice_option_one_of_1 import (
        ChatCompletionToolChoiceOptionOneOf1Param,
    )
    from .chunking_strategy_request_param import ChunkingStrategyRequestParamDict
    from .complete_upload_request import CompleteUploadRequestParam
    from .create_assistant_request import CreateAssistantRequestParam
    from .create_assistant_request_tool_resources import (
        CreateAssistantRequestToolResourcesParam,
    )
    from .create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreterParam,
    )
    from .create_assistant_request_tool_resources_file_search import (
        CreateAssistantRequestToolResourcesFileSearchParam,
    )
    from .create_assistant_request_tools import CreateAssistantRequestToolsParam
    from .create_chat_completion_request import CreateChatCompletionRequestParam
    from .create_chat_completion_request_response_format import (
        CreateChatCompletionRequestResponseFormatParam,
    )
    from .create_completion_request import CreateCompletionRequestParam
    from .create_embedding_request import CreateEmbeddingRequestParam
    from .create_file_request import CreateFileRequestParam
    from .create_fine_tuning_job_request import CreateFineTuningJobRequestParam
    from .create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparametersParam,
    )
    from .create_fine_tuning_job_request_integrations import (
        CreateFineTuningJobRequestIntegrationsParam,
    )
    from .create_fine_tuning_job_request_wandb import (
        CreateFineTuningJobRequestWandbParam,
    )
    from .create_image_edit_request import CreateImageEditRequestParam
    from .create_image_request import CreateImageRequestParam
    from .create_image_variation_request import CreateImageVariationRequestParam
    from .create_message_request import CreateMessageRequestParam
    from .create_message_request_attachments import CreateMessageRequestAttachmentsParam
    from .create_message_request_tools import CreateMessageRequestToolsParam
    from .create_moderation_request import CreateModerationRequestParam
    from .create_run_request import CreateRunRequestParam
    from .create_run_request_tools import CreateRunRequestToolsParam
    from .create_speech_request import CreateSpeechRequestParam
    from .create_thread_and_run_request import CreateThreadAndRunRequestParam
    from .create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResourcesParam,
    )
    from .create_thread_and_run_request_tool_resources_code_interpreter import (
        CreateThreadAndRunRequestToolResourcesCodeInterpreterParam,
    )
    from .create_thread_and_run_request_tool_resources_file_search import (
        CreateThreadAndRunRequestToolResourcesFileSearchParam,
    )
    from .create_thread_and_run_request_tools import CreateThreadAndRunRequestToolsParam
    from .create_thread_request import CreateThreadRequestParam
    from .create_thread_request_tool_resources import (
        CreateThreadRequestToolResourcesParam,
    )
    from .create_thread_request_tool_resources_code_interpreter import (
        CreateThreadRequestToolResourcesCodeInterpreterParam,
    )
    from .create_thread_request_tool_resources_file_search import (
        CreateThreadRequestToolResourcesFileSearchParam,
    )
    from .create_transcription_request import CreateTranscriptionRequestParam
    from .create_translation_request import CreateTranslationRequestParam
    from .create_upload_request import CreateUploadRequestParam
    from .create_vector_store_file_batch_request import (
        CreateVectorStoreFileBatchRequestParam,
    )
    from .create_vector_store_file_request import CreateVectorStoreFileRequestParam
    from .create_vector_store_request import CreateVectorStoreRequestParam
    from .function_object import FunctionObjectParam
    from .function_parameters import FunctionParametersParam
    from .input_items_array import InputItemsArrayParam
    from .modify_assistant_request import ModifyAssistantRequestParam
    from .modify_assistant_request_tool_resources import (
        ModifyAssistantRequestToolResourcesParam,
    )
    from .modify_assistant_request_tool_resources_code_interpreter import (
        ModifyAssistantRequestToolResourcesCodeInterpreterParam,
    )
    from .modify_assistant_request_tool_resources_file_search import (
        ModifyAssistantRequestToolResourcesFileSearchParam,
    )
    from .modify_assistant_request_tools import ModifyAssistantRequestToolsParam
    from .modify_message_request import ModifyMessageRequestParam
    from .modify_run_request import ModifyRunRequestParam
    from .modify_thread_request import ModifyThreadRequestParam
    from .modify_thread_request_tool_resources import (
        ModifyThreadRequestToolResourcesParam,
    )
    from .modify_thread_request_tool_resources_code_interpreter import (
        ModifyThreadRequestToolResourcesCodeInterpreterParam,
    )
    from .modify_thread_request_tool_resources_file_search import (
        ModifyThreadRequestToolResourcesFileSearchParam,
    )
    from .parallel_tool_calls import ParallelToolCallsParam
    from .prompt_items_array import PromptItemsArrayParam
    from .static_chunking_strategy import StaticChunkingStrategyParam
    from .static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParamDict,
    )
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequestParam
    from .submit_tool_outputs_run_request_tool_outputs import (
        SubmitToolOutputsRunRequestToolOutputsParam,
    )
    from .truncation_object import TruncationObjectParam
    from .update_vector_store_request import UpdateVectorStoreRequestParam
    from .vector_store_expiration_after import VectorStoreExpirationAfterParam

__all__: list[str] = [
    "AddUploadPartRequestParam",
    "AssistantToolsCodeParam",
    "AssistantToolsFileSearchFileSearchParam",
    "AssistantToolsFileSearchParam",
    "AssistantToolsFileSearchTypeOnlyParam",
    "AssistantToolsFunctionParam",
    "AssistantsApiResponseFormatOptionOneOf1Param",
    "AssistantsApiResponseFormatOptionParam",
    "AssistantsApiResponseFormatParam",
    "AssistantsApiToolChoiceOptionOneOf1Param",
    "AssistantsApiToolChoiceOptionParam",
    "AssistantsNamedToolChoiceFunctionParam",
    "AssistantsNamedToolChoiceParam",
    "AutoChunkingStrategyRequestParamDict",
    "BatchesBodyParam",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctionsParam",
    "ChatCompletionMessageToolCallFunctionParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCallsParam",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionRequestAssistantMessageFunctionCallParam",
    "ChatCompletionRequestAssistantMessageParam",
    "ChatCompletionRequestFunctionMessageParam",
    "ChatCompletionRequestMessageContentPartImageParam",
    "ChatCompletionRequestMessageContentPartParam",
    "ChatCompletionRequestMessageContentPartTextParam",
    "ChatCompletionRequestMessageParam",
    "ChatCompletionRequestSystemMessageParam",
    "ChatCompletionRequestToolMessageParam",
    "ChatCompletionRequestUserMessageParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionToolChoiceOptionOneOf1Param",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolParam",
    "ChunkingStrategyRequestParamDict",
    "CompleteUploadRequestParam",
    "CreateAssistantRequestParam",
    "CreateAssistantRequestToolResourcesCodeInterpreterParam",
    "CreateAssistantRequestToolResourcesFileSearchParam",
    "CreateAssistantRequestToolResourcesParam",
    "CreateAssistantRequestToolsParam",
    "CreateChatCompletionRequestParam",
    "CreateChatCompletionRequestResponseFormatParam",
    "CreateCompletionRequestParam",
    "CreateEmbeddingRequestParam",
    "CreateFileRequestParam",
    "CreateFineTuningJobRequestHyperparametersParam",
    "CreateFineTuningJobRequestIntegrationsParam",
    "CreateFineTuningJobRequestParam",
    "CreateFineTuningJobRequestWandbParam",
    "CreateImageEditRequestParam",
    "CreateImageRequestParam",
    "CreateImageVariationRequestParam",
    "CreateMessageRequestAttachmentsParam",
    "CreateMessageRequestParam",
    "CreateMessageRequestToolsParam",
    "CreateModerationRequestParam",
    "CreateRunRequestParam",
    "CreateRunRequestToolsParam",
    "CreateSpeechRequestParam",
    "CreateThreadAndRunRequestParam",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreterParam",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam",
    "CreateThreadAndRunRequestToolResourcesParam",
    "CreateThreadAndRunRequestToolsParam",
    "CreateThreadRequestParam",
    "CreateThreadRequestToolResourcesCodeInterpreterParam",
    "CreateThreadRequestToolResourcesFileSearchParam",
    "CreateThreadRequestToolResourcesParam",
    "CreateTranscriptionRequestParam",
    "CreateTranslationRequestParam",
    "CreateUploadRequestParam",
    "CreateVectorStoreFileBatchRequestParam",
    "CreateVectorStoreFileRequestParam",
    "CreateVectorStoreRequestParam",
    "FunctionObjectParam",
    "FunctionParametersParam",
    "InputItemsArrayParam",
    "ModifyAssistantRequestParam",
    "ModifyAssistantRequestToolResourcesCodeInterpreterParam",
    "ModifyAssistantRequestToolResourcesFileSearchParam",
    "ModifyAssistantRequestToolResourcesParam",
    "ModifyAssistantRequestToolsParam",
    "ModifyMessageRequestParam",
    "ModifyRunRequestParam",
    "ModifyThreadRequestParam",
    "ModifyThreadRequestToolResourcesCodeInterpreterParam",
    "ModifyThreadRequestToolResourcesFileSearchParam",
    "ModifyThreadRequestToolResourcesParam",
    "ParallelToolCallsParam",
    "PromptItemsArrayParam",
    "StaticChunkingStrategyParam",
    "StaticChunkingStrategyRequestParamDict",
    "SubmitToolOutputsRunRequestParam",
    "SubmitToolOutputsRunRequestToolOutputsParam",
    "TruncationObjectParam",
    "UpdateVectorStoreRequestParam",
    "VectorStoreExpirationAfterParam",
]

_MODULES: dict[str, str] = {
    "AddUploadPartRequestParam": "add_upload_part_request",
    "AssistantToolsCodeParam": "assistant_tools_code",
    "AssistantToolsFileSearchFileSearchParam": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchParam": "assistant_tools_file_search",
    "AssistantToolsFileSearchTypeOnlyParam": "assistant_tools_file_search_type_only",
    "AssistantToolsFunctionParam": "assistant_tools_function",
    "AssistantsApiResponseFormatOptionOneOf1Param": "assistants_api_response_format_option_one_of_1",
    "AssistantsApiResponseFormatOptionParam": "assistants_api_response_format_option",
    "AssistantsApiResponseFormatParam": "assistants_api_response_format",
    "AssistantsApiToolChoiceOptionOneOf1Param": "assistants_api_tool_choice_option_one_of_1",
    "AssistantsApiToolChoiceOptionParam": "assistants_api_tool_choice_option",
    "AssistantsNamedToolChoiceFunctionParam": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceParam": "assistants_named_tool_choice",
    "AutoChunkingStrategyRequestParamDict": "auto_chunking_strategy_request_param",
    "BatchesBodyParam": "batches_body",
    "ChatCompletionFunctionCallOptionParam": "chat_completion_function_call_option",
    "ChatCompletionFunctionsParam": "chat_completion_functions",
    "ChatCompletionMessageToolCallFunctionParam": "chat_completion_message_tool_call_function",
    "ChatCompletionMessageToolCallParam": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallsParam": "chat_completion_message_tool_calls",
    "ChatCompletionNamedToolChoiceFunctionParam": "chat_completion_named_tool_choice_function",
    "ChatCompletionNamedToolChoiceParam": "chat_completion_named_tool_choice",
    "ChatCompletionRequestAssistantMessageFunctionCallParam": "chat_completion_request_assistant_message_function_call",
    "ChatCompletionRequestAssistantMessageParam": "chat_completion_request_assistant_message",
    "ChatCompletionRequestFunctionMessageParam": "chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartImageParam": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartParam": "chat_completion_request_message_content_part",
    "ChatCompletionRequestMessageContentPartTextParam": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestMessageParam": "chat_completion_request_message",
    "ChatCompletionRequestSystemMessageParam": "chat_completion_request_system_message",
    "ChatCompletionRequestToolMessageParam": "chat_completion_request_tool_message",
    "ChatCompletionRequestUserMessageParam": "chat_completion_request_user_message",
    "ChatCompletionStreamOptionsParam": "chat_completion_stream_options",
    "ChatCompletionToolChoiceOptionOneOf1Param": "chat_completion_tool_choice_option_one_of_1",
    "ChatCompletionToolChoiceOptionParam": "chat_completion_tool_choice_option",
    "ChatCompletionToolParam": "chat_completion_tool",
    "ChunkingStrategyRequestParamDict": "chunking_strategy_request_param",
    "CompleteUploadRequestParam": "complete_upload_request",
    "CreateAssistantRequestParam": "create_assistant_request",
    "CreateAssistantRequestToolResourcesCodeInterpreterParam": "create_assistant_request_tool_resources_code_interpreter",
    "CreateAssistantRequestToolResourcesFileSearchParam": "create_assistant_request_tool_resources_file_search",
    "CreateAssistantRequestToolResourcesParam": "create_assistant_request_tool_resources",
    "CreateAssistantRequestToolsParam": "create_assistant_request_tools",
    "CreateChatCompletionRequestParam": "create_chat_completion_request",
    "CreateChatCompletionRequestResponseFormatParam": "create_chat_completion_request_response_format",
    "CreateCompletionRequestParam": "create_completion_request",
    "CreateEmbeddingRequestParam": "create_embedding_request",
    "CreateFileRequestParam": "create_file_request",
    "CreateFineTuningJobRequestHyperparametersParam": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestIntegrationsParam": "create_fine_tuning_job_request_integrations",
    "CreateFineTuningJobRequestParam": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestWandbParam": "create_fine_tuning_job_request_wandb",
    "CreateImageEditRequestParam": "create_image_edit_request",
    "CreateImageRequestParam": "create_image_request",
    "CreateImageVariationRequestParam": "create_image_variation_request",
    "CreateMessageRequestAttachmentsParam": "create_message_request_attachments",
    "CreateMessageRequestParam": "create_message_request",
    "CreateMessageRequestToolsParam": "create_message_request_tools",
    "CreateModerationRequestParam": "create_moderation_request",
    "CreateRunRequestParam": "create_run_request",
    "CreateRunRequestToolsParam": "create_run_request_tools",
    "CreateSpeechRequestParam": "create_speech_request",
    "CreateThreadAndRunRequestParam": "create_thread_and_run_request",
    "CreateThreadAndRunRequestToolResourcesCodeInterpreterParam": "create_thread_and_run_request_tool_resources_code_interpreter",
    "CreateThreadAndRunRequestToolResourcesFileSearchParam": "create_thread_and_run_request_tool_resources_file_search",
    "CreateThreadAndRunRequestToolResourcesParam": "create_thread_and_run_request_tool_resources",
    "CreateThreadAndRunRequestToolsParam": "create_thread_and_run_request_tools",
    "CreateThreadRequestParam": "create_thread_request",
    "CreateThreadRequestToolResourcesCodeInterpreterParam": "create_thread_request_tool_resources_code_interpreter",
    "CreateThreadRequestToolResourcesFileSearchParam": "create_thread_request_tool_resources_file_search",
    "CreateThreadRequestToolResourcesParam": "create_thread_request_tool_resources",
    "CreateTranscriptionRequestParam": "create_transcription_request",
    "CreateTranslationRequestParam": "create_translation_request",
    "CreateUploadRequestParam": "create_upload_request",
    "CreateVectorStoreFileBatchRequestParam": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequestParam": "create_vector_store_file_request",
    "CreateVectorStoreRequestParam": "create_vector_store_request",
    "FunctionObjectParam": "function_object",
    "FunctionParametersParam": "function_parameters",
    "InputItemsArrayParam": "input_items_array",
    "ModifyAssistantRequestParam": "modify_assistant_request",
    "ModifyAssistantRequestToolResourcesCodeInterpreterParam": "modify_assistant_request_tool_resources_code_interpreter",
    "ModifyAssistantRequestToolResourcesFileSearchParam": "modify_assistant_request_tool_resources_file_search",
    "ModifyAssistantRequestToolResourcesParam": "modify_assistant_request_tool_resources",
    "ModifyAssistantRequestToolsParam": "modify_assistant_request_tools",
    "ModifyMessageRequestParam": "modify_message_request",
    "ModifyRunRequestParam": "modify_run_request",
    "ModifyThreadRequestParam": "modify_thread_request",
    "ModifyThreadRequestToolResourcesCodeInterpreterParam": "modify_thread_request_tool_resources_code_interpreter",
    "ModifyThreadRequestToolResourcesFileSearchParam": "modify_thread_request_tool_resources_file_search",
    "ModifyThreadRequestToolResourcesParam": "modify_thread_request_tool_resources",
    "ParallelToolCallsParam": "parallel_tool_calls",
    "PromptItemsArrayParam": "prompt_items_array",
    "StaticChunkingStrategyParam": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParamDict": "static_chunking_strategy_request_param",
    "SubmitToolOutputsRunRequestParam": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputsParam": "submit_tool_outputs_run_request_tool_outputs",
    "TruncationObjectParam": "truncation_object",
    "UpdateVectorStoreRequestParam": "update_vector_store_request",
    "VectorStoreExpirationAfterParam": "vector_store_expiration_after",
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
