"""The measured side of the benchmark: one measurement per process, result on stdout.

Run as a script (``python tests/bench/_child.py MODE ...``), never imported by the parent: it
runs under the project's ``.venv`` (``parse``, ``stages``) or under ``.bench-venv/clients``
(``import``, ``first``, ``stream``, ``call``: the same interpreter and the same httpx/pydantic for
our client and for openai's), so it imports nothing from this repository and only the standard
library at the top (``stages`` imports the generator, from the project's ``.venv``).

The last line printed is ``BENCH_RESULT {json}``; everything else is diagnostics.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

RESULT_PREFIX = "BENCH_RESULT "
BASE_URL = "https://api.openai.com/v1"
UNKNOWN_FIELD = "x_bench_unknown"
"""A field no version of the spec declares: it must survive on our parsed chunks."""


def emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


# -- parse floor -------------------------------------------------------------------------------


def mode_parse(args: argparse.Namespace) -> None:
    """Time only ``yaml.load(text, CSafeLoader)`` / ``json.loads(text)`` of an already read file."""
    with open(args.spec, encoding="utf-8") as fh:
        text = fh.read()
    if args.spec.endswith(".json"):
        loader = "json.loads"
        start = time.perf_counter()
        json.loads(text)
    else:
        yaml: Any = importlib.import_module("yaml")
        loader = "yaml.load(CSafeLoader)"
        start = time.perf_counter()
        yaml.load(text, Loader=yaml.CSafeLoader)
    emit({"seconds": time.perf_counter() - start, "loader": loader})


# -- generator stages (un-profiled) ------------------------------------------------------------


def mode_stages(args: argparse.Namespace) -> None:
    """Wall time per stage of ``generate_api`` without a profiler's distortion.

    Every function that ``generator.pipeline`` calls through its module globals (load_path,
    validate, resolve, normalize, lint, build, render_package, format_files, ...) is wrapped with
    a timer, so the list follows the pipeline as it is edited.
    """
    import os
    import types
    from pathlib import Path

    os.environ["OPENAPI_PYCLIENT_NO_CACHE"] = "1"
    from generator import pipeline
    from generator.write import write_tree

    totals: dict[str, float] = {}
    skip = {"generate_api", "load_and_check", "api_only"}

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*a: Any, **kw: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                totals[name] = totals.get(name, 0.0) + time.perf_counter() - start

        return timed

    for name, obj in list(vars(pipeline).items()):
        if (
            isinstance(obj, types.FunctionType)
            and name not in skip
            and obj.__module__.startswith("generator.")
        ):
            setattr(pipeline, name, wrap(name, obj))
    start = time.perf_counter()
    result = pipeline.generate_api(Path(args.spec), args.pkg)
    generated = time.perf_counter() - start
    write_start = time.perf_counter()
    write_tree(Path(args.out), result.texts())
    totals["write_tree"] = time.perf_counter() - write_start
    emit({"stages": totals, "generate_api": generated})


# -- import cost -------------------------------------------------------------------------------


def mode_import(args: argparse.Namespace) -> None:
    """``import PKG; c = PKG.Client(api_key="x"); c.chat.completions`` timed in-process."""
    if args.client == "ours":
        start = time.perf_counter()
        pkg = importlib.import_module(args.pkg)
        client = pkg.Client(api_key="x")
        client.chat.completions  # noqa: B018 - the attribute access is the measurement
        seconds = time.perf_counter() - start
    else:
        start = time.perf_counter()
        openai: Any = importlib.import_module("openai")
        client = openai.OpenAI(api_key="x")
        client.chat.completions  # noqa: B018
        seconds = time.perf_counter() - start
    emit({"seconds": seconds, "modules": len(sys.modules)})


# -- SSE fixture -------------------------------------------------------------------------------

_WORDS = (
    " the",
    " a",
    " model",
    " stream",
    " token",
    " of",
    " and",
    " to",
    " in",
    " is",
    " that",
    " it",
    " for",
    " with",
    " as",
    " on",
    " request",
    " response",
    ",",
    ".",
    " JSON",
    " data",
    " café",
    " naïve",
    " 日本",
    " —",
    "\n",
    ' "quoted"',
    " back\\slash",
    " emoji 🎉",
)


def sse_events(n: int, seed: int = 20_000) -> list[bytes]:
    """``n`` realistic ``chat.completion.chunk`` events and ``[DONE]``, one bytes per event.

    Mostly content deltas of one to four tokens; every 50th chunk opens a tool call and the next
    three stream its arguments (``content`` null there, as the API sends it); ``usage`` null;
    ``obfuscation`` (declared by the current spec) and :data:`UNKNOWN_FIELD` on every chunk.
    """
    rng = random.Random(seed)
    created = 1_732_200_000
    chunk_id = "chatcmpl-BENCH" + "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20)
    )
    events: list[bytes] = []
    tool_index = -1
    for i in range(n):
        delta: dict[str, Any]
        finish: str | None = None
        if i == 0:
            delta = {"role": "assistant", "content": "", "refusal": None}
        elif i == n - 1:
            delta = {}
            finish = "stop"
        elif i % 50 == 0:
            tool_index += 1
            delta = {
                "content": None,
                "tool_calls": [
                    {
                        "index": tool_index,
                        "id": f"call_{tool_index:06d}",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": ""},
                    }
                ],
            }
        elif i % 50 in (1, 2, 3) and tool_index >= 0:
            part = ('{"city": "Par', 'is", "unit": "c', 'elsius"}')[i % 50 - 1]
            delta = {
                "content": None,
                "tool_calls": [{"index": tool_index, "function": {"arguments": part}}],
            }
        else:
            delta = {"content": "".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4)))}
        chunk = {
            "id": chunk_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": "gpt-4o-2024-08-06",
            "service_tier": "default",
            "system_fingerprint": "fp_bench01",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            "usage": None,
            "obfuscation": "".join(rng.choice("ABCDEFGHIJ") for _ in range(rng.randint(2, 12))),
            UNKNOWN_FIELD: f"u{i}",
        }
        text = json.dumps(chunk, separators=(",", ":"), ensure_ascii=False)
        events.append(b"data: " + text.encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


# -- clients over a mock transport -------------------------------------------------------------

_MODEL = {"id": "gpt-4o", "object": "model", "created": 1_715_367_049, "owned_by": "system"}
_EMBEDDING = {
    "object": "list",
    "data": [{"object": "embedding", "index": 0, "embedding": [0.0023, -0.0093, 0.0158, -0.0071]}],
    "model": "text-embedding-3-small",
    "usage": {"prompt_tokens": 2, "total_tokens": 2},
}


def make_client(which: str, pkg: str, body: list[list[bytes]]) -> Any:
    """Our client or openai's, both over an in-memory mock transport of their own httpx.

    ``body[0]`` is the event list the next streamed response sends, one chunk per event (as a
    server flushes them); JSON endpoints get small canned bodies.
    """
    hx: Any
    if which == "ours":
        hx = importlib.import_module("httpx")
        factory = importlib.import_module(pkg).Client
    else:
        hx = importlib.import_module("httpx2")  # openai 3.x runs on httpx2
        factory = importlib.import_module("openai").OpenAI

    class Events(hx.SyncByteStream):  # type: ignore[misc]
        def __init__(self, events: list[bytes]) -> None:
            self._events = events

        def __iter__(self) -> Iterator[bytes]:
            yield from self._events

    def handler(request: Any) -> Any:
        path = request.url.path
        if path.endswith("/chat/completions"):
            return hx.Response(
                200, headers={"content-type": "text/event-stream"}, stream=Events(body[0])
            )
        if path.endswith("/embeddings"):
            return hx.Response(200, json=_EMBEDDING)
        if "/models/" in path:
            return hx.Response(200, json=_MODEL)
        return hx.Response(404, json={"error": {"message": f"no route {path}"}})

    http_client = hx.Client(transport=hx.MockTransport(handler))
    return factory(base_url=BASE_URL, api_key="sk-bench", http_client=http_client)


def _consume(client: Any) -> tuple[int, list[str], dict[int, list[str]], Any]:
    count = 0
    content: list[str] = []
    tool_args: dict[int, list[str]] = {}
    last: Any = None
    stream = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Say something."}], stream=True
    )
    for chunk in stream:
        count += 1
        last = chunk
        delta = chunk.choices[0].delta
        if delta.content is not None:
            content.append(delta.content)
        if delta.tool_calls:
            for call in delta.tool_calls:
                if call.function is not None and call.function.arguments:
                    tool_args.setdefault(call.index, []).append(call.function.arguments)
    return count, content, tool_args, last


def mode_stream(args: argparse.Namespace) -> None:
    body = [sse_events(300, seed=1)]
    client = make_client(args.client, args.pkg, body)
    _consume(client)  # warm-up: lazy model builds, first-request setup
    body[0] = sse_events(args.events)
    start = time.perf_counter()
    count, content, tool_args, last = _consume(client)
    seconds = time.perf_counter() - start
    extra = getattr(last, "model_extra", None) or {}
    joined = "".join(content)
    args_joined = json.dumps({k: "".join(v) for k, v in sorted(tool_args.items())})
    emit(
        {
            "events": count,
            "seconds": seconds,
            "per_second": count / seconds,
            "content_sha256": hashlib.sha256(joined.encode()).hexdigest(),
            "content_chars": len(joined),
            "tool_args_sha256": hashlib.sha256(args_joined.encode()).hexdigest(),
            "tool_calls": len(tool_args),
            "unknown_field": extra.get(UNKNOWN_FIELD),
            "expected_unknown": f"u{args.events - 1}",
            "obfuscation": getattr(last, "obfuscation", None),
            "chunk_type": f"{type(last).__module__}.{type(last).__qualname__}",
        }
    )


def mode_decode(args: argparse.Namespace) -> None:
    """The floor under the stream rate: each event's data (the bytes after ``data: ``) decoded
    alone, item dropped as a consumer drops it; ``json.loads`` for both clients, plus the
    client's own chunk model's ``validate_json`` (pydantic-core parsing and building it)."""
    datas = [e[6:-2] for e in sse_events(args.events) if e.startswith(b"data: {")]
    if args.client == "ours":
        model: Any = importlib.import_module(f"{args.pkg}.models").CreateChatCompletionStreamResponse
    else:
        model = importlib.import_module("openai.types.chat").ChatCompletionChunk
    validate = model.__pydantic_validator__.validate_json

    def rate(decode: Callable[[bytes], object]) -> float:
        for data in datas[:300]:  # warm-up
            decode(data)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for data in datas:
                decode(data)
            best = min(best, time.perf_counter() - start)
        return len(datas) / best

    emit({"json_loads": rate(json.loads), "validate_json": rate(validate), "events": len(datas)})


def mode_first(args: argparse.Namespace) -> None:
    """Time to the first response: import, construct over a mock transport, one small call.

    What a lazy import defers (httpx, pydantic, model building) is paid here.
    """
    start = time.perf_counter()
    client = make_client(args.client, args.pkg, [[]])
    client.models.retrieve(model="gpt-4o")
    emit({"seconds": time.perf_counter() - start, "modules": len(sys.modules)})


def mode_call(args: argparse.Namespace) -> None:
    client = make_client(args.client, args.pkg, [[]])
    if args.op == "retrieve":

        def call() -> Any:
            return client.models.retrieve(model="gpt-4o")

    else:

        def call() -> Any:
            return client.embeddings.create(
                model="text-embedding-3-small", input="hello", encoding_format="float"
            )

    for _ in range(200):  # warm-up
        result = call()
    check = result.model_dump(mode="json")
    timings: list[int] = []
    clock = time.perf_counter_ns
    for _ in range(args.calls):
        start = clock()
        call()
        timings.append(clock() - start)
    timings.sort()
    emit(
        {
            "calls": args.calls,
            "median_us": statistics.median(timings) / 1000,
            "mean_us": statistics.fmean(timings) / 1000,
            "p90_us": timings[int(len(timings) * 0.9)] / 1000,
            "result_type": f"{type(result).__module__}.{type(result).__qualname__}",
            "result": check,
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("parse")
    p.add_argument("spec")
    s = sub.add_parser("stages")
    s.add_argument("spec")
    s.add_argument("--out", required=True)
    s.add_argument("--pkg", required=True)
    for name in ("import", "first", "stream", "decode", "call"):
        c = sub.add_parser(name)
        c.add_argument("--client", choices=("ours", "openai"), required=True)
        c.add_argument("--pkg", default="oai_bench")
        c.add_argument("--events", type=int, default=20_000)
        c.add_argument("--calls", type=int, default=2_000)
        c.add_argument("--op", choices=("retrieve", "embed"), default="retrieve")
    args = parser.parse_args()
    modes: dict[str, Callable[[argparse.Namespace], None]] = {
        "parse": mode_parse,
        "stages": mode_stages,
        "import": mode_import,
        "first": mode_first,
        "stream": mode_stream,
        "decode": mode_decode,
        "call": mode_call,
    }
    modes[args.mode](args)


if __name__ == "__main__":
    main()
