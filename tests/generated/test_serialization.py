"""Every parameter serialization rule, as the bytes a generated client puts on the wire.

The reference is the OpenAPI Specification 3.1, Parameter Object, "Style Values" and "Style
Examples" (https://spec.openapis.org/oas/v3.1.1#style-examples): a parameter ``color`` holding
the string ``"blue"``, the array ``["blue", "black", "brown"]`` or the object
``{"R": 100, "G": 200, "B": 150}``, for each style and explode. Label and matrix follow RFC 6570
(which 3.1.1 aligned its table with). The client is generated from tests/fixtures/styles.yaml
(one operation per rule) and talks to the local server, which records the raw request target.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.generated.conftest import generated_package
from tests.servers.local_server import Reply

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "styles.yaml"
P, A, O = "blue", ["blue", "black", "brown"], {"R": 100, "G": 200, "B": 150}


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, "styles", tmp_path_factory.mktemp("styles") / "dist") as module:
        yield module


def call(styles: ModuleType, server: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    server.enqueue(Reply.empty())
    with styles.Client(base_url=server.url) as client:
        target: Any = client
        for part in method.split("."):
            target = getattr(target, part)
        target(*args, **kwargs)
    return server.last


# (method, arguments) → the raw query string, from the spec's table
QUERY = [
    ("query.form_explode.list", {"p": P}, "p=blue"),
    ("query.form_explode.list", {"color": A}, "color=blue&color=black&color=brown"),
    ("query.form_explode.list", {"o": O}, "R=100&G=200&B=150"),
    ("query.form_explode.list", {"color": []}, ""),
    ("query.form_flat.list", {"p": P}, "p=blue"),
    ("query.form_flat.list", {"color": A}, "color=blue,black,brown"),
    ("query.form_flat.list", {"o": O}, "o=R,100,G,200,B,150"),
    ("query.form_flat.list", {"color": []}, "color="),
    ("query.space_delimited_flat.list", {"color": A}, "color=blue%20black%20brown"),
    ("query.pipe_delimited_flat.list", {"color": A}, "color=blue%7Cblack%7Cbrown"),
    ("query.deep_object.list", {"color": O}, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
    # values that need percent-encoding: RFC 3986 unreserved characters only stay as they are
    ("query.form_explode.list", {"p": "a/b?c&d=e,f g%h"}, "p=a%2Fb%3Fc%26d%3De%2Cf%20g%25h"),
    ("query.form_explode.list", {"p": "café 🎉"}, "p=caf%C3%A9%20%F0%9F%8E%89"),
    ("query.form_flat.list", {"free": ["a,b", "c"]}, "free=a%2Cb,c"),
    # allowReserved keeps reserved characters (not the ones that would end the value)
    ("query.reserved.list", {"url": "https://x.io/a?b", "plain": "https://x.io/a?b"}, "url=https://x.io/a?b&plain=https%3A%2F%2Fx.io%2Fa%3Fb"),
    # a parameter declared with content: application/json is sent as JSON text
    ("query.content.list", {"filter": {"R": 1}}, "filter=%7B%22R%22%3A1%7D"),
]


@pytest.mark.parametrize(("method", "kwargs", "expected"), QUERY, ids=[f"{m}:{e}" for m, _, e in QUERY])
def test_query_styles(styles, local_server, method, kwargs, expected):
    assert call(styles, local_server, method, **kwargs).raw_query == expected


# path segments p/a/o for each style × explode
PATH = [
    ("path.simple_flat.retrieve", "blue/blue,black,brown/R,100,G,200,B,150"),
    ("path.simple_explode.retrieve", "blue/blue,black,brown/R=100,G=200,B=150"),
    ("path.label_flat.retrieve", ".blue/.blue,black,brown/.R,100,G,200,B,150"),
    ("path.label_explode.retrieve", ".blue/.blue.black.brown/.R=100.G=200.B=150"),
    ("path.matrix_flat.retrieve", ";p=blue/;a=blue,black,brown/;o=R,100,G,200,B,150"),
    ("path.matrix_explode.retrieve", ";p=blue/;a=blue;a=black;a=brown/;R=100;G=200;B=150"),
]


@pytest.mark.parametrize(("method", "expected"), PATH, ids=[m for m, _ in PATH])
def test_path_styles(styles, local_server, method, expected):
    prefix = "/path/" + method.split(".")[1].replace("_", "-") + "/"
    assert call(styles, local_server, method, P, A, O).path == prefix + expected


def test_path_values_are_percent_encoded(styles, local_server):
    request = call(styles, local_server, "path.simple_flat.retrieve", "a/b?c é", ["x,y"], {"k": "v/w"})
    assert request.path == "/path/simple-flat/a%2Fb%3Fc%20%C3%A9/x%2Cy/k,v%2Fw"
    request = call(styles, local_server, "path.simple_flat.retrieve", "..", ["."], {"k": "v"})
    assert request.path == "/path/simple-flat/%2E%2E/%2E/k,v"  # never a relative segment


HEADERS = [
    ("headers.flat.list", {"x_color": P, "x_colors": A, "x_obj": O}, ("blue", "blue,black,brown", "R,100,G,200,B,150")),
    ("headers.explode.list", {"x_color": P, "x_colors": A, "x_obj": O}, ("blue", "blue,black,brown", "R=100,G=200,B=150")),
]


@pytest.mark.parametrize(("method", "kwargs", "expected"), HEADERS, ids=[m for m, _, _ in HEADERS])
def test_header_styles(styles, local_server, method, kwargs, expected):
    request = call(styles, local_server, method, **kwargs)
    assert (request.header("x-color"), request.header("x-colors"), request.header("x-obj")) == expected


COOKIES = [
    ("cookies.explode.list", {"color": P, "colors": A}, "color=blue; colors=blue; colors=black; colors=brown"),
    ("cookies.flat.list", {"color": P, "colors": A}, "color=blue; colors=blue,black,brown"),
    ("cookies.flat.list", {"color": "a b;c"}, "color=a%20b%3Bc"),
]


@pytest.mark.parametrize(("method", "kwargs", "expected"), COOKIES, ids=[f"{m}:{e}" for m, _, e in COOKIES])
def test_cookie_styles(styles, local_server, method, kwargs, expected):
    assert call(styles, local_server, method, **kwargs).header("cookie") == expected
