"""Stream / AsyncStream over real HTTP (chunked SSE from the local server)."""

from __future__ import annotations

import httpx
import pytest
from runtime import (
    APIConnectionError,
    APIError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncAPIResponse,
    AsyncStream,
    Stream,
)
from runtime_support import API_KEY, AsyncClient, Chunk, Client

from tests.servers.local_server import LocalServer, Reply


def chunk(i: int, delta: str = "x") -> str:
    return f'data: {{"id": "c{i}", "delta": "{delta}"}}\n\n'


def make_client(server: LocalServer, **kwargs: object) -> Client:
    return Client(base_url=server.url, api_key=API_KEY, **kwargs)  # type: ignore[arg-type]


def make_async_client(server: LocalServer, **kwargs: object) -> AsyncClient:
    return AsyncClient(base_url=server.url, api_key=API_KEY, **kwargs)  # type: ignore[arg-type]


def open_stream(client: Client, **kwargs: object) -> Stream[Chunk]:
    options: dict[str, object] = {
        "stream": True,
        "cast_to": Chunk,
        "json_body": {"q": 1},
    }
    options.update(kwargs)
    result = client.request("POST", "/v1/stream", **options)  # type: ignore[arg-type]
    assert isinstance(result, Stream)
    return result


def test_done_ends_the_stream(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse([chunk(1, "Hel"), chunk(2, "lo"), "data: [DONE]\n\n", chunk(3)])
    )
    with make_client(local_server) as client:
        stream = open_stream(client)
        items = list(stream)
    assert [(c.id, c.delta) for c in items] == [("c1", "Hel"), ("c2", "lo")]
    assert all(isinstance(c, Chunk) for c in items)
    assert stream.response.is_closed
    assert local_server.last.json() == {"q": 1}
    assert local_server.last.header("authorization") == f"Bearer {API_KEY}"


def test_end_of_stream_without_done(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1), ": keep-alive\n\n", chunk(2)]))
    with make_client(local_server) as client, open_stream(client) as stream:
        assert [c.id for c in stream] == ["c1", "c2"]
    assert stream.response.is_closed


def test_events_split_across_chunks_and_crlf(local_server: LocalServer) -> None:
    raw = (chunk(1, "é") + chunk(2, "日本")).replace("\n", "\r\n").encode()
    pieces: list[bytes | float] = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    local_server.enqueue(
        Reply(headers={"Content-Type": "text/event-stream"}, chunks=pieces)
    )
    with make_client(local_server) as client:
        assert [c.delta for c in open_stream(client)] == ["é", "日本"]


def test_unknown_fields_are_kept(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse(['data: {"id": "a", "delta": "", "new_field": 5}\n\n'])
    )
    with make_client(local_server) as client:
        (item,) = list(open_stream(client))
    assert item.model_extra == {"new_field": 5}


def test_named_events_and_empty_data_are_handled(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse(["event: ping\ndata:\n\n", "event: delta\n" + chunk(1), "id: 9\n\n"])
    )
    with make_client(local_server) as client:
        assert [c.id for c in open_stream(client)] == ["c1"]


def test_cast_to_none_yields_plain_json(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse(['data: {"a": [1, 2]}\n\n', "data: plain text\n\n"]))
    with make_client(local_server) as client:
        items = list(open_stream(client, cast_to=None))
    assert items == [{"a": [1, 2]}, "plain text"]


def test_error_event_raises_api_error(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse(
            [
                chunk(1),
                'event: error\ndata: {"error": {"message": "model overloaded"}}\n\n',
                chunk(2),
            ]
        )
    )
    with make_client(local_server) as client:
        stream = open_stream(client)
        assert next(stream).id == "c1"
        with pytest.raises(APIError) as info:
            next(stream)
    assert not isinstance(info.value, APIStatusError)
    assert info.value.message == "model overloaded"
    assert info.value.body == {"error": {"message": "model overloaded"}}
    assert stream.response.is_closed


def test_error_event_with_text_data(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse(["event: error\ndata: something broke\n\n"]))
    with make_client(local_server) as client, pytest.raises(APIError) as info:
        list(open_stream(client))
    assert info.value.body == "something broke"
    assert "something broke" in str(info.value)


def test_error_payload_in_data_raises(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse(
            [
                chunk(1),
                f'data: {{"error": {{"message": "bad {API_KEY}", "code": 42}}}}\n\n',
            ]
        )
    )
    with make_client(local_server) as client, pytest.raises(APIError) as info:
        list(open_stream(client))
    assert info.value.body == {"error": {"message": f"bad {API_KEY}", "code": 42}}
    assert API_KEY not in str(info.value)


def test_null_error_field_is_not_an_error(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse(['data: {"id": "a", "error": null}\n\n']))
    with make_client(local_server) as client:
        (item,) = list(open_stream(client))
    assert item.id == "a"


