"""The build stage alone: a normalized spec in, the IR out; and the one place types become
source (generator.pytypes), position by position."""

from __future__ import annotations

from typing import Any

import pytest

from generator.build import build
from generator.ir import Api, ListOf, LiteralOf, ModelRef, Nullable, Operation, Prim, UnionOf
from generator.normalize import normalize
from generator.pytypes import Context, Imports, Position, source, write


def api_of(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> Api:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    return build(normalize(spec), "pkg")


def op_of(api: Api, name: str) -> Operation:
    for _, op in api.all_operations():
        if op.name == name:
            return op
    raise AssertionError(f"no operation {name}: {[op.name for _, op in api.all_operations()]}")


def json_body(ref: str) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": {"$ref": ref}}}}


def ok(schema: dict[str, Any] | None = None, media: str = "application/json") -> dict[str, Any]:
    content = {media: {"schema": schema}} if schema is not None else None
    return {"200": {"description": "ok", **({"content": content} if content else {})}}


PET = {
    "type": "object",
    "required": ["id", "name", "secret"],
    "properties": {
        "id": {"type": "string", "format": "uuid", "readOnly": True},
        "name": {"type": "string"},
        "born": {"type": "string", "format": "date"},
        "seen": {"type": "string", "format": "date-time"},
        "secret": {"type": "string", "writeOnly": True},
        "self": {"type": "string"},
    },
}


def test_formats_become_python_types():
    api = api_of({}, {"Pet": PET})
    (pet,) = api.models
    types = {f.json_name: f.type for f in pet.fields}
    assert types["id"] == Prim("UUID") and types["born"] == Prim("date") and types["seen"] == Prim("datetime")


def test_read_only_leaves_requests_and_write_only_is_optional_in_responses():
    api = api_of({"/pets": {"post": {"requestBody": json_body("#/components/schemas/Pet"), "responses": ok({"$ref": "#/components/schemas/Pet"})}}}, {"Pet": PET})
    op = op_of(api, "create")
    assert op.body is not None
    assert [f.json_name for f in op.body.fields] == ["name", "secret", "born", "seen", "self"]
    (pet,) = api.models
    flags = {f.json_name: (f.required, f.model_required) for f in pet.fields}
    assert flags["id"] == (True, True) and flags["secret"] == (True, False)
    assert "id" not in [f.json_name for f in pet.request_fields]
    assert pet.request_name == "PetParam"


def test_a_property_has_one_python_name_as_attribute_and_keyword():
    api = api_of({"/pets": {"post": {"requestBody": json_body("#/components/schemas/Pet"), "responses": ok()}}}, {"Pet": PET})
    (pet,) = api.models
    body = op_of(api, "create").body
    assert body is not None
    attr = {f.json_name: f.name for f in pet.fields}["self"]
    keyword = {f.json_name: f.name for f in body.fields}["self"]
    assert attr == keyword == "self_"


def test_path_parameters_come_first_in_path_order():
    params = [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        {"name": "b", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "a", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    api = api_of({"/x/{a}/y/{b}": {"get": {"parameters": params, "responses": ok()}}})
    op = op_of(api, "retrieve")
    assert [p.name for p in op.path_params] == ["a", "b"]
    assert [p.name for p in op.params] == ["a", "b", "limit"]


def test_only_models_a_request_reaches_get_a_request_shape():
    schemas = {
        "In": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Child"}}},
        "Child": {"type": "object", "properties": {"x": {"type": "integer"}}},
        "Out": {"type": "object", "properties": {"y": {"type": "integer"}}},
    }
    paths = {"/things": {"post": {"requestBody": json_body("#/components/schemas/In"), "responses": ok({"$ref": "#/components/schemas/Out"})}}}
    names = {m.name: m.request_name for m in api_of(paths, schemas).models}
    assert names == {"In": "InParam", "Child": "ChildParam", "Out": None}


def test_a_model_named_param_gets_a_dict_shape():
    schemas = {"UserMessageParam": {"type": "object", "properties": {"role": {"const": "user"}}}}
    paths = {"/m": {"post": {"requestBody": json_body("#/components/schemas/UserMessageParam"), "responses": ok()}}}
    (m,) = api_of(paths, schemas).models
    assert m.request_name == "UserMessageParamDict"


def test_several_media_types_the_plain_call_gets_the_one_that_is_not_a_stream():
    responses = {"200": {"description": "audio", "content": {
        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        "text/event-stream": {"schema": {"type": "object", "properties": {"delta": {"type": "string"}}}},
    }}}
    op = op_of(api_of({"/speech": {"post": {"responses": responses}}}), "create")
    assert op.response.kind == "binary" and op.response.type == Prim("bytes")
    assert op.response.accept == "application/octet-stream"
    assert op.stream is not None and not op.stream.always and op.stream.param is None


def test_a_stream_only_operation_always_streams():
    responses = {"200": {"description": "events", "content": {"text/event-stream": {"schema": {"type": "string"}}}}}
    op = op_of(api_of({"/events": {"get": {"responses": responses}}}), "list")
    assert op.stream is not None and op.stream.always and op.stream.event_cls is None


def test_a_stream_flag_in_the_body_switches_streaming():
    schemas = {"Req": {"type": "object", "properties": {"stream": {"type": "boolean"}, "q": {"type": "string"}}}}
    responses = {"200": {"description": "", "content": {
        "application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
        "text/event-stream": {"schema": {"type": "object", "properties": {"d": {"type": "string"}}}},
    }}}
    paths = {"/c": {"post": {"requestBody": json_body("#/components/schemas/Req"), "responses": responses}}}
    op = op_of(api_of(paths, schemas), "create")
    assert op.stream is not None and op.stream.param == "stream" and not op.stream.always
    assert op.response.kind == "json" and isinstance(op.response.type, ModelRef)


def test_deprecation_is_carried_to_operations_and_arguments():
    params = [{"name": "old", "in": "query", "deprecated": True, "schema": {"type": "string"}}]
    op = op_of(api_of({"/x": {"get": {"deprecated": True, "parameters": params, "responses": ok()}}}), "list")
    assert op.deprecated and [p.name for p in op.deprecated_params] == ["old"]


# -- pytypes: one type, written for each position ------------------------------------------------

CTX = Context(requests={"Pet": "PetParam", "Kind": "KindParam"}, classes=frozenset({"Pet"}))


@pytest.mark.parametrize(
    ("t", "pos", "expected"),
    [
        (ListOf(ModelRef("Pet")), Position.MODEL, "list[Pet]"),
        (ListOf(ModelRef("Pet")), Position.KEYWORD, "Sequence[Pet | PetParam]"),
        (ListOf(Prim("str")), Position.KEYWORD, "SequenceNotStr[str]"),
        (ListOf(ModelRef("Pet")), Position.RETURN, "list[Pet]"),
        (ModelRef("Kind"), Position.SHAPE, "KindParam"),
        (Prim("datetime"), Position.MODEL, "Annotated[datetime, LenientFormat]"),
        (Prim("datetime"), Position.KEYWORD, "datetime | str"),
        (Prim("date"), Position.SHAPE, "Annotated[date | str, FormatInput]"),
        (Prim("UUID"), Position.RETURN, "UUID"),
        (Prim("object"), Position.KEYWORD, "Mapping[str, object]"),
        (Prim("object"), Position.MODEL, "dict[str, Any]"),
        (Prim("FileInput"), Position.KEYWORD, "FileTypes"),
        (Prim("FileInput"), Position.SHAPE, "FileInput"),
        (LiteralOf(("a", "b")), Position.MODEL, 'Annotated[Literal["a", "b"], LenientLiteral]'),
        (LiteralOf(("a", "b")), Position.KEYWORD, 'Literal["a", "b"]'),
        (Nullable(UnionOf((Prim("int"), Nullable(Prim("str"))))), Position.RETURN, "int | str | None"),
        (UnionOf((Prim("int"), Prim("Any"))), Position.RETURN, "Any"),
        (UnionOf((ModelRef("A"), ModelRef("B")), "kind"), Position.MODEL, 'Annotated[A | B, Field(discriminator="kind"), LenientUnion]'),
        (UnionOf((ModelRef("A"), ModelRef("B")), "kind"), Position.RETURN, "A | B"),
    ],
)
def test_a_type_is_written_for_its_position(t, pos, expected):
    assert source(t, pos, CTX) == expected


def test_imports_are_what_the_source_uses():
    imports = Imports()
    write(ListOf(Nullable(ModelRef("Pet"))), Position.KEYWORD, CTX, imports)
    write(Prim("datetime"), Position.MODEL, CTX, imports)
    assert imports.names == {
        "collections.abc": {"Sequence"},
        "models": {"Pet"},
        "params": {"PetParam"},
        "datetime": {"datetime"},
        "typing": {"Annotated"},
        "runtime": {"LenientFormat"},
    }


def test_a_shadowed_builtin_is_spelled_through_builtins():
    ctx = Context(shadowed=frozenset({"list", "str"}))
    imports = Imports()
    assert write(ListOf(Prim("str")), Position.RETURN, ctx, imports) == "builtins.list[builtins.str]"
    assert imports.names == {"builtins": {"builtins"}}


def test_a_union_alias_that_contains_itself_means_its_other_members():
    schemas = {
        "NodeA": {"oneOf": [{"type": "integer"}, {"$ref": "#/components/schemas/NodeB"}]},
        "NodeB": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/NodeA"}]},
        "Self": {"oneOf": [{"$ref": "#/components/schemas/Self"}, {"type": "boolean"}]},
    }
    aliases = {m.name: m.alias for m in api_of({}, schemas).models}
    assert aliases["NodeA"] == UnionOf((Prim("int"), Prim("str")))
    assert aliases["NodeB"] == UnionOf((Prim("str"), Prim("int")))
    assert aliases["Self"] == Prim("bool")


def test_a_subclass_that_redefines_a_field_out_of_its_base_type_stands_alone():
    """As normalize leaves a schema that is ``allOf [Base]`` with its own ``properties``
    (sendgrid's messages): ``x-py-base`` names the base, the own status enum differs."""
    base = {"type": "object", "properties": {"status": {"type": "string", "enum": ["a", "not b"]}, "id": {"type": "string"}}}

    def sub(values: list[str]) -> dict[str, Any]:
        return {"type": "object", "x-py-base": "#/components/schemas/Base", "properties": {"status": {"type": "string", "enum": values}}}

    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"Base": base, "Narrowed": sub(["a"]), "Changed": sub(["a", "not_b"])}}}
    models = {m.name: m for m in build(spec, "pkg").models}
    assert models["Narrowed"].base == "Base"  # Literal["a"] fits Literal["a", "not b"]
    assert models["Changed"].base is None  # "not_b" does not: a subclass would be a type error
    assert [f.json_name for f in models["Changed"].fields] == ["status", "id"]
