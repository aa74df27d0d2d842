"""Prism judges the body encodings it can: a client generated from tests/fixtures/bodies.yaml
sends form and multipart bodies whose Encoding Objects Prism deserializes, and Prism accepts
them; the same values in a wrong encoding are refused with 422.

Where Prism cannot judge, tests/generated/test_bodies.py (exact bytes at a local server, against
OpenAPI 3.1.1's Encoding Object rules) is the authority. Prism 5.16.0:
- properties without an Encoding Object: Prism does not apply the specification's defaults
  (``form``, exploded; a part per array item), so it refuses every array there ("must be
  array": ``tags=x&tags=y``, ``tags[]=x`` and repeated parts alike) and every object part;
- ``application/json`` parts and ``contentType`` in a form body: not parsed ("must be object");
- ``form`` with ``explode: false`` (``flat=x,y``): refused as "Reserved characters used";
- arrays inside ``deepObject`` (``expand[]=``, ``items[][price]=``): not validated; repeated
  keys (``pipes=x&pipes=y``) are accepted for a ``pipeDelimited`` array;
- an optional property with an Encoding Object that is not sent is deserialized anyway (an
  absent ``pipes`` "must be array"), so each call sends all such properties.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.generated.test_bodies import bodies  # noqa: F401 (fixture)
from tests.prism.conftest import prism_for

SPEC = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "bodies.yaml"


@pytest.fixture(scope="module")
def prism_bodies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with prism_for(SPEC, tmp_path_factory.mktemp("prism-bodies")) as url:
        yield url


def test_prism_accepts_encoded_form_body(bodies: ModuleType, prism_bodies: str) -> None:  # noqa: F811
    with bodies.Client(base_url=prism_bodies, max_retries=0) as client:
        client.form.encoded.create(
            pipes=["x", "y"],
            shape={"color": "red", "size": 2},
            expand=["customer", "invoice"],
            items=[{"price": "p1", "quantity": 1}],
            url="https://x.io/a?b=1&c",
        )


def test_prism_accepts_encoded_multipart_body(bodies: ModuleType, prism_bodies: str) -> None:  # noqa: F811
    with bodies.Client(base_url=prism_bodies, max_retries=0) as client:
        client.multipart.encoded.create(
            include=["logprobs", "usage"],
            expires_after={"anchor": "created_at", "seconds": 60},
            icon=b"\x89PNG",
            sdp="v=0",
        )


GOOD_FORM = "pipes=x%7Cy&shape%5Bcolor%5D=red&shape%5Bsize%5D=2&expand%5B%5D=customer"
FORM_CANARIES = [
    GOOD_FORM.replace("pipes=x%7Cy", "pipes=x,y"),  # commas where pipes are declared
    GOOD_FORM.replace("size%5D=2", "size%5D=two"),  # deepObject read: size is an integer
]


def test_prism_accepts_the_good_form(prism_bodies: str) -> None:
    response = httpx.post(f"{prism_bodies}/form/encoded", content=GOOD_FORM, headers=_FORM)
    assert response.status_code == 204, response.text


@pytest.mark.parametrize("body", FORM_CANARIES)
def test_prism_refuses_the_wrong_form_encoding(prism_bodies: str, body: str) -> None:
    response = httpx.post(f"{prism_bodies}/form/encoded", content=body, headers=_FORM)
    assert response.status_code == 422, f"Prism accepted {body}: {response.text}"


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_prism_refuses_the_wrong_multipart_encoding(prism_bodies: str) -> None:
    # expires_after as one JSON part (the default for an object) where deepObject is declared
    files = {
        "include[]": (None, b"logprobs"),
        "expires_after": (None, b'{"anchor":"created_at"}', "application/json"),
    }
    response = httpx.post(f"{prism_bodies}/multipart/encoded", files=files)
    assert response.status_code == 422, response.text
    files = {"include[]": (None, b"logprobs"), "expires_after[anchor]": (None, b"created_at")}
    response = httpx.post(f"{prism_bodies}/multipart/encoded", files=files)
    assert response.status_code == 204, response.text
