"""The chat resource and its sub-resources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    Headers,
    NotGiven,
    Query,
    SequenceNotStr,
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
        ChatCompletionAssistantMessageParam,
        ChatCompletionAudioParam,
        ChatCompletionDeveloperMessageParam,
        ChatCompletionNamedToolChoice,
        ChatCompletionResponse,
        ChatCompletionSystemMessageParam,
        ChatCompletionTool,
        ChatCompletionToolMessageParam,
        ChatCompletionUserMessageParam,
    )
    from ..params import (
        ChatCompletionAssistantMessageParamDict,
        ChatCompletionAudioParamDict,
        ChatCompletionDeveloperMessageParamDict,
        ChatCompletionNamedToolChoiceParam,
        ChatCompletionSystemMessageParamDict,
        ChatCompletionToolMessageParamDict,
        ChatCompletionToolParam,
        ChatCompletionUserMessageParamDict,
        ResponseFormatParam,
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
        model: str,
        messages: Sequence[
            ChatCompletionSystemMessageParam
            | ChatCompletionSystemMessageParamDict
            | ChatCompletionUserMessageParam
            | ChatCompletionUserMessageParamDict
            | ChatCompletionAssistantMessageParam
            | ChatCompletionAssistantMessageParamDict
            | ChatCompletionToolMessageParam
            | ChatCompletionToolMessageParamDict
            | ChatCompletionDeveloperMessageParam
            | ChatCompletionDeveloperMessageParamDict
        ],
        stream: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprob: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ChatCompletionNamedToolChoice
            | ChatCompletionNamedToolChoiceParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            Sequence[ChatCompletionTool | ChatCompletionToolParam] | None | NotGiven
        ) = NOT_GIVEN,
        top_logprob: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionAudioParam | ChatCompletionAudioParamDict | None | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse | dict[str, Any]:
        """Chat Completions

        ``POST /v0/chat/completions``

        Args:
          audio: Parameters for audio output (used together with `modalities: ["text", "audio"]`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ChatCompletionResponse | dict[str, Any]",
            self._client.request(
                "POST",
                "/v0/chat/completions",
                json_body=build_json_body(
                    _params.ChatCompletionRequestParam,
                    {
                        "model": model,
                        "messages": messages,
                        "stream": stream,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprob": logprob,
                        "max_tokens": max_tokens,
                        "n": n,
                        "presence_penalty": presence_penalty,
                        "response_format": response_format,
                        "seed": seed,
                        "stop": stop,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_logprob": top_logprob,
                        "top_p": top_p,
                        "user": user,
                        "modalities": modalities,
                        "audio": audio,
                    },
                ),
                cast_to=_models.ChatCompletionsV0ChatCompletionsPostResponse,
                error_types={
                    422: _models.HTTPValidationError,
                },
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
        model: str,
        messages: Sequence[
            ChatCompletionSystemMessageParam
            | ChatCompletionSystemMessageParamDict
            | ChatCompletionUserMessageParam
            | ChatCompletionUserMessageParamDict
            | ChatCompletionAssistantMessageParam
            | ChatCompletionAssistantMessageParamDict
            | ChatCompletionToolMessageParam
            | ChatCompletionToolMessageParamDict
            | ChatCompletionDeveloperMessageParam
            | ChatCompletionDeveloperMessageParamDict
        ],
        stream: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprob: bool | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["none", "auto", "required"]
            | ChatCompletionNamedToolChoice
            | ChatCompletionNamedToolChoiceParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        tools: (
            Sequence[ChatCompletionTool | ChatCompletionToolParam] | None | NotGiven
        ) = NOT_GIVEN,
        top_logprob: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionAudioParam | ChatCompletionAudioParamDict | None | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse | dict[str, Any]:
        """Chat Completions

        ``POST /v0/chat/completions``

        Args:
          audio: Parameters for audio output (used together with `modalities: ["text", "audio"]`).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ChatCompletionResponse | dict[str, Any]",
            await self._client.request(
                "POST",
                "/v0/chat/completions",
                json_body=build_json_body(
                    _params.ChatCompletionRequestParam,
                    {
                        "model": model,
                        "messages": messages,
                        "stream": stream,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprob": logprob,
                        "max_tokens": max_tokens,
                        "n": n,
                        "presence_penalty": presence_penalty,
                        "response_format": response_format,
                        "seed": seed,
                        "stop": stop,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "tools": tools,
                        "top_logprob": top_logprob,
                        "top_p": top_p,
                        "user": user,
                        "modalities": modalities,
                        "audio": audio,
                    },
                ),
                cast_to=_models.ChatCompletionsV0ChatCompletionsPostResponse,
                error_types={
                    422: _models.HTTPValidationError,
                },
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
