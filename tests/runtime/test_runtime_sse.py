"""The SSE decoder alone (no HTTP): line endings, chunk splits, fields, end of input."""

from __future__ import annotations

import json

import pytest
from runtime._sse import ServerSentEvent, SSEDecoder, iter_sse


def decode(*chunks: bytes) -> tuple[list[ServerSentEvent], ServerSentEvent | None]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    return events, decoder.flush()


def ev(
    data: str, event: str = "message", id: str | None = None, retry: int | None = None
):
    return ServerSentEvent(event=event, data=data, id=id, retry=retry)


STREAM = (
    ": a comment\n"
    "event: greeting\n"
    "id: 7\n"
    "retry: 1500\n"
    "data: héllo 👋\n"
    "data:  two spaces\n"
    "\n"
    'data:{"a": 1}\n'
    "\n"
    "data\n"
    "\n"
    "event: done\n"
    "data: [DONE]\n"
    "\n"
)
EXPECTED = [
    ev("héllo 👋\n two spaces", event="greeting", id="7", retry=1500),
    ev('{"a": 1}', id="7"),
    ev("", id="7"),
    ev("[DONE]", event="done", id="7"),
]


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"], ids=["LF", "CR", "CRLF"])
def test_line_endings(eol: str) -> None:
    raw = STREAM.replace("\n", eol).encode("utf-8")
    events, pending = decode(raw)
    assert events == EXPECTED
    assert pending is None


def test_mixed_line_endings() -> None:
    raw = b"data: a\rdata: b\r\ndata: c\n\r\n"
    assert decode(raw) == ([ev("a\nb\nc")], None)


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"], ids=["LF", "CR", "CRLF"])
def test_every_split_point(eol: str) -> None:
    raw = STREAM.replace("\n", eol).encode("utf-8")
    for i in range(len(raw) + 1):
        events, pending = decode(raw[:i], raw[i:])
        assert events == EXPECTED, f"split at byte {i}"
        assert pending is None


def test_byte_by_byte() -> None:
    raw = STREAM.replace("\n", "\r\n").encode("utf-8")
    events, pending = decode(*[raw[i : i + 1] for i in range(len(raw))])
    assert events == EXPECTED
    assert pending is None


def test_three_way_splits_inside_utf8_and_crlf() -> None:
    raw = "data: 日本語\r\n\r\n".encode()
    for i in range(len(raw)):
        for j in range(i, len(raw)):
            events, pending = decode(raw[:i], raw[i:j], raw[j:])
            assert events == [ev("日本語")], (i, j)
            assert pending is None


def test_cr_then_lf_in_next_chunk_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r") == []
    # the LF completes the CRLF of the data line; it is not a blank line
    assert decoder.feed(b"\n") == []
    assert decoder.feed(b"\r") == [ev("x")]
    assert decoder.feed(b"\n") == []  # completes that CRLF, no second dispatch
    assert decoder.flush() is None


def test_events_dispatch_as_soon_as_the_blank_line_arrives() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: 1\n") == []
    assert decoder.feed(b"\n") == [ev("1")]
    assert decoder.feed(b"data: 2\n\ndata: 3\n\ndata: 4") == [ev("2"), ev("3")]
    pending = decoder.flush()
    assert pending is not None and pending.data == "4"


def test_comments_and_unknown_fields_are_ignored() -> None:
    events, pending = decode(b":keepalive\n\n: x\nfoo: bar\ndata: ok\nbaz\n\n")
    assert events == [ev("ok")]
    assert pending is None


def test_space_stripping_only_one() -> None:
    events, _ = decode(b"data:   three\n\ndata:none\n\n")
    assert [e.data for e in events] == ["  three", "none"]


def test_field_without_colon() -> None:
    events, _ = decode(b"data\ndata\n\n", b"event\ndata: x\n\n")
    assert events == [ev("\n"), ev("x")]  # an empty event name means "message"


def test_id_persists_and_nul_ids_are_ignored() -> None:
    events, _ = decode(
        b"id: 1\ndata: a\n\ndata: b\n\nid: 2\x003\ndata: c\n\nid\ndata: d\n\n"
    )
    assert [e.id for e in events] == ["1", "1", "1", ""]


def test_retry_accepts_ascii_digits_only() -> None:
    events, _ = decode(
        b"retry: 10\ndata: a\n\n"
        b"retry: 1x\ndata: b\n\n"
        b"retry: -5\ndata: c\n\n"
        b"retry: \xc2\xb2\ndata: d\n\n"  # superscript two: a digit, but not ASCII
        b"retry:\ndata: e\n\n"
    )
    assert [e.retry for e in events] == [10, None, None, None, None]


