"""The loader: YAML/JSON into a document, with every limit an untrusted file needs."""

from __future__ import annotations

import time

import pytest

from generator.errors import SpecError
from generator.load import MAX_DEPTH, load_bytes

MINIMAL = b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


def error_of(raw: bytes, path: str = "spec.yaml") -> str:
    with pytest.raises(SpecError) as exc:
        load_bytes(raw, path)
    finding = exc.value.findings[0]
    assert finding.level == "error"
    return finding.format()


def test_yaml_matches_safe_load_semantics_for_keys_and_scalars():
    doc = load_bytes(
        b"openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n"
        b"x: [1, 1.5, true, null, '2', 2020-01-01, 0x10, on]\n"
    )
    assert "200" in doc.data["paths"]["/a"]["get"]["responses"]  # keys stay as written
    assert doc.data["x"] == [1, 1.5, True, None, "2", "2020-01-01", 16, True]


def test_json_loads_and_locates_lines():
    raw = b'{\n  "openapi": "3.1.0",\n  "paths": {\n    "/a": {}\n  }\n}\n'
    doc = load_bytes(raw, "spec.json")
    assert doc.data["paths"] == {"/a": {}}
    assert doc.locate("/paths/~1a") == (4, 5)


def test_locate_points_at_the_key_line():
    doc = load_bytes(b"openapi: 3.1.0\ncomponents:\n  schemas:\n    Pet:\n      type: object\n")
    assert doc.locate("/components/schemas/Pet") == (4, 5)
    assert doc.locate("/components/schemas/Pet/missing") == (4, 5)  # nearest parent


def test_invalid_yaml_names_line():
    message = error_of(b"openapi: 3.1.0\npaths:\n  /a: [unclosed\n")
    assert "spec.yaml:" in message and "invalid YAML" in message


def test_empty_and_list_documents_are_refused():
    assert "empty" in error_of(b"   \n")
    assert "is a list, not a mapping" in error_of(b"- a\n- b\n")


def test_wrong_encoding_is_refused_with_offset():
    assert "not valid UTF-8" in error_of(b"openapi: 3.1.0\ninfo: \xff\xfe\xfa\n")


def test_duplicate_keys_warn_with_line():
    doc = load_bytes(b"openapi: 3.1.0\ninfo: {}\ninfo: {title: x}\n")
    assert doc.data["info"] == {"title": "x"}
    assert doc.warnings and doc.warnings[0].line == 3 and "duplicate key 'info'" in doc.warnings[0].message


def test_alias_bomb_is_refused_quickly():
    bomb = ["openapi: 3.1.0", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for i in range(1, 12):
        name = f"l{i}"
        bomb.append(f"{name}: &{name} [{', '.join('*' + prev for _ in range(10))}]")
        prev = name
    start = time.perf_counter()
    message = error_of("\n".join(bomb).encode())
    assert "alias" in message
    assert time.perf_counter() - start < 30  # a hang guard, not a benchmark


def test_deep_nesting_is_refused_without_crashing():
    # libyaml's own composer recurses in C and would crash the process on this
    deep = b"openapi: 3.1.0\nx: " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    assert f"deeper than {MAX_DEPTH}" in error_of(deep)
    deep_json = b'{"openapi": "3.1.0", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert "too deeply" in error_of(deep_json, "spec.json")


def test_unknown_tags_are_refused():
    assert "unsupported YAML tag" in error_of(b"openapi: 3.1.0\nx: !!python/object:os.system ls\n")


def test_multiple_documents_are_refused():
    assert "more than one YAML document" in error_of(MINIMAL + b"---\n" + MINIMAL)
