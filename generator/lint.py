"""Lint: what is legal OpenAPI but probably not what the author meant, or what the generated
client treats specially. Runs on the normalized document (after ``normalize``), reports
warnings located at the spec's lines. Part of ``validate``'s report; never fatal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import Finding, join_pointer
from generator.load import Document
from generator.naming import words
from generator.normalize.walk import HTTP_METHODS, children, top_level_slots

# formats the generated models keep as plain strings (JSON Schema: format is an annotation);
# date-time, date and uuid become datetime, date and UUID (see generator.build.types)
UNCHECKED_FORMATS = ("uri", "url", "email", "hostname", "ipv4", "ipv6", "time")
PLURAL_WORDS = {
    "calls",
    "items",
    "messages",
    "choices",
    "parts",
    "tools",
    "results",
    "entries",
    "files",
    "segments",
    "words",
}


def _walk(schema: Any, ptr: str, depth: int = 0) -> Iterator[tuple[dict[str, Any], str]]:
    if not isinstance(schema, dict) or depth > 64:
        return
    yield schema, ptr
    for container, key in children(schema):
        if container is schema:
            sub_ptr = join_pointer(ptr, key)
        else:
            owner = next((k for k, v in schema.items() if v is container), "")
            sub_ptr = join_pointer(ptr, owner, key)
        yield from _walk(container[key], sub_ptr, depth + 1)


def lint(doc: Document, data: dict[str, Any]) -> list[Finding]:
    raw: list[tuple[str, str]] = []
    formats_seen: set[str] = set()
    for container, key, ptr in top_level_slots(data):
        for schema, sptr in _walk(container[key], ptr):
            note = schema.get("x-union-note")
            if note:
                raw.append((f"union: {note}; values are matched by structure instead", sptr))
            fmt = schema.get("format")
            if isinstance(fmt, str) and fmt in UNCHECKED_FORMATS and fmt not in formats_seen:
                formats_seen.add(fmt)
                raw.append(
                    (
                        f"format {fmt!r} is not checked: the models accept any string here (and everywhere else this format is used)",
                        sptr,
                    )
                )
            for name, prop in (schema.get("properties") or {}).items():
                if not isinstance(prop, dict) or "$ref" in prop:
                    continue
                parts = words(name)
                if (
                    parts
                    and parts[-1].lower() in PLURAL_WORDS
                    and (prop.get("type") == "object" or "properties" in prop)
                ):
                    raw.append(
                        (
                            f"property {name!r} is a single object although its name reads as a list; generated as one object",
                            join_pointer(sptr, "properties", name),
                        )
                    )
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            optr = join_pointer("/paths", path, method)
            for code, resp in (op.get("responses") or {}).items():
                if not isinstance(resp, dict):
                    continue
                for ct, media in (resp.get("content") or {}).items():
                    if not isinstance(media, dict):
                        continue
                    mptr = join_pointer(optr, "responses", code, "content", ct)
                    media_schema: dict[str, Any] = (
                        media["schema"] if isinstance(media.get("schema"), dict) else {}
                    )
                    if (
                        media.get("x-stream")
                        or media_schema.get("x-stream")
                        or op.get("x-stream")
                        or resp.get("x-stream")
                    ):
                        raw.append(
                            (
                                "x-stream: true is a vendor extension, not OpenAPI: the method streams server-sent events (Stream[...]) unless called with stream=False",
                                mptr,
                            )
                        )
                    variants = media_schema.get("anyOf")
                    if (
                        str(code).startswith("2")
                        and isinstance(variants, list)
                        and len(variants) > 1
                        and "x-discriminator" not in media_schema
                    ):
                        names = [
                            str(v.get("$ref", "")).rsplit("/", 1)[-1]
                            for v in variants
                            if isinstance(v, dict)
                        ]
                        raw.append(
                            (
                                f"the {code} response is a union without a discriminator ({', '.join(n for n in names if n) or 'inline schemas'}): a response is matched to the variant whose fields fit best",
                                mptr,
                            )
                        )
    lines = doc.locate_many([p for _, p in raw])
    return [Finding("warning", m, doc.path, p, *lines.get(p, (0, 0))) for m, p in raw]