def test_event_without_data_is_not_dispatched() -> None:
    events, pending = decode(b"event: ping\n\nid: 5\n\ndata: x\n\n")
    assert events == [ev("x", id="5")]
    assert pending is None


def test_event_name_resets_after_dispatch() -> None:
    events, _ = decode(b"event: a\ndata: 1\n\ndata: 2\n\n")
    assert [e.event for e in events] == ["a", "message"]


def test_bom_is_stripped_even_when_split() -> None:
    raw = b"\xef\xbb\xbfdata: x\n\n"
    for i in range(len(raw) + 1):
        assert decode(raw[:i], raw[i:]) == ([ev("x")], None), i


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    events, _ = decode(b"data: \xff\xfe ok\n\n")
    assert events == [ev("\ufffd\ufffd ok")]


def test_flush_reports_an_unterminated_event() -> None:
    # data but no blank line
    _, pending = decode(b'data: {"a": 1}\n')
    assert pending == ev('{"a": 1}')
    # a partial line
    _, pending = decode(b"data: partial")
    assert pending == ev("partial")
    # only an event name so far
    _, pending = decode(b"data: 1\n\nevent: x\n")
    assert pending is not None and pending.event == "x"
    # a trailing comment is not an event
    assert decode(b"data: 1\n\n: bye")[1] is None
    assert decode(b"data: 1\n\n:bye\n")[1] is None
    assert decode(b"")[1] is None


def test_flush_resets_the_decoder() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"data: a")
    assert decoder.flush() is not None
    assert decoder.feed(b"data: b\n\n") == [ev("b")]


def test_in_event_property() -> None:
    decoder = SSEDecoder()
    assert not decoder.in_event
    decoder.feed(b"data: a\n")
    assert decoder.in_event
    decoder.feed(b"\n")
    assert not decoder.in_event
    decoder.feed(b": comment")
    assert not decoder.in_event


def test_json_and_repr() -> None:
    event = ev('{"k": [1, 2]}', event="e", id="1", retry=3)
    assert event.json() == {"k": [1, 2]}
    assert "event='e'" in repr(event)
    with pytest.raises(json.JSONDecodeError):
        ev("nope").json()


def test_iter_sse_drops_incomplete_tail() -> None:
    assert list(iter_sse([b"data: a\n", b"\ndata: b"])) == [ev("a")]


def test_large_event_in_many_chunks() -> None:
    payload = "x" * 100_000
    raw = f"data: {payload}\n\n".encode()
    chunks = [raw[i : i + 997] for i in range(0, len(raw), 997)]
    events, pending = decode(*chunks)
    assert events == [ev(payload)]
    assert pending is None


# events as servers send them, one per chunk or several at once: the decoder's shortcuts for
# whole events (one data line, LF endings, nothing pending) must decode exactly as the general
# path does, byte by byte
WHOLE_EVENTS = [
    'data: {"a": 1}\n\n',
    "id: 9\n\n",
    'data: {"b": 2}\n\n',  # keeps id 9
    "data:no space\n\n",
    "data:  two spaces\n\n",
    ": comment only\n\n",
    "event: named\ndata: x\n\n",
    'data: {"c": 3}\n\n',  # the event name was reset
    "data: multi\ndata: line\n\n",
    "data: \xff\xfe bytes\n\n",  # invalid UTF-8 (written below as latin-1 bytes)
    "data: crlf\r\n\r\n",
    "data: after crlf\n\n",
    "retry: 10\ndata: r\n\n",
    "data: r2\n\n",  # retry is per event
    "data:\n\n",
    "\n\n",
    "data: [DONE]\n\n",
]


def _raw(text: str) -> bytes:
    return text.encode("latin-1") if "\xff" in text else text.encode("utf-8")


@pytest.mark.parametrize("group", [1, 2, 3, len(WHOLE_EVENTS)])
def test_whole_event_chunks_decode_like_bytes(group: int) -> None:
    raws = [_raw(t) for t in WHOLE_EVENTS]
    joined = b"".join(raws)
    expected, _ = decode(*[joined[i : i + 1] for i in range(len(joined))])
    chunks = [b"".join(raws[i : i + group]) for i in range(0, len(raws), group)]
    assert decode(*chunks) == (expected, None)
    decoder = SSEDecoder()  # feed_raw: the same events as tuples, data undecoded
    raw_events = [e for c in chunks for e in decoder.feed_raw(c)]
    assert [(e, d.decode("utf-8", "replace"), i, r) for e, d, i, r in raw_events] == [
        (x.event, x.data, x.id, x.retry) for x in expected
    ]
    assert ev("\ufffd\ufffd bytes", id="9") in expected
