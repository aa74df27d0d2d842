"""Each normalization rule on its own, on small schemas written the way real specs write them."""

from __future__ import annotations

import copy

from generator.normalize import normalize, normalize_schema
from generator.normalize.allof import normalize_allof
from generator.normalize.discriminators import normalize_discriminator
from generator.normalize.nullable import normalize_nullable
from generator.normalize.placeholders import normalize_placeholders
from generator.normalize.unions import normalize_unions
from generator.normalize.walk import transform


def norm(schema):
    return transform(copy.deepcopy(schema), normalize_schema)


# -- nullable -----------------------------------------------------------------------------


def test_nullable_30_flag():
    assert normalize_nullable({"type": "string", "nullable": True}) == {"type": "string", "nullable": True}
    assert normalize_nullable({"type": "string", "nullable": False}) == {"type": "string"}


def test_nullable_31_type_list():
    assert normalize_nullable({"type": ["integer", "null"]}) == {"type": "integer", "nullable": True}


def test_nullable_anyof_null_variant_unwraps_to_optional():
    assert norm({"anyOf": [{"type": "number"}, {"type": "null"}]}) == {"type": "number", "nullable": True}
    assert norm({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}], "description": "d"}) == {
        "$ref": "#/components/schemas/A",
        "nullable": True,
        "description": "d",
    }


def test_nullable_enum_with_null_and_typeless_nullable_branch():
    assert normalize_nullable({"type": "string", "enum": ["a", None]}) == {"type": "string", "enum": ["a"], "nullable": True}
    # the branch that Prism cannot compile: nullable with no type counts as a null variant
    assert norm({"anyOf": [{"type": "string"}, {"nullable": True}]}) == {"type": "string", "nullable": True}


def test_x_nullable():
    assert normalize_nullable({"type": "string", "x-nullable": True}) == {"type": "string", "nullable": True}


# -- placeholders -------------------------------------------------------------------------


def test_any_additional_property_becomes_additional_properties():
    schema = {
        "type": "object",
        "properties": {"ANY_ADDITIONAL_PROPERTY": {"type": "integer"}},
        "example": {"ANY_ADDITIONAL_PROPERTY": 1, "nested": {"ANY_ADDITIONAL_PROPERTY": 2}},
    }
    out = normalize_placeholders(schema)
    assert out["additionalProperties"] == {"type": "integer"}
    assert "ANY_ADDITIONAL_PROPERTY" not in out["properties"]
    assert out["example"] == {"nested": {}}


def test_any_additional_property_keeps_declared_properties():
    out = normalize_placeholders(
        {"properties": {"a": {"type": "string"}, "ANY_ADDITIONAL_PROPERTY": {}}, "required": ["a", "ANY_ADDITIONAL_PROPERTY"]}
    )
    assert out["properties"] == {"a": {"type": "string"}}
    assert out["additionalProperties"] is True
    assert out["required"] == ["a"]


# -- unions -------------------------------------------------------------------------------


def test_one_variant_union_unwraps():
    assert normalize_unions({"oneOf": [{"type": "string"}], "description": "x"}) == {"type": "string", "description": "x"}


def test_nested_unions_flatten_and_dedupe():
    schema = {"anyOf": [{"type": "string"}, {"oneOf": [{"type": "integer"}, {"type": "string"}]}]}
    assert norm(schema) == {"anyOf": [{"type": "string"}, {"type": "integer"}]}


def test_type_list_splits_into_variants():
    assert norm({"type": ["string", "array"], "items": {"type": "string"}}) == {
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    }


def test_constraint_only_union_is_dropped():
    schema = {"type": "object", "properties": {"a": {}, "b": {}}, "anyOf": [{"required": ["a"]}, {"required": ["b"]}]}
    assert "anyOf" not in norm(schema)


# -- allOf --------------------------------------------------------------------------------


def _lookup(doc):
    return lambda ref: doc[ref.rsplit("/", 1)[-1]]


