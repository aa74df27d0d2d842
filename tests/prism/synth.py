"""Valid sample values from a raw OpenAPI document, checked with a JSON Schema validator.

The synthesizer works on the spec exactly as Prism sees it (not on the generator's IR), so
that a value it builds is what the spec allows, whatever the generator made of the schema:

- a schema's ``example`` (or the first of ``examples``, or its ``default``) when that value
  is valid for the schema;
- else ``const``, the first enum value, a value for the ``format`` (uri, date-time, …);
- ``oneOf``/``anyOf``: the first variant whose sample makes the whole schema valid (for a
  ``oneOf`` that means exactly one variant matches), non-null variants first;
- ``allOf``: the parts' samples merged;
- objects: their required properties only (``allOf`` parts included); arrays: one item.

``format: binary`` strings come out as :data:`BINARY`, a placeholder the caller swaps for
file content; it is a plain string so that schema checks on the enclosing value still work.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import openapi_schema_validator as osv
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

BINARY = "<binary>"
SPEC_URI = "urn:prism-test:spec"
MAX_DEPTH = 12
FULL_DEPTH = 3  # how deep ``full`` samples fill in optional properties

FORMATS: dict[str, Any] = {
    "uri": "https://example.com/sample.png",
    "url": "https://example.com/sample.png",
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00Z",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "email": "someone@example.com",
    "byte": "aGVsbG8=",
    "binary": BINARY,
    "ipv4": "127.0.0.1",
    "hostname": "example.com",
}

# Values of every JSON type, for finding one that a schema rejects.
WRONG_CANDIDATES: tuple[Any, ...] = (
    12345,
    "zz-not-a-valid-value",
    True,
    [{"zz": 1}],
    {"zz_unknown_object": 1},
    None,
    1.5,
)


def _pointer_escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


class Synth:
    """Samples and schema checks for one spec (``data`` is the loaded document)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.oas31 = str(data.get("openapi", "3.0")).startswith("3.1")
        spec = DRAFT202012 if self.oas31 else DRAFT4
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource(contents=data, specification=spec)
        )
        self.validator_cls: Any = osv.OAS31Validator if self.oas31 else osv.OAS30WriteValidator
        self.format_checker = osv.oas31_format_checker if self.oas31 else osv.oas30_format_checker
        self.pointers: dict[int, str] = {}
        self._index(data, "")
        self._validators: dict[int, Any] = {}

    # -- navigation ------------------------------------------------------------------------

    def _index(self, node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            self.pointers[id(node)] = pointer
            for key, value in node.items():
                self._index(value, f"{pointer}/{_pointer_escape(str(key))}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self._index(value, f"{pointer}/{i}")

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported here, got {ref!r}")
        node: Any = self.data
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def deref(self, node: Any) -> Any:
        for _ in range(50):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            node = self.resolve(node["$ref"])
        raise ValueError("$ref cycle")

    # -- validation ------------------------------------------------------------------------

    def errors(self, schema: Any, value: Any) -> list[str]:
        """Why ``value`` is invalid for ``schema`` (a node of the spec); [] when it is valid."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or not schema:
            return []
        validator = self._validators.get(id(schema))
        if validator is None:
            pointer = self.pointers.get(id(schema))
            root = {"$ref": f"{SPEC_URI}#{pointer}"} if pointer is not None else schema
            validator = self.validator_cls(
                root, registry=self.registry, format_checker=self.format_checker
            )
            self._validators[id(schema)] = validator
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(value)
        ]

    def is_valid(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)

    # -- samples ---------------------------------------------------------------------------

    def types(self, schema: Any) -> list[str]:
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return []
        t = schema.get("type")
        if isinstance(t, list):
            return [x for x in t if x != "null"]
        if isinstance(t, str):
            return [] if t == "null" else [t]
        if "properties" in schema or "additionalProperties" in schema:
            return ["object"]
        if "items" in schema:
            return ["array"]
        return []

    def possible_types(self, schema: Any) -> set[str]:
        """Every non-null type a value of ``schema`` may have (``oneOf``/``anyOf`` included)."""
        schema = self.deref(schema)
        found = set(self.types(schema))
        if isinstance(schema, dict):
            for key in ("oneOf", "anyOf", "allOf"):
                for variant in schema.get(key) or []:
                    found |= self.possible_types(variant)
        return found

    def is_null_only(self, schema: Any) -> bool:
        schema = self.deref(schema)
        return isinstance(schema, dict) and (
            schema.get("type") == "null" or schema.get("enum") == [None]
        )

    def properties(self, schema: Any) -> tuple[dict[str, Any], list[str]]:
        """Properties and required names of an object schema, ``allOf`` parts merged."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return {}, []
        props: dict[str, Any] = dict(schema.get("properties") or {})
        required: list[str] = list(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            p, r = self.properties(part)
            for name, sub in p.items():
                props.setdefault(name, sub)
            required.extend(r)
        return props, list(dict.fromkeys(required))

    def _examples(self, schema: dict[str, Any]) -> Iterator[Any]:
        if "example" in schema:
            yield schema["example"]
        if isinstance(schema.get("examples"), list):
            yield from schema["examples"]
        if "default" in schema:
            yield schema["default"]

    def value(self, schema: Any, depth: int = 0, *, full: bool = False) -> Any:
        """A valid sample for ``schema`` (best effort: callers check it with :meth:`errors`).

        ``full``: objects also get their optional properties, down to :data:`FULL_DEPTH`.
        """
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return None
        for example in self._examples(schema):
            if example is not None and self.is_valid(schema, example):
                return copy.deepcopy(example)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            for candidate in schema["enum"]:
                if candidate is not None:
                    return candidate
            return None
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choose(schema, schema[key], depth, full=full)
        if "allOf" in schema and not self.types(schema):
            merged: Any = None
            for part in schema["allOf"]:
                sample = self.value(part, depth + 1, full=full)
                if isinstance(sample, dict) and isinstance(merged, dict):
                    merged = {**merged, **sample}
                elif merged is None:
                    merged = sample
            return merged if merged is not None else {}
        types = self.types(schema)
        if not types:
            return {} if "allOf" in schema else "sample"
        return self._typed(schema, types[0], depth, full=full)

    def _choose(
        self, schema: dict[str, Any], variants: list[Any], depth: int, *, full: bool
    ) -> Any:
        ordered = [v for v in variants if not self.is_null_only(v)]
        ordered += [v for v in variants if self.is_null_only(v)]
        first: Any = None
        for i, variant in enumerate(ordered):
            sample = (
                None if self.is_null_only(variant) else self.value(variant, depth + 1, full=full)
            )
            if i == 0:
                first = sample
            if self.is_valid(schema, sample):
                return sample
        return first

    def _typed(self, schema: dict[str, Any], t: str, depth: int, *, full: bool) -> Any:
        if t == "string":
            text = FORMATS.get(str(schema.get("format")), "sample")
            min_length = int(schema.get("minLength", 0))
            return text + "x" * max(0, min_length - len(text))
        if t in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum"))
            high = schema.get("maximum", schema.get("exclusiveMaximum"))
            number: float = 1
            if isinstance(low, (int, float)) and not isinstance(low, bool):
                number = max(number, low + (1 if schema.get("exclusiveMinimum") is not None else 0))
            if isinstance(high, (int, float)) and not isinstance(high, bool):
                number = min(number, high)
            return int(number) if t == "integer" else float(number)
        if t == "boolean":
            return True
        if t == "array":
            count = max(1, int(schema.get("minItems", 1)))
            if "maxItems" in schema:
                count = min(count, int(schema["maxItems"]))
            items = schema.get("items") or {}
            return [self.value(items, depth + 1, full=full) for _ in range(count)]
        if t == "object":
            props, required = self.properties(schema)
            out: dict[str, Any] = {}
            names = list(required)
            if full and depth < FULL_DEPTH:
                names += [n for n in props if n not in required]
            for name in names:
                out[name] = self.value(props.get(name, {}), depth + 1, full=full)
            extra = schema.get("additionalProperties")
            if int(schema.get("minProperties", 0)) > len(out) and isinstance(extra, dict):
                out["key"] = self.value(extra, depth + 1, full=full)
            return out
        return None

    def wrong(self, schema: Any) -> Any:
        """A value of some JSON type that ``schema`` rejects, or ``NotImplemented``."""
        for candidate in WRONG_CANDIDATES:
            if not self.is_valid(schema, candidate):
                return candidate
        return NotImplemented
