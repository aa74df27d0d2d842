"""Pagination through a generated client, against a local server (real HTTP): every pattern of
tests/fixtures/pagination.yaml over three pages, sync and async, with the exact request of each
page; ``has_next_page``/``get_next_page``; the raw response; ``x-pagination`` and the project's
``[tool.generator.options.<stem>.pagination]`` overriding the detection."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.generated.conftest import generated_package
from tests.servers.local_server import LocalServer, Reply

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "pagination.yaml"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def paging(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, "paging", tmp_path_factory.mktemp("paging") / "dist") as module:
        yield module


@pytest.fixture(scope="module")
def paging_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The same spec, generated in a project whose pyproject.toml declares pagination: the
    project wins over the spec's x-pagination (listTags) and over the detection (listFiles)."""
    project = tmp_path_factory.mktemp("paging-config")
    (project / "pyproject.toml").write_text(
        "[tool.generator.options.pagination.pagination]\n"
        'listTags = {type = "cursor", param = "after", next = "last_id"}\n'
        "listFiles = false\n"
    )
    with generated_package(SPEC, "paging_config", project / "dist", cwd=project) as module:
        yield module


def files_pages(server: LocalServer) -> None:
    server.enqueue(
        Reply.json(
            {
                "object": "list",
                "data": [{"id": "f1", "filename": "a"}, {"id": "f2", "filename": "b"}],
                "last_id": "f2",
                "has_more": True,
            }
        ),
        Reply.json(
            {
                "object": "list",
                "data": [{"id": "f3", "filename": "c"}],
                "last_id": "f3",
                "has_more": True,
            }
        ),
        Reply.json(
            {
                "object": "list",
                "data": [{"id": "f4", "filename": "d"}],
                "last_id": "f4",
                "has_more": False,
            }
        ),
    )


# every pattern: (method, kwargs, the three replies, the three request targets, the items)
CASES: dict[str, tuple[str, dict[str, Any], list[Reply], list[str], list[Any]]] = {
    "cursor-openai": (
        "files.list",
        {"limit": 2, "purpose": "x"},
        [],  # files_pages
        [
            "/files?limit=2&purpose=x",
            "/files?after=f2&limit=2&purpose=x",
            "/files?after=f3&limit=2&purpose=x",
        ],
        ["f1", "f2", "f3", "f4"],
    ),
    "cursor-stripe": (
        "customers.list",
        {"limit": 2},
        [
            Reply.json(
                {
                    "object": "list",
                    "url": "/customers",
                    "has_more": True,
                    "data": [{"id": "c1"}, {"id": "c2"}],
                }
            ),
            Reply.json(
                {"object": "list", "url": "/customers", "has_more": True, "data": [{"id": "c3"}]}
            ),
            Reply.json(
                {"object": "list", "url": "/customers", "has_more": False, "data": [{"id": "c4"}]}
            ),
        ],
        [
            "/customers?limit=2",
            "/customers?starting_after=c2&limit=2",
            "/customers?starting_after=c3&limit=2",
        ],
        ["c1", "c2", "c3", "c4"],
    ),
    "cursor-token": (
        "events.list",
        {},
        [
            Reply.json({"events": [{"id": "e1"}], "next_page_token": "t/2"}),
            Reply.json({"events": [{"id": "e2"}], "next_page_token": "t 3"}),
            Reply.json({"events": [{"id": "e3"}]}),
        ],
        ["/events", "/events?page_token=t%2F2", "/events?page_token=t%203"],
        ["e1", "e2", "e3"],
    ),
    "offset": (
        "orders.list",
        {"limit": 2},
        [
            Reply.json({"items": [{"id": 1}, {"id": 2}], "total": 5}),
            Reply.json({"items": [{"id": 3}, {"id": 4}], "total": 5}),
            Reply.json({"items": [{"id": 5}], "total": 5}),
        ],
        ["/orders?limit=2", "/orders?offset=2&limit=2", "/orders?offset=4&limit=2"],
        [1, 2, 3, 4, 5],
    ),
    "page": (
        "invoices.list",
        {"per_page": 1},
        [
            Reply.json({"results": [{"number": "i1"}], "page": 1, "total_pages": 3}),
            Reply.json({"results": [{"number": "i2"}], "page": 2, "total_pages": 3}),
            Reply.json({"results": [{"number": "i3"}], "page": 3, "total_pages": 3}),
        ],
        ["/invoices?per_page=1", "/invoices?page=2&per_page=1", "/invoices?page=3&per_page=1"],
        ["i1", "i2", "i3"],
    ),
    "link": (
        "repos.list",
        {"per_page": 1},
        [
            Reply.json(
                [{"id": 1, "full_name": "a/1"}],
                headers={
                    "Link": '<{url}/repos?per_page=1&page=2>; rel="next", <{url}/repos?per_page=1&page=3>; rel="last"'
                },
            ),
            Reply.json(
                [{"id": 2, "full_name": "a/2"}],
                headers={
                    "Link": '</repos?per_page=1&page=3>; rel="next", </repos?per_page=1&page=1>; rel="first"'
                },
            ),
            Reply.json(
                [{"id": 3, "full_name": "a/3"}],
                headers={"Link": '</repos?per_page=1&page=1>; rel="first"'},
            ),
        ],
        ["/repos?per_page=1", "/repos?per_page=1&page=2", "/repos?per_page=1&page=3"],
        [1, 2, 3],
    ),
    "url": (
        "pets.list",
        {"species": "cat"},
        [
            Reply.json(
                {"count": 3, "next": "{url}/pets?species=cat&cursor=b", "results": [{"name": "a"}]}
            ),
            Reply.json(
                {"count": 3, "next": "/pets?species=cat&cursor=c", "results": [{"name": "b"}]}
            ),
            Reply.json({"count": 3, "next": None, "results": [{"name": "c"}]}),
        ],
        ["/pets?species=cat", "/pets?species=cat&cursor=b", "/pets?species=cat&cursor=c"],
        ["a", "b", "c"],
    ),
    "url-links-next": (
        "tickets.list",
        {},
        [
            Reply.json(
                {
                    "data": [{"id": "t1"}],
                    "links": {"self": "/tickets", "next": "/tickets?page%5Bafter%5D=t1"},
                }
            ),
            Reply.json({"data": [{"id": "t2"}], "links": {"next": "/tickets?page%5Bafter%5D=t2"}}),
            Reply.json({"data": [{"id": "t3"}], "links": {"next": None}}),
        ],
        ["/tickets", "/tickets?page%5Bafter%5D=t1", "/tickets?page%5Bafter%5D=t2"],
        ["t1", "t2", "t3"],
    ),
    "x-pagination": (
        "logs.list",
        {},
        [
            Reply.json({"entries": [{"message": "m1"}], "continuation": "k2"}),
            Reply.json({"entries": [{"message": "m2"}], "continuation": "k3"}),
            Reply.json({"entries": [{"message": "m3"}], "continuation": None}),
        ],
        ["/logs", "/logs?from_token=k2", "/logs?from_token=k3"],
        ["m1", "m2", "m3"],
    ),
}


