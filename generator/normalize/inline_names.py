"""Stable, meaningful names for inline object schemas, recorded as ``x-py-name`` hints.

The name is the path to the schema in words: a property ``audio`` of ``ChatCompletionRequest``
is ``ChatCompletionRequestAudio``; an inline request body of ``createUpload`` is
``CreateUploadRequest``; a union variant is named by its tag (``ResponseFormatText``) or by the
property only it has. The build stage turns hints into final, collision-free class names.
"""

from __future__ import annotations

from typing import Any

from generator.naming import operation_name, pascal
from generator.normalize.walk import HTTP_METHODS


def needs_class(schema: Any) -> bool:
    """An inline schema that becomes a model class (an object with named properties)."""
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and "anyOf" not in schema
        and bool(schema.get("properties"))
    )


def _variant_suffix(
    variant: dict[str, Any], siblings: list[Any], prop: str | None, index: int
) -> str:
    if prop:
        tag = (variant.get("properties") or {}).get(prop)
        if isinstance(tag, dict):
            values = [tag["const"]] if "const" in tag else tag.get("enum") or []
            if len(values) == 1 and values[0] is not None:
                return pascal(str(values[0]))
    if isinstance(variant.get("title"), str) and variant["title"].strip():
        return pascal(variant["title"])
    own = set(variant.get("properties") or {})
    others: set[str] = set()
    for s in siblings:
        if s is not variant and isinstance(s, dict):
            others |= set(s.get("properties") or {})
    distinct = sorted(own - others)
    if distinct:
        return pascal(distinct[0])
    if variant.get("type"):
        return pascal(str(variant["type"]))
    return f"Variant{index + 1}"


def name_tree(schema: Any, hint: str, depth: int = 0) -> None:
    if not isinstance(schema, dict) or depth > 64 or "$ref" in schema:
        return
    if needs_class(schema):
        schema.setdefault("x-py-name", hint)
    for prop, sub in (schema.get("properties") or {}).items():
        name_tree(sub, hint + pascal(prop), depth + 1)
    items = schema.get("items")
    if isinstance(items, dict):
        name_tree(items, hint + "Item", depth + 1)
    for i, item in enumerate(schema.get("prefixItems") or []):
        name_tree(item, hint + f"Item{i + 1}", depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        name_tree(extra, hint + "Value", depth + 1)
    variants = schema.get("anyOf")
    if isinstance(variants, list):
        disc = schema.get("x-discriminator") or {}
        prop = disc.get("property") if isinstance(disc, dict) else None
        for i, v in enumerate(variants):
            if isinstance(v, dict):
                name_tree(v, hint + _variant_suffix(v, variants, prop, i), depth + 1)


def assign_inline_names(data: dict[str, Any]) -> None:
    comps = data.get("components") if isinstance(data.get("components"), dict) else {}
    for name, schema in ((comps or {}).get("schemas") or {}).items():
        name_tree(schema, pascal(name))
    for name, body in ((comps or {}).get("requestBodies") or {}).items():
        for media in ((body or {}).get("content") or {}).values():
            if isinstance(media, dict):
                name_tree(media.get("schema"), pascal(name))
    for name, resp in ((comps or {}).get("responses") or {}).items():
        for media in ((resp or {}).get("content") or {}).values():
            if isinstance(media, dict):
                name_tree(media.get("schema"), pascal(name))
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            base = operation_name(op, method, str(path))
            body = op.get("requestBody")
            if isinstance(body, dict):
                for media in (body.get("content") or {}).values():
                    if isinstance(media, dict):
                        name_tree(media.get("schema"), base + "Request")
            for code, resp in (op.get("responses") or {}).items():
                if not isinstance(resp, dict):
                    continue
                suffix = (
                    "Response"
                    if str(code).startswith("2")
                    else f"Error{code}" if str(code)[0].isdigit() else "Error"
                )
                for media in (resp.get("content") or {}).values():
                    if isinstance(media, dict):
                        name_tree(media.get("schema"), base + suffix)
            for param in list(item.get("parameters") or []) + list(op.get("parameters") or []):
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    name_tree(param.get("schema"), base + pascal(param["name"]))
