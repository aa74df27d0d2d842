"""Credentials: which ones a call sends (the spec's security requirements), how they are sent
(headers, query, cookies), and OAuth2 client-credentials tokens, fetched, cached and
refreshed.

Requirements are OpenAPI's: a sequence of alternatives (OR), each naming the schemes it needs
together (AND); ``()`` sends nothing; an empty alternative makes credentials optional. A call
sends the first alternative whose credentials are all configured, and fails before sending
(:class:`MissingCredentialsError`) when none is and credentials are not optional.

Nothing here shows a credential: reprs mask them and :meth:`Credentials.secrets` lists them
(with every token fetched) for redaction from messages and logs.
"""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ._errors import APIError, MissingCredentialsError, make_status_error
from ._lazy import LazyModule

if TYPE_CHECKING:
    import anyio
    import httpx
else:
    httpx = LazyModule("httpx")

__all__ = [
    "AuthKind",
    "AuthParts",
    "AuthScheme",
    "Credential",
    "Credentials",
    "Requirement",
    "TokenSource",
]

AuthKind = Literal["bearer", "header", "query", "cookie", "basic", "oauth2", "none"]
Credential: TypeAlias = "str | tuple[str, str]"
"""A credential: a key or token; for ``basic``, ``"user:password"`` or ``(user, password)``."""
Requirement: TypeAlias = "Sequence[Sequence[str]]"

TOKEN_REFRESH_MARGIN = 60.0
"""Seconds before its ``expires_in`` runs out that a token is refreshed (at most half its
lifetime)."""
_MIN_SECRET = 3  # shorter strings are not masked: "***" everywhere would help nobody


@dataclass(frozen=True)
class AuthScheme:
    """A security scheme and how its credential is sent.

    ``bearer``: ``<name>: Bearer <token>`` (``name`` is ``Authorization``); ``header``:
    ``<name>: <key>``; ``query``: ``?<name>=<key>``; ``cookie``: ``Cookie: <name>=<key>``;
    ``basic``: ``"user:password"`` (or a tuple) as HTTP basic auth; ``oauth2``: a bearer token,
    passed ready or fetched from ``token_url`` with the client id and secret (client
    credentials grant, asking for ``scopes``); ``none``: nothing.

    ``key`` is the scheme's name in the spec (requirements name it), ``param`` the client
    keyword of its credential and ``client_id``/``client_secret`` those of an OAuth2 client;
    each keyword also reads the environment variable ``<PREFIX>_<KEYWORD>`` (upper case).
    """

    kind: AuthKind = "none"
    name: str = "Authorization"
    key: str = "api_key"
    param: str = "api_key"
    token_url: str = ""
    scopes: tuple[str, ...] = ()
    client_id: str = ""
    client_secret: str = ""

    @property
    def params(self) -> tuple[str, ...]:
        """Every keyword this scheme takes."""
        extra = (self.client_id, self.client_secret) if self.client_id else ()
        return (self.param, *extra)


@dataclass
class AuthParts:
    """What one call sends: headers, query pairs and cookies (not yet encoded), and the
    OAuth2 tokens set on each attempt (they may be refreshed in between)."""

    headers: dict[str, str] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    cookies: list[tuple[str, str]] = field(default_factory=list)
    tokens: tuple[TokenSource, ...] = ()


