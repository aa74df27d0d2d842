"""Base classes of generated resources, and the raw- and streaming-response wrappers."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

from ._response import APIResponse, AsyncAPIResponse
from ._types import RAW_RESPONSE_HEADER

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "AsyncResponseContextManager",
    "ResponseContextManager",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

STREAMED = "stream"
"""The raw-response marker's value that also leaves the body unread."""

P = ParamSpec("P")
R = TypeVar("R")


class SyncAPIResource:
    """A group of operations; generated methods call ``self._client.request(...)``."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """Async variant of :class:`SyncAPIResource`."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


def _with_raw_marker(kwargs: Mapping[str, Any], value: str = "true") -> Any:
    extra = kwargs.get("extra_headers") or {}
    return {**extra, RAW_RESPONSE_HEADER: value}


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a resource method so that it returns the raw :class:`APIResponse`.

    ``.parse()`` on the result gives what ``func`` itself would have returned.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        kwargs["extra_headers"] = _with_raw_marker(kwargs)
        return cast("APIResponse[R]", func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """Async variant of :func:`to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        kwargs["extra_headers"] = _with_raw_marker(kwargs)
        return cast("AsyncAPIResponse[R]", await func(*args, **kwargs))

    return wrapped


class ResponseContextManager(Generic[R]):
    """``with``: sends the request on entry, yields the response unread, closes it on exit."""

    def __init__(self, send: Callable[[], APIResponse[R]]) -> None:
        self._send = send
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """``async with`` variant of :class:`ResponseContextManager`."""

    def __init__(self, send: Callable[[], Awaitable[AsyncAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[R]]:
    """Wrap a resource method so that it returns a context manager yielding the response
    unread: ``iter_bytes()``, ``iter_lines()``, ``stream_to_file()`` read it as it arrives,
    ``.parse()`` gives what ``func`` itself would have returned."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[R]:
        kwargs["extra_headers"] = _with_raw_marker(kwargs, STREAMED)
        return ResponseContextManager(
            functools.partial(
                cast("Callable[..., APIResponse[R]]", func), *args, **kwargs
            )
        )

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[R]]:
    """Async variant of :func:`to_streamed_response_wrapper`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[R]:
        kwargs["extra_headers"] = _with_raw_marker(kwargs, STREAMED)
        send = cast("Callable[..., Awaitable[AsyncAPIResponse[R]]]", func)
        return AsyncResponseContextManager(functools.partial(send, *args, **kwargs))

    return wrapped
