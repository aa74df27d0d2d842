"""Which list operations page, and how: the :class:`~generator.ir.Pagination` of an operation.

A declaration wins: ``[tool.generator.options.<stem>.pagination]`` (by operationId), then the
operation's ``x-pagination`` (``false`` turns detection off; a table names the strategy and any
of its parts, the rest being detected). Otherwise a GET whose JSON answer holds a list of items
(the response itself, or its array property: ``data``, ``items``, ``results``, ... or the only
one) is recognised by its query parameters and response, in this order:

- ``cursor``: a cursor parameter (``after``, ``starting_after``, ``cursor``, ``page_token``,
  ``next_token``, a string ``page``, ...) and, in the body, the next cursor (``next_cursor``,
  ``next_page_token``, ``next_page``, ``next``, ``last_id``, ...; also one level down, as in
  ``meta.next_cursor``) or a ``has_more`` flag (the cursor is then the last item's ``id``);
- ``link``: the response declares a ``Link`` header, or the API declares one on other
  operations and this one takes page or cursor parameters (GitHub);
- ``url``: a next-page URL in the body (``next``, ``next_url``, ``links.next``,
  ``_links.next.href``, ``@odata.nextLink``, ...);
- ``offset``: an integer ``offset``/``skip``/``start`` parameter;
- ``page``: an integer ``page``/``page_number`` parameter with a page size (``per_page``,
  ``page_size``, ``limit``, ...).
"""

from __future__ import annotations

import re
from typing import Any

from generator.build.types import TypeBuilder, as_dict
from generator.config import Options, PaginationSpec, parse_pagination
from generator.ir import (
    ListOf,
    ModelRef,
    Nullable,
    Pagination,
    Param,
    Prim,
    ResponsePlan,
    SpecText,
    Type,
)
from generator.naming import pascal

_JSON = re.compile(r"^application/(?:[\w.+-]+\+)?json\b|^\*/\*$")


def _norm(name: str) -> str:
    """``next_page_token``, ``nextPageToken`` and ``next-page-token`` compare equal."""
    return re.sub(r"[^a-z0-9@.]", "", name.lower())


CURSOR_PARAMS = tuple(
    _norm(n)
    for n in (
        "after",
        "starting_after",
        "cursor",
        "page_token",
        "next_token",
        "next_page_token",
        "continuation_token",
        "start_cursor",
        "page_cursor",
        "marker",
    )
)
CURSOR_FIELDS = tuple(
    _norm(n)
    for n in (
        "next_cursor",
        "next_page_token",
        "next_token",
        "continuation_token",
        "next_page",
        "next",
        "cursor",
        "last_id",
    )
)
HAS_MORE_FIELDS = tuple(
    _norm(n) for n in ("has_more", "has_next", "has_next_page", "more", "is_truncated")
)
URL_FIELDS = tuple(
    _norm(n) for n in ("next", "next_url", "next_page_url", "next_link", "@odata.nextLink", "href")
)
URL_CONTAINERS = tuple(
    _norm(n) for n in ("links", "_links", "paging", "pagination", "meta", "page_info")
)
ITEM_FIELDS = tuple(
    _norm(n)
    for n in (
        "data",
        "items",
        "results",
        "records",
        "entries",
        "values",
        "elements",
        "objects",
        "list",
        "rows",
        "hits",
    )
)
OFFSET_PARAMS = tuple(_norm(n) for n in ("offset", "skip", "$skip", "start"))
PAGE_PARAMS = tuple(_norm(n) for n in ("page", "page_number", "page_no", "page_num"))
SIZE_PARAMS = tuple(
    _norm(n)
    for n in (
        "limit",
        "per_page",
        "page_size",
        "size",
        "count",
        "max_results",
        "top",
        "$top",
        "first",
    )
)
TOTAL_FIELDS = tuple(_norm(n) for n in ("total", "total_count", "total_results", "total_items"))
TOTAL_PAGE_FIELDS = tuple(_norm(n) for n in ("total_pages", "page_count", "num_pages", "last_page"))

_LINK_APIS: dict[int, tuple[dict[str, Any], bool]] = {}  # id(spec) → (spec, declares Link)


