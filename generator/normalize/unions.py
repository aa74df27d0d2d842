"""Unions: ``oneOf`` and ``anyOf`` become one canonical ``anyOf``; one-variant unions unwrap,
nested unions flatten, identical variants dedupe; 3.1 type lists split into variants;
a union that only adds constraints to an object (``anyOf: [{required: [a]}, ...]``) is dropped.
"""

from __future__ import annotations

import json
from typing import Any

_ANNOTATION_KEYS = {
    "description",
    "title",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "discriminator",
    "externalDocs",
}
_SHAPE_KEYS = {
    "type",
    "properties",
    "items",
    "$ref",
    "anyOf",
    "oneOf",
    "allOf",
    "enum",
    "const",
    "additionalProperties",
    "prefixItems",
    "format",
}
_PER_TYPE = {
    "array": ("items", "prefixItems", "minItems", "maxItems", "uniqueItems"),
    "object": (
        "properties",
        "required",
        "additionalProperties",
        "patternProperties",
        "minProperties",
        "maxProperties",
    ),
    "string": ("format", "pattern", "minLength", "maxLength", "enum"),
    "integer": (
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "enum",
    ),
    "number": (
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "enum",
    ),
    "boolean": ("enum",),
}


def _key(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


def split_type_list(schema: dict[str, Any]) -> dict[str, Any]:
    types = schema.get("type")
    if not isinstance(types, list) or len(types) < 2 or "anyOf" in schema or "oneOf" in schema:
        return schema
    variants = []
    for t in types:
        v: dict[str, Any] = {"type": t}
        for k in _PER_TYPE.get(str(t), ()):
            if k in schema:
                v[k] = schema[k]
        variants.append(v)
    rest = {k: v for k, v in schema.items() if k == "nullable" or k in _ANNOTATION_KEYS}
    rest["anyOf"] = variants
    return rest


def normalize_unions(schema: dict[str, Any]) -> dict[str, Any]:
    schema = split_type_list(schema)
    if "oneOf" in schema:
        one = schema.pop("oneOf")
        if "anyOf" in schema and isinstance(schema["anyOf"], list) and isinstance(one, list):
            # both: keep as an allOf of the two unions is rare; prefer oneOf's variants
            schema.setdefault("allOf", []).append({"anyOf": schema.pop("anyOf")})
        schema["anyOf"] = one
    variants = schema.get("anyOf")
    if not isinstance(variants, list):
        return schema
    # constraint-only variants (``anyOf: [{required: [a]}, {required: [b]}]``) add no shape
    if variants and all(isinstance(v, dict) and not (set(v) & _SHAPE_KEYS) for v in variants):
        del schema["anyOf"]
        return schema
    flat: list[Any] = []
    for v in variants:
        if (
            isinstance(v, dict)
            and isinstance(v.get("anyOf"), list)
            and not (set(v) - _ANNOTATION_KEYS - {"anyOf"})
            and "discriminator" not in v
        ):
            if v.get("nullable"):
                schema["nullable"] = True
            flat.extend(v["anyOf"])
        else:
            flat.append(v)
    seen: set[str] = set()
    unique = []
    for v in flat:
        k = _key(v)
        if k not in seen:
            seen.add(k)
            unique.append(v)
    schema["anyOf"] = unique
    if (
        len(unique) == 1
        and not (set(schema) & (_SHAPE_KEYS - {"anyOf"}))
        and "discriminator" not in schema
    ):
        only = unique[0]
        del schema["anyOf"]
        if isinstance(only, dict):
            merged = dict(only)
            for k, v in schema.items():
                if k == "nullable":
                    if v:
                        merged["nullable"] = True
                elif k not in merged:
                    merged[k] = v
            return merged
    if not unique:
        del schema["anyOf"]
    return schema
