"""CreateChatCompletionRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
from .chat_completion_functions import ChatCompletionFunctions
from .chat_completion_request_message import ChatCompletionRequestMessage
from .chat_completion_stream_options import ChatCompletionStreamOptions
from .chat_completion_tool import ChatCompletionTool
from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption
from .create_chat_completion_request_response_format import (
    CreateChatCompletionRequestResponseFormat,
)
from .parallel_tool_calls import ParallelToolCalls

__all__ = [
    "CreateChatCompletionRequest",
]


class CreateChatCompletionRequest(BaseModel):
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
    """An object specifying the format that the model must output."""
    parallel_tool_calls: ParallelToolCalls | None = None
    """Whether to enable parallel function calling during tool use"""
    stream: bool | None = False
    """If set, partial message deltas will be sent, like in ChatGPT."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    messages: list[ChatCompletionRequestMessage]
    """A list of messages comprising the conversation so far."""
    tool_choice: ChatCompletionToolChoiceOption | None = None
    """Controls which (if any) tool is called by the model."""
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
    """Options for streaming response."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
