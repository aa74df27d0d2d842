"""The client: configuration, auth, request encoding, response kinds, raw responses."""

from __future__ import annotations

import base64
import enum
import logging
from functools import cached_property
from typing import Any, cast

import httpx
import pytest
from runtime import (
    NOT_GIVEN,
    APIResponse,
    AsyncAPIResource,
    AsyncAPIResponse,
    AuthenticationError,
    NotGiven,
    Omit,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    build_json_body,
    to_raw_response_wrapper,
)
from runtime_support import (
    API_KEY,
    AsyncClient,
    Client,
    Pet,
    async_client_class,
    client_class,
)

from tests.servers.local_server import LocalServer, Reply

PET = {"id": 1, "name": "Rex"}


def make_client(server: LocalServer, **kwargs: Any) -> Client:
    return Client(base_url=server.url, api_key=API_KEY, **kwargs)


# --- configuration ----------------------------------------------------------------------------


def test_base_url_and_api_key_from_env(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RTTEST_BASE_URL", local_server.url + "/v1/")
    monkeypatch.setenv("RTTEST_API_KEY", "env-key-123")
    local_server.enqueue(Reply.json(PET))
    with Client() as client:
        assert client.base_url == local_server.url + "/v1/"
        assert client.api_key == "env-key-123"
        client.request("GET", "/pets/1")
    assert local_server.last.path == "/v1/pets/1"
    assert local_server.last.header("authorization") == "Bearer env-key-123"


def test_arguments_win_over_env(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RTTEST_BASE_URL", "http://127.0.0.1:9/nowhere")
    monkeypatch.setenv("RTTEST_API_KEY", "env-key")
    local_server.enqueue(Reply.json(PET))
    with Client(base_url=local_server.url, api_key="arg-key") as client:
        client.request("GET", "/pets")
    assert local_server.last.header("authorization") == "Bearer arg-key"


def test_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RTTEST_BASE_URL", raising=False)
    cls = client_class("bearer", _default_base_url="https://api.example.com/v2")
    with cls() as client:
        assert client.base_url == "https://api.example.com/v2"


def test_missing_base_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RTTEST_BASE_URL", raising=False)
    with Client() as client, pytest.raises(ValueError, match="RTTEST_BASE_URL"):
        client.request("GET", "/x")


def test_no_api_key_sends_no_auth(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RTTEST_API_KEY", raising=False)
    local_server.enqueue(Reply.json({"error": "unauthorized"}, status=401))
    with (
        Client(base_url=local_server.url) as client,
        pytest.raises(AuthenticationError),
    ):
        client.request("GET", "/x")
    assert "authorization" not in local_server.last.header_names()


@pytest.mark.parametrize(
    ("kind", "name", "check"),
    [
        (
            "bearer",
            "Authorization",
            lambda r: r.header("authorization") == f"Bearer {API_KEY}",
        ),
        ("header", "X-API-Key", lambda r: r.header("x-api-key") == API_KEY),
        ("query", "api_key", lambda r: r.query == {"api_key": [API_KEY], "q": ["1"]}),
        (
            "basic",
            "Authorization",
            lambda r: r.header("authorization")
            == "Basic " + base64.b64encode(f"{API_KEY}:pw".encode()).decode(),
        ),
        ("none", "Authorization", lambda r: "authorization" not in r.header_names()),
    ],
)
def test_auth_schemes(
    local_server: LocalServer, kind: str, name: str, check: Any
) -> None:
    cls = client_class(kind, name=name)
    key = f"{API_KEY}:pw" if kind == "basic" else API_KEY
    local_server.enqueue(Reply.json(PET))
    with cls(base_url=local_server.url, api_key=key) as client:
        client.request("GET", "/pets", query={"q": 1})
    assert check(local_server.last)
    if kind != "query":
        assert "api_key" not in local_server.last.query


def test_default_headers(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET), Reply.json(PET))
    with make_client(local_server, default_headers={"X-Team": "core"}) as client:
        client.request("GET", "/a")
        client.request(
            "GET", "/a", extra_headers={"User-Agent": Omit(), "X-Team": "other"}
        )
    first, second = local_server.requests
    assert first.header("accept") == "application/json"
    assert first.header("user-agent") == "rttest-python/1.2.3"
    assert first.header("x-team") == "core"
    assert second.header("x-team") == "other"
    assert second.header("user-agent") != "rttest-python/1.2.3"


def test_repr_masks_the_key() -> None:
    client = Client(base_url="http://127.0.0.1:1", api_key=API_KEY)
    text = repr(client)
    assert API_KEY not in text and "***" in text and "http://127.0.0.1:1" in text
    client.close()


def test_with_options_copies_and_shares_the_pool(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET), Reply.json(PET))
    client = make_client(local_server, default_headers={"X-A": "1"})
    copy = client.with_options(
        api_key="other-key", timeout=3.0, default_headers={"X-B": "2"}
    )
    assert type(copy) is Client
    assert copy._http is client._http
    assert copy.timeout == 3.0 and client.timeout == 60.0
    assert copy.max_retries == client.max_retries
    copy.request("GET", "/a")
    client.request("GET", "/a")
    first, second = local_server.requests
    assert first.header("authorization") == "Bearer other-key"
    assert first.header("x-a") == "1" and first.header("x-b") == "2"
    assert second.header("authorization") == f"Bearer {API_KEY}"
    assert second.header("x-b") is None
    copy.close()  # the copy does not own the shared pool
    assert not client.is_closed()
    client.close()
    assert client.is_closed()


def test_user_http_client_is_used_and_not_closed(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET))
    http = httpx.Client(headers={"X-From-Http": "yes"})
    with Client(base_url=local_server.url, api_key=API_KEY, http_client=http) as client:
        client.request("GET", "/a")
    assert local_server.last.header("x-from-http") == "yes"
    assert not http.is_closed
    http.close()


