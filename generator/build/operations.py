"""One operation → its method: parameters (path ones first, in path order), the body and its
keywords, the response plan and the declared errors."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl

from generator.build.pagination import pagination
from generator.build.resources import OpDraft
from generator.build.responses import JSON_MEDIA, error_types, response_plan
from generator.build.types import Draft, TypeBuilder, spec_text
from generator.config import Options
from generator.errors import join_pointer
from generator.ir import (
    DEFAULT_STYLES,
    Body,
    Field,
    Model,
    ModelRef,
    Operation,
    Param,
    PartEncoding,
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


def build_operation(tb: TypeBuilder, d: OpDraft, options: Options) -> Operation:
    """``options``: the spec's serialization choices, already resolved (``Options.over``)."""
    op = d.op
    hint = operation_name(op, d.method, d.path)
    notes: list[str] = []
    taken = set(METHOD_RESERVED)
    url_path, _, fixed = d.path.partition("?")
    params, param_fields = _params(tb, d, url_path, hint, taken, notes, options)
    # named after the call (client.files.list → FilesListParams): unique by construction
    params_model = _params_model(tb, pascal("_".join(d.resource + (d.name,))), param_fields)
    body = _body(tb, op, hint, taken, notes, options)
    response = response_plan(tb, op, hint, body)
    paging = pagination(tb, op, d.method, params, response, options, notes)
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
        pagination=paging,
    )


def _params(
    tb: TypeBuilder,
    d: OpDraft,
    url_path: str,
    hint: str,
    taken: set[str],
    notes: list[str],
    options: Options,
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
        # the client makes an Idempotency-Key when none is given, so it is never required
        idempotency_key = location == "header" and json_name.lower() == "idempotency-key"
        required = (bool(p.get("required")) or location == "path") and not idempotency_key
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
                str(options.array_format),
                idempotency_key,
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


def _body(
    tb: TypeBuilder, op: dict[str, Any], hint: str, taken: set[str], notes: list[str], options: Options
) -> Body | None:
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
        body = _object_body(tb, kind, ct, required, t.name, taken, description)
        if kind in ("multipart", "form"):
            body = _with_encoding(body, media.get("encoding"), options, notes)
        return body
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


_FORM_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def _with_encoding(body: Body, encoding: Any, options: Options, notes: list[str]) -> Body:
    """A form or multipart body with its media type's Encoding Objects, and with the spec's
    convention for the properties that have none (``Options.body_style``)."""
    default = None
    if options.body_style == "deepObject":
        default = PartEncoding("", style="deepObject", array_format=str(options.array_format))
    names = {f.json_name for f in body.fields}
    parts: list[PartEncoding] = []
    for name, enc in (encoding or {}).items() if isinstance(encoding, dict) else ():
        if name not in names or not isinstance(enc, dict):
            if name not in names:
                notes.append(f"encoding for {name!r}, which is not a property of the body, is ignored")
            continue
        parts.append(_part_encoding(str(name), enc, body.kind, options, notes))
    return replace(body, encoding=tuple(parts), default_encoding=default)


def _part_encoding(name: str, enc: dict[str, Any], kind: str, options: Options, notes: list[str]) -> PartEncoding:
    """One Encoding Object, with OpenAPI 3.1's defaults: ``style``, ``explode`` or
    ``allowReserved`` given means the property is serialized by style (``form``; ``explode``
    true for ``form`` only) and ``contentType`` is ignored."""
    content_type = enc.get("contentType")
    ct = SpecText(content_type) if isinstance(content_type, str) and content_type.strip() else None
    style: str | None = None
    explode = True
    if any(k in enc for k in ("style", "explode", "allowReserved")):
        style = enc.get("style") if isinstance(enc.get("style"), str) else "form"
        if style not in _FORM_STYLES:
            notes.append(f"encoding style {style!r} of {name!r} is not a form style; sent as form")
            style = "form"
        given = enc.get("explode")
        explode = given if isinstance(given, bool) else style == "form"
        ct = None
    headers: list[tuple[SpecText, SpecText]] = []
    for header, obj in (enc.get("headers") or {}).items() if kind == "multipart" else ():
        value = _fixed_header_value(obj)
        if not isinstance(header, str) or header.lower() == "content-type" or not _HEADER_NAME.match(header):
            continue
        if value is None:
            notes.append(f"part header {header!r} of {name!r} has no fixed value (const, default) and is not sent")
            continue
        headers.append((SpecText(header), SpecText(value)))
    return PartEncoding(
        name,
        ct,
        style,
        explode,
        bool(enc.get("allowReserved")) if style else False,
        str(options.array_format),
        tuple(headers),
    )


def _fixed_header_value(obj: Any) -> str | None:
    """The value a part header always has: its schema's ``const``, only ``enum`` value, or
    ``default``; text without control characters."""
    schema = obj.get("schema") if isinstance(obj, dict) else None
    if not isinstance(schema, dict):
        return None
    value: Any = None
    if "const" in schema:
        value = schema["const"]
    elif isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
        value = schema["enum"][0]
    elif "default" in schema:
        value = schema["default"]
    if isinstance(value, bool):
        value = "true" if value else "false"
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return None
    text = str(value)
    return None if re.search(r"[\x00-\x1f\x7f]", text) else text


def _is_binary(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("type") == "string":
        return schema.get("format") == "binary" or bool(schema.get("contentMediaType"))
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return _is_binary(schema["items"])
    return False
