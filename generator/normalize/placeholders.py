"""``ANY_ADDITIONAL_PROPERTY``: a docs generator's way of showing ``additionalProperties``.

Docs built from FastAPI/pydantic specs render an open object as a property literally named
``ANY_ADDITIONAL_PROPERTY``; specs rebuilt from those docs keep it. That property (and the
same key in examples) becomes the schema's ``additionalProperties``.
"""

from __future__ import annotations

from typing import Any

PLACEHOLDER = "ANY_ADDITIONAL_PROPERTY"


def _strip_examples(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_examples(v) for k, v in value.items() if k != PLACEHOLDER}
    if isinstance(value, list):
        return [_strip_examples(v) for v in value]
    return value


def normalize_placeholders(schema: dict[str, Any]) -> dict[str, Any]:
    props = schema.get("properties")
    if isinstance(props, dict) and PLACEHOLDER in props:
        extra = props.pop(PLACEHOLDER)
        extra_schema: Any = extra if isinstance(extra, dict) and extra else True
        current = schema.get("additionalProperties")
        if current is None or current is True or current == {}:
            schema["additionalProperties"] = extra_schema
        required = schema.get("required")
        if isinstance(required, list) and PLACEHOLDER in required:
            schema["required"] = [r for r in required if r != PLACEHOLDER]
        if not props and "type" not in schema:
            schema["type"] = "object"
    for key in ("example", "default"):
        if isinstance(schema.get(key), (dict, list)):
            schema[key] = _strip_examples(schema[key])
    if isinstance(schema.get("examples"), list):
        schema["examples"] = [_strip_examples(e) for e in schema["examples"]]
    return schema
