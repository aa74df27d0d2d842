"""Request shapes: CreateChatCompletionRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.chat_completion_function_call_option import (
    ChatCompletionFunctionCallOption,
)
from ..models.chat_completion_functions import ChatCompletionFunctions
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
from ..models.chat_completion_tool import ChatCompletionTool
from ..models.create_chat_completion_request_response_format import (
    CreateChatCompletionRequestResponseFormat,
)
from .chat_completion_function_call_option import ChatCompletionFunctionCallOptionParam
from .chat_completion_functions import ChatCompletionFunctionsParam
from .chat_completion_request_message import ChatCompletionRequestMessageParam
from .chat_completion_stream_options import ChatCompletionStreamOptionsParam
from .chat_completion_tool import ChatCompletionToolParam
from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOptionParam
from .create_chat_completion_request_response_format import (
    CreateChatCompletionRequestResponseFormatParam,
)
from .parallel_tool_calls import ParallelToolCallsParam

__all__ = [
    "CreateChatCompletionRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateChatCompletionRequestParam(TypedDict, total=False):
    top_logprobs: NotRequired[int | None]
    """An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability."""
    logit_bias: NotRequired[Mapping[str, int] | None]
    """Modify the likelihood of specified tokens appearing in the completion."""
    seed: NotRequired[int | None]
    """This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result."""
    functions: NotRequired[
        Sequence[ChatCompletionFunctions | ChatCompletionFunctionsParam]
    ]
    """Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for."""
    max_tokens: NotRequired[int | None]
    """The maximum number of tokens that can be generated in the chat completion."""
    function_call: NotRequired[
        Literal["none", "auto"]
        | ChatCompletionFunctionCallOption
        | ChatCompletionFunctionCallOptionParam
    ]
    """Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model."""
    presence_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0."""
    tools: NotRequired[Sequence[ChatCompletionTool | ChatCompletionToolParam]]
    """A list of tools the model may call."""
    n: NotRequired[int | None]
    """How many chat completion choices to generate for each input message."""
    logprobs: NotRequired[bool | None]
    """Whether to return log probabilities of the output tokens or not."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    frequency_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0."""
    response_format: NotRequired[
        CreateChatCompletionRequestResponseFormat
        | CreateChatCompletionRequestResponseFormatParam
    ]
    """An object specifying the format that the model must output."""
    parallel_tool_calls: NotRequired[ParallelToolCallsParam]
    """Whether to enable parallel function calling during tool use"""
    stream: NotRequired[bool | None]
    """If set, partial message deltas will be sent, like in ChatGPT."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2."""
    messages: Required[Sequence[ChatCompletionRequestMessageParam]]
    """A list of messages comprising the conversation so far."""
    tool_choice: NotRequired[ChatCompletionToolChoiceOptionParam]
    """Controls which (if any) tool is called by the model."""
    model: Required[
        str
        | Literal[
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
        ]
    ]
    """ID of the model to use."""
    service_tier: NotRequired[Literal["auto", "default"] | None]
    """Specifies the latency tier to use for processing the request."""
    stream_options: NotRequired[
        ChatCompletionStreamOptions | ChatCompletionStreamOptionsParam | None
    ]
    """Options for streaming response."""
    user: NotRequired[str]
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
