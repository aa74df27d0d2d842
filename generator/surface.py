"""The API surface of a generated client: what calling code can see and depend on.

A plain, JSON-able summary of the IR (methods with their keywords and return types, models with
their fields), written next to each generated package as ``api-surface.json`` so that a later
spec version can be compared with it (``diff``, ``check``, ``watch``, the CHANGELOG).
"""

from __future__ import annotations

import json
from typing import Any

from generator.build import annotation
from generator.ir import Api, ListOf, LiteralOf, MapOf, ModelRef, Nullable, Type, UnionOf
from generator.render import method_table


def _literals(t: Type) -> list[Any]:
    if isinstance(t, LiteralOf):
        return list(t.values)
    if isinstance(t, Nullable):
        return _literals(t.inner)
    if isinstance(t, UnionOf):
        return [v for variant in t.variants for v in _literals(variant)]
    if isinstance(t, ListOf):
        return _literals(t.item)
    if isinstance(t, MapOf):
        return _literals(t.value)
    return []


def _refs(t: Type) -> list[str]:
    if isinstance(t, ModelRef):
        return [t.name]
    if isinstance(t, Nullable):
        return _refs(t.inner)
    if isinstance(t, UnionOf):
        return [n for v in t.variants for n in _refs(v)]
    if isinstance(t, ListOf):
        return _refs(t.item)
    if isinstance(t, MapOf):
        return _refs(t.value)
    return []


def surface(api: Api) -> dict[str, Any]:
    methods: dict[str, Any] = {}
    for (call, http, path, _, returns), (_, op) in zip(method_table(api), api.all_operations()):
        keywords: dict[str, Any] = {}
        for p in op.params:
            keywords[p.name] = {"type": p.annotation, "required": p.required, "in": p.location, "name": p.json_name}
        if op.body is not None:
            if op.body.fields:
                for f in op.body.fields:
                    keywords[f.name] = {
                        "type": annotation(f.type, True),
                        "required": f.required,
                        "in": "body",
                        "name": f.json_name,
                        "literals": _literals(f.type),
                    }
            else:
                keywords["body"] = {"type": op.body.annotation, "required": op.body.required, "in": "body", "name": ""}
        methods[call] = {
            "http": f"{http} {path}",
            "keywords": keywords,
            "returns": returns,
            "stream": op.stream.event_annotation if op.stream else None,
        }
    models: dict[str, Any] = {}
    for m in api.models:
        if m.alias is not None:
            models[m.name] = {"alias": m.alias}
            continue
        models[m.name] = {
            "base": m.base,
            "fields": {
                f.name: {
                    "type": f.annotation,
                    "required": f.required,
                    "name": f.json_name,
                    "literals": _literals(f.type),
                    "refs": _refs(f.type),
                }
                for f in m.fields
            },
        }
    return {"methods": methods, "models": models}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
