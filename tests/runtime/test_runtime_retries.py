"""Retries, backoff, Retry-After, timeouts and connection errors (sync and async)."""

from __future__ import annotations

import email.utils
import time

import pytest
from runtime import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    SyncAPIClient,
    build_multipart,
)
from runtime_support import API_KEY, AsyncClient, Client, Pet, client_class

from tests.servers.local_server import LocalServer, Reply

PET = {"id": 1, "name": "Rex"}


def make_client(server: LocalServer, **kwargs: object) -> Client:
    return Client(base_url=server.url, api_key=API_KEY, **kwargs)  # type: ignore[arg-type]


def get_pet(client: Client) -> Pet:
    result = client.request("GET", "/pets/{id}", path_params={"id": 1}, cast_to=Pet)
    assert isinstance(result, Pet)
    return result


def test_503_twice_then_200(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"error": "down"}, status=503),
        Reply.json({"error": "down"}, status=503),
        Reply.json(PET),
    )
    with make_client(local_server) as client:
        assert get_pet(client) == Pet(id=1, name="Rex")
    assert len(local_server.requests) == 3
    assert Client.sleeps and len(Client.sleeps) == 2


def test_retried_request_resends_the_same_body(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({}, status=500), Reply.json({}, status=502), Reply.json(PET)
    )
    with make_client(local_server) as client:
        client.request(
            "POST", "/pets", json_body={"name": "Rex", "tags": ["a"]}, cast_to=Pet
        )
    bodies = [r.body for r in local_server.requests]
    assert len(bodies) == 3 and len(set(bodies)) == 1
    assert local_server.requests[0].json() == {"name": "Rex", "tags": ["a"]}


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_retryable_statuses(local_server: LocalServer, status: int) -> None:
    local_server.enqueue(Reply.json({"error": "x"}, status=status), Reply.json(PET))
    with make_client(local_server) as client:
        assert get_pet(client).name == "Rex"
    assert len(local_server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_other_4xx_not_retried(local_server: LocalServer, status: int) -> None:
    local_server.enqueue(Reply.json({"error": "x"}, status=status), Reply.json(PET))
    with make_client(local_server) as client, pytest.raises(Exception) as info:
        get_pet(client)
    assert getattr(info.value, "status_code", None) == status
    assert len(local_server.requests) == 1
    assert Client.sleeps == []


def test_gives_up_after_max_retries(local_server: LocalServer) -> None:
    local_server.enqueue(*[Reply.json({"error": "down"}, status=500)] * 5)
    with make_client(local_server) as client, pytest.raises(InternalServerError):
        get_pet(client)
    assert len(local_server.requests) == 3


def test_max_retries_zero(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}, status=503), Reply.json(PET))
    with (
        make_client(local_server, max_retries=0) as client,
        pytest.raises(InternalServerError),
    ):
        get_pet(client)
    assert len(local_server.requests) == 1


def test_per_call_max_retries_with_options(local_server: LocalServer) -> None:
    local_server.enqueue(*[Reply.json({}, status=503)] * 6)
    with make_client(local_server) as client:
        with pytest.raises(InternalServerError):
            get_pet(client.with_options(max_retries=4))
        assert len(local_server.requests) == 5
        assert client.max_retries == 2  # the original is unchanged
        with pytest.raises(InternalServerError):
            get_pet(client.with_options(max_retries=0))
        assert len(local_server.requests) == 6


def test_429_retry_after_zero(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"error": "slow down"}, status=429, headers={"Retry-After": "0"}),
        Reply.json(PET),
    )
    with make_client(local_server) as client:
        assert get_pet(client).id == 1
    assert Client.sleeps == [0.0]
    assert len(local_server.requests) == 2


def test_retry_after_seconds_is_honoured(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({}, status=429, headers={"Retry-After": "1.5"}),
        Reply.json({}, status=503, headers={"retry-after-ms": "20"}),
        Reply.json(PET),
    )
    with make_client(local_server) as client:
        get_pet(client)
    assert Client.sleeps == [1.5, 0.02]


def test_retry_after_http_date(local_server: LocalServer) -> None:
    future = email.utils.formatdate(time.time() + 30, usegmt=True)
    local_server.enqueue(
        Reply.json({}, status=429, headers={"Retry-After": future}),
        Reply.json(PET),
    )
    with make_client(local_server) as client:
        get_pet(client)
    (delay,) = Client.sleeps
    assert 27 <= delay <= 31


def test_retry_after_beyond_cap_falls_back_to_backoff(
    local_server: LocalServer,
) -> None:
    local_server.enqueue(
        Reply.json({}, status=429, headers={"Retry-After": "3600"}),
        Reply.json({}, status=429, headers={"Retry-After": "not a date"}),
        Reply.json(PET),
    )
    with make_client(local_server) as client:
        get_pet(client)
    assert len(Client.sleeps) == 2
    assert all(0 < s <= Client._max_retry_delay for s in Client.sleeps)


def test_rate_limit_error_after_retries(local_server: LocalServer) -> None:
    local_server.enqueue(*[Reply.json({"error": "limit"}, status=429)] * 3)
    with make_client(local_server) as client, pytest.raises(RateLimitError) as info:
        get_pet(client)
    assert info.value.status_code == 429
    assert len(local_server.requests) == 3


def test_x_should_retry_header(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({}, status=400, headers={"x-should-retry": "true"}),
        Reply.json({}, status=503, headers={"x-should-retry": "false"}),
    )
    with make_client(local_server) as client, pytest.raises(InternalServerError):
        get_pet(client)
    assert len(local_server.requests) == 2


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    class Timing(SyncAPIClient):
        _initial_retry_delay = 0.5
        _max_retry_delay = 8.0

    client = Timing(base_url="http://127.0.0.1:1")
    try:
        for retries_done, base in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]):
            for _ in range(20):
                delay = client._retry_delay(retries_done, None)
                assert base * 0.75 <= delay <= base
    finally:
        client.close()


