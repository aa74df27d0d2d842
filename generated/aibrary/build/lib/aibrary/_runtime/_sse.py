"""An incremental Server-Sent Events decoder (WHATWG HTML, "event stream interpretation").

Feed it byte chunks split anywhere (inside a UTF-8 sequence, between CR and LF, ...) and it
returns each event once its terminating blank line has arrived.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_sse", "iter_sse"]

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent:
    """One dispatched event.

    ``event`` is the event type (``"message"`` when the stream named none), ``data`` the data
    lines joined with ``"\\n"``, ``id`` the last event id seen so far in the stream (``None`` when
    there was none) and ``retry`` the reconnection time (ms) given inside this event, if any.
    """

    __slots__ = ("data", "event", "id", "retry")

    def __init__(
        self,
        *,
        event: str = "message",
        data: str = "",
        id: str | None = None,
        retry: int | None = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> object:
        """The data parsed as JSON (raises ``json.JSONDecodeError`` if it is not JSON)."""
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (
            other.event,
            other.data,
            other.id,
            other.retry,
        )

    def __hash__(self) -> int:
        return hash((self.event, self.data, self.id, self.retry))

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )


class SSEDecoder:
    """Stateful decoder: ``feed(chunk)`` returns the events completed by that chunk, ``flush()``
    marks the end of input and returns the event that was still open, if any."""

    _buffer: bytes  # bytes of the current, unterminated line
    _skip_lf: bool  # the previous chunk ended with CR: drop a leading LF
    _bom_checked: bool
    _data: list[str]
    _event: str
    _retry: int | None
    _last_event_id: str | None
    _open: bool  # a field line was seen since the last dispatch

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._buffer = b""
        self._skip_lf = False
        self._bom_checked = False
        self._data = []
        self._event = ""
        self._retry = None
        self._last_event_id = None
        self._open = False

    @property
    def last_event_id(self) -> str | None:
        return self._last_event_id

    @property
    def in_event(self) -> bool:
        """True when input so far ended in the middle of an event (no closing blank line)."""
        if self._open or self._data:
            return True
        return bool(self._buffer) and not self._buffer.startswith(b":")

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk of the stream; returns the events it completed (often none)."""
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        data = self._buffer + chunk if self._buffer else chunk
        if not self._bom_checked:
            if len(data) < len(_BOM) and _BOM.startswith(data):
                self._buffer = data
                return []
            self._bom_checked = True
            data = data.removeprefix(_BOM)
        # bytes.splitlines splits on exactly CR, LF and CRLF; CR and LF never occur inside a
        # multi-byte UTF-8 sequence, so each complete line decodes on its own.
        lines = data.splitlines(keepends=True)
        if lines and lines[-1][-1:] not in (b"\n", b"\r"):
            self._buffer = lines.pop()
        else:
            self._buffer = b""
        if data[-1:] == b"\r":
            self._skip_lf = True
        events: list[ServerSentEvent] = []
        for raw in lines:
            if raw[-2:] == b"\r\n":
                line = raw[:-2]
            else:
                line = raw[:-1]
            event = self._process_line(line.decode("utf-8", errors="replace"))
            if event is not None:
                events.append(event)
        return events

    def flush(self) -> ServerSentEvent | None:
        """Mark the end of the input and reset the decoder.

        Returns ``None`` when the stream ended on an event boundary. When it ended in the middle
        of an event (fields or an unterminated line after the last blank line), returns that
        incomplete event as it stands: per the spec it must not be dispatched, but the caller
        learns that the stream was cut off.
        """
        incomplete = self.in_event
        pending: ServerSentEvent | None = None
        if incomplete:
            if self._buffer:
                self._process_line(self._buffer.decode("utf-8", errors="replace"))
            pending = ServerSentEvent(
                event=self._event or "message",
                data="\n".join(self._data),
                id=self._last_event_id,
                retry=self._retry,
            )
        self._reset()
        return pending

    def _process_line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        field, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        self._open = True
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self._last_event_id = value
        elif field == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        # any other field is ignored
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        self._open = False
        if not self._data:
            # Per the spec an event without any data line is not dispatched.
            self._event = ""
            self._retry = None
            return None
        event = ServerSentEvent(
            event=self._event or "message",
            data="\n".join(self._data),
            id=self._last_event_id,
            retry=self._retry,
        )
        self._data = []
        self._event = ""
        self._retry = None
        return event


def iter_sse(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Events of a byte stream; incomplete trailing input is dropped (use SSEDecoder to see it)."""
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    decoder.flush()


async def aiter_sse(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Async variant of :func:`iter_sse`."""
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    decoder.flush()
