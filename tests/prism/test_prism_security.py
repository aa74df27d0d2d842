"""Prism judges security: a client generated from tests/fixtures/security.yaml sends what each
operation's requirements ask, and Prism accepts it; the same call with a credential taken away
is refused with 401 (the canary: Prism does check these schemes).

Prism 5.16.0 validates every scheme of the fixture: apiKey in a header, the query and a cookie,
http basic and bearer, oauth2 and openIdConnect (as a bearer token); it requires every scheme of
a requirement (AND) and accepts any alternative (OR), answers ``security: []`` and an empty
``{}`` alternative without credentials. It does not serve a ``tokenUrl``, so the OAuth2 call
passes a ready token (the fetching is tested in tests/generated/test_security.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.generated.test_security import sec  # noqa: F401 (fixture)
from tests.prism.conftest import prism_for

SPEC = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "security.yaml"

CREDENTIALS = {
    "dd_api_key": "dd-key",
    "dd_application_key": "dd-app",
    "basic_auth": ("user", "password"),
    "bearer_auth": "bearer-token",
    "session_cookie": "session",
    "query_key": "query-key",
    "oauth": "access-token",
    "oidc": "id-token",
}

# (call, the header whose removal makes it unauthenticated)
CASES: list[tuple[str, Callable[[Any], Any], str, dict[str, Any]]] = [
    ("and", lambda c: c.metrics.list, "DD-APPLICATION-KEY", {}),
    ("or-bearer", lambda c: c.reports.list, "Authorization", {"bearer_auth": "bearer-token"}),
    ("basic", lambda c: c.admin.list, "Authorization", {}),
    ("cookie", lambda c: c.session.list, "Cookie", {}),
    ("bearer", lambda c: c.profile.list, "Authorization", {}),
    ("oauth2", lambda c: c.events.create, "Authorization", {}),
    ("openIdConnect", lambda c: c.identity.list, "Authorization", {}),
]


@pytest.fixture(scope="module")
def prism_security(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with prism_for(SPEC, tmp_path_factory.mktemp("prism-security")) as url:
        yield url


@pytest.mark.parametrize(("case", "method", "header", "only"), CASES, ids=[c[0] for c in CASES])
def test_prism_accepts_the_credentials_and_refuses_the_call_without_them(
    sec: ModuleType,  # noqa: F811
    prism_security: str,
    case: str,
    method: Callable[[Any], Any],
    header: str,
    only: dict[str, Any],
) -> None:
    with sec.Client(base_url=prism_security, max_retries=0, **(only or CREDENTIALS)) as client:
        assert method(client)().ok in (True, False)
        with pytest.raises(sec.AuthenticationError):
            method(client)(extra_headers={header: sec._runtime.Omit()})


def test_prism_accepts_the_query_key_and_refuses_without_it(sec: ModuleType, prism_security: str) -> None:  # noqa: F811
    with sec.Client(base_url=prism_security, max_retries=0, query_key="query-key") as client:
        client.export.list(format="csv")
    refused = httpx.get(f"{prism_security}/export", params={"format": "csv"})
    assert refused.status_code == 401, refused.text
    accepted = httpx.get(f"{prism_security}/export", params={"format": "csv", "api_token": "k"})
    assert accepted.status_code == 200, accepted.text


def test_prism_needs_nothing_where_security_is_empty_or_optional(sec: ModuleType, prism_security: str) -> None:  # noqa: F811
    with sec.Client(base_url=prism_security, max_retries=0) as client:
        client.health.list()
        client.public.list()