def _key(item: Any) -> Any:
    for attr in ("id", "number", "name", "message"):
        if hasattr(item, attr):
            return getattr(item, attr)
    raise AssertionError(item)


def _enqueue(server: LocalServer, case: str) -> None:
    if case == "cursor-openai":
        files_pages(server)
        return
    for reply in CASES[case][2]:
        body = reply.body.replace(b"{url}", server.url.encode())
        headers = {k: v.replace("{url}", server.url) for k, v in dict(reply.headers).items()}
        server.enqueue(Reply(status=reply.status, headers=headers, body=body))


def _method(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


@pytest.mark.parametrize("case", sorted(CASES))
def test_iterates_every_page(paging: ModuleType, local_server: LocalServer, case: str) -> None:
    method, kwargs, _, targets, items = CASES[case]
    _enqueue(local_server, case)
    with paging.Client(base_url=local_server.url, max_retries=0) as client:
        got = [_key(item) for item in _method(client, method)(**kwargs)]
    assert got == items
    assert [r.target for r in local_server.requests] == targets  # and no request after the last


@pytest.mark.anyio
@pytest.mark.parametrize("case", sorted(CASES))
async def test_iterates_every_page_async(
    paging: ModuleType, local_server: LocalServer, case: str
) -> None:
    method, kwargs, _, targets, items = CASES[case]
    _enqueue(local_server, case)
    async with paging.AsyncClient(base_url=local_server.url, max_retries=0) as client:
        got = [_key(item) async for item in _method(client, method)(**kwargs)]
    assert got == items
    assert [r.target for r in local_server.requests] == targets


def test_page_by_page(paging: ModuleType, local_server: LocalServer) -> None:
    files_pages(local_server)
    with paging.Client(base_url=local_server.url) as client:
        page = client.files.list(limit=2)
        assert len(local_server.requests) == 1  # one page at a time
        assert [f.id for f in page.page_items] == ["f1", "f2"]
        assert (
            page.has_more is True and page.last_id == "f2" and page.object == "list"
        )  # the model's fields
        assert [f.id for f in page.data] == ["f1", "f2"]
        assert isinstance(page.parsed, paging.models.ListFilesResponse)
        assert page.has_next_page()
        second = page.get_next_page()
        assert local_server.last.target == "/files?after=f2&limit=2"
        third = second.get_next_page()
        assert [f.id for f in third.page_items] == ["f4"]
        assert not third.has_next_page()
        with pytest.raises(RuntimeError, match="No next page"):
            third.get_next_page()
        assert len(local_server.requests) == 3
        # iterating a later page goes on from there
        local_server.enqueue(
            Reply.json(
                {"object": "list", "data": [{"id": "f4", "filename": "d"}], "has_more": False}
            )
        )
        assert [f.id for f in second] == ["f3", "f4"]
        assert len(local_server.requests) == 4  # the third page, fetched again


def test_pages_retry_through_the_client(paging: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json(
            {
                "object": "list",
                "data": [{"id": "f1", "filename": "a"}],
                "last_id": "f1",
                "has_more": True,
            }
        ),
        Reply.json({"error": "busy"}, status=503, headers={"Retry-After": "0"}),
        Reply.json(
            {
                "object": "list",
                "data": [{"id": "f2", "filename": "b"}],
                "last_id": "f2",
                "has_more": False,
            }
        ),
    )
    with paging.Client(base_url=local_server.url, default_headers={"X-Team": "t"}) as client:
        got = [
            f.id
            for f in client.files.list(extra_headers={"X-Trace": "1"}, extra_query={"debug": "1"})
        ]
    assert got == ["f1", "f2"]
    assert [r.target for r in local_server.requests] == [
        "/files?debug=1",
        "/files?after=f1&debug=1",
        "/files?after=f1&debug=1",
    ]
    for request in local_server.requests:  # the original request's headers, on every page
        assert request.header("x-trace") == "1" and request.header("x-team") == "t"


def test_an_empty_page_ends_iteration(paging: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"items": [{"id": 1}]}),  # no total: offset goes on until a page is empty
        Reply.json({"items": []}),
    )
    with paging.Client(base_url=local_server.url) as client:
        assert [o.id for o in client.orders.list()] == [1]
    assert [r.target for r in local_server.requests] == ["/orders", "/orders?offset=1"]


