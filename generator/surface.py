"""The API surface of a generated client: what calling code can see and depend on.

A plain, JSON-able summary of the IR (methods with their keywords and return types, models with
their fields), written next to each generated package as ``api-surface.json`` so that a later
spec version can be compared with it (``diff``, ``check``, ``watch``, the CHANGELOG).
"""

from __future__ import annotations

import json
from typing import Any

from generator.build import annotation
from generator.ir import Api, ListOf, LiteralOf, MapOf, Nullable, Type, UnionOf, model_names
from generator.render import method_table


def _literals(t: Type) -> list[Any]:
    """The enum values a type admits (where it holds a Literal)."""
    if isinstance(t, LiteralOf):
        return list(t.values)
    inner: tuple[Type, ...] = ()
    if isinstance(t, Nullable):
        inner = (t.inner,)
    elif isinstance(t, UnionOf):
        inner = t.variants
    elif isinstance(t, ListOf):
        inner = (t.item,)
    elif isinstance(t, MapOf):
        inner = (t.value,)
    return [v for sub in inner for v in _literals(sub)]


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
                    "refs": sorted(set(model_names(f.type))),
                }
                for f in m.fields
            },
        }
    return {"methods": methods, "models": models}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