def test_connection_refused_raises_after_retries(refused_url: str) -> None:
    with (
        Client(base_url=refused_url, api_key=API_KEY) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        get_pet(client)
    assert not isinstance(info.value, APITimeoutError)
    assert len(Client.sleeps) == 2  # two retries, then the error
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert info.value.request is not None


def test_dropped_connection_is_retried(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.cut(), Reply.cut(b"HTTP/1.1 200 OK\r\nContent-Le"), Reply.json(PET)
    )
    with make_client(local_server) as client:
        assert get_pet(client).name == "Rex"
    assert len(local_server.requests) == 3


def test_body_cut_short_is_retried(local_server: LocalServer) -> None:
    partial = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id'
    local_server.enqueue(Reply.cut(partial), Reply.json(PET))
    with make_client(local_server) as client:
        assert get_pet(client).id == 1
    assert len(local_server.requests) == 2


def test_connection_error_when_every_attempt_is_cut(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.cut(), Reply.cut(), Reply.cut())
    with make_client(local_server) as client, pytest.raises(APIConnectionError):
        get_pet(client)
    assert len(local_server.requests) == 3


def test_slow_reply_times_out(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET, delay=2.0))
    started = time.monotonic()
    with (
        make_client(local_server, timeout=0.1, max_retries=0) as client,
        pytest.raises(APITimeoutError) as info,
    ):
        get_pet(client)
    assert time.monotonic() - started < 1.5
    assert isinstance(info.value, APIConnectionError)


def test_timeout_is_retried_then_succeeds(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET, delay=1.0), Reply.json(PET))
    with make_client(local_server, timeout=0.1) as client:
        assert get_pet(client).id == 1
    assert len(local_server.requests) == 2


def test_per_call_timeout_overrides_client_default(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET, delay=1.0), Reply.json(PET, delay=0.2))
    with make_client(local_server, timeout=5.0, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.request("GET", "/pets/1", cast_to=Pet, timeout=0.1)
        # a None per-call timeout means no timeout at all
        assert client.request("GET", "/pets/1", cast_to=Pet, timeout=None).id == 1


def test_multipart_retry_resends_the_file(local_server: LocalServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from runtime import BaseModel, FileInput

    class Upload(BaseModel):
        file: FileInput
        purpose: str

    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01payload")
    with path.open("rb") as handle:
        body = build_multipart(Upload, {"file": handle, "purpose": "test"}, ["file"])
    local_server.enqueue(Reply.json({}, status=503), Reply.json({"ok": True}))
    with make_client(local_server) as client:
        assert client.request("POST", "/files", multipart=body) == {"ok": True}
    first, second = local_server.requests
    assert first.body == second.body
    parts = second.multipart()
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("purpose", None, b"test"),
        ("file", "data.bin", b"\x00\x01payload"),
    ]


def test_not_found_is_raised_at_once(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"detail": "no pet"}, status=404))
    with make_client(local_server) as client, pytest.raises(NotFoundError):
        get_pet(client)


def test_query_auth_client_retries_keep_the_key(local_server: LocalServer) -> None:
    cls = client_class("query", name="api_key")
    local_server.enqueue(Reply.json({}, status=500), Reply.json(PET))
    with cls(base_url=local_server.url, api_key=API_KEY) as client:
        get_pet(client)
    assert [r.query["api_key"] for r in local_server.requests] == [[API_KEY], [API_KEY]]


# --- async ------------------------------------------------------------------------------------


def make_async_client(server: LocalServer, **kwargs: object) -> AsyncClient:
    return AsyncClient(base_url=server.url, api_key=API_KEY, **kwargs)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_503_twice_then_200(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({}, status=503), Reply.json({}, status=503), Reply.json(PET)
    )
    async with make_async_client(local_server) as client:
        pet = await client.request(
            "GET", "/pets/{id}", path_params={"id": 1}, cast_to=Pet
        )
    assert pet == Pet(id=1, name="Rex")
    assert len(local_server.requests) == 3
    assert len(AsyncClient.sleeps) == 2


@pytest.mark.anyio
async def test_async_retry_after_and_400(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({}, status=429, headers={"Retry-After": "0"}),
        Reply.json({"error": "bad"}, status=400),
    )
    async with make_async_client(local_server) as client:
        with pytest.raises(BadRequestError):
            await client.request("GET", "/pets", cast_to=list[Pet])
    assert AsyncClient.sleeps == [0.0]
    assert len(local_server.requests) == 2


@pytest.mark.anyio
async def test_async_with_options_max_retries(local_server: LocalServer) -> None:
    local_server.enqueue(*[Reply.json({}, status=500)] * 2)
    async with make_async_client(local_server) as client:
        with pytest.raises(InternalServerError):
            await client.with_options(max_retries=1).request("GET", "/pets")
    assert len(local_server.requests) == 2


@pytest.mark.anyio
async def test_async_connection_refused(refused_url: str) -> None:
    async with AsyncClient(
        base_url=refused_url, api_key=API_KEY, max_retries=1
    ) as client:
        with pytest.raises(APIConnectionError):
            await client.request("GET", "/pets")
    assert len(AsyncClient.sleeps) == 1


@pytest.mark.anyio
async def test_async_timeout(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET, delay=2.0))
    async with make_async_client(local_server, timeout=0.1, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.request("GET", "/pets/1", cast_to=Pet)
