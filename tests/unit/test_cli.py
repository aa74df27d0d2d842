"""The command line as a user meets it: exit codes, messages, atomic writes, the cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
SPEC = """openapi: 3.1.0
info: {title: Pets, version: '1'}
servers: [{url: 'https://pets.example'}]
paths:
  /pets/{pet_id}:
    get:
      operationId: getPet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'pet.yaml'}
"""
PET = "type: object\nproperties:\n  name: {type: string}\n"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAPI_PYCLIENT_NO_CACHE", raising=False)


def _spec(tmp_path: Path) -> Path:
    (tmp_path / "api").mkdir(exist_ok=True)
    (tmp_path / "api" / "pet.yaml").write_text(PET)
    spec = tmp_path / "api" / "pets.yaml"
    spec.write_text(SPEC)
    return spec


def test_generate_then_unchanged_then_regenerated_on_any_input_change(tmp_path, capsys):
    spec = _spec(tmp_path)
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert (out / "pets" / "models" / "pet.py").read_text().count("class Pet(BaseModel)") == 1
    capsys.readouterr()
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" in capsys.readouterr().out
    # a file the spec refers to changed: regenerate
    (tmp_path / "api" / "pet.yaml").write_text(PET + "  age: {type: integer}\n")
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" not in capsys.readouterr().out
    assert "age: int | None = None" in (out / "pets" / "models" / "pet.py").read_text()
    # an edited output file is put back
    (out / "pets" / "models" / "pet.py").write_text("# edited\n")
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" not in capsys.readouterr().out
    assert "class Pet(BaseModel)" in (out / "pets" / "models" / "pet.py").read_text()
    capsys.readouterr()
    # an edit that keeps the size (the quick check is size and time; the time changed)
    pet = out / "pets" / "models" / "pet.py"
    text = pet.read_text()
    pet.write_text(text.replace("class Pet(", "class Pot("))
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" not in capsys.readouterr().out
    assert pet.read_text() == text
    # a file added beside the package is not the generator's: regenerate; bytecode is ignored
    (out / "pets" / "__pycache__").mkdir(exist_ok=True)
    (out / "pets" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"x")
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" in capsys.readouterr().out
    (out / "pets" / "notes.txt").write_text("mine")
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    assert ": unchanged →" not in capsys.readouterr().out


def test_failed_run_leaves_existing_output_untouched(tmp_path, capsys):
    spec = _spec(tmp_path)
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    spec.write_text(SPEC.replace("required: true", "required: false"))
    assert main(["generate", str(spec), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{spec}:9:" in err and "must have 'required: true'" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no temp folders left


def test_a_failed_swap_puts_the_previous_output_back(tmp_path, monkeypatch):
    from generator import write

    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("previous")
    real = os.replace

    def failing(src, dst):
        if Path(src).name.startswith(".out.tmp-"):
            raise OSError("disk full")
        real(src, dst)

    monkeypatch.setattr(write.os, "replace", failing)
    with pytest.raises(OSError, match="disk full"), write.Staging(out) as staging:
        staging.put("pkg/new.py", "x = 1\n")
        staging.commit()
    assert [p.name for p in out.iterdir()] == ["old.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # nothing left beside it


def test_usage_errors_exit_2(capsys):
    assert main(["generate", "x.yaml"]) == 2
    assert main(["no-such-command"]) == 2


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "cannot read the file" in capsys.readouterr().out


def test_inspect_prints_the_method_table(capsys):
    assert main(["inspect", str(ROOT / "specs" / "openai_audio.yaml")]) == 0
    out = capsys.readouterr().out
    assert "client.audio.transcriptions.create" in out
    assert "client.threads.runs.cancel" in out and "/threads/{thread_id}/runs/{run_id}/cancel" in out
    assert "client.files.content" in out


def test_validate_reports_the_seed_quirks_with_lines(capsys):
    assert main(["validate", str(ROOT / "specs" / "chat_streaming.yaml")]) == 0
    out = capsys.readouterr().out
    spec = ROOT / "specs" / "chat_streaming.yaml"
    expected = {
        "x-stream: true": 22,
        "'system' tags more than one variant": 42,
        "'tool_calls' is a single object": 144,
        "format 'uri' is not checked": 197,
        "response is a union without a discriminator": 22,
    }
    for words, line in expected.items():
        hit = [row for row in out.splitlines() if words in row]
        assert hit and hit[0].startswith(f"{spec}:{line}:"), (words, hit)


def test_check_lists_stale_files_and_fails(tmp_path):
    project = tmp_path / "proj"
    (project / "specs").mkdir(parents=True)
    (project / "specs" / "pets.yaml").write_text(SPEC.replace("{$ref: 'pet.yaml'}", "{type: object}"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = lambda *args: subprocess.run([sys.executable, "-m", "generator", *args], cwd=project, env=env, capture_output=True, text=True, check=False)
    first = run("check")
    assert first.returncode == 1 and "missing: generated/pets/pets/models/__init__.py" in first.stdout
    assert run("generate").returncode == 0
    assert run("check").returncode == 0
    for tool_output in (".mypy_cache/3.11/x.json", "pets/__pycache__/x.pyc", "build/lib/pets/x.py"):
        path = project / "generated" / "pets" / tool_output
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{}")
    assert run("check").returncode == 0  # tools' caches and builds are not stale output
    (project / "generated" / "pets" / "pets" / "models" / "__init__.py").write_text("stale\n")
    stale = run("check")
    assert stale.returncode == 1 and "stale: generated/pets/pets/models/__init__.py" in stale.stdout
    assert "Traceback" not in stale.stdout + stale.stderr


LITERALS = """openapi: 3.1.0
info: {title: Lit, version: '1'}
paths:
  /links:
    post:
      operationId: createLink
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                expires_at: {anyOf: [{const: now}, {const: ''}, {type: integer}]}
                country: {type: string, enum: [IO, date, IO, datetime]}
                flag: {enum: [true, 1, 1]}
      responses: {'204': {description: ok}}
"""


def test_literal_unions_merge_and_enum_words_are_not_imports(tmp_path):
    spec = tmp_path / "lit.yaml"
    spec.write_text(LITERALS)
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out)]) == 0
    source = (out / "lit" / "models" / "create_link_request.py").read_text()
    assert 'Annotated[Literal["now", ""], LenientLiteral] | int' in source
    assert 'Literal["IO", "date", "datetime"]' in source
    assert "Literal[True, 1]" in source
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "lit"], cwd=out, capture_output=True, text=True, check=False)
    assert ruff.returncode == 0, ruff.stdout
