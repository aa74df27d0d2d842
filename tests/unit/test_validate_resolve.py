"""Validation findings (located, sorted into errors and warnings) and $ref resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import SpecError
from generator.load import load_bytes, load_path
from generator.resolve import resolve
from generator.validate import validate

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
REJECTS = CORPUS / "openapi-python-client" / "documents_with_errors"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bad-status-code.yaml", "is not an HTTP status code"),
        ("circular-body-ref.yaml", "loops back to itself"),
        ("invalid-uuid-defaults.yaml", "is not a UUID"),
        ("missing-body-ref.yaml", "points at nothing"),
        ("optional-path-param.yaml", "must have 'required: true'"),
    ],
)
def test_broken_documents_are_refused_with_file_line_and_reason(name, words, capsys):
    if not REJECTS.is_dir():
        pytest.skip("shared corpus not present")
    status = main(["validate", str(REJECTS / name)])
    out = capsys.readouterr().out
    assert status == 1
    line = next(line for line in out.splitlines() if words in line)
    assert line.startswith(f"{REJECTS / name}:") and ": error: " in line
    assert line.split(":")[1].isdigit() and int(line.split(":")[1]) > 1


def test_duplicate_required_is_a_warning_not_an_error():
    doc = load_bytes(
        b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        b"    A:\n      type: object\n      required: [a, a]\n      properties: {a: {type: string}}\n"
    )
    findings = validate(doc)
    assert findings and all(f.level == "warning" for f in findings)
    assert any("more than once" in f.message and f.line == 8 for f in findings)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"swagger: '2.0'\ninfo: {}\n", "Swagger 2.0"),
        (b"openapi: 4.0.0\n", "unsupported OpenAPI version"),
        (b"info: {}\n", "no 'openapi' version"),
    ],
)
def test_unsupported_documents(raw, words):
    with pytest.raises(SpecError) as exc:
        validate(load_bytes(raw))
    assert words in str(exc.value)


def test_url_refs_are_refused(tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: 'https://example.com/a.yaml'}\n"
    )
    with pytest.raises(SpecError) as exc:
        resolve(load_path(spec))
    assert "points at a URL" in str(exc.value)
    assert exc.value.findings[0].line == 6


def test_file_refs_are_bundled_and_confined(tmp_path):
    (tmp_path / "pet.yaml").write_text("type: object\nproperties:\n  name: {type: string}\n")
    spec = tmp_path / "api" / "s.yaml"
    spec.parent.mkdir()
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: '../pet.yaml'}\n    B: {$ref: '../../../../../../etc/passwd'}\n"
    )
    with pytest.raises(SpecError) as exc:
        resolve(load_path(spec), roots=[spec.parent])
    assert "leaves the spec's folder" in str(exc.value)
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {$ref: '../pet.yaml'}\n"
    )
    data = resolve(load_path(spec), roots=[tmp_path])
    assert data["components"]["schemas"]["A"] == {"$ref": "#/components/schemas/pet"}
    assert data["components"]["schemas"]["pet"]["properties"]["name"] == {"type": "string"}


def test_schema_cycles_are_fine():
    doc = load_bytes(
        b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        b"    Node:\n      type: object\n      properties:\n        next: {$ref: '#/components/schemas/Node'}\n"
    )
    resolve(doc)


def test_a_chain_of_refs_that_ends_in_content_is_fine():
    doc = load_bytes(
        b"openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  requestBodies:\n"
        b"    A: {$ref: '#/components/requestBodies/B'}\n    B: {$ref: '#/components/requestBodies/C'}\n"
        b"    C: {content: {application/json: {schema: {type: object}}}}\n"
    )
    resolve(doc)
