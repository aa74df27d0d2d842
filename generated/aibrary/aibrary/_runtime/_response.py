"""Raw responses: what ``client.with_raw_response.<...>`` methods return, and the unread
responses ``client.with_streaming_response.<...>`` methods yield."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._lazy import LazyModule

if TYPE_CHECKING:
    import httpx
else:
    httpx = LazyModule("httpx")

__all__ = ["APIResponse", "AsyncAPIResponse"]

R = TypeVar("R")

_UNSET: Any = object()


class _ResponseBase(Generic[R]):
    http_response: httpx.Response
    """The underlying httpx response."""

    def __init__(
        self, *, raw: httpx.Response, parser: Callable[[], R], read_first: bool = False
    ) -> None:
        self.http_response = raw
        self._parser = parser
        self._parsed: Any = _UNSET
        # an unread (streamed) response: ``parse()`` reads the body first, unless the
        # value is itself a stream of events
        self._read_first = read_first

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def _parse_once(self) -> R:
        if self._parsed is _UNSET:
            self._parsed = self._parser()
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]>"


class APIResponse(_ResponseBase[R]):
    """A raw response: status, headers and body, plus ``parse()`` for the usual return value."""

    @property
    def content(self) -> bytes:
        """The body bytes (read now if the response was streamed)."""
        return self.http_response.read()

    @property
    def text(self) -> str:
        self.http_response.read()
        return self.http_response.text

    def read(self) -> bytes:
        return self.http_response.read()

    def json(self) -> object:
        return json.loads(self.http_response.read())

    def parse(self) -> R:
        """The value the normal (non-raw) call would have returned; cached."""
        if self._read_first:
            self.http_response.read()
        return self._parse_once()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives, in chunks (``chunk_size`` bytes each, when given)."""
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body decoded as text as it arrives."""
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body's lines as they arrive, without their line endings."""
        yield from self.http_response.iter_lines()

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` as it arrives, never holding all of it in memory."""
        with open(file, "wb") as out:
            out.writelines(self.http_response.iter_bytes(chunk_size))

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_ResponseBase[R]):
    """Async variant of :class:`APIResponse`: reading methods are awaitables."""

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.http_response.aread()
        return self.http_response.text

    async def json(self) -> object:
        return json.loads(await self.http_response.aread())

    async def parse(self) -> R:
        """The value the normal (non-raw) call would have returned; cached."""
        if self._read_first:
            await self.http_response.aread()
        return self._parse_once()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives, in chunks (``chunk_size`` bytes each, when given)."""
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body decoded as text as it arrives."""
        async for text in self.http_response.aiter_text(chunk_size):
            yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines as they arrive, without their line endings."""
        async for line in self.http_response.aiter_lines():
            yield line

    async def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Write the body to ``file`` as it arrives, never holding all of it in memory."""
        # a local write of a chunk already received is brief: no thread needed
        with open(file, "wb") as out:  # noqa: ASYNC230
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                out.write(chunk)

    async def close(self) -> None:
        await self.http_response.aclose()
