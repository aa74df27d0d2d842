"""Form and multipart bodies, byte for byte as a generated client sends them to a local server.

The reference is OpenAPI 3.1.1: the Encoding Object (``contentType``, ``headers``, ``style``,
``explode``, ``allowReserved``; https://spec.openapis.org/oas/v3.1.1#encoding-object) and its
defaults; "Encoding the x-www-form-urlencoded Media Type" (properties serialized as query
parameters would be, ``form`` with ``explode`` by default) and "Encoding multipart Media Types"
(a part per array item, ``application/json`` parts for objects). Arrays inside a ``deepObject``
are undefined there: ``brackets`` by default, ``indices`` or ``repeat`` by choice. The
per-spec convention (``body-style = "deepObject"``) is checked through a spec extension and
through ``[tool.generator.options]``. Fixture: tests/fixtures/bodies.yaml.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.generated.conftest import generated_package
from tests.servers.local_server import LocalServer, RecordedRequest, Reply

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "bodies.yaml"


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, "bodies", tmp_path_factory.mktemp("bodies") / "dist") as module:
        yield module


@pytest.fixture(scope="module")
def bodies_deep(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The same spec declaring the OpenAI/Stripe convention for itself (root extensions)."""
    folder = tmp_path_factory.mktemp("bodies-deep")
    data = yaml.safe_load(SPEC.read_text())
    data["x-pyclient-body-style"] = "deepObject"
    data["x-pyclient-array-format"] = "indices"
    spec = folder / "bodies_deep.yaml"
    spec.write_text(yaml.safe_dump(data, sort_keys=False))
    with generated_package(spec, "bodies_deep", folder / "dist") as module:
        yield module


def send(module: ModuleType, server: LocalServer, method: str, **kwargs: Any) -> RecordedRequest:
    server.enqueue(Reply.empty())
    with module.Client(base_url=server.url) as client:
        target: Any = client
        for part in method.split("."):
            target = getattr(target, part)
        target(**kwargs)
    return server.last


def parts(request: RecordedRequest) -> list[tuple[str | None, str | None, str | None, bytes]]:
    return [(p.name, p.filename, p.content_type, p.data) for p in request.multipart()]


# --- application/x-www-form-urlencoded ----------------------------------------------------------


def test_form_defaults_are_form_explode(bodies: ModuleType, local_server: LocalServer) -> None:
    # no Encoding Object: each property as a query parameter with style form, explode true
    request = send(
        bodies,
        local_server,
        "form.default.create",
        name="a b&c=d/é",
        tags=["x", "a b"],
        shape={"color": "red", "size": 1},
        count=3,
        at=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
    )
    assert request.header("content-type") == "application/x-www-form-urlencoded"
    assert request.body == (
        b"name=a%20b%26c%3Dd%2F%C3%A9&tags=x&tags=a%20b&color=red&size=1&count=3"
        b"&at=2024-01-02T03%3A04%3A05Z"
    )


def test_form_empty_array_sends_nothing(bodies: ModuleType, local_server: LocalServer) -> None:
    request = send(bodies, local_server, "form.default.create", name="n", tags=[])
    assert request.body == b"name=n"


def test_form_encoding_objects(bodies: ModuleType, local_server: LocalServer) -> None:
    request = send(
        bodies,
        local_server,
        "form.encoded.create",
        flat=["x", "y"],
        pipes=["x", "y"],
        shape={"color": "red", "size": 2},
        expand=["customer", "invoice"],
        items=[{"price": "p1", "quantity": 1}, {"price": "p2"}],
        meta={"a": 1},
        url="https://x.io/a?b=1&c",
    )
    assert request.body.decode().split("&") == [
        "flat=x,y",  # form, explode false
        "pipes=x%7Cy",  # pipeDelimited
        "shape%5Bcolor%5D=red",  # deepObject
        "shape%5Bsize%5D=2",
        "expand%5B%5D=customer",  # an array inside deepObject: brackets by default
        "expand%5B%5D=invoice",
        "items%5B%5D%5Bprice%5D=p1",
        "items%5B%5D%5Bquantity%5D=1",
        "items%5B%5D%5Bprice%5D=p2",
        "meta=%7B%22a%22%3A1%7D",  # contentType application/json: JSON text, then encoded
        "url=https://x.io/a?b%3D1%26c",  # allowReserved: only = & # + stay encoded
    ]


def test_form_extra_body_replaces_a_property(bodies: ModuleType, local_server: LocalServer) -> None:
    request = send(
        bodies, local_server, "form.default.create", name="n", extra_body={"name": "m", "z": [1, 2]}
    )
    assert request.body == b"name=m&z=1&z=2"


