"""One operation → its method: parameters (path ones first, in path order), the body and its
keywords, the response plan and the declared errors."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from generator.build.resources import OpDraft
from generator.build.responses import JSON_MEDIA, error_types, response_plan
from generator.build.types import Draft, TypeBuilder, spec_text
from generator.errors import join_pointer
from generator.ir import (
    DEFAULT_STYLES,
    Body,
    Field,
    Model,
    ModelRef,
    Operation,
    Param,
    Prim,
    SpecText,
    Type,
    UnionOf,
)
from generator.naming import METHOD_RESERVED, field_name, operation_name, pascal, unique

_PATH_PARAM = re.compile(r"\{([^{}/]+)\}")
_BODY_KINDS = (
    ("json", lambda ct: bool(JSON_MEDIA.match(ct)) and ct != "*/*"),
    ("multipart", lambda ct: ct.startswith("multipart/")),
    ("form", lambda ct: ct == "application/x-www-form-urlencoded"),
    ("json", lambda ct: ct == "*/*"),
    ("text", lambda ct: ct.startswith("text/")),
    ("binary", lambda ct: True),
)


def build_operation(tb: TypeBuilder, d: OpDraft) -> Operation:
    op = d.op
    hint = operation_name(op, d.method, d.path)
    notes: list[str] = []
    taken = set(METHOD_RESERVED)
    url_path, _, fixed = d.path.partition("?")
    params, param_fields = _params(tb, d, url_path, hint, taken, notes)
    # named after the call (client.files.list → FilesListParams): unique by construction
    params_model = _params_model(tb, pascal("_".join(d.resource + (d.name,))), param_fields)
    body = _body(tb, op, hint, taken, notes)
    response = response_plan(tb, op, hint, body)
    if isinstance(op.get("callbacks"), dict) and op["callbacks"]:
        notes.append("callbacks are not generated (the API calls you back; no client method)")
    for note in notes:
        where = join_pointer("/paths", d.path, d.method)
        tb.warnings.append((f"operation {d.method.upper()} {d.path} ({d.name}): {note}", where))
    return Operation(
        name=d.name,
        operation_id=spec_text(op.get("operationId")),
        http_method=d.method.upper(),
        path=SpecText(d.path),
        summary=spec_text(op.get("summary")),
        description=spec_text(op.get("description")),
        deprecated=bool(op.get("deprecated")),
        params=tuple(params),
        body=body,
        response=response,
        error_types=tuple(error_types(tb, op, hint)),
        notes=tuple(notes),
        params_model=params_model,
        url_path=SpecText(url_path),
        fixed_query=tuple((SpecText(k), SpecText(v)) for k, v in parse_qsl(fixed, keep_blank_values=True)),
    )


def _params(
    tb: TypeBuilder, d: OpDraft, url_path: str, hint: str, taken: set[str], notes: list[str]
) -> tuple[list[Param], list[Field]]:
    merged: dict[tuple[str, str], Any] = {}
    for p in list(d.shared_params) + list(d.op.get("parameters") or []):
        p = tb.deref(p)
        if isinstance(p, dict) and isinstance(p.get("name"), str) and p.get("in") in ("path", "query", "header", "cookie"):
            merged[(p["name"], p["in"])] = p
        elif isinstance(p, dict):
            notes.append(
                f"parameter {p.get('name')!r} in {p.get('in')!r} is not supported; pass it with extra_query / extra_headers"
            )
    in_path = _PATH_PARAM.findall(url_path)
    for name in in_path:
        if (name, "path") not in merged:  # undeclared (validate warns): a required string
            merged[(name, "path")] = {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
    order = {name: i for i, name in enumerate(in_path)}
    # path parameters first, in the order the path names them (they may be passed by position)
    items = sorted(merged.items(), key=lambda kv: (kv[0][1] != "path", order.get(kv[0][0], len(order))))
    params: list[Param] = []
    fields: list[Field] = []
    for (json_name, location), p in items:
        if location == "header" and json_name.lower() in ("authorization", "content-type", "accept"):
            continue
        name = unique(field_name(json_name), taken, [field_name(f"{json_name}_{location}")])
        schema = p.get("schema")
        if schema is None and isinstance(p.get("content"), dict):
            media: Any = next(iter(p["content"].values()), {})
            schema = media.get("schema") if isinstance(media, dict) else None
        t = tb.type_of(schema if isinstance(schema, dict) else {}, hint + pascal(json_name))
        required = bool(p.get("required")) or location == "path"
        description = spec_text(p.get("description"))
        deprecated = bool(p.get("deprecated"))
        style, explode, content_type = _serialization(p, location)
        params.append(
            Param(
                name,
                SpecText(json_name),
                location,
                t,
                required,
                description,
                deprecated,
                style,
                explode,
                bool(p.get("allowReserved")) and location == "query",
                content_type,
            )
        )
        fields.append(Field(field_name(json_name), SpecText(json_name), t, required))
    return params, fields


_STYLES = {
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "path": ("simple", "label", "matrix"),
    "header": ("simple",),
    "cookie": ("form",),
}


def _serialization(p: dict[str, Any], location: str) -> tuple[str, bool, str | None]:
    """(style, explode, content type) of a parameter, with OpenAPI's defaults: ``form`` for
    query and cookie, ``simple`` for path and header; ``explode`` true for ``form`` only. A
    style the location does not allow falls back to the default (validate reports it)."""
    style = p.get("style")
    if not isinstance(style, str) or style not in _STYLES[location]:
        style = DEFAULT_STYLES[location][0]
    explode = p.get("explode")
    if not isinstance(explode, bool):
        explode = style == "form"
    content = p.get("content")
    content_type = str(next(iter(content))) if isinstance(content, dict) and content else None
    return style, explode, SpecText(content_type) if content_type else None


def _params_model(tb: TypeBuilder, hint: str, fields: list[Field]) -> str | None:
    """A model that checks an operation's path, query and header arguments."""
    if not fields or len({f.json_name for f in fields}) != len(fields):
        return None  # the same name in two locations cannot share one model
    taken: set[str] = {"model_config"}
    unique_fields = tuple(
        Field(unique(f.name, taken, [f.name + "_"]), f.json_name, f.type, f.required) for f in fields
    )
    name = tb.claim(hint + "Params", [hint + "Parameters"])
    tb.drafts[name] = Draft(name, name, {}, Model(name, name, None, fields=unique_fields))
    return name