class TokenSource:
    """One OAuth2 client-credentials token: fetched on first use, cached, fetched again
    before ``expires_in`` runs out or when the API refuses it (401).

    The client performs the HTTP exchange (sync or async); this object builds the token
    request, reads the answer and holds the locks that keep concurrent calls to one fetch.
    """

    def __init__(self, scheme: AuthScheme, client_id: str, client_secret: str) -> None:
        self.scheme = scheme
        self._client = (client_id, client_secret)
        self._token: str | None = None
        self._refresh_at: float | None = None
        self._seen: list[str] = []
        self.lock = threading.Lock()
        self._alock: anyio.Lock | None = None

    def __repr__(self) -> str:
        return f"TokenSource(scheme={self.scheme.key!r}, token={'***' if self._token else None})"

    @property
    def alock(self) -> anyio.Lock:
        if self._alock is None:
            import anyio

            self._alock = anyio.Lock()
        return self._alock

    def same_client(self, client_id: str, client_secret: str) -> bool:
        return self._client == (client_id, client_secret)

    def fresh(self) -> str | None:
        """The cached token, unless it is about to expire."""
        if self._refresh_at is not None and time.monotonic() >= self._refresh_at:
            return None
        return self._token

    def expire(self, sent: str | None) -> None:
        """Forget the token the API refused (``sent``: the header value that carried it; a
        token another call has fetched since is kept)."""
        if self._token is not None and sent == f"Bearer {self._token}":
            self._token = None

    def token_request(
        self, http: httpx.Client | httpx.AsyncClient, url: str, timeout: httpx.Timeout
    ) -> httpx.Request:
        """``POST token_url`` with ``grant_type=client_credentials`` (and the scopes), the
        client authenticated with HTTP basic auth (RFC 6749, 2.3.1)."""
        from urllib.parse import quote, urlencode

        client_id, client_secret = self._client
        pair = f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}"
        form = {"grant_type": "client_credentials"}
        if self.scheme.scopes:
            form["scope"] = " ".join(self.scheme.scopes)
        return http.build_request(
            "POST",
            url,
            headers={
                "Authorization": "Basic " + _b64(pair),
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
            content=urlencode(form, quote_via=quote).encode("ascii"),
            timeout=timeout,
        )

    def accept(self, response: httpx.Response, secrets: Sequence[str]) -> str:
        """The token in the endpoint's answer (read), cached; an error if there is none."""
        if not response.is_success:
            raise make_status_error(response, None, secrets=(*secrets, *self.secrets()))
        try:
            data = response.json()
        except ValueError:
            data = None
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise APIError(
                "The OAuth2 token endpoint answered without an access_token.",
                response.request,
            )
        expires_in = data.get("expires_in") if isinstance(data, dict) else None
        self._refresh_at = None
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
            margin = min(TOKEN_REFRESH_MARGIN, max(float(expires_in), 0.0) / 2)
            self._refresh_at = time.monotonic() + float(expires_in) - margin
        self._token = token
        if token not in self._seen:
            self._seen.append(token)
        return token

    def secrets(self) -> tuple[str, ...]:
        client_id, client_secret = self._client
        pair = _b64(f"{client_id}:{client_secret}")
        return (*self._seen, client_secret, pair)


class Credentials:
    """The credentials a client was given (arguments, else environment variables), by
    keyword. ``api_key`` is the first scheme's when that scheme has a keyword of its own.
    """

    def __init__(
        self,
        schemes: Sequence[AuthScheme],
        api_key: str | None,
        given: Mapping[str, Credential | None],
        env_prefix: str,
    ) -> None:
        self.schemes = tuple(schemes)
        self._env_prefix = env_prefix
        self._by_key = {s.key: s for s in self.schemes}
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            raise TypeError(f"unknown credential keyword(s): {', '.join(unknown)}")
        first = self.params[0]
        values: dict[str, Credential] = {}
        for param in self.params:
            value = given.get(param)
            if value is None and param == first:
                value = api_key
            if value is None and env_prefix:
                value = os.environ.get(f"{env_prefix}_{param.upper()}") or None
            if value is None and param == first and env_prefix:
                value = os.environ.get(f"{env_prefix}_API_KEY") or None
            if value is not None:
                values[param] = _checked(param, value, self._kind_of(param))
        self._values = values
        self._tokens: dict[str, TokenSource] = {}
        for s in self.schemes:
            client_id, secret = values.get(s.client_id), values.get(s.client_secret)
            configured = isinstance(client_id, str) and isinstance(secret, str)
            if s.kind == "oauth2" and s.token_url and configured:
                self._tokens[s.key] = TokenSource(s, str(client_id), str(secret))

    def _kind_of(self, param: str) -> AuthKind:
        for s in self.schemes:
            if param == s.param:
                return s.kind
        return "none"

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}='***'" for name in sorted(self._values))
        return f"Credentials({shown})"

    @property
    def params(self) -> tuple[str, ...]:
        """Every credential keyword, the first scheme's first (``api_key`` when none)."""
        return tuple(p for s in self.schemes for p in s.params) or ("api_key",)

    @property
    def api_key(self) -> str | None:
        """The first scheme's credential (``"user:password"`` for basic auth)."""
        value = self._values.get(self.params[0])
        return ":".join(value) if isinstance(value, tuple) else value

    def keywords(
        self, api_key: str | None, changes: Mapping[str, Credential | None]
    ) -> dict[str, Any]:
        """The keywords that make a client with these credentials, ``changes`` applied
        (``with_options``; ``api_key`` is the first scheme's)."""
        for name in changes:
            if name not in self.params:
                raise TypeError(
                    f"with_options() got an unexpected keyword argument {name!r}"
                )
        out: dict[str, Any] = {p: self._values.get(p) for p in self.params}
        if api_key is not None:
            out[self.params[0]] = api_key
        out.update({k: v for k, v in changes.items() if v is not None})
        return out

    def adopt_tokens(self, other: Credentials) -> None:
        """Share ``other``'s fetched tokens where the client id and secret are the same
        (a ``with_options`` copy does not fetch a token again)."""
        for key, source in self._tokens.items():
            theirs = other._tokens.get(key)
            if theirs is not None and theirs.same_client(*source._client):
                self._tokens[key] = theirs

    def configured(self, scheme: AuthScheme) -> bool:
        if scheme.kind == "none":
            return False
        return scheme.param in self._values or scheme.key in self._tokens

    def select(
        self, requirement: Requirement | None, method: str, path: str
    ) -> AuthParts:
        """What a call sends for ``requirement`` (``None``: each scheme alone, optional)."""
        if requirement is None:
            requirement = [*((s.key,) for s in self.schemes), ()]
        optional = False
        for alternative in requirement:
            if not alternative:
                optional = True
                continue
            chosen = [self._by_key.get(key) for key in alternative]
            if all(s is not None and self.configured(s) for s in chosen):
                return self._parts([s for s in chosen if s is not None])
        if optional or not requirement:
            return AuthParts()
        raise MissingCredentialsError(
            self._missing(requirement, method, path),
            schemes=tuple(tuple(alt) for alt in requirement),
        )

    def _missing(self, requirement: Requirement, method: str, path: str) -> str:
        needs = " or ".join(" and ".join(repr(k) for k in alt) for alt in requirement)
        hints: list[str] = []
        names: list[str] = []
        for alternative in requirement:
            schemes = [s for key in alternative if (s := self._by_key.get(key))]
            if len(schemes) != len(alternative):
                continue
            hints.append(" and ".join(_hint(s) for s in schemes))
            names += [p for s in schemes for p in s.params if p not in names]
        message = f"{method.upper()} {path} requires credentials for {needs}, "
        if not hints:
            return message + "which this client cannot send."
        message += f"and none is configured: pass {' or '.join(hints)} to the client"
        if self._env_prefix:
            env = ", ".join(f"{self._env_prefix}_{p.upper()}" for p in names)
            message += f" (or set {env})"
        return message + "."

    def _parts(self, schemes: Sequence[AuthScheme]) -> AuthParts:
        parts = AuthParts()
        tokens: list[TokenSource] = []
        for s in schemes:
            value = self._values.get(s.param)
            if s.kind == "oauth2" and value is None:
                tokens.append(self._tokens[s.key])
            elif s.kind in ("bearer", "oauth2"):
                parts.headers[s.name] = f"Bearer {_text(value)}"
            elif s.kind == "basic":
                parts.headers[s.name] = "Basic " + _b64(_basic_pair(value))
            elif s.kind == "header":
                parts.headers[s.name] = _text(value)
            elif s.kind == "query":
                parts.query.append((s.name, _text(value)))
            elif s.kind == "cookie":
                parts.cookies.append((s.name, _text(value)))
        parts.tokens = tuple(tokens)
        return parts

    def header_names(self) -> list[str]:
        """Headers that may carry a credential (dropped when a redirect leaves the origin)."""
        names = [
            s.name
            for s in self.schemes
            if s.kind in ("bearer", "basic", "header", "oauth2")
        ]
        if any(s.kind == "cookie" for s in self.schemes):
            names.append("Cookie")
        return names

    def query_names(self) -> list[str]:
        return [s.name for s in self.schemes if s.kind == "query"]

    def secrets(self) -> tuple[str, ...]:
        """Every credential as it may appear in text: the values, a basic pair's password
        and encoded form, client secrets and every token fetched."""
        out: list[str] = []
        for param, value in self._values.items():
            if isinstance(value, tuple) or self._kind_of(param) == "basic":
                pair = _basic_pair(value)
                out += [pair, _b64(pair), pair.partition(":")[2]]
            else:
                out.append(value)
        for source in self._tokens.values():
            out.extend(source.secrets())
        unique = dict.fromkeys(s for s in out if len(s) >= _MIN_SECRET)
        return tuple(sorted(unique, key=len, reverse=True))


def _hint(scheme: AuthScheme) -> str:
    if scheme.client_id:
        return f"{scheme.param}= (or {scheme.client_id}= and {scheme.client_secret}=)"
    return f"{scheme.param}="


def _checked(param: str, value: object, kind: AuthKind) -> Credential:
    if isinstance(value, str):
        return value
    if (
        kind == "basic"
        and isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, str) for v in value)
    ):
        return (value[0], value[1])
    expected = '"user:password" or (user, password)' if kind == "basic" else "a string"
    raise TypeError(f"{param} must be {expected}, got {type(value).__name__}")


def _text(value: Credential | None) -> str:
    return ":".join(value) if isinstance(value, tuple) else value or ""


def _basic_pair(value: Credential | None) -> str:
    if isinstance(value, tuple):
        return f"{value[0]}:{value[1]}"
    text = value or ""
    return text if ":" in text else text + ":"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")