def test_http_client_type_is_checked() -> None:
    with pytest.raises(TypeError):
        Client(base_url="http://x", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_max_retries_is_validated() -> None:
    with pytest.raises(ValueError):
        Client(base_url="http://x", max_retries=-1)


# --- request encoding -------------------------------------------------------------------------


class Color(enum.Enum):
    RED = "red"


def test_query_encoding(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json([]))
    with make_client(local_server) as client:
        client.request(
            "GET",
            "/pets",
            query={
                "limit": 10,
                "order": NOT_GIVEN,
                "after": None,
                "tags": ["a", "b c"],
                "flag": True,
                "off": False,
                "ratio": 0.5,
                "color": Color.RED,
                "pet": Pet(id=2, name="Fido"),
            },
            extra_query={"limit": 20, "debug": "1", "filter": {"name": "Rex", "age": {"gt": 3}}},
        )
    items = local_server.last.query_items
    assert ("limit", "20") in items and ("limit", "10") not in items
    assert [v for k, v in items if k == "tags"] == ["a", "b c"]
    assert ("flag", "true") in items and ("off", "false") in items
    assert ("ratio", "0.5") in items and ("color", "red") in items
    # extra_query: a mapping is deepObject (brackets); a declared object parameter follows its
    # style, OpenAPI's default for a query being form, exploded (tests/generated/test_serialization)
    assert ("filter[name]", "Rex") in items and ("filter[age][gt]", "3") in items
    assert ("id", "2") in items and ("name", "Fido") in items
    assert ("debug", "1") in items
    names = {k for k, _ in items}
    assert "order" not in names and "after" not in names


def test_path_params_are_percent_encoded(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}), Reply.json({}), Reply.json({}))
    with make_client(local_server) as client:
        client.request(
            "GET", "/files/{file_id}/content", path_params={"file_id": "a/b c?d#e"}
        )
        client.request("GET", "/files/{file_id}", path_params={"file_id": ".."})
        client.request("GET", "/runs/{n}/{flag}", path_params={"n": 5, "flag": True})
    targets = [r.target for r in local_server.requests]
    assert targets[0] == "/files/a%2Fb%20c%3Fd%23e/content"
    assert targets[1] == "/files/%2E%2E"
    assert targets[2] == "/runs/5/true"


