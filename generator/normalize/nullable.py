"""Every way of writing "nullable" becomes one flag: ``nullable: true`` on the schema.

``nullable: true`` (3.0), ``x-nullable: true`` (Swagger habits), ``type: [x, "null"]`` (3.1),
``null`` in an ``enum``, and ``anyOf``/``oneOf`` variants that only admit null
(``{type: "null"}``, ``{enum: [null]}``, ``{const: null}``, ``{nullable: true}`` with no type).
"""

from __future__ import annotations

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
    "x-nullable",
}


def is_null_schema(s: Any) -> bool:
    if not isinstance(s, dict):
        return False
    if s.get("type") == "null" or s.get("type") == ["null"]:
        return True
    if s.get("enum") == [None] or ("const" in s and s["const"] is None):
        return True
    # ``{nullable: true}`` with no type: admits only null in practice
    return s.get("nullable") is True and not (set(s) - _ANNOTATIONS)


def normalize_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    nullable = bool(schema.pop("nullable", False)) | bool(schema.pop("x-nullable", False))
    types = schema.get("type")
    if isinstance(types, list):
        if "null" in types:
            nullable = True
            types = [t for t in types if t != "null"]
        if len(types) == 1:
            schema["type"] = types[0]
        elif not types:
            schema["type"] = "null"
            nullable = False
        else:
            schema["type"] = types
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum and len(enum) > 1:
        schema["enum"] = [v for v in enum if v is not None]
        nullable = True
    for key in ("anyOf", "oneOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and any(is_null_schema(v) for v in variants):
            rest = [v for v in variants if not is_null_schema(v)]
            nullable = True
            schema[key] = rest
            if not rest:
                del schema[key]
                if "type" not in schema and "$ref" not in schema:
                    schema["type"] = "null"
                    nullable = False
    if nullable and schema.get("type") != "null":
        schema["nullable"] = True
    return schema
