"""Sample payloads from a raw OpenAPI schema: valid ones, and ones broken in one place."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

WRONG = {
    "string": 12345,
    "integer": "not-a-number",
    "number": "not-a-number",
    "boolean": "not-a-bool",
    "array": "not-a-list",
    "object": "not-an-object",
}


class Sampler:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def deref(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 20:
            node: Any = self.spec
            for part in schema["$ref"][2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
        return schema

    def types(self, schema: Any) -> list[str]:
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return []
        t = schema.get("type")
        if isinstance(t, list):
            return [x for x in t if x != "null"]
        if isinstance(t, str):
            return [t] if t != "null" else []
        if "properties" in schema:
            return ["object"]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return [x for v in schema[key] for x in self.types(v)]
        if "allOf" in schema:
            return [x for v in schema["allOf"] for x in self.types(v)][:1]
        return []

    def properties(self, schema: Any) -> tuple[dict[str, Any], list[str]]:
        schema = self.deref(schema)
        props: dict[str, Any] = dict(schema.get("properties") or {})
        required: list[str] = list(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            p, r = self.properties(part)
            props.update(p)
            required.extend(r)
        return props, sorted(set(required), key=required.index)

    def value(self, schema: Any, depth: int = 0, full: bool = False) -> Any:
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 6:
            return None
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return next((v for v in schema["enum"] if v is not None), None)
        for key in ("oneOf", "anyOf"):
            variants = [v for v in schema.get(key) or [] if self.types(v) != [] or "$ref" in v]
            if variants:
                return self.value(variants[0], depth + 1, full)
        types = self.types(schema)
        if not types:
            if "allOf" in schema or "properties" in schema:
                types = ["object"]
            else:
                return "anything"
        t = types[0]
        if t == "string":
            fmt = schema.get("format")
            if fmt == "binary":
                return b"binary-content"
            return {"uri": "https://example.com/a.png", "date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "uuid": "123e4567-e89b-12d3-a456-426614174000", "email": "a@example.com"}.get(fmt, "text")
        if t == "integer":
            return 1
        if t == "number":
            return 1.5
        if t == "boolean":
            return True
        if t == "array":
            item = self.value(schema.get("items") or {}, depth + 1, full)
            return [] if item is None and depth > 4 else [item]
        props, required = self.properties(schema)
        out = {}
        for name, sub in props.items():
            if name in required or (full and depth < 3):
                v = self.value(sub, depth + 1, full)
                if v is not None or name in required:
                    out[name] = v
        return out

    def samples(self, schema: Any) -> Iterator[tuple[str, Any]]:
        """(label, payload) pairs: valid minimal/full, then one defect each."""
        minimal = self.value(schema)
        full = self.value(schema, full=True)
        yield "valid-minimal", minimal
        yield "valid-full", full
        yield "extra-field", {**full, "zz_unknown": 1} if isinstance(full, dict) else full
        yield "not-an-object", "a plain string"
        props, required = self.properties(schema)
        if isinstance(full, dict):
            for name in required:
                broken = copy.deepcopy(full)
                broken.pop(name, None)
                yield f"missing-{name}", broken
            for name, sub in props.items():
                types = self.types(sub)
                if not types or len(set(types)) > 1:
                    continue
                broken = copy.deepcopy(full)
                broken[name] = WRONG.get(types[0])
                yield f"wrong-type-{name}", broken
                enum = self.deref(sub).get("enum") if isinstance(self.deref(sub), dict) else None
                if enum and types == ["string"]:
                    bad = copy.deepcopy(full)
                    bad[name] = "zz-not-in-enum"
                    yield f"bad-enum-{name}", bad
