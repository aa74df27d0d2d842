"""``Client`` and ``AsyncClient`` for Streaming Chat Completion API with Multimedia Support.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime import AsyncAPIClient, AuthScheme, SyncAPIClient

if TYPE_CHECKING:
    from ._resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )

__all__ = ["AsyncClient", "Client"]

_AUTH_SCHEMES: tuple[AuthScheme, ...] = ()
_SECURITY = ()


class Client(SyncAPIClient):
    """Streaming Chat Completion API with Multimedia Support (sync).

    ``api_key`` defaults to the ``CHAT_STREAMING_API_KEY`` environment variable and
    ``base_url`` to ``CHAT_STREAMING_BASE_URL``, else the spec's first server.
    """

    _env_prefix = "CHAT_STREAMING"
    _default_base_url = ""
    _auth_schemes = _AUTH_SCHEMES
    _security = _SECURITY
    _package_name = "chat_streaming"
    _version = "1.0.0"

    @cached_property
    def chat(self) -> Chat:
        from ._resources.chat import Chat

        return Chat(self)

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ClientWithStreamingResponse(self)

    @property
    def _client(self) -> Client:
        return self


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from ._resources.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from ._resources.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)


class AsyncClient(AsyncAPIClient):
    """Streaming Chat Completion API with Multimedia Support (async).

    ``api_key`` defaults to the ``CHAT_STREAMING_API_KEY`` environment variable and
    ``base_url`` to ``CHAT_STREAMING_BASE_URL``, else the spec's first server.
    """

    _env_prefix = "CHAT_STREAMING"
    _default_base_url = ""
    _auth_schemes = _AUTH_SCHEMES
    _security = _SECURITY
    _package_name = "chat_streaming"
    _version = "1.0.0"

    @cached_property
    def chat(self) -> AsyncChat:
        from ._resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncClientWithStreamingResponse(self)

    @property
    def _client(self) -> AsyncClient:
        return self


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from ._resources.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from ._resources.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)