def test_raw_response_parses_to_the_page(paging: ModuleType, local_server: LocalServer) -> None:
    files_pages(local_server)
    with paging.Client(base_url=local_server.url) as client:
        raw = client.with_raw_response.files.list()
        assert raw.status_code == 200
        page = raw.parse()
        assert [f.id for f in page] == ["f1", "f2", "f3", "f4"]
    assert all(r.header("x-client-raw-response") is None for r in local_server.requests)


@pytest.mark.anyio
async def test_async_page_by_page(paging: ModuleType, local_server: LocalServer) -> None:
    files_pages(local_server)
    async with paging.AsyncClient(base_url=local_server.url) as client:
        page = await client.files.list(limit=2)
        assert [f.id for f in page.page_items] == ["f1", "f2"] and page.has_more is True
        assert page.has_next_page()
        second = await page.get_next_page()
        assert local_server.last.target == "/files?after=f2&limit=2"
        assert [[f.id for f in p.page_items] async for p in second.iter_pages()] == [["f3"], ["f4"]]
        files_pages(local_server)
        raw = await client.with_raw_response.files.list()
        assert raw.status_code == 200
        assert [f.id async for f in await raw.parse()] == ["f1", "f2", "f3", "f4"]


def test_x_pagination_false_keeps_the_model(paging: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"data": [{"id": "g1"}], "has_more": True, "last_id": "g1"}))
    with paging.Client(base_url=local_server.url) as client:
        tags = client.tags.list()
    assert isinstance(tags, paging.models.ListTagsResponse)
    assert len(local_server.requests) == 1


def test_project_config_overrides(paging_config: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(
        Reply.json({"data": [{"id": "g1"}], "last_id": "g1"}),
        Reply.json({"data": [{"id": "g2"}], "last_id": None}),
        Reply.json({"object": "list", "data": [], "has_more": True}),
    )
    with paging_config.Client(base_url=local_server.url) as client:
        assert [t.id for t in client.tags.list()] == ["g1", "g2"]  # x-pagination: false, overridden
        files = client.files.list()  # detected, turned off by the project
        assert isinstance(files, paging_config.models.ListFilesResponse)
    assert [r.target for r in local_server.requests] == ["/tags", "/tags?after=g1", "/files"]
