"""``SyncAPIClient`` / ``AsyncAPIClient``: request building, auth, retries, response handling.

Generated clients subclass these and set the class attributes (base URL, auth scheme, names);
generated resource methods call ``self._client.request(...)``.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Self,
    TypeAlias,
    TypedDict,
    Unpack,
)
from urllib.parse import quote

from ._auth import AuthScheme, Credential, Credentials, Requirement, TokenSource
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    make_status_error,
    redact,
    redact_url,
)
from ._files import MultipartBody, read_file
from ._lazy import LazyModule
from ._response import APIResponse, AsyncAPIResponse
from ._serialize import (
    DEFAULT_STYLES,
    FormBody,
    StyleSpec,
    cookie_pairs,
    encode_path,
    encode_query_pairs,
    header_value,
    style_for,
)
from ._servers import ServerSpec, server_url
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, RAW_RESPONSE_HEADER, Body, NotGiven, Omit

if TYPE_CHECKING:
    import httpx
    import pydantic
    import pydantic_core

    from . import _models
    from ._pagination import Paging
else:
    httpx = LazyModule("httpx")
    pydantic = LazyModule("pydantic")
    pydantic_core = LazyModule("pydantic_core")
    _models = LazyModule(__name__.rpartition(".")[0] + "._models")

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "AuthScheme",
    "ResponseKind",
    "SyncAPIClient",
]

ResponseKind = Literal["json", "binary", "text", "empty"]
if TYPE_CHECKING:
    TimeoutArg: TypeAlias = float | httpx.Timeout | None

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2

_RETRY_STATUSES = frozenset({408, 409, 429})
_MAX_REDIRECTS = 20


class RequestArgs(TypedDict, total=False):
    """What a generated method passes to ``request()``: where its arguments go, how they are
    serialized, and how to read the answer. Each key is optional."""

    path_params: Mapping[str, object] | None
    query: Mapping[str, object] | None
    headers: Mapping[str, object] | None
    cookies: Mapping[str, object] | None
    param_styles: Mapping[tuple[str, str], StyleSpec] | None
    json_body: object
    multipart: MultipartBody | None
    form: FormBody | None
    content: bytes | str | IO[bytes] | os.PathLike[str] | NotGiven | None
    content_type: str | None
    cast_to: Any
    response_kind: ResponseKind
    stream: bool
    stream_cls: Any
    error_types: Mapping[int, Any] | None
    extra_headers: Mapping[str, object] | None
    extra_query: Mapping[str, object] | None
    extra_body: Body | None
    timeout: TimeoutArg | NotGiven
    security: Requirement | None


_READ: Any = object()  # _unread_result: read the body, then answer


@dataclass(frozen=True, slots=True)
class _Failure:
    """An attempt that failed: ``error`` is raised when no retry follows."""

    reason: str  # for the retry log line: the exception's type or the status code
    error: APIError
    headers: httpx.Headers | None = None  # the response's (Retry-After)
    retryable: bool = True
    at_once: bool = False  # retry now, uncounted: a refused OAuth2 token was renewed


@dataclass
class _Options:
    """One call's request, prepared once and re-sent as is on every retry."""

    method: str
    url: str
    headers: httpx.Headers
    content: bytes | None
    timeout: httpx.Timeout
    cast_to: Any
    response_kind: ResponseKind
    stream: bool
    stream_cls: Any
    error_types: Mapping[int, Any]
    raw: bool
    unread: bool = False  # a streamed raw response: returned before its body is read
    tokens: tuple[TokenSource, ...] = ()  # OAuth2 tokens set on each attempt
    token_retried: bool = False  # sent again once with a new token after a 401


# --- encoding helpers -------------------------------------------------------------------------


def _is_absent(value: object) -> bool:
    return value is None or isinstance(value, (NotGiven, Omit))


def _read_content(content: object) -> bytes:
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    return read_file(content)[1]


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower()


