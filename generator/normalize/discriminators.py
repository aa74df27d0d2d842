"""Discriminated unions, declared or not.

A declared ``discriminator`` is honoured, with or without ``mapping`` (without one, a variant's
tag is its ``const``/single-value ``enum`` on the property, else its schema name, as the
OpenAPI spec says). A union whose object variants each carry a ``const`` or single-value
``enum`` on the same property, all different, gets a discriminator even though the spec
declares none. The result is recorded as ``x-discriminator: {property, tags: [[...], ...]}``
(one tag list per variant); unions that cannot be discriminated say why in ``x-union-note``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Lookup = Callable[[str], Any]
PREFERRED = ("type", "object", "kind", "event", "role", "status")


def _object_of(variant: Any, lookup: Lookup) -> dict[str, Any] | None:
    seen = 0
    while isinstance(variant, dict) and isinstance(variant.get("$ref"), str) and seen < 16:
        variant = lookup(variant["$ref"])
        seen += 1
    if not isinstance(variant, dict) or "anyOf" in variant:
        return None
    if (
        "properties" not in variant
        and variant.get("type") != "object"
        and "x-py-base" not in variant
    ):
        return None
    return variant


def _properties(obj: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    props = dict(obj.get("properties") or {})
    base = obj.get("x-py-base")
    depth = 0
    while base and depth < 16:
        target = lookup(base)
        if not isinstance(target, dict):
            break
        for k, v in (target.get("properties") or {}).items():
            props.setdefault(k, v)
        base = target.get("x-py-base")
        depth += 1
    return props


def _tag_values(prop: Any, lookup: Lookup) -> list[Any] | None:
    if isinstance(prop, dict) and isinstance(prop.get("$ref"), str):
        prop = lookup(prop["$ref"])
    if not isinstance(prop, dict):
        return None
    if "const" in prop:
        return [prop["const"]]
    enum = prop.get("enum")
    if isinstance(enum, list) and len(enum) == 1:
        return list(enum)
    return None


def normalize_discriminator(schema: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    variants = schema.get("anyOf")
    if not isinstance(variants, list) or len(variants) < 2:
        schema.pop("discriminator", None) if not isinstance(variants, list) else None
        return schema
    objects = [_object_of(v, lookup) for v in variants]
    declared = schema.get("discriminator")
    if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str):
        prop = declared["propertyName"]
        mapping: dict[str, Any] = (
            declared["mapping"] if isinstance(declared.get("mapping"), dict) else {}
        )
        tags: list[list[Any]] = []
        for v, obj in zip(variants, objects):
            if obj is None:
                schema["x-union-note"] = (
                    f"discriminator {prop!r} ignored: a variant is not an object"
                )
                return schema
            ref = v.get("$ref") if isinstance(v, dict) else None
            values = [
                k
                for k, target in mapping.items()
                if ref is not None and target in (ref, ref.rsplit("/", 1)[-1])
            ]
            if not values:
                values = _tag_values(_properties(obj, lookup).get(prop), lookup) or []
            if not values and ref:
                values = [ref.rsplit("/", 1)[-1]]
            if not values:
                schema["x-union-note"] = (
                    f"discriminator {prop!r} ignored: a variant has no tag value"
                )
                return schema
            tags.append(values)
        flat = [t for ts in tags for t in ts]
        if len(flat) != len(set(map(str, flat))):
            schema["x-union-note"] = (
                f"discriminator {prop!r} ignored: two variants share a tag value"
            )
            return schema
        schema["x-discriminator"] = {"property": prop, "tags": tags}
        return schema
    if any(o is None for o in objects):
        return schema
    props = [_properties(o, lookup) for o in objects if o is not None]
    common = set(props[0]).intersection(*props[1:])
    candidates = sorted(
        common, key=lambda p: (PREFERRED.index(p) if p in PREFERRED else len(PREFERRED), p)
    )
    notes = []
    for prop in candidates:
        found = [_tag_values(p[prop], lookup) for p in props]
        if any(v is None for v in found):
            continue
        flat = [v[0] for v in found if v]
        if len(set(map(repr, flat))) != len(flat):
            dup = sorted({repr(x) for x in flat if flat.count(x) > 1})
            notes.append(
                f"property {prop!r} cannot discriminate: {', '.join(dup)} tags more than one variant"
            )
            continue
        schema["x-discriminator"] = {
            "property": prop,
            "tags": [list(v) for v in found if v is not None],
        }
        return schema
    if notes:
        schema["x-union-note"] = "; ".join(notes)
    return schema
