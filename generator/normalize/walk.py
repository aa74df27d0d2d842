"""Where schemas live in a document, and a bottom-up transform over a schema tree."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from generator.errors import join_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")
# keywords whose value is one schema / a list of schemas / a mapping of schemas
SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")

Slot = tuple[Any, Any, str]  # (container, key, pointer)


def _content_slots(content: Any, ptr: str) -> Iterator[Slot]:
    if isinstance(content, dict):
        for media, obj in content.items():
            if isinstance(obj, dict) and isinstance(obj.get("schema"), (dict, bool)):
                yield obj, "schema", join_pointer(ptr, media, "schema")


def _param_slots(params: Any, ptr: str) -> Iterator[Slot]:
    if isinstance(params, list):
        for i, p in enumerate(params):
            if isinstance(p, dict):
                if isinstance(p.get("schema"), dict):
                    yield p, "schema", join_pointer(ptr, i, "schema")
                yield from _content_slots(p.get("content"), join_pointer(ptr, i, "content"))


def _response_slots(responses: Any, ptr: str) -> Iterator[Slot]:
    if isinstance(responses, dict):
        for code, resp in responses.items():
            if isinstance(resp, dict):
                rptr = join_pointer(ptr, code)
                yield from _content_slots(resp.get("content"), join_pointer(rptr, "content"))
                headers = resp.get("headers")
                if isinstance(headers, dict):
                    for h, hobj in headers.items():
                        if isinstance(hobj, dict) and isinstance(hobj.get("schema"), dict):
                            yield hobj, "schema", join_pointer(rptr, "headers", h, "schema")


def top_level_slots(data: dict[str, Any]) -> Iterator[Slot]:
    """Every place in the document that holds a schema directly (not inside another schema)."""
    comps = data.get("components")
    if isinstance(comps, dict):
        schemas = comps.get("schemas")
        if isinstance(schemas, dict):
            for name in list(schemas):
                yield schemas, name, join_pointer("/components/schemas", name)
        params = comps.get("parameters")
        if isinstance(params, dict):
            for name, p in params.items():
                if isinstance(p, dict) and isinstance(p.get("schema"), dict):
                    yield p, "schema", join_pointer("/components/parameters", name, "schema")
        bodies = comps.get("requestBodies")
        if isinstance(bodies, dict):
            for name, b in bodies.items():
                if isinstance(b, dict):
                    yield from _content_slots(
                        b.get("content"), join_pointer("/components/requestBodies", name, "content")
                    )
        yield from _response_slots(comps.get("responses"), "/components/responses")
    paths = data.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            base = join_pointer("/paths", path)
            yield from _param_slots(item.get("parameters"), join_pointer(base, "parameters"))
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                optr = join_pointer(base, method)
                yield from _param_slots(op.get("parameters"), join_pointer(optr, "parameters"))
                body = op.get("requestBody")
                if isinstance(body, dict):
                    yield from _content_slots(
                        body.get("content"), join_pointer(optr, "requestBody", "content")
                    )
                yield from _response_slots(op.get("responses"), join_pointer(optr, "responses"))


_HOLDERS = frozenset(SINGLE + LISTS + MAPS)  # the keys that may hold sub-schemas


def children(schema: dict[str, Any]) -> Iterator[tuple[Any, Any]]:
    """(container, key) of each direct sub-schema."""
    if _HOLDERS.isdisjoint(schema):  # most schemas: a leaf (a string, a number...)
        return
    for key in SINGLE:
        if isinstance(schema.get(key), dict):
            yield schema, key
    items = schema.get("items")
    if isinstance(items, list):  # draft-4 tuple form
        for i, v in enumerate(items):
            if isinstance(v, dict):
                yield items, i
    for key in LISTS:
        subs = schema.get(key)
        if isinstance(subs, list):
            for i, v in enumerate(subs):
                if isinstance(v, dict):
                    yield subs, i
    for key in MAPS:
        subs = schema.get(key)
        if isinstance(subs, dict):
            for k, v in subs.items():
                if isinstance(v, dict):
                    yield subs, k


Rule = Callable[[dict[str, Any]], dict[str, Any]]


def transform(schema: Any, rule: Rule, depth: int = 0) -> Any:
    """Apply ``rule`` to every schema in the tree, children first; returns the new root."""
    if not isinstance(schema, dict):
        return schema
    if depth > 200:
        return schema
    for container, key in list(children(schema)):
        container[key] = transform(container[key], rule, depth + 1)
    return rule(schema)
