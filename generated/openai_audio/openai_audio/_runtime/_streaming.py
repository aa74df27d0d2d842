"""``Stream`` / ``AsyncStream``: typed iteration over a Server-Sent Events response."""

from __future__ import annotations

import json
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Collection,
    Generator,
    Iterator,
)
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    redact,
)
from ._lazy import LazyModule
from ._sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    import httpx
    import pydantic

    from . import _models
else:
    httpx = LazyModule("httpx")
    pydantic = LazyModule("pydantic")
    _models = LazyModule(__name__.rpartition(".")[0] + "._models")

__all__ = ["AsyncStream", "Stream"]

T = TypeVar("T")

_DONE = "[DONE]"


class _StreamBase(Generic[T]):
    response: httpx.Response
    """The underlying httpx response (its body is being streamed)."""

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx.Response,
        secrets: Collection[str] = (),
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._secrets = tuple(s for s in secrets if s)
        self._decoder = SSEDecoder()

    # -- per event ---------------------------------------------------------------------------

    def _classify(self, sse: ServerSentEvent) -> str:
        """``"done"`` at ``[DONE]``, ``"skip"`` for an event without data, else ``"item"``.

        Raises ``APIError`` for an ``error`` event or a payload with a top-level ``"error"``.
        """
        data = sse.data
        stripped = data.strip()
        if stripped == _DONE:
            return "done"
        if sse.event == "error":
            raise self._error_from(data)
        if not stripped:
            return "skip"
        if '"error"' in data:
            try:
                decoded = json.loads(data)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict) and decoded.get("error") is not None:
                raise self._error_from(data, decoded)
        return "item"

    def _parse(self, data: str) -> T:
        if self._cast_to is None:
            try:
                value: Any = json.loads(data)
            except ValueError:
                value = data
            return value  # type: ignore[no-any-return]
        try:
            return _models.parse_json(self._cast_to, data)  # type: ignore[no-any-return]
        except pydantic.ValidationError as exc:
            name = getattr(self._cast_to, "__name__", repr(self._cast_to))
            detail = redact(str(exc), self._secrets)
            if len(detail) > 1000:
                detail = detail[:1000] + "…"
            raise APIResponseValidationError(
                self.response,
                data,
                message=f"A stream event does not match {name}: {detail}",
            ) from exc

    def _error_from(self, data: str, decoded: object = None) -> APIError:
        body: object = decoded
        if body is None:
            try:
                body = json.loads(data)
            except ValueError:
                body = data
        message: object = None
        if isinstance(body, dict):
            error = body.get("error")
            if isinstance(error, dict):
                message = error.get("message")
            elif isinstance(error, str):
                message = error
            if message is None:
                message = body.get("message")
        if not isinstance(message, str) or not message:
            excerpt = " ".join(data.split())[:500]
            message = f"The stream sent an error event: {excerpt}"
        return APIError(
            redact(message, self._secrets), self.response.request, body=body
        )

    def _end_of_input(self) -> None:
        pending = self._decoder.flush()
        if pending is not None and pending.data.strip() != _DONE:
            raise APIConnectionError(
                message="The event stream ended in the middle of an event "
                "(the connection was closed before the event was complete).",
                request=self.response.request,
            )

    def _transport_error(self, exc: httpx.TransportError) -> APIConnectionError:
        request = self.response.request
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                request, message="Timed out while reading the event stream."
            )
        return APIConnectionError(
            message=f"The event stream was cut off: {type(exc).__name__}.",
            request=request,
        )


class Stream(_StreamBase[T]):
    """Iterate a streamed response's events, each parsed as ``T``.

    Ends at ``data: [DONE]`` or at the end of the stream; raises ``APIError`` for an error
    event, ``APIConnectionError`` when the stream is cut off in the middle of an event. Use it as
    a context manager (or call ``close()``) to release the connection when stopping early.
    """

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx.Response,
        secrets: Collection[str] = (),
    ) -> None:
        super().__init__(cast_to=cast_to, response=response, secrets=secrets)
        self._iterator = self._items()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the response (and its connection). Safe to call more than once."""
        self._iterator.close()
        self.response.close()

    def _events(self) -> Iterator[ServerSentEvent]:
        decoder = self._decoder
        chunks = self.response.iter_bytes()
        while True:
            try:
                chunk = next(chunks, None)
            except httpx.TransportError as exc:
                raise self._transport_error(exc) from exc
            if chunk is None:
                break
            yield from decoder.feed(chunk)
        self._end_of_input()

    def _items(self) -> Generator[T, None, None]:
        try:
            for sse in self._events():
                kind = self._classify(sse)
                if kind == "done":
                    return
                if kind == "item":
                    yield self._parse(sse.data)
        finally:
            self.response.close()


class AsyncStream(_StreamBase[T]):
    """Async variant of :class:`Stream`: ``async for``, ``async with``, ``await close()``."""

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx.Response,
        secrets: Collection[str] = (),
    ) -> None:
        super().__init__(cast_to=cast_to, response=response, secrets=secrets)
        self._iterator = self._items()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the response (and its connection). Safe to call more than once."""
        await self._iterator.aclose()
        await self.response.aclose()

    aclose = close

    async def _events(self) -> AsyncIterator[ServerSentEvent]:
        decoder = self._decoder
        chunks = self.response.aiter_bytes()
        while True:
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                break
            except httpx.TransportError as exc:
                raise self._transport_error(exc) from exc
            for sse in decoder.feed(chunk):
                yield sse
        self._end_of_input()

    async def _items(self) -> AsyncGenerator[T, None]:
        try:
            async for sse in self._events():
                kind = self._classify(sse)
                if kind == "done":
                    return
                if kind == "item":
                    yield self._parse(sse.data)
        finally:
            await self.response.aclose()
