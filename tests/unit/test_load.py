"""The loader: YAML/JSON into a document, with every limit an untrusted file needs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.errors import SpecError, escape_pointer_token
from generator.load import MAX_DEPTH, _scan_json, _scan_lines, load_bytes

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
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


def _every_pointer(node: object, ptr: str = "") -> set[str]:
    found = {ptr}
    if isinstance(node, dict):
        for key, value in node.items():
            found |= _every_pointer(value, ptr + "/" + escape_pointer_token(str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found |= _every_pointer(value, f"{ptr}/{i}")
    return found


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(CORPUS / "apis-guru" / "docker.com__engine.json", id="docker-engine"),
        pytest.param(
            '{"a":[1,{"b":"x\\"y","c":[[],{}]}],"d~/e":{"\\u00e9":"\U0001f600"},"f":-1.5e3}'.encode(),
            id="escapes",
        ),
        pytest.param(b' { "a" : [ true , null ] ,\n"b":\n\t{"c": "\xc3\xa9"} }\n', id="spaces"),
    ],
)
def test_json_positions_are_the_yaml_scanners(raw: bytes | Path):
    """JSON specs are located by a scanner that skips every unwanted value in C: the same
    line and column as the YAML event scan, for every pointer of a real spec."""
    if isinstance(raw, Path):
        if not raw.is_file():
            pytest.skip(f"no corpus at {CORPUS}")
        raw = raw.read_bytes()
    doc = load_bytes(raw, "spec.json")
    pointers = _every_pointer(doc.data)
    found = _scan_json(doc.text, pointers)
    assert found is not None  # scanned as JSON, not handed back to the YAML scan
    assert found == _scan_lines(doc.text, pointers)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1,\r\n"b": 2}',  # a line break YAML counts differently
        '{"a": 1} trailing',
        '{"a": ' + "9" * 5000 + ', "b": 1}',  # an integer the json module refuses to convert
        "a: 1",
    ],
)
def test_json_positions_fall_back_to_the_yaml_scan(text):
    assert _scan_json(text, {"", "/b"}) is None


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
