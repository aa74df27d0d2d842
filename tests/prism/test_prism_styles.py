"""Prism judges the serialization styles it can: a client generated from
tests/fixtures/styles.yaml sends each such operation with every argument, and Prism (which
deserializes each parameter by its declared style and validates the result) accepts it; the
same values in another style's encoding are refused with 422, which shows that Prism really
reads that parameter by its style.

Where Prism cannot judge, the local server's byte-for-byte test against the specification's
table (tests/generated/test_serialization.py) is the authority (Prism 5.16.0):
- path arrays and objects, and an object header that is absent: Prism's ``simple`` deserializer
  crashes the server (``TypeError: value.split is not a function``);
- ``spaceDelimited``: Prism splits the raw text on ``%20``, so it refuses the specification's
  ``color=blue%20black%20brown`` and accepts a double-encoded ``blue%2520black``;
- ``deepObject`` and exploded ``form`` objects: Prism does not validate their values
  (``color[R]=x`` for an integer passes); nor cookies (``colors=blue|black`` passes).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.generated.test_serialization import A, O, P, styles  # noqa: F401 (fixture)
from tests.prism.conftest import prism_for

SPEC = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "styles.yaml"


@pytest.fixture(scope="module")
def prism_styles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with prism_for(SPEC, tmp_path_factory.mktemp("prism-styles")) as url:
        yield url


CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("query.form_explode.list", (), {"p": P, "color": A, "o": O, "free": ["x y", "z"]}),
    ("query.form_flat.list", (), {"p": P, "color": A, "o": O, "free": ["x y", "z"]}),
    ("query.pipe_delimited_flat.list", (), {"color": A}),
    ("query.reserved.list", (), {"url": "https://x.io/a?b", "plain": "a/b"}),
    ("query.content.list", (), {"filter": {"R": 1}}),
    ("headers.flat.list", (), {"x_color": P, "x_colors": A, "x_obj": O}),
    ("headers.explode.list", (), {"x_color": P, "x_colors": A, "x_obj": O}),
]


@pytest.mark.parametrize(("method", "args", "kwargs"), CALLS, ids=[c[0] for c in CALLS])
def test_prism_accepts_every_style(styles: ModuleType, prism_styles: str, method: str, args: Any, kwargs: Any) -> None:  # noqa: F811
    with styles.Client(base_url=prism_styles, max_retries=0) as client:
        target: Any = client
        for part in method.split("."):
            target = getattr(target, part)
        try:
            target(*args, **kwargs)
        except styles.APIStatusError as exc:
            pytest.fail(f"Prism refused {method}: {exc.status_code} {exc.body}")


# the same values in the wrong style's encoding: each array item or object value then fails
# its enum or integer type once Prism deserializes it by the declared style
CANARIES = [
    ("/query/form-flat", "color=blue%7Cblack"),  # pipes where form wants commas
    ("/query/form-explode", "color=blue,black"),  # commas where form/explode wants repeats
    ("/query/pipeDelimited-flat", "color=blue,black"),  # commas where pipes are declared
    ("/query/form-flat", "o=R,x,G,200"),  # an object value that is not an integer
]


@pytest.mark.parametrize(("path", "query"), CANARIES, ids=[f"{p}?{q}" for p, q in CANARIES])
def test_prism_refuses_the_wrong_encoding(prism_styles: str, path: str, query: str) -> None:
    response = httpx.get(f"{prism_styles}{path}?{query}")
    assert response.status_code == 422, f"Prism accepted {path}?{query}: {response.status_code} {response.text}"


GOOD_HEADERS = {"X-Color": "blue", "X-Colors": "blue,black", "X-Obj": "R,100,G,200"}
HEADER_CANARIES = [
    ("/headers/flat", {"X-Colors": "blue|black"}),  # pipes where simple wants commas
    ("/headers/flat", {"X-Obj": "R,x,G,200"}),  # an object value that is not an integer
]


@pytest.mark.parametrize(("path", "headers"), HEADER_CANARIES, ids=[f"{p}:{h}" for p, h in HEADER_CANARIES])
def test_prism_refuses_wrong_headers(prism_styles: str, path: str, headers: dict[str, str]) -> None:
    sent = {**GOOD_HEADERS, **headers}
    response = httpx.get(f"{prism_styles}{path}", headers=sent)
    assert response.status_code == 422, f"Prism accepted {path} {sent}: {response.status_code} {response.text}"