def test_bad_path_params_fail_before_sending(local_server: LocalServer) -> None:
    with make_client(local_server) as client:
        with pytest.raises(ValueError, match="non-empty"):
            client.request("GET", "/files/{file_id}", path_params={"file_id": ""})
        with pytest.raises(ValueError, match="missing"):
            client.request("GET", "/files/{file_id}", path_params={})
    assert local_server.requests == []


def test_headers_param(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}))
    with make_client(local_server) as client:
        client.request(
            "GET",
            "/a",
            headers={
                "OpenAI-Beta": "assistants=v2",
                "X-Skip": NOT_GIVEN,
                "X-N": 3,
                "X-B": True,
            },
        )
    last = local_server.last
    assert last.header("openai-beta") == "assistants=v2"
    assert last.header("x-skip") is None
    assert last.header("x-n") == "3" and last.header("x-b") == "true"


def test_json_body_and_extra_body(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(PET), Reply.json(PET), Reply.json(PET))
    with make_client(local_server) as client:
        client.request(
            "POST", "/pets", json_body={"name": "Rex"}, extra_body={"beta": [1]}
        )
        client.request("POST", "/pets", extra_body={"only": "extra"})
        client.request("POST", "/pets", json_body=[1, 2])
    first, second, third = local_server.requests
    assert first.json() == {"name": "Rex", "beta": [1]}
    assert first.header("content-type") == "application/json"
    assert second.json() == {"only": "extra"}
    assert third.json() == [1, 2]


def test_extra_body_needs_an_object_body(local_server: LocalServer) -> None:
    with make_client(local_server) as client, pytest.raises(TypeError):
        client.request("POST", "/x", json_body=[1], extra_body={"a": 1})


def test_raw_content_body(local_server: LocalServer, tmp_path: Any) -> None:
    path = tmp_path / "audio.wav"
    path.write_bytes(b"RIFF....")
    local_server.enqueue(Reply.json({}), Reply.json({}), Reply.json({}))
    with make_client(local_server) as client:
        client.request(
            "PUT", "/blob", content=b"\x00\x01", content_type="application/octet-stream"
        )
        client.request("PUT", "/blob", content="plain text", content_type="text/plain")
        client.request("PUT", "/blob", content=path, content_type="audio/wav")
    first, second, third = local_server.requests
    assert (
        first.body == b"\x00\x01"
        and first.header("content-type") == "application/octet-stream"
    )
    assert (
        second.body == b"plain text" and second.header("content-type") == "text/plain"
    )
    assert third.body == b"RIFF...." and third.header("content-type") == "audio/wav"


def test_generated_style_call(local_server: LocalServer) -> None:
    from runtime import BaseModel

    class CreatePet(BaseModel):
        name: str
        tag: str | None = None
        age: int | None = None

    local_server.enqueue(Reply.json(PET, status=201))
    with make_client(local_server) as client:
        pet = client.request(
            "POST",
            "/pets",
            json_body=build_json_body(
                CreatePet, {"name": "Rex", "tag": None, "age": NOT_GIVEN}
            ),
            cast_to=Pet,
        )
    assert pet == Pet(id=1, name="Rex")
    assert local_server.last.json() == {"name": "Rex", "tag": None}


# --- response kinds ---------------------------------------------------------------------------


