"""The exception hierarchy raised by a generated client."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote_plus

from ._lazy import LazyModule

if TYPE_CHECKING:
    import httpx
else:
    httpx = LazyModule("httpx")

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "make_status_error",
    "redact",
    "redact_url",
]

_EXCERPT_CHARS = 500
_MASK = "***"
_SECRET_QUERY_WORDS = ("key", "token", "secret", "password", "auth", "signature", "sig")


class APIError(Exception):
    """Base class of every error the client raises about a request.

    ``message`` never contains the API key. ``request`` is the httpx request (when one was
    built) and ``body`` the error payload as plain data, when there is one: the parsed JSON
    value (dicts, lists, strings...), else the text; ``None`` when there is no payload.
    """

    message: str
    request: httpx.Request | None
    body: object

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        body: object = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __str__(self) -> str:
        return self.message


class APIConnectionError(APIError):
    """The request could not be sent, or the response could not be read to its end."""

    def __init__(
        self,
        *,
        message: str = "Connection error.",
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""

    def __init__(
        self,
        request: httpx.Request | None = None,
        *,
        message: str = "Request timed out.",
    ) -> None:
        super().__init__(message=message, request=request)


class MissingCredentialsError(APIError):
    """A call needs credentials that are not configured; raised before anything is sent.

    ``schemes`` lists what would do: alternatives, each the security schemes (by their names
    in the spec) it needs together. The message names them and the client keywords to pass.
    """

    schemes: tuple[tuple[str, ...], ...]

    def __init__(
        self, message: str, *, schemes: tuple[tuple[str, ...], ...] = ()
    ) -> None:
        super().__init__(message, None, body=None)
        self.schemes = schemes


class APIResponseValidationError(APIError):
    """A 2xx response whose body did not match the expected type (or was not valid JSON)."""

    response: httpx.Response
    status_code: int

    def __init__(
        self,
        response: httpx.Response,
        body: object,
        *,
        message: str | None = None,
    ) -> None:
        super().__init__(
            message or "Data returned by the API is not valid for the expected type.",
            response.request,
            body=body,
        )
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a non-success status code.

    Attributes:
        status_code: the HTTP status code.
        response: the httpx response (already read).
        body: the parsed JSON body (``e.body["detail"][0]["loc"]``), or the text when the body
            is not JSON, or ``None`` when it is empty.
        error_model: the body parsed as the error model the spec declares for this status
            (for example ``HTTPValidationError``); ``None`` when the spec declares none or
            the body does not fit it.
    """

    response: httpx.Response
    status_code: int
    error_model: object

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        error_model: object = None,
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.error_model = error_model

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` response header, when the server sends one."""
        request_id: str | None = self.response.headers.get("x-request-id")
        return request_id


class BadRequestError(APIStatusError):
    status_code: Literal[400]


class AuthenticationError(APIStatusError):
    status_code: Literal[401]


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403]


class NotFoundError(APIStatusError):
    status_code: Literal[404]


class ConflictError(APIStatusError):
    status_code: Literal[409]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422]


class RateLimitError(APIStatusError):
    status_code: Literal[429]


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def redact(text: str, secrets: Collection[str]) -> str:
    """``text`` with every secret (API keys, tokens, passwords) replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, _MASK)
    return text


def redact_url(url: httpx.URL, secrets: Collection[str] = ()) -> str:
    """The URL as text, with userinfo dropped and secret-looking query values masked."""
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    query = url.query.decode("ascii", errors="replace")
    if not query:
        return redact(str(url), secrets)
    base = str(url.copy_with(query=None))
    items = []
    for item in query.split("&"):
        raw_name, sep, raw_value = item.partition("=")
        name = unquote_plus(raw_name).lower()
        value = unquote_plus(raw_value)
        if sep and (value in secrets or any(w in name for w in _SECRET_QUERY_WORDS)):
            raw_value = _MASK
        items.append(f"{raw_name}{sep}{raw_value}")
    return redact(f"{base}?{'&'.join(items)}", secrets)


def _excerpt(body: object, response: httpx.Response) -> str:
    if body is None or body == "":
        return ""
    if isinstance(body, str):
        text = body
    else:
        try:
            dump = getattr(body, "model_dump", None)
            value = dump(mode="json") if callable(dump) else body
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):  # pragma: no cover - defensive
            text = response.text
    text = " ".join(text.split())
    if len(text) > _EXCERPT_CHARS:
        text = text[:_EXCERPT_CHARS] + "…"
    return text


def make_status_error(
    response: httpx.Response,
    body: object,
    *,
    message: str | None = None,
    secrets: Collection[str] = (),
    error_model: object = None,
) -> APIStatusError:
    """Build the ``APIStatusError`` subclass that matches ``response.status_code``.

    ``body`` is the parsed error body (JSON value or text); ``error_model`` the body parsed as
    the spec's error model, if any. The message names the method, the URL (secrets masked), the
    status and a short excerpt of the body; every string in ``secrets`` (the API key) is masked
    out of it.
    """
    status = response.status_code
    if message is None:
        request = response.request
        message = f"Error code: {status} - {request.method} {redact_url(request.url, secrets)}"
        excerpt = _excerpt(body, response)
        if excerpt:
            message += f" - {excerpt}"
    message = redact(message, secrets)
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=body, error_model=error_model)