def test_form_convention_indices(bodies_deep: ModuleType, local_server: LocalServer) -> None:
    # x-pyclient-body-style: deepObject, x-pyclient-array-format: indices (Stripe's SDK form)
    request = send(
        bodies_deep,
        local_server,
        "form.default.create",
        name="n",
        tags=["x", "y"],
        shape={"color": "red"},
    )
    assert request.body == b"name=n&tags%5B0%5D=x&tags%5B1%5D=y&shape%5Bcolor%5D=red"
    # an Encoding Object still wins over the convention; its deepObject arrays use indices
    request = send(bodies_deep, local_server, "form.encoded.create", flat=["x", "y"], expand=["customer"])
    assert request.body == b"flat=x,y&expand%5B0%5D=customer"


# --- multipart/form-data ------------------------------------------------------------------------


def test_multipart_defaults(bodies: ModuleType, local_server: LocalServer) -> None:
    request = send(
        bodies,
        local_server,
        "multipart.default.create",
        file=("a.txt", b"hello"),
        purpose="p",
        tags=["x", "y"],
        meta={"source": "cli"},
        rows=[{"a": 1}, {"a": 2}],
        images=[b"1", ("b.png", b"2")],
    )
    assert parts(request) == [
        ("purpose", None, None, b"p"),
        ("tags", None, None, b"x"),  # an array: a part per item
        ("tags", None, None, b"y"),
        ("meta", None, "application/json", b'{"source":"cli"}'),  # an object: a JSON part
        ("rows", None, "application/json", b'{"a":1}'),  # array items that are objects
        ("rows", None, "application/json", b'{"a":2}'),
        ("file", "a.txt", "text/plain", b"hello"),  # files last, in property order
        ("images", "upload", "application/octet-stream", b"1"),
        ("images", "b.png", "image/png", b"2"),
    ]


def test_multipart_encoding_objects(bodies: ModuleType, local_server: LocalServer) -> None:
    request = send(
        bodies,
        local_server,
        "multipart.encoded.create",
        session={"type": "realtime"},
        sdp="v=0\r\no=- 1 2 IN IP4 0.0.0.0",
        icon=b"\x89PNG",
        include=["logprobs", "usage"],
        expires_after={"anchor": "created_at", "seconds": 60},
        filter=["a", "b"],
    )
    assert parts(request) == [
        ("session", None, "application/json", b'{"type":"realtime"}'),
        ("sdp", None, "application/sdp", b"v=0\r\no=- 1 2 IN IP4 0.0.0.0"),
        ("include[]", None, None, b"logprobs"),
        ("include[]", None, None, b"usage"),
        ("expires_after[anchor]", None, None, b"created_at"),
        ("expires_after[seconds]", None, None, b"60"),
        ("filter", None, None, b"a,b"),
        ("icon", "upload", "image/png", b"\x89PNG"),  # the first type contentType lists
    ]
    icon = request.multipart()[-1]
    assert icon.header("x-icon-version") == "2"  # a header with a fixed value (const)
    assert icon.header("x-rate-limit-limit") is None  # no value to send (the build warns)


def test_multipart_file_keeps_a_listed_type(bodies: ModuleType, local_server: LocalServer) -> None:
    request = send(bodies, local_server, "multipart.encoded.create", icon=("i.jpeg", b"jpg"))
    assert parts(request) == [("icon", "i.jpeg", "image/jpeg", b"jpg")]


def test_multipart_convention(bodies_deep: ModuleType, local_server: LocalServer) -> None:
    # what the OpenAI SDK sends (`include[]=`, `expires_after[anchor]=`), here with indices
    request = send(
        bodies_deep,
        local_server,
        "multipart.default.create",
        file=b"f",
        tags=["x", "y"],
        meta={"source": "cli"},
        rows=[{"a": 1}],
        images=[b"1", b"2"],
    )
    assert [(p.name, p.data) for p in request.multipart()] == [
        ("tags[0]", b"x"),
        ("tags[1]", b"y"),
        ("meta[source]", b"cli"),
        ("rows[0][a]", b"1"),
        ("file", b"f"),
        ("images[0]", b"1"),
        ("images[1]", b"2"),
    ]


# --- the convention from [tool.generator.options] -----------------------------------------------


def test_project_options_choose_the_convention(tmp_path: Path, local_server: LocalServer) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "shop.yaml").write_text(SPEC.read_text())
    (tmp_path / "pyproject.toml").write_text('[tool.generator.options.shop]\nbody-style = "deepObject"\n')
    spec = tmp_path / "specs" / "shop.yaml"
    with generated_package(spec, "shop", tmp_path / "out", cwd=tmp_path) as shop:
        request = send(shop, local_server, "form.default.create", name="n", tags=["x"])
        assert request.body == b"name=n&tags%5B%5D=x"


def test_bad_option_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator.options.shop]\nbody-style = "brackets"\n'
    )
    run = subprocess.run(
        [sys.executable, "-m", "generator", "generate"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "body-style = 'brackets' is not one of spec, deepObject" in run.stderr
