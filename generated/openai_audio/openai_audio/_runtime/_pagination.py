"""Pages of list operations: ``SyncPage[T]``, ``AsyncPage[T]`` and ``AsyncPaginator[T]``.

A generated list method passes a :class:`Paging` (how the API pages, decided from the spec)
with its request; the page keeps that request and re-sends it, through the client's normal
request path (retries, auth, errors), with the next cursor, offset, page number or URL.

Iterating a page yields every item of it and of every page after it::

    for file in client.files.list():  # SyncPage[File]
        ...
    async for file in async_client.files.list():  # AsyncPaginator[File]
        ...

A page also has ``has_next_page()``, ``get_next_page()``, ``iter_pages()``, ``page_items``
(this page's items), ``parsed`` (the response model) and the response model's own attributes
(``page.has_more``, ``page.data``).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ._lazy import LazyModule
from ._response import APIResponse, AsyncAPIResponse
from ._types import RAW_RESPONSE_HEADER, NotGiven, Omit

if TYPE_CHECKING:
    import httpx
    import pydantic

    from ._base_client import AsyncAPIClient, SyncAPIClient
else:
    httpx = LazyModule("httpx")
    pydantic = LazyModule("pydantic")

__all__ = ["AsyncPage", "AsyncPaginator", "Paging", "SyncPage"]

T = TypeVar("T")

_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_REL = re.compile(r';\s*rel\s*=\s*"?([^";]+)"?', re.IGNORECASE)


@dataclass(frozen=True)
class Paging:
    """How an operation pages. Paths are tuples of JSON property names.

    ``kind``: ``cursor`` (the query parameter ``param`` takes the value at ``next``, or the
    last item's ``cursor_field`` when ``next`` is empty), ``offset`` (``param`` advances by the
    number of items received), ``page`` (``param`` counts pages from ``start``), ``link`` (the
    ``Link`` header's ``rel="next"`` URL) or ``url`` (the URL at ``next``). ``items``: where the
    items are (empty: the response is the list). ``has_more``: a boolean that says whether
    another page follows; ``total``: the total count of items (offset) or pages (page).
    Paging stops at an empty page, and wherever these say so.
    """

    kind: str
    param: str | None = None
    items: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    has_more: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    limit: str | None = None
    cursor_field: str = "id"
    start: int = 1


@dataclass(frozen=True)
class _Request:
    """A call's request as the generated method made it: re-sent with another position."""

    method: str
    path: str
    options: Mapping[str, Any] = field(default_factory=dict)

    def value(self, name: str) -> object:
        """The query value the call sent for ``name`` (``extra_query`` wins), or None."""
        for key in ("extra_query", "query"):
            given = self.options.get(key) or {}
            value = given.get(name)
            if value is not None and not isinstance(value, (NotGiven, Omit)):
                return value
        return None

    def with_query(self, name: str, value: object) -> _Request:
        options = dict(self.options)
        options["query"] = {**(options.get("query") or {}), name: value}
        if name in (options.get("extra_query") or {}):
            options["extra_query"] = {**options["extra_query"], name: value}
        return replace(self, options=options)

    def with_url(self, url: str) -> _Request:
        """The same request to a URL that carries its whole query (``Link``, a next URL)."""
        options = dict(self.options)
        for key in ("path_params", "query", "extra_query"):
            options.pop(key, None)
        return replace(self, path=url, options=options)


def _field(value: object, key: str) -> object:
    """A JSON property of a parsed value: a model's field by alias or name, an extra, or a key
    of a mapping."""
    if isinstance(value, pydantic.BaseModel):
        for name, info in type(value).model_fields.items():
            if info.alias == key or (info.alias is None and name == key):
                return getattr(value, name)
        extra = value.model_extra or {}
        return extra.get(key, getattr(value, key, None))
    if isinstance(value, Mapping):
        return value.get(key)
    return None


def _dig(value: object, path: tuple[str, ...]) -> object:
    for key in path:
        if value is None:
            return None
        value = _field(value, key)
    return value


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def next_link(header: str | None) -> str | None:
    """The ``rel="next"`` URL of a ``Link`` header (RFC 8288), or None."""
    for match in _LINK.finditer(header or ""):
        for rel in _REL.findall(match.group(2)):
            if "next" in rel.lower().split():
                return match.group(1).strip()
    return None


class _BasePage(Generic[T]):
    """What sync and async pages share: the items, and the request for the next page."""

    parsed: Any
    """The response body, parsed as the operation's response model."""
    http_response: httpx.Response
    """The underlying httpx response."""

    def __init__(
        self,
        *,
        paging: Paging,
        request: _Request,
        http_response: httpx.Response,
        parsed: Any,
    ) -> None:
        self.parsed = parsed
        self.http_response = http_response
        self._paging = paging
        self._request = request

    @property
    def page_items(self) -> list[T]:
        """The items of this page only."""
        paging = self._paging
        found = _dig(self.parsed, paging.items) if paging.items else self.parsed
        return cast("list[T]", found) if isinstance(found, list) else []

    def has_next_page(self) -> bool:
        """Whether another page follows (decided from this page: no request is made)."""
        return self._next_request() is not None

    def _next_request(self) -> _Request | None:
        paging = self._paging
        items = self.page_items
        if not items:
            return None
        if paging.has_more and _dig(self.parsed, paging.has_more) is False:
            return None
        if paging.kind == "link":
            return self._to_url(next_link(self.http_response.headers.get("link")))
        if paging.kind == "url":
            url = _dig(self.parsed, paging.next)
            return self._to_url(url if isinstance(url, str) else None)
        if paging.param is None:
            return None
        current = self._request.value(paging.param)
        if paging.kind == "cursor":
            if paging.next:
                cursor = _dig(self.parsed, paging.next)
            else:
                cursor = _dig(items[-1], (paging.cursor_field,))
            if cursor is None or cursor == "" or cursor == current:
                return None
            return self._request.with_query(paging.param, cursor)
        total = _as_int(_dig(self.parsed, paging.total)) if paging.total else None
        if paging.kind == "offset":
            offset = (_as_int(current) or 0) + len(items)
            if total is not None and offset >= total:
                return None
            return self._request.with_query(paging.param, offset)
        if paging.kind == "page":
            number = _as_int(current)
            number = paging.start if number is None else number
            if total is not None and number - paging.start + 1 >= total:
                return None
            return self._request.with_query(paging.param, number + 1)
        return None

    def _to_url(self, url: str | None) -> _Request | None:
        if not url:
            return None
        absolute = str(self.http_response.url.join(url))
        if absolute == str(self.http_response.url):
            return None
        return self._request.with_url(absolute)

    def __getattr__(self, name: str) -> Any:
        # the response model's own fields and methods: page.has_more, page.data
        if name.startswith("_") or "parsed" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__dict__["parsed"], name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.parsed!r})"


