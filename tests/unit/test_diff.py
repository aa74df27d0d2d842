"""``diff``, ``check`` and ``watch``: what a spec change does to calling code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"

BASE = """openapi: 3.1.0
info: {title: Shop, version: '1'}
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: color, in: query, schema: {type: string, enum: [red, blue]}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ItemList'}}}}
    post:
      operationId: createItem
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewItem'}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /items/{item_id}:
    delete:
      operationId: deleteItem
      parameters: [{name: item_id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: gone}}
components:
  schemas:
    NewItem:
      type: object
      required: [name]
      properties:
        name: {type: string}
        size: {type: integer}
    Item:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        status: {type: string, enum: [new, sold]}
    ItemList:
      type: object
      properties:
        data: {type: array, items: {$ref: '#/components/schemas/Item'}}
"""

EDITS = [
    # (edit, kind, where, breaking)
    (lambda s: s.replace("  /items/{item_id}:\n    delete:", "  /items/{item_id}:\n    x-removed:"), "method-removed", "client.items.delete", True),
    (lambda s: s.replace("components:", "  /tags:\n    get:\n      responses: {'200': {description: ok}}\ncomponents:"), "method-added", "client.tags.list", False),
    (lambda s: s.replace("- {name: limit, in: query, schema: {type: integer}}", "- {name: limit, in: query, required: true, schema: {type: integer}}"), "param-required", "client.items.list(limit=)", True),
    (lambda s: s.replace("- {name: limit, in: query, schema: {type: integer}}", "- {name: page_size, in: query, schema: {type: integer}}"), "param-renamed", "client.items.list(limit=)", True),
    (lambda s: s.replace("- {name: limit, in: query, schema: {type: integer}}", "- {name: limit, in: query, schema: {type: integer}}\n        - {name: q, in: query, schema: {type: string}}"), "param-added", "client.items.list(q=)", False),
    (lambda s: s.replace("- {name: limit, in: query, schema: {type: integer}}", "- {name: limit, in: query, schema: {type: integer}}\n        - {name: q, in: query, required: true, schema: {type: string}}"), "param-added", "client.items.list(q=)", True),
    (lambda s: s.replace("- {name: limit, in: query, schema: {type: integer}}\n", ""), "param-removed", "client.items.list(limit=)", True),
    (lambda s: s.replace("enum: [red, blue]", "enum: [red]"), "type-narrowed", "client.items.list(color=)", True),
    (lambda s: s.replace("enum: [red, blue]", "enum: [red, blue, green]"), "type-widened", "client.items.list(color=)", False),
    (lambda s: s.replace("size: {type: integer}", "size: {type: [integer, string]}"), "type-widened", "client.items.create(size=)", False),
    (lambda s: s.replace("status: {type: string, enum: [new, sold]}", "status: {type: string, enum: [new, sold, returned]}"), "enum-value-added", "models.Item.status", False),
    (lambda s: s.replace("status: {type: string, enum: [new, sold]}", "status: {type: string, enum: [new]}"), "enum-value-removed", "models.Item.status", False),
    (lambda s: s.replace("        status: {type: string, enum: [new, sold]}\n", ""), "field-removed", "models.Item.status", True),
    (lambda s: s.replace("required: [name]", "required: [name, size]"), "param-required", "client.items.create(size=)", True),
    (lambda s: s.replace("'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}", "'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ItemList'}}}}"), "returns-changed", "client.items.create", True),
    (lambda s: s.replace("- {name: limit, in: query, schema: {type: integer}}", "- {name: limit, in: query, schema: {type: integer}}\n        - {name: offset, in: query, schema: {type: integer}}"), "pagination-changed", "client.items.list", True),
    (lambda s: s.replace("    ItemList:", "    Tag:\n      type: object\n      properties: {label: {type: string}}\n    ItemList:"), "model-added", "models.Tag", False),
]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize(("edit", "kind", "where", "breaking"), EDITS, ids=[f"{e[1]}:{e[2]}" for e in EDITS])
def test_each_kind_of_change(tmp_path, capsys, edit, kind, where, breaking):
    old = _write(tmp_path, "shop.yaml", BASE)
    new = _write(tmp_path, "shop2.yaml", edit(BASE))
    assert main(["diff", str(old), str(new), "--format", "json", "--name", "shop"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    match = [c for c in changes if c["kind"] == kind and c["where"] == where]
    assert match, changes
    assert match[0]["breaking"] is breaking and match[0]["reason"]
    status = main(["diff", str(old), str(new), "--fail-on-breaking", "--name", "shop"])
    text = capsys.readouterr().out
    assert status == (1 if any(c["breaking"] for c in changes) else 0)
    assert where in text


def test_no_change_is_no_change(tmp_path, capsys):
    old = _write(tmp_path, "shop.yaml", BASE)
    assert main(["diff", str(old), str(old), "--fail-on-breaking"]) == 0
    assert "0 changes, 0 breaking" in capsys.readouterr().out


def test_git_revision_as_old_version(tmp_path, capsys, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    run = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True)
    run("init", "-q")
    run("config", "user.email", "t@example.com")
    run("config", "user.name", "t")
    (repo / "specs").mkdir()
    (repo / "specs" / "shop.yaml").write_text(BASE)
    run("add", ".")
    run("commit", "-qm", "v1")
    (repo / "specs" / "shop.yaml").write_text(EDITS[0][0](BASE))
    monkeypatch.chdir(repo)
    assert main(["diff", "HEAD:specs/shop.yaml", "specs/shop.yaml", "--fail-on-breaking"]) == 1
    assert "client.items.delete" in capsys.readouterr().out
    assert main(["diff", "HEAD~5:specs/shop.yaml", "specs/shop.yaml"]) == 1
    assert "cannot read specs/shop.yaml at HEAD~5" in capsys.readouterr().err


def test_two_real_versions_of_the_openai_spec(capsys):
    old = CORPUS / "openai" / "openapi.manual_spec-branch.yaml"
    new = CORPUS / "openai" / "openapi.yaml"
    if not (old.exists() and new.exists()):
        pytest.skip("shared corpus not present")
    assert main(["diff", str(old), str(new), "--format", "json", "--name", "openai"]) == 0
    result = json.loads(capsys.readouterr().out)
    kinds = {c["kind"] for c in result["changes"]}
    assert {"method-added", "model-added", "field-added", "model-removed"} <= kinds
    assert 0 < result["breaking"] < len(result["changes"])


def test_check_shows_the_surface_diff_and_the_fix(tmp_path):
    project = tmp_path / "proj"
    (project / "specs").mkdir(parents=True)
    spec = project / "specs" / "shop.yaml"
    spec.write_text(BASE)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAPI_PYCLIENT_CACHE": str(tmp_path / "cache")}
    run = lambda *a: subprocess.run([sys.executable, "-m", "generator", *a], cwd=project, env=env, capture_output=True, text=True, check=False)
    assert run("generate").returncode == 0
    changelog = (project / "generated" / "shop" / "CHANGELOG.md").read_text()
    assert "First generation: 3 methods" in changelog
    spec.write_text(EDITS[0][0](BASE))
    stale = run("check")
    assert stale.returncode == 1
    assert "specs/shop.yaml: generated/shop is out of date" in stale.stdout
    assert "method-removed" in stale.stdout and "client.items.delete" in stale.stdout
    assert "run `openapi-pyclient generate`" in stale.stdout  # no Makefile with that target here
    assert run("generate").returncode == 0 and run("check").returncode == 0
    changelog = (project / "generated" / "shop" / "CHANGELOG.md").read_text()
    assert "**breaking** method-removed: `client.items.delete`" in changelog
    assert changelog.index("method-removed") < changelog.index("First generation")
    # regenerating the unchanged spec keeps the CHANGELOG as it is
    env["OPENAPI_PYCLIENT_NO_CACHE"] = "1"
    assert run("generate").returncode == 0
    assert (project / "generated" / "shop" / "CHANGELOG.md").read_text() == changelog


def test_watch_regenerates_and_survives_an_invalid_edit(tmp_path):
    project = tmp_path / "proj"
    (project / "specs").mkdir(parents=True)
    spec = project / "specs" / "shop.yaml"
    spec.write_text(BASE)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAPI_PYCLIENT_CACHE": str(tmp_path / "cache"), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "generator", "watch", "--interval", "0.1"], cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []

    def wait_for(words: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if words in line:
                return
        raise AssertionError(f"no {words!r} in:\n{''.join(lines)}")

    try:
        wait_for("methods")  # the first generation
        time.sleep(0.2)
        spec.write_text("openapi: 3.1.0\npaths: [not, a, mapping\n")
        wait_for("the last good output stays")
        time.sleep(0.2)
        spec.write_text(EDITS[0][0](BASE))
        wait_for("client.items.delete")
        assert proc.poll() is None  # still running
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.parametrize(
    "data",
    [
        {"methods": {}, "models": {}},
        {"b": [], "a": {"z": None, "y": [True, False, 1, 2.5, -3]}, "c": ["é", "\u2028", 'q"\\']},
        {"m": {"x": {"parts": ["Literal:'a'", "None"], "refs": [], "literals": [1, "a", None]}}},
        {"emoji": "\U0001f600", "nested": [[], {}, [["x"]], [{"k": "v"}]]},
    ],
)
def test_surface_file_is_the_json_modules_bytes(data):
    """api-surface.json is written without the json module's slow indenting encoder, to the
    same bytes."""
    from generator.surface import dumps

    assert dumps(data) == json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