def pagination(
    tb: TypeBuilder,
    op: dict[str, Any],
    method: str,
    params: list[Param],
    response: ResponsePlan,
    options: Options,
    notes: list[str],
) -> Pagination | None:
    """How the operation pages, or None. ``notes``: what the declaration got wrong."""
    source = "detected"
    declared: PaginationSpec | None = None
    found, spec = options.pagination_for(op.get("operationId"))
    if found:
        if spec is None:
            return None
        declared, source = spec, "config"
    elif "x-pagination" in op:
        try:
            declared = parse_pagination(op["x-pagination"])
        except (TypeError, ValueError) as exc:
            notes.append(f"x-pagination: {exc}; ignored")
            return None
        if declared is None:
            return None
        source = "x-pagination"
    if response.kind != "json" or response.stream is not None:
        if declared is not None:
            notes.append(f"{source}: the operation does not answer JSON; it cannot page")
        return None
    if declared is None and method != "get":
        return None
    body = _response_schema(tb, op)
    if body is None:
        return None
    page = _Page(tb, body, response)
    query = {_norm(p.json_name): p for p in params if p.location == "query"}
    if declared is not None:
        result = _declared(tb, page, declared, query, notes, source)
    else:
        result = _detect(tb, op, page, query)
    return result


class _Page:
    """The response schema of a list operation: its properties and where its items are."""

    def __init__(self, tb: TypeBuilder, schema: dict[str, Any], response: ResponsePlan) -> None:
        self.tb = tb
        self.schema = schema
        self.response = response
        self.props = _props(tb, schema)

    def items(self, path: tuple[str, ...] | None) -> tuple[tuple[str, ...], Type] | None:
        """The path of the items and their type; ``path`` None: detected."""
        if path is None:
            path = self._detect_items()
            if path is None:
                return None
        item = self._item_type(path)
        return None if item is None else (path, item)

    def _detect_items(self) -> tuple[str, ...] | None:
        if self.schema.get("type") == "array" or "items" in self.schema:
            return ()
        arrays = [k for k, v in self.props.items() if _is_array(self.tb.deref(v))]
        for want in ITEM_FIELDS:
            for key in arrays:
                if _norm(key) == want:
                    return (key,)
        return (arrays[0],) if len(arrays) == 1 else None

    def _item_type(self, path: tuple[str, ...]) -> Type | None:
        """The item type, converted with the hints the models builder uses, so that an inline
        item model gets the same name (the builder keys inline schemas by identity)."""
        rtype = self.response.type
        if not path:
            whole = rtype.inner if isinstance(rtype, Nullable) else rtype
            if isinstance(whole, ModelRef):
                whole = self.tb.type_of(_without_nullable(self.schema), whole.name)
            return _list_item(whole)
        if not isinstance(rtype, ModelRef):
            return None
        owner, schema = rtype.name, self.schema
        t: Type | None = None
        for key in path:
            prop = _props(self.tb, schema).get(key)
            if prop is None:
                return None
            t = self.tb.type_of(prop, owner + pascal(key))
            schema = self.tb.deref(prop)
            inner = t.inner if isinstance(t, Nullable) else t
            if isinstance(inner, ModelRef):
                owner = inner.name
        return _list_item(t) if t is not None else None

    def find(
        self, names: tuple[str, ...], want: str | None = None, nested: bool = True
    ) -> tuple[str, ...]:
        """The first property (top level first, then one level down) whose normalized name is
        in ``names``, of JSON type ``want`` when given; ``()`` when none."""
        for name in names:
            for key, value in self.props.items():
                if _norm(key) == name and _has_type(self.tb.deref(value), want):
                    return (key,)
        if not nested:
            return ()
        for key, value in self.props.items():
            inner = _props(self.tb, self.tb.deref(value))
            for name in names:
                for sub, sub_value in inner.items():
                    if _norm(sub) == name and _has_type(self.tb.deref(sub_value), want):
                        return (key, sub)
        return ()

    def next_url(self) -> tuple[str, ...]:
        """A next-page URL: ``next``/``next_url``/... at the top level, or in a ``links``-like
        object (``links.next``; ``_links.next.href``)."""
        for key, value in self.props.items():
            target = self.tb.deref(value)
            if _norm(key) in URL_FIELDS and _norm(key) != "href" and _has_type(target, "string"):
                return (key,)
        for key, value in self.props.items():
            if _norm(key) not in URL_CONTAINERS:
                continue
            inner = _props(self.tb, self.tb.deref(value))
            for sub, sub_value in inner.items():
                if _norm(sub) not in URL_FIELDS or _norm(sub) == "href":
                    continue
                target = self.tb.deref(sub_value)
                if _has_type(target, "string"):
                    return (key, sub)
                href = {k: v for k, v in _props(self.tb, target).items() if _norm(k) == "href"}
                if href:
                    return (key, sub, next(iter(href)))
        return ()


