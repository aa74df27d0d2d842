"""``allOf``: one ``$ref`` plus inline parts reads best as inheritance (``class Dog(Pet)``);
anything else is merged into one flat object. A lone ``$ref`` in ``allOf`` (the 3.0 way of
adding a description or ``nullable`` to a ref) becomes that ref.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_ANNOTATIONS = {
    "description",
    "title",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "externalDocs",
}

Lookup = Callable[[str], Any]


def _is_ref(part: Any) -> bool:
    return (
        isinstance(part, dict)
        and isinstance(part.get("$ref"), str)
        and not (set(part) - _ANNOTATIONS - {"$ref"})
    )


def _merge_into(target: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if key == "properties" and isinstance(value, dict):
            target.setdefault("properties", {})
            target["properties"].update(value)
        elif key == "required" and isinstance(value, list):
            req = target.setdefault("required", [])
            req.extend(r for r in value if r not in req)
        elif key == "nullable":
            continue  # an allOf part's nullability does not make the whole nullable
        elif key in ("allOf", "x-py-base", "x-py-name"):
            continue
        elif key not in target:
            target[key] = value


def flatten(schema: dict[str, Any], lookup: Lookup, depth: int = 0) -> dict[str, Any]:
    """A copy of ``schema`` with its ``allOf`` (and its refs' ``allOf``) merged in."""
    parts = schema.get("allOf")
    out = {k: v for k, v in schema.items() if k != "allOf"}
    if not isinstance(parts, list) or depth > 32:
        return out
    for part in parts:
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("$ref"), str):
            target = lookup(part["$ref"])
            if isinstance(target, dict):
                _merge_into(out, flatten(target, lookup, depth + 1))
                base = target.get("x-py-base")
                if base:
                    _merge_into(out, flatten({"allOf": [{"$ref": base}]}, lookup, depth + 1))
            continue
        _merge_into(out, flatten(part, lookup, depth + 1))
    if "properties" in out and "type" not in out:
        out["type"] = "object"
    return out


_DOC_KEYS = {"description", "title", "example", "examples", "deprecated", "x-py-name"}


def _shape(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _shape(v) for k, v in schema.items() if k not in _DOC_KEYS}
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema


def _overrides(ref: dict[str, Any], inline: list[dict[str, Any]], lookup: Lookup) -> bool:
    """Whether the inline parts redefine a base property differently: a subclass could not
    narrow it type-safely, so the parts are merged instead."""
    base_props = flatten({"allOf": [ref]}, lookup).get("properties") or {}
    for part in inline:
        for name, prop in (flatten(part, lookup).get("properties") or {}).items():
            if name in base_props and _shape(base_props[name]) != _shape(prop):
                return True
    return False


def normalize_allof(schema: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    parts = schema.get("allOf")
    if not isinstance(parts, list):
        return schema
    parts = [p for p in parts if isinstance(p, dict) and p]
    shape = [p for p in parts if set(p) - _ANNOTATIONS]
    annotations = [p for p in parts if not (set(p) - _ANNOTATIONS)]
    rest = {k: v for k, v in schema.items() if k != "allOf"}
    for a in annotations:
        for k, v in a.items():
            if k != "nullable":
                rest.setdefault(k, v)
    if not shape:
        return rest
    refs = [p for p in shape if _is_ref(p)]
    inline = [p for p in shape if not _is_ref(p)]
    own_shape = set(rest) - _ANNOTATIONS - {"x-py-name", "discriminator"}
    if len(shape) == 1 and refs and not own_shape:
        merged = dict(refs[0])
        for k, v in rest.items():
            merged.setdefault(k, v)
        return merged
    if len(refs) == 1:
        target = lookup(refs[0]["$ref"])
        target_is_object = isinstance(target, dict) and (
            "properties" in target or target.get("type") == "object" or "allOf" in target
        )
        inline_objects = all(
            "properties" in p or p.get("type") == "object" or "required" in p for p in inline
        )
        if (
            target_is_object
            and inline_objects
            and "anyOf" not in rest
            and not _overrides(refs[0], inline, lookup)
        ):
            out = dict(rest)
            for p in inline:
                _merge_into(out, flatten(p, lookup))
            out["type"] = "object"
            out["x-py-base"] = refs[0]["$ref"]
            return out
    return flatten({**rest, "allOf": shape}, lookup)
