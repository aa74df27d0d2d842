"""``Stream`` / ``AsyncStream``: typed iteration over a Server-Sent Events response."""

from __future__ import annotations

import json
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
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
from ._sse import SSEDecoder

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
        self._parser_parts: tuple[Callable[..., Any], Any, bool] | None = None

    # -- per event ---------------------------------------------------------------------------
    #
    # ``_items`` (sync and async) takes the usual chunk, one whole event whose only line is
    # ``data: {...}`` while the decoder is between events, without the decoder (which would
    # return that data as is) and validates its bytes directly; everything else goes through
    # ``SSEDecoder.feed_raw`` and ``_classify``. Both paths deliver the same items and raise the
    # same errors.

    def _classify(self, event: str, data: str) -> str:
        """``"done"`` at ``[DONE]``, ``"skip"`` for an event without data, else ``"item"``.

        Raises ``APIError`` for an ``error`` event or a payload with a top-level ``"error"``.
        """
        stripped = data.strip()
        if stripped == _DONE:
            return "done"
        if event == "error":
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

    def _parser(self) -> tuple[Callable[..., Any], Any, bool]:
        """``(validate, context, error_in_extra)``, resolved once per stream.

        ``validate(data, context=context)`` parses an event's data (``bytes`` or ``str``) as
        ``T`` and raises ``pydantic.ValidationError`` when it does not fit. When
        ``error_in_extra``, a top-level ``"error"`` of the data lands in the parsed item's
        ``model_extra``, so it is looked for there after validating rather than in the text
        before.
        """
        parts = self._parser_parts
        if parts is None:
            tp = self._cast_to
            if tp is None:
                parts = (_json_or_text, None, False)
            else:
                parts = (
                    _models.json_validator(tp),
                    _models.LENIENT_CONTEXT,
                    _models.keeps_extra_key(tp, "error"),
                )
            self._parser_parts = parts
        return parts

    def _parse(self, data: bytes) -> T:
        """An event's data (UTF-8 as received) parsed as ``T``; raises
        ``APIResponseValidationError`` when it does not fit."""
        validate, context, _ = self._parser()
        try:
            return validate(data, context=context)  # type: ignore[no-any-return]
        except pydantic.ValidationError as exc:
            error = exc
        text = data.decode("utf-8", errors="replace")
        if text.encode() != data:
            # not valid UTF-8: the data is its text with replacement characters
            try:
                return validate(text, context=context)  # type: ignore[no-any-return]
            except pydantic.ValidationError as exc:
                error = exc
        name = getattr(self._cast_to, "__name__", repr(self._cast_to))
        detail = redact(str(error), self._secrets)
        if len(detail) > 1000:
            detail = detail[:1000] + "…"
        raise APIResponseValidationError(
            self.response,
            text,
            message=f"A stream event does not match {name}: {detail}",
        ) from error

    def _checked_parse(self, data: bytes) -> T:
        """The item of a ``message`` event whose data is a JSON object, by the slow path:
        raises ``APIError`` for an error payload, else parses."""
        self._classify("message", data.decode("utf-8", errors="replace"))
        return self._parse(data)

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
        # the generator itself: a ``for`` loop then skips a ``__next__`` call per event
        return self._iterator

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

    def _items(self) -> Generator[T, None, None]:
        decoder = self._decoder
        validate: Callable[..., Any] | None = None
        context: Any = None
        error_in_extra = False
        idle = False  # the decoder is between events (see the note in _StreamBase)
        try:
            try:
                for chunk in _chunks(self.response):
                    if (
                        idle
                        and chunk[:7] == b"data: {"
                        and chunk.find(b"\n") == len(chunk) - 2
                        and chunk[-1] == 10
                        and chunk.find(b"\r") < 0
                    ):
                        data = chunk[6:-2]
                        if validate is None:
                            validate, context, error_in_extra = self._parser()
                        if error_in_extra:
                            try:
                                item = validate(data, context=context)
                            except pydantic.ValidationError:
                                item = self._checked_parse(data)
                            else:
                                extra = item.__pydantic_extra__
                                if extra and extra.get("error") is not None:
                                    item = self._checked_parse(data)
                        elif data.find(b'"error"') < 0:
                            try:
                                item = validate(data, context=context)
                            except pydantic.ValidationError:
                                item = self._parse(data)  # raises the client's error
                        else:
                            item = self._checked_parse(data)
                        yield item
                        continue
                    for event, raw, _, _ in decoder.feed_raw(chunk):
                        text = raw.decode("utf-8", errors="replace")
                        kind = self._classify(event, text)
                        if kind == "done":
                            return
                        if kind == "item":
                            yield self._parse(raw)
                    idle = decoder.idle
            except httpx.TransportError as exc:
                raise self._transport_error(exc) from exc
            self._end_of_input()
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
        # the generator itself: an ``async for`` then skips an ``__anext__`` call per event
        return self._iterator

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

    async def _items(self) -> AsyncGenerator[T, None]:
        decoder = self._decoder
        validate: Callable[..., Any] | None = None
        context: Any = None
        error_in_extra = False
        idle = False  # the decoder is between events (see the note in _StreamBase)
        try:
            try:
                async for chunk in _achunks(self.response):
                    if (
                        idle
                        and chunk[:7] == b"data: {"
                        and chunk.find(b"\n") == len(chunk) - 2
                        and chunk[-1] == 10
                        and chunk.find(b"\r") < 0
                    ):
                        data = chunk[6:-2]
                        if validate is None:
                            validate, context, error_in_extra = self._parser()
                        if error_in_extra:
                            try:
                                item = validate(data, context=context)
                            except pydantic.ValidationError:
                                item = self._checked_parse(data)
                            else:
                                extra = item.__pydantic_extra__
                                if extra and extra.get("error") is not None:
                                    item = self._checked_parse(data)
                        elif data.find(b'"error"') < 0:
                            try:
                                item = validate(data, context=context)
                            except pydantic.ValidationError:
                                item = self._parse(data)  # raises the client's error
                        else:
                            item = self._checked_parse(data)
                        yield item
                        continue
                    for event, raw, _, _ in decoder.feed_raw(chunk):
                        text = raw.decode("utf-8", errors="replace")
                        kind = self._classify(event, text)
                        if kind == "done":
                            return
                        if kind == "item":
                            yield self._parse(raw)
                    idle = decoder.idle
            except httpx.TransportError as exc:
                raise self._transport_error(exc) from exc
            self._end_of_input()
        finally:
            await self.response.aclose()


def _plain_body(response: httpx.Response) -> bool:
    """No content encoding: the raw bytes are the body (``iter_raw`` is ``iter_bytes``
    without its decoding layer)."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    return encoding in ("", "identity") and not response.is_stream_consumed


def _chunks(response: httpx.Response) -> Iterator[bytes]:
    return response.iter_raw() if _plain_body(response) else response.iter_bytes()


def _achunks(response: httpx.Response) -> AsyncIterator[bytes]:
    return response.aiter_raw() if _plain_body(response) else response.aiter_bytes()


def _json_or_text(data: bytes | str, context: object = None) -> Any:
    """A stream without a model: each event's data as JSON, or as the text it is."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    try:
        return json.loads(text)
    except ValueError:
        return text
