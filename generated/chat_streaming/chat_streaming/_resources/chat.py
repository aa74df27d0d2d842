"""The chat resource and its sub-resources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast, overload

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

    from .._runtime import AsyncStream, Stream
    from ..models import (
        AssistantMessage,
        ChatCompletionChunk,
        ChatCompletionRequestAudio,
        ChatCompletionRequestToolChoiceFunction,
        ChatCompletionResponse,
        ResponseFormat,
        SystemMessage,
        Tool,
        ToolMessage,
        UserMessage,
    )
    from ..params import (
        AssistantMessageParam,
        ChatCompletionRequestAudioParam,
        ChatCompletionRequestToolChoiceFunctionParam,
        ResponseFormatParam,
        SystemMessageParam,
        ToolMessageParam,
        ToolParam,
        UserMessageParam,
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

    @overload
    def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse | Stream[ChatCompletionChunk]:
        """Create a streaming chat completion

        Streams a chat completion response

        ``POST /chat/completions``

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ChatCompletionResponse | Stream[ChatCompletionChunk]",
            self._client.request(
                "POST",
                "/chat/completions",
                json_body=build_json_body(
                    _params.ChatCompletionRequestParam,
                    {
                        "messages": messages,
                        "context": context,
                        "model": model,
                        "response_format": response_format,
                        "modalities": modalities,
                        "audio": audio,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "ssml_enabled": ssml_enabled,
                    },
                ),
                cast_to=_models.CreateChatCompletionResponse,
                stream=stream is True or isinstance(stream, NotGiven),
                stream_cls=_models.ChatCompletionChunk,
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

    @overload
    async def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        messages: Sequence[
            SystemMessage
            | SystemMessageParam
            | UserMessage
            | UserMessageParam
            | AssistantMessage
            | AssistantMessageParam
            | ToolMessage
            | ToolMessageParam
        ],
        context: Mapping[str, object] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        response_format: ResponseFormat | ResponseFormatParam | NotGiven = NOT_GIVEN,
        modalities: Sequence[Literal["text", "audio"]] | NotGiven = NOT_GIVEN,
        audio: (
            ChatCompletionRequestAudio | ChatCompletionRequestAudioParam | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[Tool | ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: (
            Literal["auto", "none", "required"]
            | ChatCompletionRequestToolChoiceFunction
            | ChatCompletionRequestToolChoiceFunctionParam
            | NotGiven
        ) = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        ssml_enabled: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionResponse | AsyncStream[ChatCompletionChunk]:
        """Create a streaming chat completion

        Streams a chat completion response

        ``POST /chat/completions``

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ChatCompletionResponse | AsyncStream[ChatCompletionChunk]",
            await self._client.request(
                "POST",
                "/chat/completions",
                json_body=build_json_body(
                    _params.ChatCompletionRequestParam,
                    {
                        "messages": messages,
                        "context": context,
                        "model": model,
                        "response_format": response_format,
                        "modalities": modalities,
                        "audio": audio,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "ssml_enabled": ssml_enabled,
                    },
                ),
                cast_to=_models.CreateChatCompletionResponse,
                stream=stream is True or isinstance(stream, NotGiven),
                stream_cls=_models.ChatCompletionChunk,
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
