"""An operation's responses → what a plain call returns (:class:`~generator.ir.ResponsePlan`),
when it streams, and which error models its failures parse as."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.build.types import TypeBuilder, as_dict
from generator.ir import (
    ANY,
    Body,
    LiteralOf,
    ModelRef,
    Nullable,
    Prim,
    ResponsePlan,
    StreamInfo,
    Type,
    UnionOf,
)

JSON_MEDIA = re.compile(r"^(application|text)/([\w.+-]*\+)?json(;.*)?$|^\*/\*$", re.IGNORECASE)
_CHUNKY = re.compile(r"chunk|delta|event|stream", re.IGNORECASE)


@dataclass
class _Content:
    """The media types one success response declares, sorted by kind."""

    json: Any = None
    has_json: bool = False
    sse: Any = None
    has_sse: bool = False
    other: str | None = None  # "binary" | "text"
    other_types: tuple[str, ...] = ()
    x_stream: bool = False


def _is_bool(t: Type) -> bool:
    inner = t.inner if isinstance(t, Nullable) else t
    return inner == Prim("bool") or (isinstance(inner, LiteralOf) and all(isinstance(v, bool) for v in inner.values))


def _content(tb: TypeBuilder, op: dict[str, Any], resp: Any) -> _Content:
    c = _Content(x_stream=bool(op.get("x-stream")) or bool(isinstance(resp, dict) and resp.get("x-stream")))
    content = as_dict(as_dict(resp).get("content"))
    others: list[str] = []
    for ct, media in content.items():
        media = media if isinstance(media, dict) else {}
        low = str(ct).lower()
        schema = media.get("schema")
        if media.get("x-stream") or (isinstance(schema, dict) and schema.get("x-stream")):
            c.x_stream = True
        if low.startswith("text/event-stream"):
            c.has_sse, c.sse = True, schema
        elif JSON_MEDIA.match(low):
            if not c.has_json:
                c.has_json, c.json = True, schema
        else:
            others.append(str(ct))
            if c.other is None:
                target = tb.deref(schema)
                binary = isinstance(target, dict) and target.get("format") == "binary"
                c.other = "text" if low.startswith("text/") and not binary else "binary"
    c.other_types = tuple(others)
    return c


def response_plan(tb: TypeBuilder, op: dict[str, Any], hint: str, body: Body | None) -> ResponsePlan:
    """The first 2xx response decides. Several media types: a plain call gets the one that is
    not an event stream (``POST /audio/speech`` answers audio bytes); it streams only when the
    request asks for it (a boolean ``stream`` property) or when the stream is all there is."""
    responses = as_dict(op.get("responses"))
    codes = sorted((str(c) for c in responses if str(c).startswith("2")), key=lambda c: c.replace("X", "0"))
    if not codes and "default" in responses:
        codes = ["default"]
    if not codes:
        return ResponsePlan("empty", Prim("None"), None)
    c = _content(tb, op, tb.deref(responses[codes[0]]))
    stream_param, stream_default = _stream_switch(tb, body)
    kind = "json" if c.has_json else c.other or "empty"
    rtype: Type = Prim("None")
    cast_to = None
    if kind == "json":
        rtype = tb.type_of(c.json if isinstance(c.json, dict) else {}, hint + "Response")
        cast_to = tb.named(rtype, hint + "Response")
    elif kind == "binary":
        rtype = Prim("bytes")
    elif kind == "text":
        rtype = Prim("str")
    accept = ", ".join(c.other_types) if kind in ("binary", "text") else None
    if not (c.has_sse or c.x_stream):
        return ResponsePlan(kind, rtype, cast_to, accept)
    event: Type = ANY
    if c.has_sse:
        event = tb.type_of(c.sse, hint + "Event") if isinstance(c.sse, dict) else ANY
    else:
        event = rtype
        if isinstance(rtype, UnionOf):  # a union of the full answer and its chunk
            chunky = [v for v in rtype.variants if isinstance(v, ModelRef) and _CHUNKY.search(v.name)]
            full = [v for v in rtype.variants if v not in chunky]
            if len(chunky) == 1 and full:
                event = chunky[0]
                rtype = UnionOf(tuple(full)) if len(full) > 1 else full[0]
    event_cls = None if event in (ANY, Prim("str")) else tb.named(event, hint + "Event")
    # another media type (JSON, audio bytes) is the plain answer unless an argument asks for
    # the stream; an answer that arrives as an event stream anyway is still read as one
    always = not c.has_json and not c.other and stream_param is None
    stream = StreamInfo(event, event_cls, stream_param, stream_default or stream_param is None, always)
    if not c.has_json and not c.other and not always:
        # the JSON answer (stream=False) is undeclared: parse as the event type
        if rtype == Prim("None"):
            rtype = event
        cast_to = event_cls
        kind = "json"
    if always:
        kind = "json"
    if c.has_sse and accept and stream_param is not None:
        accept = ", ".join((*c.other_types, "text/event-stream"))
    return ResponsePlan(kind, rtype, cast_to, accept, stream)


def _stream_switch(tb: TypeBuilder, body: Body | None) -> tuple[str | None, bool]:
    """The body keyword that turns streaming on (``stream``), and whether it defaults to on."""
    if body is None:
        return None, False
    for f in body.fields:
        if f.json_name == "stream" and _is_bool(f.type):
            return f.name, f.default is not None and f.default.value is True
    return None, False


def error_types(tb: TypeBuilder, op: dict[str, Any], hint: str) -> list[tuple[int, str]]:
    """(status, model name) of the declared error bodies; status 0 is ``default``."""
    out: list[tuple[int, str]] = []
    responses = as_dict(op.get("responses"))
    for code, resp in responses.items():
        code_s = str(code)
        if code_s.startswith("2"):
            continue
        status = 0 if code_s == "default" else int(code_s) if code_s.isdigit() else None
        if status is None:
            continue
        resp = tb.deref(resp)
        content = as_dict(as_dict(resp).get("content"))
        for ct, media in content.items():
            if JSON_MEDIA.match(str(ct).lower()) and isinstance(media, dict) and isinstance(media.get("schema"), dict):
                name = hint + ("Error" if status == 0 else f"Error{status}")
                named = tb.named(tb.type_of(media["schema"], name), name)
                if named is not None:
                    out.append((status, named))
                break
    return sorted(out)
