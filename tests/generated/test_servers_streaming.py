"""Server choice, responses read as they arrive, and idempotency keys kept across retries, with
a client generated from tests/fixtures/servers.yaml talking to a local server."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.generated.conftest import generated_package
from tests.servers.local_server import LocalServer, Reply

SPEC = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "servers.yaml"


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("downloads") / "dist"
    with generated_package(SPEC, "downloads", out) as module:
        yield module


# --- servers -------------------------------------------------------------------------------------


def test_server_defaults_and_variables(downloads: ModuleType) -> None:
    assert downloads.Client().base_url == "https://us.api.example.com/v1"
    assert downloads.Client(server_variables={"region": "eu"}).base_url == "https://eu.api.example.com/v1"
    assert downloads.Client(server=1).base_url == "http://localhost:8080/sandbox"
    assert downloads.Client(server="sandbox", server_variables={"port": "9"}).base_url == "http://localhost:9/sandbox"
    assert downloads.Client(server="Production").base_url == "https://us.api.example.com/v1"
    # base_url still overrides everything
    assert downloads.Client(server="sandbox", base_url="http://x.test").base_url == "http://x.test"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"server_variables": {"region": "mars"}}, "region='mars' is not one of us, eu"),
        ({"server_variables": {"zone": "a"}}, "unknown server variable(s) zone"),
        ({"server": "staging"}, "no server matches 'staging'"),
        ({"server": 5}, "server=5 is out of range: the spec lists 2 server(s)"),
    ],
)
def test_bad_server_choice_names_what_is_allowed(downloads: ModuleType, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        downloads.Client(**kwargs)


def test_chosen_server_is_where_requests_go(downloads: ModuleType, local_server: LocalServer) -> None:
    port = local_server.url.rsplit(":", 1)[1]
    local_server.enqueue(Reply.binary(b"abc"))
    with downloads.Client(server="sandbox", server_variables={"port": port}) as client:
        assert client.files.content("f1") == b"abc"
    assert local_server.last.target == "/sandbox/files/f1/content"


# --- responses as streams ---------------------------------------------------------------------

BLOCK = bytes(range(256)) * 256  # 64 KiB
BLOCKS = 1024  # 64 MiB in all
MEMORY_LIMIT = 8 * 1024 * 1024  # what the download may hold at once


def test_streamed_download_never_holds_the_body(downloads: ModuleType, local_server: LocalServer, tmp_path: Path) -> None:
    local_server.enqueue(Reply(headers={"Content-Type": "application/octet-stream"}, chunks=[BLOCK] * BLOCKS))
    target = tmp_path / "big.bin"
    with downloads.Client(base_url=local_server.url) as client:
        tracemalloc.start()
        try:
            with client.with_streaming_response.files.content("big") as response:
                assert response.status_code == 200
                assert not response.http_response.is_stream_consumed  # unread on entry
                response.stream_to_file(target, chunk_size=64 * 1024)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert response.http_response.is_closed  # the block closed it
    assert target.stat().st_size == len(BLOCK) * BLOCKS
    assert peak < MEMORY_LIMIT, f"peak {peak / 2**20:.1f} MiB for a {len(BLOCK) * BLOCKS / 2**20:.0f} MiB body"


def test_streamed_lines_and_parse(downloads: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply(headers={"Content-Type": "application/octet-stream"}, chunks=[b"one\ntw", b"o\nthree\n"]))
    local_server.enqueue(Reply.json({"id": "ch_1", "amount": 5}))
    with downloads.Client(base_url=local_server.url) as client:
        with client.with_streaming_response.files.content("f") as response:
            assert list(response.iter_lines()) == ["one", "two", "three"]
        with client.with_streaming_response.charges.create(amount=5) as created:
            charge = created.parse()  # reads the body, then parses it as the plain call would
        assert charge.id == "ch_1" and charge.amount == 5


def test_streamed_error_raises_as_usual(downloads: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"error": "nope"}, status=404))
    with downloads.Client(base_url=local_server.url, max_retries=0) as client:
        with pytest.raises(downloads.NotFoundError):
            with client.with_streaming_response.files.content("missing"):
                pass


@pytest.mark.anyio
async def test_async_streamed_download(downloads: ModuleType, local_server: LocalServer, tmp_path: Path) -> None:
    local_server.enqueue(Reply(headers={"Content-Type": "application/octet-stream"}, chunks=[BLOCK] * 4))
    local_server.enqueue(Reply(headers={"Content-Type": "application/octet-stream"}, chunks=[b"a\nb\n"]))
    async with downloads.AsyncClient(base_url=local_server.url) as client:
        async with client.with_streaming_response.files.content("f") as response:
            sizes = [len(chunk) async for chunk in response.iter_bytes(4096)]
        assert sum(sizes) == len(BLOCK) * 4 and max(sizes) == 4096
        async with client.with_streaming_response.files.content("g") as response:
            await response.stream_to_file(tmp_path / "g.txt")
    assert (tmp_path / "g.txt").read_bytes() == b"a\nb\n"


# --- idempotency keys -------------------------------------------------------------------------


def test_idempotency_key_is_kept_across_retries(downloads: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"error": "busy"}, status=503, headers={"retry-after-ms": "1"}))
    local_server.enqueue(Reply.json({"error": "busy"}, status=503, headers={"retry-after-ms": "1"}))
    local_server.enqueue(Reply.json({"id": "ch_1", "amount": 1}))
    local_server.enqueue(Reply.json({"id": "ch_2", "amount": 2}))
    local_server.enqueue(Reply.json({"id": "ch_3", "amount": 3}))
    with downloads.Client(base_url=local_server.url, max_retries=2) as client:
        client.charges.create(amount=1)  # two retries
        client.charges.create(amount=2)  # a new logical request
        client.charges.create(amount=3, idempotency_key="mine-1")
    keys = [r.header("idempotency-key") for r in local_server.requests]
    assert keys[0] is not None and keys[0].startswith("pyclient-")
    assert keys[0] == keys[1] == keys[2]  # the retries of one call re-send its key
    assert keys[3] not in (None, keys[0])  # the next call has its own
    assert keys[4] == "mine-1"