def test_response_kinds(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.binary(b"\x89PNG\x00\xff"),
        Reply.text("héllo", content_type="text/plain; charset=utf-8"),
        Reply.empty(204),
        Reply(status=200, headers={"Content-Type": "application/json"}),
        Reply.json({"ignored": True}),
        Reply.json([PET, {"id": 2, "name": "Fido", "extra": 1}]),
        Reply.json({"anything": [1, {"x": None}]}),
    )
    with make_client(local_server) as client:
        assert (
            client.request("GET", "/img", response_kind="binary") == b"\x89PNG\x00\xff"
        )
        assert client.request("GET", "/txt", response_kind="text") == "héllo"
        assert client.request("DELETE", "/pets/1", cast_to=Pet) is None
        assert client.request("GET", "/empty", cast_to=Pet) is None
        assert client.request("POST", "/x", response_kind="empty") is None
        pets = client.request("GET", "/pets", cast_to=list[Pet])
        assert [type(p) for p in pets] == [Pet, Pet]
        assert pets[1].model_extra == {"extra": 1}
        assert client.request("GET", "/any") == {"anything": [1, {"x": None}]}


# --- raw responses and resources --------------------------------------------------------------


class Pets(SyncAPIResource):
    def retrieve(
        self,
        *,
        pet_id: int,
        extra_headers: dict[str, Any] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Pet:
        return cast(
            "Pet",
            self._client.request(
                "GET",
                "/pets/{pet_id}",
                path_params={"pet_id": pet_id},
                cast_to=Pet,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class PetsWithRawResponse:
    def __init__(self, pets: Pets) -> None:
        self.retrieve = to_raw_response_wrapper(pets.retrieve)


class ResourceClient(Client):
    @cached_property
    def pets(self) -> Pets:
        return Pets(self)


def test_raw_response_wrapper(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json(PET, headers={"x-request-id": "req_9"}), Reply.json(PET)
    )
    with ResourceClient(base_url=local_server.url, api_key=API_KEY) as client:
        raw = PetsWithRawResponse(client.pets).retrieve(
            pet_id=1, extra_headers={"X-Extra": "1"}
        )
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200
        assert raw.headers["x-request-id"] == "req_9"
        assert raw.json() == PET
        assert raw.content == b'{"id": 1, "name": "Rex"}'
        assert raw.text == '{"id": 1, "name": "Rex"}'
        assert raw.parse() == Pet(id=1, name="Rex")
        assert raw.parse() is raw.parse()
        assert isinstance(raw.http_response, httpx.Response)
        assert client.pets.retrieve(pet_id=1) == Pet(id=1, name="Rex")
    first = local_server.requests[0]
    assert first.header("x-extra") == "1"
    assert all(name.lower() != "x-client-raw-response" for name, _ in first.headers)


def test_raw_response_still_raises_status_errors(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"error": "x"}, status=401))
    with (
        ResourceClient(base_url=local_server.url, api_key=API_KEY) as client,
        pytest.raises(AuthenticationError),
    ):
        PetsWithRawResponse(client.pets).retrieve(pet_id=1)


# --- async ------------------------------------------------------------------------------------


class AsyncPets(AsyncAPIResource):
    async def retrieve(
        self, *, pet_id: int, extra_headers: dict[str, Any] | None = None
    ) -> Pet:
        return cast(
            "Pet",
            await self._client.request(
                "GET",
                "/pets/{pet_id}",
                path_params={"pet_id": pet_id},
                cast_to=Pet,
                extra_headers=extra_headers,
            ),
        )


@pytest.mark.anyio
async def test_async_client_end_to_end(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json(PET),
        Reply.json(PET, headers={"x-request-id": "r1"}),
        Reply.binary(b"bytes"),
        Reply.empty(),
    )
    cls = async_client_class("header", name="X-Key")
    async with cls(base_url=local_server.url, api_key=API_KEY) as client:
        pets = AsyncPets(client)
        assert await pets.retrieve(pet_id=1) == Pet(id=1, name="Rex")
        raw = await async_to_raw_response_wrapper(pets.retrieve)(pet_id=1)
        assert isinstance(raw, AsyncAPIResponse)
        assert raw.headers["x-request-id"] == "r1"
        assert await raw.json() == PET
        assert await raw.text() == '{"id": 1, "name": "Rex"}'
        assert await raw.read() == b'{"id": 1, "name": "Rex"}'
        assert await raw.parse() == Pet(id=1, name="Rex")
        assert await client.request("GET", "/b", response_kind="binary") == b"bytes"
        assert await client.request("DELETE", "/pets/1") is None
        copy = client.with_options(timeout=1.0)
        assert copy._http is client._http
        await copy.close()
        assert not client.is_closed()
    assert client.is_closed()
    assert local_server.requests[0].header("x-key") == API_KEY


@pytest.mark.anyio
async def test_async_extra_options(local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({}))
    async with AsyncClient(base_url=local_server.url, api_key=API_KEY) as client:
        await client.request(
            "POST",
            "/x",
            json_body={"a": 1},
            extra_body={"b": 2},
            extra_query={"q": "v"},
            extra_headers={"X-H": "h"},
            timeout=5.0,
        )
    last = local_server.last
    assert last.json() == {"a": 1, "b": 2}
    assert last.query == {"q": ["v"]}
    assert last.header("x-h") == "h"


# --- redirects --------------------------------------------------------------------------------


def test_same_origin_redirect_keeps_auth(local_server: LocalServer) -> None:
    cls = client_class("header", name="X-API-Key")
    local_server.enqueue(
        Reply(status=307, headers={"Location": "/v2/pets/1"}),
        Reply.json(PET),
    )
    with cls(base_url=local_server.url, api_key=API_KEY) as client:
        assert client.request("GET", "/v1/pets/1", cast_to=Pet) == Pet(id=1, name="Rex")
    _, second = local_server.requests
    assert second.path == "/v2/pets/1"
    assert second.header("x-api-key") == API_KEY


@pytest.mark.parametrize("kind", ["bearer", "header", "query"])
def test_cross_origin_redirect_drops_credentials(
    local_server: LocalServer, kind: str
) -> None:
    name = {"bearer": "Authorization", "header": "X-API-Key", "query": "key"}[kind]
    cls = client_class(kind, name=name)
    with LocalServer() as other:
        other.enqueue(Reply.json(PET))
        local_server.enqueue(
            Reply(status=302, headers={"Location": f"{other.url}/elsewhere"})
        )
        with cls(base_url=local_server.url, api_key=API_KEY) as client:
            assert client.request("GET", "/pets/1", cast_to=Pet).id == 1
        received = other.last
    assert received.path == "/elsewhere"
    assert API_KEY not in received.target
    assert all(API_KEY not in value for _, value in received.headers)
    original = local_server.last
    assert (
        any(API_KEY in value for _, value in original.headers)
        or API_KEY in original.target
    )


@pytest.mark.anyio
async def test_async_redirect(local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply(status=301, headers={"Location": "/new"}), Reply.json(PET)
    )
    async with AsyncClient(base_url=local_server.url, api_key=API_KEY) as client:
        assert (await client.request("GET", "/old", cast_to=Pet)).id == 1
    assert local_server.last.path == "/new"
    assert local_server.last.header("authorization") == f"Bearer {API_KEY}"


# --- import cost and logging ------------------------------------------------------------------


def test_import_is_light() -> None:
    import subprocess
    import sys
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    code = (
        "import sys; import runtime; "
        "print(sorted(m for m in ('asyncio', 'anyio', 'trio') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=templates,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_debug_logging_uses_the_package_logger(
    local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    local_server.enqueue(Reply.json({}, status=500), Reply.json(PET))
    caplog.set_level(logging.DEBUG, logger="rttest")
    with make_client(local_server) as client:
        client.request("GET", "/pets")
    messages = [r.getMessage() for r in caplog.records if r.name == "rttest"]
    assert any(m.startswith("HTTP Request: GET") for m in messages)
    assert any(m.startswith("Retrying GET") for m in messages)
    assert all(API_KEY not in m for m in messages)
