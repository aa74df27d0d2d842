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
    build_json_body,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ..models import (
        ChatCompletionFunctionCallOption,
        ChatCompletionFunctions,
        ChatCompletionRequestMessage,
        ChatCompletionStreamOptions,
        ChatCompletionTool,
        ChatCompletionToolChoiceOption,
        CreateChatCompletionRequestResponseFormat,
        CreateChatCompletionResponse,
        ParallelToolCalls,
    )


class ChatCompletions(SyncAPIResource):
    """``client.chat.completions``"""

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ChatCompletionsWithRawResponse(self)

    def create(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
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
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        tools: list[ChatCompletionTool] | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            CreateChatCompletionRequestResponseFormat | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default"] | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse:
        """Creates a model response for the given chat conversation.

        ``POST /chat/completions``"""
        from .. import models as _models

        return cast(
            "CreateChatCompletionResponse",
            self._client.request(
                "POST",
                "/chat/completions",
                json_body=build_json_body(
                    _models.CreateChatCompletionRequest,
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


class AsyncChatCompletions(AsyncAPIResource):
    """``client.chat.completions``"""

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncChatCompletionsWithRawResponse(self)

    async def create(
        self,
        *,
        messages: list[ChatCompletionRequestMessage],
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
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        functions: list[ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        function_call: (
            Literal["none", "auto"] | ChatCompletionFunctionCallOption | NotGiven
        ) = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        tools: list[ChatCompletionTool] | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: (
            CreateChatCompletionRequestResponseFormat | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCalls | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        service_tier: Literal["auto", "default"] | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateChatCompletionResponse:
        """Creates a model response for the given chat conversation.

        ``POST /chat/completions``"""
        from .. import models as _models

        return cast(
            "CreateChatCompletionResponse",
            await self._client.request(
                "POST",
                "/chat/completions",
                json_body=build_json_body(
                    _models.CreateChatCompletionRequest,
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


class Chat(SyncAPIResource):
    """``client.chat``"""

    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ChatWithRawResponse(self)


class ChatWithRawResponse:
    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return ChatCompletionsWithRawResponse(self._resource.completions)


class AsyncChat(AsyncAPIResource):
    """``client.chat``"""

    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncChatWithRawResponse(self)


class AsyncChatWithRawResponse:
    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return AsyncChatCompletionsWithRawResponse(self._resource.completions)