def _body(tb: TypeBuilder, op: dict[str, Any], hint: str, taken: set[str], notes: list[str]) -> Body | None:
    rb = tb.deref(op.get("requestBody"))
    if not isinstance(rb, dict) or not isinstance(rb.get("content"), dict) or not rb["content"]:
        return None
    content = rb["content"]
    required = bool(rb.get("required"))
    description = spec_text(rb.get("description"))
    kind, ct = next(
        ((kind, str(ct)) for kind, test in _BODY_KINDS for ct in content if test(str(ct).lower())),
        ("binary", str(next(iter(content)))),
    )
    media = content[ct] if isinstance(content[ct], dict) else {}
    schema = media.get("schema") if isinstance(media.get("schema"), dict) else {}
    target = tb.deref(schema)
    if (
        isinstance(target, dict)
        and not required
        and target.get("type") == "object"
        and not target.get("properties")
        and target.get("additionalProperties") is False
    ):
        return None  # an optional body that can hold nothing (Stripe's GETs): no keyword
    if kind in ("binary", "text"):
        raw: Type = Prim("str") if kind == "text" else UnionOf((Prim("bytes"), Prim("IO")))
        return Body(kind, SpecText(ct), required, None, (), raw, description=description)
    t = tb.type_of(schema, hint + "Request")
    if isinstance(t, ModelRef) and tb.is_class(t.name):
        return _object_body(tb, kind, ct, required, t.name, taken, description)
    if kind in ("multipart", "form"):
        notes.append(f"{kind} body without object properties is sent as given")
        return Body(kind, SpecText(ct), required, None, (), t, description=description)
    return Body(kind, SpecText(ct), required, tb.named(t, hint + "Body"), (), t, description=description)


def _object_body(
    tb: TypeBuilder, kind: str, ct: str, required: bool, model: str, taken: set[str], description: SpecText | None
) -> Body:
    """An object body: each property a keyword (readOnly ones left out), checked at run time
    against the model's request shape."""
    schema = tb.drafts[model].schema
    props = tb.all_properties(schema)
    req = tb.all_required(schema)
    tags = tb.tags.get(model, {})
    fields: list[Field] = []
    file_fields = []
    model_taken = set(METHOD_RESERVED) | {"model_config"}
    for json_name, ps in props.items():
        f = tb.field(model, json_name, ps, json_name in req, tags, model_taken)
        if f.read_only:
            continue
        # the model's attribute name, unless a parameter of the method already has it
        name = unique(f.name, taken, [field_name(json_name + "_body")])
        if kind == "multipart" and _is_binary(tb.deref(ps)):
            file_fields.append(SpecText(json_name))
        fields.append(Field(name, f.json_name, f.type, f.required, f.default, f.description, f.deprecated, False, f.write_only))
    # required keywords first keeps signatures readable; order is otherwise the spec's
    fields.sort(key=lambda f: not f.required)
    return Body(kind, SpecText(ct), required, model, tuple(fields), ModelRef(model), tuple(file_fields), description)


def _is_binary(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "string":
        return schema.get("format") == "binary" or bool(schema.get("contentMediaType"))
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _is_binary(schema["items"])
    return False