def test_cut_mid_event_raises(local_server: LocalServer) -> None:
    # chunked body cut off (no final chunk) in the middle of an event
    local_server.enqueue(
        Reply.sse([chunk(1), 'data: {"id": "c2", "del'], truncate=True)
    )
    with make_client(local_server) as client:
        stream = open_stream(client)
        assert next(stream).id == "c1"
        with pytest.raises(APIConnectionError, match="cut off"):
            next(stream)
    assert stream.response.is_closed


def test_clean_eof_mid_event_raises(local_server: LocalServer) -> None:
    # the body ends properly, but the last event never got its blank line
    local_server.enqueue(Reply.sse([chunk(1), 'data: {"id": "c2"}\n']))
    with make_client(local_server) as client:
        stream = open_stream(client)
        assert next(stream).id == "c1"
        with pytest.raises(APIConnectionError, match="middle of an event"):
            next(stream)


def test_connection_cut_between_events_raises(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1)], truncate=True))
    with make_client(local_server) as client:
        stream = open_stream(client)
        assert next(stream).id == "c1"
        with pytest.raises(APIConnectionError):
            next(stream)


def test_unterminated_done_ends_quietly(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1), "data: [DONE]"]))
    with make_client(local_server) as client:
        assert [c.id for c in open_stream(client)] == ["c1"]


def test_read_timeout_mid_stream(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1), 1.0, chunk(2)]))
    with make_client(local_server, timeout=0.2) as client:
        stream = open_stream(client)
        assert next(stream).id == "c1"
        with pytest.raises(APITimeoutError):
            next(stream)


def test_invalid_event_raises_validation_error(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse(['data: {"delta": "no id"}\n\n']))
    with (
        make_client(local_server) as client,
        pytest.raises(APIResponseValidationError) as info,
    ):
        list(open_stream(client))
    assert "Chunk" in str(info.value)
    assert info.value.body == '{"delta": "no id"}'


def test_early_break_closes_the_connection(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(i) for i in range(200)], chunk_delay=0.01))
    with make_client(local_server) as client:
        with open_stream(client) as stream:
            for item in stream:
                if item.id == "c1":
                    break
        assert stream.response.is_closed
        record = local_server.wait_for_requests(1)[0]
        assert record.client_gone.wait(5), "the server never saw the client go away"
        # the client still works afterwards
        local_server.enqueue(Reply.json({"ok": True}))
        assert client.request("GET", "/ping") == {"ok": True}


def test_close_without_iterating(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(i) for i in range(200)], chunk_delay=0.01))
    with make_client(local_server) as client:
        stream = open_stream(client)
        stream.close()
        stream.close()  # idempotent
        assert stream.response.is_closed
        assert list(stream) == []
    assert local_server.last.client_gone.wait(5)


def test_event_stream_content_type_gives_a_stream_without_stream_flag(
    local_server: LocalServer,
) -> None:
    local_server.enqueue(Reply.sse([chunk(1)]))
    with make_client(local_server) as client:
        result = client.request("GET", "/v1/things", cast_to=Chunk)
        assert isinstance(result, Stream)
        assert [c.id for c in result] == ["c1"]


def test_stream_cls_is_the_event_type(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1)]))
    with make_client(local_server) as client:
        result = client.request(
            "POST", "/s", stream=True, cast_to=dict, stream_cls=Chunk
        )
        assert [type(c) for c in result] == [Chunk]


def test_stream_requested_but_json_returned(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"id": "full"}))
    with (
        make_client(local_server) as client,
        pytest.raises(APIResponseValidationError) as info,
    ):
        open_stream(client)
    assert "text/event-stream" in str(info.value)
    assert info.value.body == {"id": "full"}


def test_stream_requested_but_json_error_returned(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"error": {"message": "streaming disabled"}}))
    with (
        make_client(local_server) as client,
        pytest.raises(APIError, match="streaming disabled"),
    ):
        open_stream(client)


def test_stream_is_retried_before_it_starts(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"error": "busy"}, status=503),
        Reply.cut(),
        Reply.sse([chunk(1)]),
    )
    with make_client(local_server) as client:
        assert [c.id for c in open_stream(client)] == ["c1"]
    assert len(local_server.requests) == 3
    assert all(r.json() == {"q": 1} for r in local_server.requests)


def test_stream_error_status_raises_status_error(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"error": {"message": "nope"}}, status=400))
    with make_client(local_server) as client, pytest.raises(APIStatusError) as info:
        open_stream(client)
    assert info.value.status_code == 400


def test_raw_response_of_a_stream(local_server: LocalServer) -> None:
    from runtime import RAW_RESPONSE_HEADER

    local_server.enqueue(
        Reply.sse([chunk(1), chunk(2)], headers={"x-request-id": "req_1"})
    )
    with make_client(local_server) as client:
        raw = client.request(
            "POST",
            "/s",
            stream=True,
            cast_to=Chunk,
            extra_headers={RAW_RESPONSE_HEADER: "true"},
        )
        assert isinstance(raw, APIResponse)
        assert raw.headers["x-request-id"] == "req_1"
        stream = raw.parse()
        assert isinstance(stream, Stream)
        assert [c.id for c in stream] == ["c1", "c2"]
    assert local_server.last.header(RAW_RESPONSE_HEADER) is None


