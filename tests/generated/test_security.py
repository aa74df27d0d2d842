"""Security as the spec says it, through a client generated from tests/fixtures/security.yaml
against a local server (real HTTP).

OpenAPI 3.1.1, Security Requirement Object: the schemes of one requirement are all needed
(AND), the requirements of a list are alternatives (OR), an operation's ``security`` replaces
the root's, ``security: []`` needs nothing and an empty ``{}`` alternative makes credentials
optional. The client sends the first alternative whose credentials are all configured and
refuses, before sending, a call that needs credentials it does not have. OAuth2 client
credentials: a form POST to ``tokenUrl`` (RFC 6749, 4.4), the client authenticated with HTTP
basic auth (2.3.1), the token cached, fetched again before ``expires_in`` runs out and once
after a 401.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.generated.conftest import generated_package
from tests.servers.local_server import LocalServer, RecordedRequest, Reply

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "security.yaml"
OK = {"ok": True}


@pytest.fixture(scope="module")
def sec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, "security_fx", tmp_path_factory.mktemp("security") / "dist") as module:
        yield module


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("SECURITY_FX_"):
            monkeypatch.delenv(name)


def client(sec: ModuleType, server: LocalServer, **credentials: Any) -> Any:
    return sec.Client(base_url=server.url, max_retries=0, **credentials)


def auth_of(request: RecordedRequest) -> dict[str, str | None]:
    return {
        "authorization": request.header("authorization"),
        "dd-api-key": request.header("dd-api-key"),
        "dd-application-key": request.header("dd-application-key"),
        "cookie": request.header("cookie"),
    }


NOTHING: dict[str, str | None] = {
    "authorization": None,
    "dd-api-key": None,
    "dd-application-key": None,
    "cookie": None,
}
EVERYTHING = {
    "dd_api_key": "dd-key-1",
    "dd_application_key": "dd-app-2",
    "basic_auth": ("user", "pass-word"),
    "bearer_auth": "bearer-3",
    "session_cookie": "cookie-4",
    "query_key": "query-5",
    "oidc": "oidc-6",
}


def basic(pair: str) -> str:
    return "Basic " + base64.b64encode(pair.encode()).decode()


# --- requirements ---------------------------------------------------------------------------


def test_and_sends_every_scheme_of_the_requirement(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK))
    with client(sec, local_server, dd_api_key="dd-key-1", dd_application_key="dd-app-2") as c:
        assert c.metrics.list().ok is True
    assert auth_of(local_server.last) == {**NOTHING, "dd-api-key": "dd-key-1", "dd-application-key": "dd-app-2"}


def test_and_with_one_half_configured_fails_before_sending(sec: ModuleType, local_server: LocalServer) -> None:
    with client(sec, local_server, dd_api_key="dd-key-1") as c, pytest.raises(sec.MissingCredentialsError) as info:
        c.metrics.list()
    assert local_server.requests == []
    assert "'DD-API-KEY' and 'DD-APPLICATION-KEY'" in str(info.value)
    assert "dd_application_key=" in str(info.value)
    assert info.value.schemes == (("DD-API-KEY", "DD-APPLICATION-KEY"),)
    assert isinstance(info.value, sec.APIError)
    assert "dd-key-1" not in str(info.value)


def test_or_sends_the_first_configured_alternative(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK), Reply.json(OK), Reply.json(OK))
    with client(sec, local_server, bearer_auth="bearer-3") as c:
        c.reports.list()
    with client(sec, local_server, dd_api_key="dd-key-1", dd_application_key="dd-app-2") as c:
        c.reports.list()
    with client(sec, local_server, **EVERYTHING) as c:  # both configured: the first alternative
        c.reports.list()
    first, second, both = local_server.requests
    assert auth_of(first) == {**NOTHING, "authorization": "Bearer bearer-3"}
    assert auth_of(second) == {**NOTHING, "dd-api-key": "dd-key-1", "dd-application-key": "dd-app-2"}
    assert auth_of(both) == {**NOTHING, "authorization": "Bearer bearer-3"}


def test_missing_credentials_name_every_alternative(sec: ModuleType, local_server: LocalServer) -> None:
    with client(sec, local_server, basic_auth="u:p") as c, pytest.raises(sec.MissingCredentialsError) as info:
        c.reports.list()
    message = str(info.value)
    assert message.startswith("GET /reports requires credentials for 'bearerAuth' or 'DD-API-KEY' and 'DD-APPLICATION-KEY'")
    assert "bearer_auth=" in message and "dd_api_key=" in message
    assert local_server.requests == []


@pytest.mark.parametrize("credential", ["user:pass-word", ("user", "pass-word")])
def test_operation_security_replaces_the_global_one(
    sec: ModuleType, local_server: LocalServer, credential: Any
) -> None:
    local_server.enqueue(Reply.json(OK))
    with client(sec, local_server, **{**EVERYTHING, "basic_auth": credential}) as c:
        c.admin.list()
    assert auth_of(local_server.last) == {**NOTHING, "authorization": basic("user:pass-word")}
    with client(sec, local_server, dd_api_key="a", dd_application_key="b") as c, pytest.raises(
        sec.MissingCredentialsError, match="'basicAuth'"
    ):
        c.admin.list()


def test_empty_security_sends_nothing(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK), Reply.json(OK))
    with client(sec, local_server, **EVERYTHING) as c:
        c.health.list()
    with client(sec, local_server) as c:  # and needs nothing
        c.health.list()
    for request in local_server.requests:
        assert auth_of(request) == NOTHING
        assert request.query == {}


def test_optional_credentials_are_sent_when_configured(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK), Reply.json(OK))
    with client(sec, local_server) as c:
        c.public.list()
    with client(sec, local_server, bearer_auth="bearer-3") as c:
        c.public.list()
    nothing, bearer = local_server.requests
    assert auth_of(nothing) == NOTHING
    assert auth_of(bearer) == {**NOTHING, "authorization": "Bearer bearer-3"}


# --- where each kind goes -------------------------------------------------------------------


def test_api_key_in_a_cookie(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK))
    with client(sec, local_server, session_cookie="cookie 4;x") as c:
        c.session.list()
    assert auth_of(local_server.last) == {**NOTHING, "cookie": "session_id=cookie%204%3Bx"}


def test_api_key_in_the_query(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK))
    with client(sec, local_server, query_key="query 5&x") as c:
        c.export.list(format="csv")
    assert local_server.last.query == {"format": ["csv"], "api_token": ["query 5&x"]}
    assert auth_of(local_server.last) == NOTHING


def test_bearer_and_openid_connect(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK), Reply.json(OK))
    with client(sec, local_server, bearer_auth="bearer-3", oidc="oidc-6") as c:
        c.profile.list()
        c.identity.list()
    profile, identity = local_server.requests
    assert auth_of(profile) == {**NOTHING, "authorization": "Bearer bearer-3"}
    assert auth_of(identity) == {**NOTHING, "authorization": "Bearer oidc-6"}


def test_credentials_from_the_environment_and_api_key(
    sec: ModuleType, local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURITY_FX_DD_APPLICATION_KEY", "env-app")
    monkeypatch.setenv("SECURITY_FX_DD_API_KEY", "env-key")
    local_server.enqueue(Reply.json(OK), Reply.json(OK))
    with client(sec, local_server) as c:
        c.metrics.list()
    with client(sec, local_server, api_key="arg-key") as c:  # api_key: the first scheme's
        assert c.api_key == "arg-key"
        c.metrics.list()
    env, arg = local_server.requests
    assert (env.header("dd-api-key"), env.header("dd-application-key")) == ("env-key", "env-app")
    assert (arg.header("dd-api-key"), arg.header("dd-application-key")) == ("arg-key", "env-app")


def test_with_options_keeps_and_changes_credentials(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK), Reply.json(OK))
    with client(sec, local_server, dd_api_key="a", dd_application_key="b") as c:
        c.with_options(timeout=5.0).metrics.list()
        c.with_options(dd_application_key="c").metrics.list()
        with pytest.raises(TypeError, match="dd_app_key"):
            c.with_options(dd_app_key="x")
    kept, changed = local_server.requests
    assert (kept.header("dd-api-key"), kept.header("dd-application-key")) == ("a", "b")
    assert (changed.header("dd-api-key"), changed.header("dd-application-key")) == ("a", "c")


# --- OAuth2 client credentials --------------------------------------------------------------


def token(value: str, expires_in: float | None = 3600) -> Reply:
    body: dict[str, Any] = {"access_token": value, "token_type": "Bearer"}
    if expires_in is not None:
        body["expires_in"] = expires_in
    return Reply.json(body)


OAUTH = {"oauth_client_id": "client-7", "oauth_client_secret": "client-secret-8"}


def test_oauth_fetches_caches_and_refreshes_before_expiry(sec: ModuleType, local_server: LocalServer) -> None:
    # expires_in 1 s: refreshed half-way (the margin is 60 s, at most half the lifetime)
    local_server.enqueue(token("tok-1", expires_in=1), Reply.json(OK), Reply.json(OK))
    local_server.enqueue(token("tok-2", expires_in=1), Reply.json(OK))
    with client(sec, local_server, **OAUTH) as c:
        c.events.create()
        c.events.create()
        time.sleep(0.6)
        c.events.create()
    requests = local_server.requests
    assert [(r.method, r.path) for r in requests] == [
        ("POST", "/oauth/token"),
        ("POST", "/events"),
        ("POST", "/events"),
        ("POST", "/oauth/token"),
        ("POST", "/events"),
    ]
    fetch = requests[0]
    assert fetch.header("content-type") == "application/x-www-form-urlencoded"
    assert fetch.header("authorization") == basic("client-7:client-secret-8")
    assert parse_qs(fetch.body.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["metrics:read metrics:write"],
    }
    assert [r.header("authorization") for r in requests if r.path == "/events"] == [
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_oauth_refreshes_once_on_401(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(token("tok-1"), Reply.json({"error": "expired"}, status=401))
    local_server.enqueue(token("tok-2"), Reply.json(OK))
    local_server.enqueue(Reply.json({"error": "no"}, status=401), token("tok-3"))
    local_server.enqueue(Reply.json({"error": "still no"}, status=401))
    with client(sec, local_server, **OAUTH) as c:
        assert c.events.create().ok is True  # refused, new token, accepted
        with pytest.raises(sec.AuthenticationError):  # refused twice: raised, no loop
            c.events.create()
    sent = [(r.path, r.header("authorization")) for r in local_server.requests]
    assert sent == [
        ("/oauth/token", basic("client-7:client-secret-8")),
        ("/events", "Bearer tok-1"),
        ("/oauth/token", basic("client-7:client-secret-8")),
        ("/events", "Bearer tok-2"),
        ("/events", "Bearer tok-2"),
        ("/oauth/token", basic("client-7:client-secret-8")),
        ("/events", "Bearer tok-3"),
    ]


def test_oauth_ready_token(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json(OK))
    with client(sec, local_server, oauth="ready-token") as c:
        c.events.create()
    assert [(r.path, r.header("authorization")) for r in local_server.requests] == [
        ("/events", "Bearer ready-token")
    ]


def test_oauth_copies_share_the_token(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(token("tok-1"), Reply.json(OK), Reply.json(OK))
    with client(sec, local_server, **OAUTH) as c:
        c.events.create()
        c.with_options(max_retries=1).events.create()
    assert [r.path for r in local_server.requests] == ["/oauth/token", "/events", "/events"]


def test_oauth_async(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(token("tok-a"), Reply.json({"error": "x"}, status=401), token("tok-b"), Reply.json(OK))

    async def main() -> None:
        async with sec.AsyncClient(base_url=local_server.url, max_retries=0, **OAUTH) as c:
            assert (await c.events.create()).ok is True

    asyncio.run(main())
    assert [(r.path, r.header("authorization")) for r in local_server.requests if r.path == "/events"] == [
        ("/events", "Bearer tok-a"),
        ("/events", "Bearer tok-b"),
    ]


def test_oauth_token_endpoint_refusal_is_an_api_error(sec: ModuleType, local_server: LocalServer) -> None:
    local_server.enqueue(Reply.json({"error": "invalid_client client-secret-8"}, status=401))
    with client(sec, local_server, **OAUTH) as c, pytest.raises(sec.AuthenticationError) as info:
        c.events.create()
    assert "/oauth/token" in str(info.value)
    assert "client-secret-8" not in str(info.value)
    assert [r.path for r in local_server.requests] == ["/oauth/token"]


# --- redaction ------------------------------------------------------------------------------

SECRETS = {
    "dd_api_key": "ddkey-SECRET-111",
    "dd_application_key": "ddapp-SECRET-222",
    "basic_auth": ("alice", "pw-SECRET-333"),
    "bearer_auth": "bearer-SECRET-444",
    "session_cookie": "cookie-SECRET-555",
    "query_key": "query-SECRET-666",
    "oauth_client_id": "client-SECRET-777",
    "oauth_client_secret": "csecret-SECRET-888",
    "oidc": "oidc-SECRET-999",
}
FETCHED = "fetched-SECRET-000"


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        stack += [e.__cause__, e.__context__]


def test_credentials_never_shown(
    sec: ModuleType, local_server: LocalServer, caplog: pytest.LogCaptureFixture, refused_url: str
) -> None:
    shown = [v for v in SECRETS.values() if isinstance(v, str)] + ["pw-SECRET-333", FETCHED]
    echo = " ".join(shown) + " " + basic("alice:pw-SECRET-333")
    before = echo.replace(FETCHED, "")  # the server cannot echo a token not fetched yet
    caplog.set_level(logging.DEBUG, logger="security_fx")
    errors: list[BaseException] = []
    local_server.enqueue(
        Reply.json({"error": before}, status=500),  # metrics
        Reply.json({"error": before}, status=400),  # export (query key)
        Reply.text(f"bad {before}", status=403),  # admin (basic)
        token(FETCHED),
        Reply.json({"error": echo}, status=401),  # events: refused
        Reply.json({"error": echo}, status=500),  # the token endpoint fails on the refetch
    )
    with client(sec, local_server, **SECRETS) as c:
        texts = [repr(c), str(c)]
        calls = [c.metrics.list, lambda: c.export.list(format="x"), c.admin.list, c.events.create]
        for call in calls:
            with pytest.raises(sec.APIError) as info:
                call()
            errors.append(info.value)
        texts += [repr(c), repr(c._credentials)]
    with sec.Client(base_url=refused_url, max_retries=0, **SECRETS) as c:
        with pytest.raises(sec.APIConnectionError) as connection:
            c.export.list()
        errors.append(connection.value)
        with pytest.raises(sec.APIConnectionError) as fetching:
            c.events.create()
        errors.append(fetching.value)
    assert local_server.requests[1].query["api_token"] == ["query-SECRET-666"]  # it was sent
    assert local_server.requests[4].header("authorization") == f"Bearer {FETCHED}"
    for error in errors:
        for e in _chain(error):
            texts += [str(e), repr(e), repr(e.args)]
    texts += [r.getMessage() for r in caplog.records]
    assert any("api_token=***" in t for t in texts)
    for secret in shown:
        leaks = [t for t in texts if secret in t]
        assert not leaks, f"{secret} shown in {leaks[0][:300]}"