def _parse_retry_after(headers: httpx.Headers | None) -> float | None:
    """Seconds to wait as the server asks (``retry-after-ms``, then ``Retry-After``)."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return float(value)
    except ValueError:
        pass
    import email.utils
    import time

    try:
        parsed = email.utils.parsedate_tz(value)
    except (TypeError, ValueError):  # pragma: no cover - defensive
        return None
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed)) - time.time()


# --- the shared part of both clients -----------------------------------------------------------


class _BaseClient:
    _env_prefix: ClassVar[str] = ""
    _default_base_url: ClassVar[str] = ""
    _servers: ClassVar[tuple[ServerSpec, ...]] = ()
    # the spec's security schemes (the first is what ``api_key`` means; when there are
    # none, ``_auth`` alone) and the requirements of a call that names none (``None``:
    # any one configured scheme, or nothing)
    _auth: ClassVar[AuthScheme] = AuthScheme()
    _auth_schemes: ClassVar[tuple[AuthScheme, ...]] = ()
    _security: ClassVar[Requirement | None] = None
    _package_name: ClassVar[str] = "client"
    _version: ClassVar[str] = "0.0.0"

    # Retry timing (seconds); tests override these on a subclass.
    _initial_retry_delay: ClassVar[float] = 0.5
    _max_retry_delay: ClassVar[float] = 8.0
    _max_retry_after: ClassVar[float] = 60.0

    base_url: str
    timeout: TimeoutArg
    max_retries: int

    def _configure(
        self,
        *,
        base_url: str | httpx.URL | None,
        server: int | str | None = None,
        server_variables: Mapping[str, str] | None = None,
        api_key: str | None,
        credentials: Mapping[str, Credential | None] | None = None,
        timeout: TimeoutArg,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        prefix = self._env_prefix
        if base_url is None and prefix:
            base_url = os.environ.get(f"{prefix}_BASE_URL") or None
        # the chosen server is checked even when base_url overrides it: a typo is an error
        chosen = server_url(self._servers, server, server_variables)
        if base_url is None:
            base_url = chosen if self._servers else self._default_base_url
        if (
            isinstance(max_retries, bool)
            or not isinstance(max_retries, int)
            or max_retries < 0
        ):
            raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
        self.base_url = str(base_url)
        schemes = self._auth_schemes or (
            (self._auth,) if self._auth.kind != "none" else ()
        )
        self._credentials = Credentials(schemes, api_key, credentials or {}, prefix)
        self._api_key = self._credentials.api_key
        self.timeout = timeout
        self.max_retries = max_retries
        self._custom_headers: dict[str, str] = dict(default_headers or {})
        self._log = logging.getLogger(self._package_name or __name__)

    # -- public-ish configuration ------------------------------------------------------------

    @property
    def api_key(self) -> str | None:
        return self._api_key

    @property
    def user_agent(self) -> str:
        return f"{self._package_name}-python/{self._version}"

    @property
    def default_headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": self.user_agent}
        headers.update(self._custom_headers)
        return headers

    def __repr__(self) -> str:
        key = "'***'" if self._api_key else "None"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries!r})"
        )

    def _secrets(self) -> tuple[str, ...]:
        """Every credential and fetched token, as redaction masks them."""
        return self._credentials.secrets()

    def _token_url(self, scheme: AuthScheme) -> str:
        """The scheme's ``tokenUrl``; a relative one is resolved against ``base_url``."""
        if scheme.token_url.startswith(("http://", "https://")):
            return scheme.token_url
        return str(httpx.URL(self._build_url("/")).join(scheme.token_url))

    def _token_refused(
        self, response: httpx.Response, request: httpx.Request, opts: _Options
    ) -> bool:
        """A 401 to a fetched OAuth2 token: forget it and send once more with a new one."""
        if response.status_code != 401 or not opts.tokens or opts.token_retried:
            return False
        opts.token_retried = True
        for source in opts.tokens:
            source.expire(request.headers.get(source.scheme.name))
        self._log.debug("Fetching a new OAuth2 token after a 401 and sending again")
        return True

    def _build_url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        base = self.base_url
        if not base.startswith(("http://", "https://")):
            prefix = self._env_prefix
            hint = f" or set {prefix}_BASE_URL" if prefix else ""
            shown = f" (got {base!r})" if base else ""
            raise ValueError(f"no absolute base URL: pass base_url=...{hint}{shown}")
        return base.rstrip("/") + "/" + path.lstrip("/")

    def _timeout(self, timeout: TimeoutArg | NotGiven) -> httpx.Timeout:
        value = self.timeout if isinstance(timeout, NotGiven) else timeout
        if isinstance(value, httpx.Timeout):
            return value
        return httpx.Timeout(value)

    def _prepare(self, method: str, path: str, args: RequestArgs) -> _Options:
        path_params, param_styles = args.get("path_params"), args.get("param_styles")
        query, headers, cookies = (
            args.get("query"),
            args.get("headers"),
            args.get("cookies"),
        )
        json_body = args.get("json_body", NOT_GIVEN)
        multipart, form = args.get("multipart"), args.get("form")
        content = args.get("content", NOT_GIVEN)
        content_type = args.get("content_type")
        extra_headers, extra_query = args.get("extra_headers"), args.get("extra_query")
        extra_body = args.get("extra_body")
        url = self._build_url(encode_path(path, path_params, param_styles))

        # query: the call's parameters, then extra_query (which wins), plus query auth; each
        # pair encoded here, as its style says, so the bytes are exactly the spec's
        pairs = encode_query_pairs(query, param_styles)
        if extra_query:
            names = {quote(str(name), safe="") for name in extra_query}
            pairs = [
                p for p in pairs if p.split("=", 1)[0].split("%5B", 1)[0] not in names
            ] + encode_query_pairs(extra_query, extra=True)
        security = args.get("security")
        auth = self._credentials.select(
            self._security if security is None else security, method, path
        )
        for name, secret in auth.query:
            auth_key = quote(name, safe="")
            if all(p.split("=", 1)[0] != auth_key for p in pairs):
                pairs.append(f"{auth_key}={quote(secret, safe='')}")
        if pairs:
            url += ("&" if "?" in url else "?") + "&".join(pairs)

        # headers: defaults < auth < the call's headers < extra_headers (Omit removes)
        merged = httpx.Headers(self.default_headers)
        for name, auth_value in auth.headers.items():
            merged[name] = auth_value
        for name, value in (headers or {}).items():
            if not _is_absent(value):
                merged[name] = header_value(
                    value, style_for(param_styles, "header", name)
                )
        crumbs = [
            f"{crumb}={text}"
            for name, value in (cookies or {}).items()
            if not _is_absent(value)
            for crumb, text in cookie_pairs(
                name, value, style_for(param_styles, "cookie", name)
            )
        ]
        for name, secret in auth.cookies:
            crumbs.extend(
                f"{crumb}={text}"
                for crumb, text in cookie_pairs(name, secret, DEFAULT_STYLES["cookie"])
            )
        if crumbs:
            merged["Cookie"] = "; ".join(crumbs)

        # body
        body: bytes | None = None
        if extra_body is not None and not isinstance(extra_body, Mapping):
            raise TypeError(
                f"extra_body must be a mapping, got {type(extra_body).__name__}"
            )
        extras = {k: v for k, v in (extra_body or {}).items() if not _is_absent(v)}
        if multipart is not None:
            if extras:
                multipart = multipart.copy()
                for name, value in extras.items():
                    multipart.add(name, value)
            body, multipart_type = multipart.encode()
            merged["Content-Type"] = multipart_type
        elif form is not None:
            if extras:
                form = form.copy()
                for name, value in extras.items():
                    form.add(name, value)
            body = form.encode()
            merged["Content-Type"] = content_type or FORM_CONTENT_TYPE
        elif not isinstance(content, NotGiven) and content is not None:
            if extras:
                raise TypeError("extra_body cannot be combined with a raw content body")
            body = _read_content(content)
            if content_type:
                merged["Content-Type"] = content_type
        elif not _is_absent(json_body) or extras:
            data = None if _is_absent(json_body) else json_body
            if extras:
                if data is None:
                    data = {}
                if not isinstance(data, Mapping):
                    raise TypeError(
                        "extra_body can only be merged into a JSON object body"
                    )
                data = {**data, **extras}
            if content_type and content_type.startswith(FORM_CONTENT_TYPE):
                if not isinstance(data, Mapping):
                    raise TypeError("a form body must be an object")
                free = FormBody()
                for name, value in data.items():
                    if not _is_absent(value):
                        free.add(str(name), value)
                body = free.encode()
            else:
                body = pydantic_core.to_json(data, by_alias=True)
            merged["Content-Type"] = content_type or "application/json"

        raw = unread = False
        for name, value in (extra_headers or {}).items():
            if name.lower() == RAW_RESPONSE_HEADER.lower():
                raw = not _is_absent(value) and str(value).lower() not in (
                    "false",
                    "0",
                    "",
                )
                unread = raw and str(value).lower() == "stream"
            elif isinstance(value, Omit):
                merged.pop(name, None)
            elif value is not None and not isinstance(value, NotGiven):
                merged[name] = header_value(value, DEFAULT_STYLES["header"])
        merged.pop(RAW_RESPONSE_HEADER, None)

        return _Options(
            method=method.upper(),
            url=url,
            headers=merged,
            content=body,
            timeout=self._timeout(args.get("timeout", NOT_GIVEN)),
            cast_to=args.get("cast_to"),
            response_kind=args.get("response_kind", "json"),
            stream=args.get("stream", False),
            stream_cls=args.get("stream_cls"),
            error_types=args.get("error_types") or {},
            raw=raw,
            unread=unread,
            tokens=auth.tokens,
        )

    # -- retries -----------------------------------------------------------------------------

    def _retry_or_raise(
        self, failure: _Failure, retries_done: int, opts: _Options
    ) -> float:
        """The one retry policy: the seconds to wait before attempt ``retries_done + 2``, or
        the failure's error raised when it is final (not retryable, or no retry left).
        """
        if not failure.retryable or retries_done >= self.max_retries:
            if isinstance(failure.error, APIConnectionError):
                self._log.debug("Raising connection error: %s", failure.reason)
            raise failure.error
        delay = self._retry_delay(retries_done, failure.headers)
        self._log_retry(opts, delay, retries_done, failure.reason)
        return delay

    def _transport_failure(
        self, exc: httpx.TransportError, request: httpx.Request
    ) -> _Failure:
        error = self._connection_error(exc, request)
        error.__cause__ = exc  # as ``raise error from exc``
        return _Failure(type(exc).__name__, error)

    def _stream_result(self, response: httpx.Response, opts: _Options) -> Any:
        """The event stream of a response (``Stream`` or ``AsyncStream``: each client's own)."""
        raise NotImplementedError

    def _unread_result(
        self,
        response: httpx.Response,
        opts: _Options,
        streaming: bool,
        raw_cls: type[APIResponse[Any] | AsyncAPIResponse[Any]],
    ) -> Any:
        """What a call returns before its body is read (an event stream, or a streamed raw
        response); ``_READ`` when the body is to be read first."""
        if streaming and _media_type(response) not in ("application/json",):
            return self._stream_result(response, opts)
        if opts.unread and response.is_success:
            parser = functools.partial(self._parse_body, response, opts)
            return raw_cls(raw=response, parser=parser, read_first=True)
        return _READ

    def _answer(
        self,
        response: httpx.Response,
        request: httpx.Request,
        opts: _Options,
        streaming: bool,
        raw_cls: type[APIResponse[Any] | AsyncAPIResponse[Any]],
    ) -> Any:
        """What a read response means: the parsed value (or the raw response), or a failure."""
        if not response.is_success:
            error = self._status_error(response, opts)
            if self._token_refused(response, request, opts):
                return _Failure("401", error, at_once=True)
            retryable = self._should_retry(response)
            return _Failure(
                str(response.status_code), error, response.headers, retryable
            )
        if streaming:
            self._check_stream_response(response)
        if opts.raw:
            return raw_cls(
                raw=response, parser=functools.partial(self._parse_body, response, opts)
            )
        return self._parse_body(response, opts)

    def _should_retry(self, response: httpx.Response) -> bool:
        should = response.headers.get("x-should-retry", "").strip().lower()
        if should == "true":
            return True
        if should == "false":
            return False
        status = response.status_code
        return status in _RETRY_STATUSES or status >= 500

    def _retry_delay(self, retries_done: int, headers: httpx.Headers | None) -> float:
        """Seconds to wait before retry number ``retries_done + 1``."""
        retry_after = _parse_retry_after(headers)
        if retry_after is not None and 0 <= retry_after <= self._max_retry_after:
            return retry_after
        import random

        backoff = min(
            self._initial_retry_delay * 2.0 ** min(retries_done, 32),
            self._max_retry_delay,
        )
        return max(backoff * (1 - 0.25 * random.random()), 0.0)

    def _log_retry(
        self, opts: _Options, delay: float, retries_done: int, reason: str
    ) -> None:
        self._log.debug(
            "Retrying %s %s in %.3f seconds (retry %d of %d) after %s",
            opts.method,
            redact_url(httpx.URL(opts.url), self._secrets()),
            delay,
            retries_done + 1,
            self.max_retries,
            reason,
        )

    def _log_send(self, request: httpx.Request) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug(
                "HTTP Request: %s %s",
                request.method,
                redact_url(request.url, self._secrets()),
            )

    def _log_response(self, response: httpx.Response) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            request = response.request
            self._log.debug(
                'HTTP Response: %s %s "%d %s"',
                request.method,
                redact_url(request.url, self._secrets()),
                response.status_code,
                response.reason_phrase,
            )

    def _redirect_request(
        self, request: httpx.Request, origin: tuple[str, str, int | None]
    ) -> httpx.Request:
        """The next request of a redirect; credentials are dropped when it leaves ``origin``
        (httpx itself only drops ``Authorization``)."""
        if _origin(request.url) != origin:
            for name in self._credentials.header_names():
                request.headers.pop(name, None)
            for name in self._credentials.query_names():
                request.url = request.url.copy_remove_param(name)
        return request

    def _connection_error(
        self, exc: Exception, request: httpx.Request
    ) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request)
        return APIConnectionError(
            message=f"Connection error: {type(exc).__name__}.", request=request
        )

    # -- responses ---------------------------------------------------------------------------

    def _status_error(self, response: httpx.Response, opts: _Options) -> APIStatusError:
        """The error for a non-2xx response: ``body`` is the JSON (or text), ``error_model``
        the body parsed as the spec's error type for the status (key ``0``: any status).
        """
        body: object = None
        error_model: object = None
        content = response.content
        if content.strip():
            try:
                body = json.loads(content)
            except ValueError:
                body = response.text
            else:
                error_type = opts.error_types.get(
                    response.status_code, opts.error_types.get(0)
                )
                if error_type is not None:
                    try:
                        error_model = _models.parse_python(error_type, body)
                    except pydantic.ValidationError:
                        pass
        return make_status_error(
            response, body, secrets=self._secrets(), error_model=error_model
        )

    def _wants_stream(self, response: httpx.Response, opts: _Options) -> bool:
        return opts.stream or _media_type(response) == "text/event-stream"

    def _check_stream_response(self, response: httpx.Response) -> None:
        """A stream was asked for but the (read) response is JSON: explain, never hang."""
        try:
            body: object = json.loads(response.content)
        except ValueError:
            body = response.text
        if isinstance(body, dict) and body.get("error") is not None:
            error = body["error"]
            message = error.get("message") if isinstance(error, dict) else error
            text = message if isinstance(message, str) else "The API returned an error."
            raise APIError(self._redact(text), response.request, body=body)
        raise APIResponseValidationError(
            response,
            body,
            message="Expected an event stream (text/event-stream) but the server answered "
            f"with {_media_type(response) or 'no content type'}.",
        )

    def _redact(self, text: str) -> str:
        return redact(text, self._secrets())

    def _parse_body(self, response: httpx.Response, opts: _Options) -> Any:
        kind = opts.response_kind
        if kind == "empty":
            return None
        if kind == "binary":
            return response.content
        if kind == "text":
            return response.text
        content = response.content
        if response.status_code == 204 or not content.strip():
            return None
        try:
            return _models.parse_json(opts.cast_to, content)
        except ValueError as exc:  # json.JSONDecodeError and pydantic.ValidationError
            raise self._validation_error(response, opts, exc) from exc

    def _validation_error(
        self, response: httpx.Response, opts: _Options, exc: ValueError
    ) -> APIResponseValidationError:
        try:
            body: object = json.loads(response.content)
        except ValueError:
            body = response.text
            ctype = _media_type(response) or "no content type"
            message = f"The response body is not valid JSON (content type: {ctype})."
        else:
            name = getattr(opts.cast_to, "__name__", None) or repr(opts.cast_to)
            detail = str(exc)
            if len(detail) > 1000:
                detail = detail[:1000] + "…"
            message = f"The response body does not match {name}: {detail}"
        return APIResponseValidationError(response, body, message=self._redact(message))