# --- async ------------------------------------------------------------------------------------


async def open_async_stream(
    client: AsyncClient, **kwargs: object
) -> AsyncStream[Chunk]:
    options: dict[str, object] = {
        "stream": True,
        "cast_to": Chunk,
        "json_body": {"q": 1},
    }
    options.update(kwargs)
    result = await client.request("POST", "/v1/stream", **options)  # type: ignore[arg-type]
    assert isinstance(result, AsyncStream)
    return result


@pytest.mark.anyio
async def test_async_done_and_end(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse([chunk(1), "data: [DONE]\n\n", chunk(9)]),
        Reply.sse([chunk(2), chunk(3)]),
    )
    async with make_async_client(local_server) as client:
        stream = await open_async_stream(client)
        assert [c.id async for c in stream] == ["c1"]
        assert stream.response.is_closed
        async with await open_async_stream(client) as stream2:
            assert [c.id async for c in stream2] == ["c2", "c3"]


@pytest.mark.anyio
async def test_async_error_event(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse([chunk(1), 'event: error\ndata: {"error": "boom"}\n\n'])
    )
    async with make_async_client(local_server) as client:
        stream = await open_async_stream(client)
        with pytest.raises(APIError, match="boom"):
            async for _ in stream:
                pass
        assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_cut_mid_event(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse([chunk(1), "data: {"], truncate=True),
        Reply.sse([chunk(1), "data: {}\n"]),
    )
    async with make_async_client(local_server) as client:
        for _ in range(2):
            stream = await open_async_stream(client)
            with pytest.raises(APIConnectionError):
                async for _ in stream:
                    pass


@pytest.mark.anyio
async def test_async_early_break_closes(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(i) for i in range(200)], chunk_delay=0.01))
    async with make_async_client(local_server) as client:
        async with await open_async_stream(client) as stream:
            async for item in stream:
                if item.id == "c1":
                    break
        assert stream.response.is_closed
        assert local_server.last.client_gone.wait(5)


@pytest.mark.anyio
async def test_async_event_stream_without_flag_and_raw(
    local_server: LocalServer,
) -> None:
    from runtime import RAW_RESPONSE_HEADER

    local_server.enqueue(Reply.sse([chunk(1)]), Reply.sse([chunk(2)]))
    async with make_async_client(local_server) as client:
        result = await client.request("GET", "/x", cast_to=Chunk)
        assert isinstance(result, AsyncStream)
        assert [c.id async for c in result] == ["c1"]
        raw = await client.request(
            "GET", "/x", cast_to=Chunk, extra_headers={RAW_RESPONSE_HEADER: "true"}
        )
        assert isinstance(raw, AsyncAPIResponse)
        parsed = await raw.parse()
        assert [c.id async for c in parsed] == ["c2"]


def test_stream_response_attribute_is_httpx(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1)]))
    with make_client(local_server) as client:
        stream = open_stream(client)
        assert isinstance(stream.response, httpx.Response)
        assert stream.response.headers["content-type"] == "text/event-stream"
        stream.close()


# After the first event the stream validates an event's bytes directly when the chunk is one
# whole `data: {...}` event: these cases must behave there as on the first event.


def test_later_events_take_the_same_paths(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply(
            headers={"Content-Type": "text/event-stream"},
            chunks=[
                chunk(1).encode(),
                b'data: {"id": "n", "error": null}\n\n',  # a null error is no error
                b'data: {"id": "u", "delta": "\xff!"}\n\n',  # invalid UTF-8: replaced
                'data: {"id": "e", "delta": "日本"}\n\n'.encode(),
                b"data: [DONE]\n\n",
            ],
        )
    )
    with make_client(local_server) as client:
        items = list(open_stream(client))
    assert [(c.id, c.delta) for c in items] == [
        ("c1", "x"),
        ("n", ""),
        ("u", "\ufffd!"),
        ("e", "日本"),
    ]


def test_later_invalid_event_raises_validation_error(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.sse([chunk(1), 'data: {"delta": "no id"}\n\n']))
    with make_client(local_server) as client:
        stream = open_stream(client)
        assert next(stream).id == "c1"
        with pytest.raises(APIResponseValidationError) as info:
            next(stream)
    assert info.value.body == '{"delta": "no id"}'


@pytest.mark.anyio
async def test_async_later_events(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.sse(
            [
                chunk(1),
                chunk(2, "y"),
                f'data: {{"error": {{"message": "bad {API_KEY}"}}}}\n\n',
            ]
        )
    )
    seen: list[str] = []
    async with make_async_client(local_server) as client:
        stream = await client.request(
            "POST", "/v1/stream", stream=True, cast_to=Chunk, json_body={"q": 1}
        )
        assert isinstance(stream, AsyncStream)
        with pytest.raises(APIError) as info:
            async for item in stream:
                seen.append(item.delta)
    assert seen == ["x", "y"]
    assert info.value.body == {"error": {"message": f"bad {API_KEY}"}}