def _detect(
    tb: TypeBuilder, op: dict[str, Any], page: _Page, query: dict[str, Param]
) -> Pagination | None:
    found = page.items(None)
    if found is None:
        return None
    items, item = found
    has_more = page.find(HAS_MORE_FIELDS, "boolean")
    cursor = _first(query, CURSOR_PARAMS) or _string_param(query, PAGE_PARAMS)
    size = _first(query, SIZE_PARAMS)
    limit = size.json_name if size is not None else None
    if cursor is not None:
        nxt = _cursor_field(page, cursor)
        if nxt or has_more:
            return _make("cursor", item, items, cursor.json_name, nxt, has_more, limit=limit)
    page_param = _int_param(query, PAGE_PARAMS)
    total_pages = page.find(TOTAL_PAGE_FIELDS, "integer")
    # where the body says nothing about pages, the API's Link header convention applies
    silent = not has_more and not total_pages and (cursor is not None or page_param is not None)
    if _declares_link(tb, op) or (silent and _api_declares_link(tb)):
        return _make("link", item, items, None, (), has_more, limit=limit)
    url = page.next_url()
    if url:
        return _make("url", item, items, None, url, has_more, limit=limit)
    offset = _int_param(query, OFFSET_PARAMS)
    if offset is not None:
        total = page.find(TOTAL_FIELDS, "integer")
        return _make("offset", item, items, offset.json_name, (), has_more, total, limit)
    if page_param is not None and (size is not None or has_more or total_pages):
        return _make("page", item, items, page_param.json_name, (), has_more, total_pages, limit)
    return None


def _declared(
    tb: TypeBuilder,
    page: _Page,
    d: PaginationSpec,
    query: dict[str, Param],
    notes: list[str],
    source: str,
) -> Pagination | None:
    """A declaration, its unset parts detected for its type."""
    items_path = None if d.items is None else _path(d.items)
    found = page.items(items_path)
    if found is None:
        where = f"items {d.items!r}" if d.items is not None else "no array of items"
        notes.append(f"{source}: {where} in the response; it does not page")
        return None
    items, item = found
    has_more = (
        _path(d.has_more) if d.has_more is not None else page.find(HAS_MORE_FIELDS, "boolean")
    )
    size = _first(query, SIZE_PARAMS)
    limit = d.limit if d.limit is not None else (size.json_name if size is not None else None)
    param = d.param
    nxt = _path(d.next) if d.next is not None else ()
    total = _path(d.total) if d.total is not None else ()
    if d.type == "cursor":
        if param is None:
            found_param = _first(query, CURSOR_PARAMS) or _string_param(query, PAGE_PARAMS)
            param = found_param.json_name if found_param is not None else None
        if d.next is None and param is not None and param in query_names(query):
            nxt = _cursor_field(page, query[_norm(param)])
    elif d.type == "offset":
        param = param or _json_name(_int_param(query, OFFSET_PARAMS))
        total = total if d.total is not None else page.find(TOTAL_FIELDS, "integer")
    elif d.type == "page":
        param = param or _json_name(_int_param(query, PAGE_PARAMS))
        total = total if d.total is not None else page.find(TOTAL_PAGE_FIELDS, "integer")
    elif d.type == "url" and d.next is None:
        nxt = page.next_url()
        if not nxt:
            notes.append(f"{source}: type url needs next (no next-page URL found in the response)")
            return None
    if d.type in ("cursor", "offset", "page") and param is None:
        notes.append(f"{source}: type {d.type} needs param (no {d.type} query parameter found)")
        return None
    return _make(
        d.type, item, items, param, nxt, has_more, total, limit, d.cursor_field, d.start, source
    )


def query_names(query: dict[str, Param]) -> set[str]:
    return {str(p.json_name) for p in query.values()}


def _make(
    kind: str,
    item: Type,
    items: tuple[str, ...],
    param: str | None,
    nxt: tuple[str, ...],
    has_more: tuple[str, ...],
    total: tuple[str, ...] = (),
    limit: str | None = None,
    cursor_field: str | None = None,
    start: int | None = None,
    source: str = "detected",
) -> Pagination:
    return Pagination(
        kind=kind,
        item=item,
        items=tuple(SpecText(k) for k in items),
        param=SpecText(param) if param is not None else None,
        next=tuple(SpecText(k) for k in nxt),
        has_more=tuple(SpecText(k) for k in has_more),
        total=tuple(SpecText(k) for k in total),
        limit=SpecText(limit) if limit is not None else None,
        cursor_field=SpecText(cursor_field or "id"),
        start=1 if start is None else start,
        source=source,
    )