# --- the sync client ---------------------------------------------------------------------------


class SyncAPIClient(_BaseClient):
    """Base of a generated ``Client``."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        server: int | str | None = None,
        server_variables: Mapping[str, str] | None = None,
        api_key: str | None = None,
        credentials: Mapping[str, Credential | None] | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._configure(
            base_url=base_url,
            server=server,
            server_variables=server_variables,
            api_key=api_key,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client)!r}"
            )
        self._owns_http = http_client is None
        self._http_client: httpx.Client | None = http_client
        self._closed = False

    @property
    def _http(self) -> httpx.Client:
        """The connection pool, made on first use (httpx loads only then)."""
        if self._http_client is None:
            if self._closed:
                raise RuntimeError(
                    "Cannot send a request, as the client has been closed."
                )
            self._http_client = httpx.Client(follow_redirects=True)
        return self._http_client

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        api_key: str | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        **credentials: Credential | None,
    ) -> Self:
        """A copy with some options changed; it shares this client's connection pool unless
        ``http_client`` is given (closing the copy leaves the shared pool open)."""
        clone = type(self)(
            base_url=self.base_url if base_url is None else base_url,
            **self._credentials.keywords(api_key, credentials),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            http_client=http_client or self._http,
        )
        clone._credentials.adopt_tokens(self._credentials)
        return clone

    copy = with_options

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        self._closed = True
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def is_closed(self) -> bool:
        if self._http_client is None:
            return self._closed
        return self._http_client.is_closed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        import time

        time.sleep(seconds)

    def request(self, method: str, path: str, **args: Unpack[RequestArgs]) -> Any:
        """Send a request (with retries) and return the parsed result.

        Returns the value parsed as ``cast_to`` (``response_kind`` "json"), ``bytes``
        ("binary"), ``str`` ("text") or ``None`` ("empty", a 204 or an empty body); a
        ``Stream`` when ``stream`` is true or the response is ``text/event-stream``; an
        ``APIResponse`` when ``extra_headers`` carries the raw-response marker.
        """
        opts = self._prepare(method, path, args)
        retries_done = 0
        while True:
            outcome = self._attempt(opts)
            if not isinstance(outcome, _Failure):
                return outcome
            if not outcome.at_once:
                self._sleep(self._retry_or_raise(outcome, retries_done, opts))
                retries_done += 1

    def _attempt(self, opts: _Options) -> Any:
        """Send the request once: the call's result, or a :class:`_Failure` to retry or
        raise (the one retry policy is :meth:`_retry_or_raise`)."""
        request = self._http.build_request(
            opts.method,
            opts.url,
            headers=opts.headers,
            content=opts.content,
            timeout=opts.timeout,
        )
        self._set_tokens(request, opts)
        self._log_send(request)
        try:
            response = self._send(request)
        except httpx.TransportError as exc:
            return self._transport_failure(exc, request)
        self._log_response(response)

        streaming = response.is_success and self._wants_stream(response, opts)
        early = self._unread_result(response, opts, streaming, APIResponse)
        if early is not _READ:
            return early
        try:
            response.read()
        except httpx.TransportError as exc:
            return self._transport_failure(exc, request)
        finally:
            response.close()
        return self._answer(response, request, opts, streaming, APIResponse)

    def request_page(
        self, paging: Paging, method: str, path: str, **options: Any
    ) -> Any:
        """Send a list operation's request and return its first page (a ``SyncPage``:
        see ``_pagination``); ``options`` are :meth:`request`'s."""
        from ._pagination import first_page

        return first_page(self, paging, method, path, options)

    def _set_tokens(self, request: httpx.Request, opts: _Options) -> None:
        """Set each fetched OAuth2 token on ``request``, fetching it when not fresh."""
        for source in opts.tokens:
            with source.lock:
                token = source.fresh()
                if token is None:
                    url = self._token_url(source.scheme)
                    fetch = source.token_request(self._http, url, opts.timeout)
                    self._log_send(fetch)
                    try:
                        response = self._http.send(fetch, follow_redirects=False)
                    except httpx.TransportError as exc:
                        raise self._connection_error(exc, fetch) from exc
                    self._log_response(response)
                    token = source.accept(response, self._secrets())
            request.headers[source.scheme.name] = f"Bearer {token}"

    def _send(self, request: httpx.Request) -> httpx.Response:
        """Send, following redirects ourselves so that auth never leaves the origin."""
        origin = _origin(request.url)
        for _ in range(_MAX_REDIRECTS):
            response = self._http.send(request, stream=True, follow_redirects=False)
            next_request = response.next_request
            if next_request is None or not self._http.follow_redirects:
                return response
            response.close()
            self._log_response(response)
            request = self._redirect_request(next_request, origin)
        return self._http.send(request, stream=True, follow_redirects=False)

    def _stream_result(self, response: httpx.Response, opts: _Options) -> Any:
        def make() -> Stream[Any]:
            return Stream(
                cast_to=(
                    opts.stream_cls if opts.stream_cls is not None else opts.cast_to
                ),
                response=response,
                secrets=self._secrets(),
            )

        if opts.raw:
            return APIResponse(raw=response, parser=make)
        return make()


