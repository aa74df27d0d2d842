"""Base classes of generated resources, and the raw-response wrappers."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._response import APIResponse, AsyncAPIResponse
from ._types import RAW_RESPONSE_HEADER

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

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


def _with_raw_marker(kwargs: Mapping[str, Any]) -> Any:
    extra = kwargs.get("extra_headers") or {}
    return {**extra, RAW_RESPONSE_HEADER: "true"}


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