def test_allof_single_ref_with_description_becomes_the_ref():
    out = normalize_allof({"allOf": [{"$ref": "#/c/A"}], "description": "d", "nullable": True}, _lookup({"A": {}}))
    assert out == {"$ref": "#/c/A", "description": "d", "nullable": True}


def test_allof_ref_plus_inline_object_inherits():
    doc = {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}
    out = normalize_allof(
        {"allOf": [{"$ref": "#/c/Pet"}, {"type": "object", "properties": {"bark": {"type": "boolean"}}, "required": ["bark"]}]},
        _lookup(doc),
    )
    assert out["x-py-base"] == "#/c/Pet"
    assert out["properties"] == {"bark": {"type": "boolean"}}
    assert out["required"] == ["bark"]


def test_allof_of_several_refs_merges():
    doc = {
        "A": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
    }
    out = normalize_allof({"allOf": [{"$ref": "#/c/A"}, {"$ref": "#/c/B"}]}, _lookup(doc))
    assert set(out["properties"]) == {"a", "b"}
    assert out["required"] == ["a"]
    assert "allOf" not in out


# -- discriminators -----------------------------------------------------------------------


def _variants(doc):
    return {"anyOf": [{"$ref": f"#/c/{k}"} for k in doc]}


def test_discriminator_inferred_from_const_tags():
    doc = {
        "Text": {"type": "object", "properties": {"type": {"enum": ["text"]}, "text": {"type": "string"}}},
        "Image": {"type": "object", "properties": {"type": {"enum": ["image_url"]}, "image_url": {}}},
    }
    out = normalize_discriminator(_variants(doc), _lookup(doc))
    assert out["x-discriminator"] == {"property": "type", "tags": [["text"], ["image_url"]]}


def test_no_discriminator_when_two_variants_share_a_tag():
    doc = {
        "System": {"type": "object", "properties": {"role": {"enum": ["system"]}}},
        "Assistant": {"type": "object", "properties": {"role": {"enum": ["system"]}}},
    }
    out = normalize_discriminator(_variants(doc), _lookup(doc))
    assert "x-discriminator" not in out
    assert "'system'" in out["x-union-note"]


def test_declared_discriminator_with_mapping_and_without():
    doc = {
        "Cat": {"type": "object", "properties": {"pet_type": {"type": "string"}}},
        "Dog": {"type": "object", "properties": {"pet_type": {"type": "string"}}},
    }
    with_mapping = {**_variants(doc), "discriminator": {"propertyName": "pet_type", "mapping": {"cat": "#/c/Cat", "dog": "#/c/Dog"}}}
    assert normalize_discriminator(with_mapping, _lookup(doc))["x-discriminator"]["tags"] == [["cat"], ["dog"]]
    implicit = {**_variants(doc), "discriminator": {"propertyName": "pet_type"}}
    assert normalize_discriminator(implicit, _lookup(doc))["x-discriminator"]["tags"] == [["Cat"], ["Dog"]]


# -- inline names -------------------------------------------------------------------------


def test_inline_objects_get_path_names():
    data = {
        "openapi": "3.1.0",
        "paths": {
            "/uploads": {
                "post": {
                    "operationId": "createUpload",
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "ChatRequest": {
                    "type": "object",
                    "properties": {"audio": {"type": "object", "properties": {"voice": {"type": "string"}}}},
                }
            }
        },
    }
    normalize(data)
    assert data["components"]["schemas"]["ChatRequest"]["properties"]["audio"]["x-py-name"] == "ChatRequestAudio"
    body = data["paths"]["/uploads"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["x-py-name"] == "CreateUploadRequest"


def test_allof_that_redefines_a_base_property_merges_instead_of_inheriting():
    doc = {"Base": {"type": "object", "properties": {"status": {"enum": ["a", "b"]}, "id": {"type": "string"}}}}
    out = normalize_allof(
        {"allOf": [{"$ref": "#/c/Base"}, {"type": "object", "properties": {"status": {"enum": ["b", "c"]}}}]},
        _lookup(doc),
    )
    assert "x-py-base" not in out
    assert out["properties"]["status"] == {"enum": ["b", "c"]}
    assert out["properties"]["id"] == {"type": "string"}
