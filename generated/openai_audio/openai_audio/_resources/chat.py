"""The chat resource and its sub-resources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    Headers,
    NotGiven,
    Query,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from ..models import (
        ChatCompletionFunctionCallOption,
        ChatCompletionFunctions,
        ChatCompletionStreamOptions,
        ChatCompletionTool,
        CreateChatCompletionRequestResponseFormat,
        CreateChatCompletionResponse,
    )
    from ..params import (
        ChatCompletionFunctionCallOptionParam,
        ChatCompletionFunctionsParam,
        ChatCompletionRequestMessageParam,
        ChatCompletionStreamOptionsParam,
        ChatCompletionToolChoiceOptionParam,
        ChatCompletionToolParam,
        CreateChatCompletionRequestResponseFormatParam,
        ParallelToolCallsParam,
    )


class ChatCompletions(SyncAPIResource):
    """``client.chat.completions``"""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ChatCompletionsWithStreamingResponse(self)

    def create(
        self,
        *,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: (
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
        ),
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        functions: (
            Sequence[ChatCompletionFunctions | ChatCompletionFunctionsParam] | NotGiven
        ) = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"]
            | ChatCompletionFunctionCallOption
            | ChatCompletionFunctionCallOptionParam
            | NotGiven
        ) = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        tools: (
            Sequence[ChatCompletionTool | ChatCompletionToolParam] | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            CreateChatCompletionRequestResponseFormat
            | CreateChatCompletionRequestResponseFormatParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCallsParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default"] | None | NotGiven = NOT_GIVEN,
        stream_options: (
            ChatCompletionStreamOptions
            | ChatCompletionStreamOptionsParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse:
        """Creates a model response for the given chat conversation.

        ``POST /chat/completions``

        Args:
          messages: A list of messages comprising the conversation so far.

          model: ID of the model to use.

          top_logprobs: An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

          seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

          functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.

          max_tokens: The maximum number of tokens that can be generated in the chat completion.

          function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model.

          presence_penalty: Number between -2.0 and 2.0.

          tools: A list of tools the model may call.

          n: How many chat completion choices to generate for each input message.

          logprobs: Whether to return log probabilities of the output tokens or not.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          frequency_penalty: Number between -2.0 and 2.0.

          response_format: An object specifying the format that the model must output.

          parallel_tool_calls: Whether to enable parallel function calling during tool use

          stream: If set, partial message deltas will be sent, like in ChatGPT.

          temperature: What sampling temperature to use, between 0 and 2.

          tool_choice: Controls which (if any) tool is called by the model.

          service_tier: Specifies the latency tier to use for processing the request.

          stream_options: Options for streaming response.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateChatCompletionResponse",
            self._client.request(
                "POST",
                "/chat/completions",
                json_body=build_json_body(
                    _params.CreateChatCompletionRequestParam,
                    {
                        "messages": messages,
                        "model": model,
                        "top_logprobs": top_logprobs,
                        "logit_bias": logit_bias,
                        "seed": seed,
                        "functions": functions,
                        "max_tokens": max_tokens,
                        "function_call": function_call,
                        "presence_penalty": presence_penalty,
                        "tools": tools,
                        "n": n,
                        "logprobs": logprobs,
                        "top_p": top_p,
                        "frequency_penalty": frequency_penalty,
                        "response_format": response_format,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "service_tier": service_tier,
                        "stream_options": stream_options,
                        "user": user,
                    },
                ),
                cast_to=_models.CreateChatCompletionResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ChatCompletionsWithRawResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ChatCompletionsWithStreamingResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncChatCompletions(AsyncAPIResource):
    """``client.chat.completions``"""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncChatCompletionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        messages: Sequence[ChatCompletionRequestMessageParam],
        model: (
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
        ),
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        functions: (
            Sequence[ChatCompletionFunctions | ChatCompletionFunctionsParam] | NotGiven
        ) = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"]
            | ChatCompletionFunctionCallOption
            | ChatCompletionFunctionCallOptionParam
            | NotGiven
        ) = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        tools: (
            Sequence[ChatCompletionTool | ChatCompletionToolParam] | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            CreateChatCompletionRequestResponseFormat
            | CreateChatCompletionRequestResponseFormatParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCallsParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOptionParam | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default"] | None | NotGiven = NOT_GIVEN,
        stream_options: (
            ChatCompletionStreamOptions
            | ChatCompletionStreamOptionsParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse:
        """Creates a model response for the given chat conversation.

        ``POST /chat/completions``

        Args:
          messages: A list of messages comprising the conversation so far.

          model: ID of the model to use.

          top_logprobs: An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

          seed: This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

          functions: Deprecated in favor of `tools`. A list of functions the model may generate JSON inputs for.

          max_tokens: The maximum number of tokens that can be generated in the chat completion.

          function_call: Deprecated in favor of `tool_choice`. Controls which (if any) function is called by the model.

          presence_penalty: Number between -2.0 and 2.0.

          tools: A list of tools the model may call.

          n: How many chat completion choices to generate for each input message.

          logprobs: Whether to return log probabilities of the output tokens or not.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          frequency_penalty: Number between -2.0 and 2.0.

          response_format: An object specifying the format that the model must output.

          parallel_tool_calls: Whether to enable parallel function calling during tool use

          stream: If set, partial message deltas will be sent, like in ChatGPT.

          temperature: What sampling temperature to use, between 0 and 2.

          tool_choice: Controls which (if any) tool is called by the model.

          service_tier: Specifies the latency tier to use for processing the request.

          stream_options: Options for streaming response.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateChatCompletionResponse",
            await self._client.request(
                "POST",
                "/chat/completions",
                json_body=build_json_body(
                    _params.CreateChatCompletionRequestParam,
                    {
                        "messages": messages,
                        "model": model,
                        "top_logprobs": top_logprobs,
                        "logit_bias": logit_bias,
                        "seed": seed,
                        "functions": functions,
                        "max_tokens": max_tokens,
                        "function_call": function_call,
                        "presence_penalty": presence_penalty,
                        "tools": tools,
                        "n": n,
                        "logprobs": logprobs,
                        "top_p": top_p,
                        "frequency_penalty": frequency_penalty,
                        "response_format": response_format,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "service_tier": service_tier,
                        "stream_options": stream_options,
                        "user": user,
                    },
                ),
                cast_to=_models.CreateChatCompletionResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncChatCompletionsWithRawResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncChatCompletionsWithStreamingResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class Chat(SyncAPIResource):
    """``client.chat``"""

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ChatWithStreamingResponse(self)


class ChatWithRawResponse:
    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return ChatCompletionsWithRawResponse(self._resource.completions)


class ChatWithStreamingResponse:
    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithStreamingResponse:
        return ChatCompletionsWithStreamingResponse(self._resource.completions)


class AsyncChat(AsyncAPIResource):
    """``client.chat``"""

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncChatWithStreamingResponse(self)


class AsyncChatWithRawResponse:
    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return AsyncChatCompletionsWithRawResponse(self._resource.completions)


class AsyncChatWithStreamingResponse:
    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithStreamingResponse:
        return AsyncChatCompletionsWithStreamingResponse(self._resource.completions)