# --- the async client --------------------------------------------------------------------------


class AsyncAPIClient(_BaseClient):
    """Base of a generated ``AsyncClient``."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        server: int | str | None = None,
        server_variables: Mapping[str, str] | None = None,
        api_key: str | None = None,
        credentials: Mapping[str, Credential | None] | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._configure(
            base_url=base_url,
            server=server,
            server_variables=server_variables,
            api_key=api_key,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client)!r}"
            )
        self._owns_http = http_client is None
        self._http_client: httpx.AsyncClient | None = http_client
        self._closed = False

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool, made on first use (httpx loads only then)."""
        if self._http_client is None:
            if self._closed:
                raise RuntimeError(
                    "Cannot send a request, as the client has been closed."
                )
            self._http_client = httpx.AsyncClient(follow_redirects=True)
        return self._http_client

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        api_key: str | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        **credentials: Credential | None,
    ) -> Self:
        """A copy with some options changed; it shares this client's connection pool unless
        ``http_client`` is given (closing the copy leaves the shared pool open)."""
        clone = type(self)(
            base_url=self.base_url if base_url is None else base_url,
            **self._credentials.keywords(api_key, credentials),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            http_client=http_client or self._http,
        )
        clone._credentials.adopt_tokens(self._credentials)
        return clone

    copy = with_options

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        self._closed = True
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    def is_closed(self) -> bool:
        if self._http_client is None:
            return self._closed
        return self._http_client.is_closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)

    async def request(self, method: str, path: str, **args: Unpack[RequestArgs]) -> Any:
        """Async variant of :meth:`SyncAPIClient.request` (streams are ``AsyncStream``)."""
        opts = self._prepare(method, path, args)
        retries_done = 0
        while True:
            outcome = await self._attempt(opts)
            if not isinstance(outcome, _Failure):
                return outcome
            if not outcome.at_once:
                await self._sleep(self._retry_or_raise(outcome, retries_done, opts))
                retries_done += 1

    async def _attempt(self, opts: _Options) -> Any:
        """Async variant of :meth:`SyncAPIClient._attempt`."""
        request = self._http.build_request(
            opts.method,
            opts.url,
            headers=opts.headers,
            content=opts.content,
            timeout=opts.timeout,
        )
        await self._set_tokens(request, opts)
        self._log_send(request)
        try:
            response = await self._send(request)
        except httpx.TransportError as exc:
            return self._transport_failure(exc, request)
        self._log_response(response)

        streaming = response.is_success and self._wants_stream(response, opts)
        early = self._unread_result(response, opts, streaming, AsyncAPIResponse)
        if early is not _READ:
            return early
        try:
            await response.aread()
        except httpx.TransportError as exc:
            return self._transport_failure(exc, request)
        finally:
            await response.aclose()
        return self._answer(response, request, opts, streaming, AsyncAPIResponse)

    def request_page(
        self, paging: Paging, method: str, path: str, **options: Any
    ) -> Any:
        """Async variant of :meth:`SyncAPIClient.request_page`: an ``AsyncPaginator``, to
        await for the first page or to iterate with ``async for``."""
        from ._pagination import AsyncPaginator

        return AsyncPaginator[Any](self, paging, method, path, options)

    async def _set_tokens(self, request: httpx.Request, opts: _Options) -> None:
        """Set each fetched OAuth2 token on ``request``, fetching it when not fresh."""
        for source in opts.tokens:
            async with source.alock:
                token = source.fresh()
                if token is None:
                    url = self._token_url(source.scheme)
                    fetch = source.token_request(self._http, url, opts.timeout)
                    self._log_send(fetch)
                    try:
                        response = await self._http.send(fetch, follow_redirects=False)
                    except httpx.TransportError as exc:
                        raise self._connection_error(exc, fetch) from exc
                    self._log_response(response)
                    token = source.accept(response, self._secrets())
            request.headers[source.scheme.name] = f"Bearer {token}"

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """Send, following redirects ourselves so that auth never leaves the origin."""
        origin = _origin(request.url)
        for _ in range(_MAX_REDIRECTS):
            response = await self._http.send(
                request, stream=True, follow_redirects=False
            )
            next_request = response.next_request
            if next_request is None or not self._http.follow_redirects:
                return response
            await response.aclose()
            self._log_response(response)
            request = self._redirect_request(next_request, origin)
        return await self._http.send(request, stream=True, follow_redirects=False)

    def _stream_result(self, response: httpx.Response, opts: _Options) -> Any:
        def make() -> AsyncStream[Any]:
            return AsyncStream(
                cast_to=(
                    opts.stream_cls if opts.stream_cls is not None else opts.cast_to
                ),
                response=response,
                secrets=self._secrets(),
            )

        if opts.raw:
            return AsyncAPIResponse(raw=response, parser=make)
        return make()
