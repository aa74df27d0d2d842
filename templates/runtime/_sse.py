"""An incremental Server-Sent Events decoder (WHATWG HTML, "event stream interpretation").

Feed it byte chunks split anywhere (inside a UTF-8 sequence, between CR and LF, ...) and it
returns each event once its terminating blank line has arrived.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

__all__ = ["RawEvent", "SSEDecoder", "ServerSentEvent", "aiter_sse", "iter_sse"]

_BOM = b"\xef\xbb\xbf"

RawEvent = tuple[str, bytes, str | None, int | None]
"""One dispatched event as ``(event, data, id, retry)``: see :class:`ServerSentEvent`; ``data``
is the UTF-8 text as received (not decoded: ``ServerSentEvent.data`` is it decoded with
replacement characters for invalid bytes)."""


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
    _data: list[bytes]
    _event: str
    _retry: int | None
    _last_event_id: str | None
    _open: bool  # a field line was seen since the last dispatch
    _idle: bool  # at an event boundary: BOM checked, no open line, field or CR

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
        self._idle = False

    @property
    def last_event_id(self) -> str | None:
        return self._last_event_id

    @property
    def idle(self) -> bool:
        """True between events: the BOM is checked and no line, field or CR is pending, so a
        chunk that is one whole event of one data line is that event as is."""
        return self._idle

    @property
    def in_event(self) -> bool:
        """True when input so far ended in the middle of an event (no closing blank line)."""
        if self._open or self._data:
            return True
        return bool(self._buffer) and not self._buffer.startswith(b":")

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk of the stream; returns the events it completed (often none)."""
        return [
            ServerSentEvent(
                event=event,
                data=data.decode("utf-8", errors="replace"),
                id=id,
                retry=retry,
            )
            for event, data, id, retry in self.feed_raw(chunk)
        ]

    def feed_raw(self, chunk: bytes) -> list[RawEvent]:
        """:meth:`feed` with each event as an ``(event, data, id, retry)`` tuple.

        The same decoding, without building a :class:`ServerSentEvent` per event nor decoding
        its data (what ``Stream`` iterates: pydantic validates the UTF-8 bytes directly).
        """
        if (
            self._idle
            and chunk[:6] == b"data: "
            and chunk.find(b"\n") == len(chunk) - 2
            and chunk[-1:] == b"\n"
            and chunk.find(b"\r") < 0
        ):
            # The usual chunk of a streaming API, one whole event of one data line, while
            # no line or event is open: dispatched as is.
            return [("message", chunk[6:-2], self._last_event_id, None)]
        events = self._feed(chunk)
        self._idle = self._bom_checked and not (
            self._open or self._buffer or self._skip_lf
        )
        return events

    def _feed(self, chunk: bytes) -> list[RawEvent]:
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
        if data[-2:] == b"\n\n" and not self._open and data.find(b"\r") < 0:
            # Whole events, LF line endings, no event open before this chunk (several events
            # in one chunk): each block between blank lines is one event, and a block that
            # is a single data line is dispatched directly (the state is fresh at every block
            # start).
            self._buffer = b""
            events: list[RawEvent] = []
            for block in data[:-2].split(b"\n\n"):
                if block[:5] == b"data:" and b"\n" not in block:
                    value = block[6:] if block[5:6] == b" " else block[5:]
                    events.append(("message", value, self._last_event_id, None))
                else:
                    self._process_lines(block.split(b"\n"), events)
                    event = self._dispatch()
                    if event is not None:
                        events.append(event)
            return events
        # bytes.splitlines splits on exactly CR, LF and CRLF; CR and LF never occur inside a
        # multi-byte UTF-8 sequence, so each complete line decodes on its own.
        lines = data.splitlines(keepends=True)
        if lines and lines[-1][-1:] not in (b"\n", b"\r"):
            self._buffer = lines.pop()
        else:
            self._buffer = b""
        if data[-1:] == b"\r":
            self._skip_lf = True
        events = []
        self._process_lines(
            [raw[:-2] if raw[-2:] == b"\r\n" else raw[:-1] for raw in lines], events
        )
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
                self._process_line(self._buffer)
            pending = ServerSentEvent(
                event=self._event or "message",
                data=b"\n".join(self._data).decode("utf-8", errors="replace"),
                id=self._last_event_id,
                retry=self._retry,
            )
        self._reset()
        return pending

    def _process_lines(self, lines: list[bytes], events: list[RawEvent]) -> None:
        """Process complete lines (without their line endings), appending dispatched events."""
        for line in lines:
            event = self._process_line(line)
            if event is not None:
                events.append(event)

    def _process_line(self, line: bytes) -> RawEvent | None:
        # Fields are matched on bytes (the names are ASCII; decoding with replacement
        # characters could not make another byte string match) and values decoded as UTF-8
        # with replacement characters, the data only when an event is built from it.
        if not line:
            return self._dispatch()
        if line[:1] == b":":
            return None
        field, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        self._open = True
        if field == b"data":
            self._data.append(value)
        elif field == b"event":
            self._event = value.decode("utf-8", errors="replace")
        elif field == b"id":
            if b"\0" not in value:
                self._last_event_id = value.decode("utf-8", errors="replace")
        elif field == b"retry" and value.isdigit():  # bytes.isdigit: ASCII digits only
            self._retry = int(value)
        # any other field is ignored
        return None

    def _dispatch(self) -> RawEvent | None:
        self._open = False
        if not self._data:
            # Per the spec an event without any data line is not dispatched.
            self._event = ""
            self._retry = None
            return None
        event = (
            self._event or "message",
            b"\n".join(self._data),
            self._last_event_id,
            self._retry,
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