def _cursor_field(page: _Page, param: Param) -> tuple[str, ...]:
    """Where the next cursor is: a ``next_cursor``-like string (``next`` or ``next_page`` only
    when it is not a URL), else ``last_id`` for ``after``-style parameters."""
    for name in CURSOR_FIELDS:
        path = page.find((name,), "string")
        if not path:
            continue
        target = _walk(page.tb, page.schema, path)
        if (
            name in ("next", "nextpage")
            and isinstance(target, dict)
            and target.get("format") in ("uri", "url")
        ):
            continue
        if name == "lastid" and _norm(param.json_name) not in ("after", "startingafter"):
            continue
        return path
    return ()


def _walk(tb: TypeBuilder, schema: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        schema = tb.deref(_props(tb, schema).get(key))
        if not isinstance(schema, dict):
            return None
    return schema


def _first(query: dict[str, Param], names: tuple[str, ...]) -> Param | None:
    for name in names:
        if name in query:
            return query[name]
    return None


def _scalar(t: Type) -> Type:
    return t.inner if isinstance(t, Nullable) else t


def _int_param(query: dict[str, Param], names: tuple[str, ...]) -> Param | None:
    p = _first(query, names)
    return p if p is not None and _scalar(p.type) in (Prim("int"), Prim("float")) else None


def _string_param(query: dict[str, Param], names: tuple[str, ...]) -> Param | None:
    """A ``page`` parameter that is a string is a cursor (Stripe's search, OpenAI's usage)."""
    p = _first(query, names)
    return p if p is not None and _scalar(p.type) == Prim("str") else None


def _json_name(p: Param | None) -> str | None:
    return str(p.json_name) if p is not None else None


def _path(text: str) -> tuple[str, ...]:
    text = text.strip()
    return () if text in ("", "$", ".") else tuple(text.split("."))


def _list_item(t: Type | None) -> Type | None:
    t = t.inner if isinstance(t, Nullable) else t
    return t.item if isinstance(t, ListOf) else None


def _without_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k != "nullable"}


def _props(tb: TypeBuilder, schema: Any) -> dict[str, Any]:
    if not isinstance(schema, dict):
        return {}
    props = tb.all_properties(schema)
    for part in schema.get("allOf") or []:
        target = tb.deref(part)
        if isinstance(target, dict):
            for key, value in _props(tb, target).items():
                props.setdefault(key, value)
    return props


def _is_array(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind) or "items" in schema


def _has_type(schema: Any, want: str | None) -> bool:
    if want is None:
        return True
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    for variant in schema.get("anyOf") or schema.get("oneOf") or []:
        if isinstance(variant, dict):
            kinds.add(variant.get("type"))
    if want == "integer":
        return bool(kinds & {"integer", "number"})
    return want in kinds


def _response_schema(tb: TypeBuilder, op: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of the first 2xx response (what :func:`response_plan` reads)."""
    response = _success(tb, op)
    for media_type, media in as_dict(response.get("content")).items():
        if _JSON.match(str(media_type).lower()) and isinstance(media, dict):
            schema = tb.deref(media.get("schema"))
            return schema if isinstance(schema, dict) else None
    return None


def _success(tb: TypeBuilder, op: dict[str, Any]) -> dict[str, Any]:
    responses = as_dict(op.get("responses"))
    codes = sorted(
        (c for c in responses if str(c).startswith("2")), key=lambda c: str(c).replace("X", "0")
    )
    return as_dict(tb.deref(responses[codes[0]])) if codes else {}


def _declares_link(tb: TypeBuilder, op: dict[str, Any]) -> bool:
    headers = as_dict(_success(tb, op).get("headers"))
    return any(str(name).lower() == "link" for name in headers)


def _api_declares_link(tb: TypeBuilder) -> bool:
    """Whether some operation of the API declares a ``Link`` response header: its page and
    cursor parameters then follow the Link header everywhere (GitHub declares it on most
    list operations, not all)."""
    held = _LINK_APIS.get(id(tb.data))
    if held is not None and held[0] is tb.data:
        return held[1]
    found = False
    for item in as_dict(tb.data.get("paths")).values():
        for op in as_dict(item).values():
            if isinstance(op, dict) and _declares_link(tb, op):
                found = True
                break
        if found:
            break
    if len(_LINK_APIS) >= 4:
        _LINK_APIS.clear()
    _LINK_APIS[id(tb.data)] = (tb.data, found)
    return found