def _split_raw(options: Mapping[str, Any]) -> tuple[bool, dict[str, Any]]:
    """Whether the call asked for the raw response, and its options without that marker."""
    headers = dict(options.get("extra_headers") or {})
    raw = False
    for name in list(headers):
        if name.lower() == RAW_RESPONSE_HEADER.lower():
            value = headers.pop(name)
            raw = value is not None and str(value).lower() not in ("false", "0", "")
    return raw, {**options, "extra_headers": headers}


def _raw_options(request: _Request) -> dict[str, Any]:
    headers = {
        **(request.options.get("extra_headers") or {}),
        RAW_RESPONSE_HEADER: "true",
    }
    return {**request.options, "extra_headers": headers}


class SyncPage(_BasePage[T]):
    """A page of a list operation; iterating it yields the items of every page from here."""

    def __init__(
        self,
        *,
        client: SyncAPIClient,
        paging: Paging,
        request: _Request,
        http_response: httpx.Response,
        parsed: Any,
    ) -> None:
        super().__init__(
            paging=paging, request=request, http_response=http_response, parsed=parsed
        )
        self._client = client

    def get_next_page(self) -> SyncPage[T]:
        """Fetch the next page (``has_next_page()`` says whether there is one)."""
        request = self._next_request()
        if request is None:
            raise RuntimeError("No next page: check has_next_page() first.")
        return _fetch(self._client, self._paging, request)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.page_items


def _fetch(client: SyncAPIClient, paging: Paging, request: _Request) -> SyncPage[Any]:
    response = client.request(request.method, request.path, **_raw_options(request))
    raw = cast("APIResponse[Any]", response)
    return SyncPage(
        client=client,
        paging=paging,
        request=request,
        http_response=raw.http_response,
        parsed=raw.parse(),
    )


def first_page(
    client: SyncAPIClient,
    paging: Paging,
    method: str,
    path: str,
    options: Mapping[str, Any],
) -> Any:
    """The first page of a list call (an ``APIResponse`` of it when the call asked for the
    raw response)."""
    raw, rest = _split_raw(options)
    page = _fetch(client, paging, _Request(method, path, rest))
    if raw:
        return APIResponse(raw=page.http_response, parser=lambda: page)
    return page


class AsyncPage(_BasePage[T]):
    """Async variant of :class:`SyncPage`: ``async for`` yields the items of every page."""

    def __init__(
        self,
        *,
        client: AsyncAPIClient,
        paging: Paging,
        request: _Request,
        http_response: httpx.Response,
        parsed: Any,
    ) -> None:
        super().__init__(
            paging=paging, request=request, http_response=http_response, parsed=parsed
        )
        self._client = client

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetch the next page (``has_next_page()`` says whether there is one)."""
        request = self._next_request()
        if request is None:
            raise RuntimeError("No next page: check has_next_page() first.")
        return await _afetch(self._client, self._paging, request)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.page_items:
                yield item


async def _afetch(
    client: AsyncAPIClient, paging: Paging, request: _Request
) -> AsyncPage[Any]:
    response = await client.request(
        request.method, request.path, **_raw_options(request)
    )
    raw = cast("AsyncAPIResponse[Any]", response)
    return AsyncPage(
        client=client,
        paging=paging,
        request=request,
        http_response=raw.http_response,
        parsed=await raw.parse(),
    )


class AsyncPaginator(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, or iterate it
    with ``async for`` over every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        paging: Paging,
        method: str,
        path: str,
        options: Mapping[str, Any],
    ) -> None:
        self._client = client
        self._paging = paging
        self._raw, rest = _split_raw(options)
        self._request = _Request(method, path, rest)

    async def _first(self) -> AsyncPage[T]:
        page: AsyncPage[T] = await _afetch(self._client, self._paging, self._request)
        if self._raw:
            return cast(
                "AsyncPage[T]",
                AsyncAPIResponse(raw=page.http_response, parser=lambda: page),
            )
        return page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item
