"""Issue 12: names that fit the file system, numbers and text no Python value (or no UTF-8 file)
can hold, the user's package name kept exactly, and values of the wrong type tolerated.

Every case runs the command line as a user does; none may end in a traceback, and what it
generates must be valid: the pyproject parses as TOML, every module compiles, every JSON file
loads and the package imports.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from generator.naming import MAX_MODULE_NAME
from tests.hostile.test_hostile import run_cli

INFO = '"openapi": "3.1.0", "info": {"title": "t", "version": "1"}'


def assert_valid_package(out: Path, package: str) -> None:
    """Every generated file is valid for its kind, and the package imports."""
    tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    for path in out.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)
    for path in out.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    (out / "README.md").read_text(encoding="utf-8")
    code = (
        f"import importlib, pkgutil, {package}\n"
        f"for info in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
        "    importlib.import_module(info.name)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def generate(tmp_path: Path, spec: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    result = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), *extra, cwd=tmp_path)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def long_names_spec() -> dict:
    long = "VeryLongSchemaName" * 17  # 306 characters, as Microsoft Graph's path-derived names
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    inline = {"type": "object", "properties": {"inner": {"type": "object", "properties": {}}}}
    segment = "segment" * 45
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            f"/{segment}/{{id}}/{segment}x": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": inline}},
                        }
                    },
                }
            },
            f"/{segment}y": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{long}A"}
                            }
                        }
                    },
                    "responses": {"204": {"description": "ok"}},
                }
            },
        },
        "components": {"schemas": {long + "A": obj, long + "B": obj, long + "C": obj}},
    }


def test_long_names_become_short_stable_module_names(tmp_path):
    spec = tmp_path / "longnames.json"
    spec.write_text(json.dumps(long_names_spec()))
    result = generate(tmp_path, spec)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.py"))
    stems = [Path(f).stem for f in files]
    assert max(len(s) for s in stems) <= MAX_MODULE_NAME
    # a readable prefix and a hash: the three models sharing a 306-character prefix differ
    models = [Path(f).stem for f in files if f.startswith("longnames/models/very_long")]
    assert len(models) == len(set(models)) == 3
    assert all(re.fullmatch(r"very_long_schema_name[a-z_]*_[a-p]{10}", s) for s in models)
    assert any(f.startswith("longnames/_resources/segmentsegment") for f in files)
    assert_valid_package(out, "longnames")
    # the hashed names sort the same way for ruff's import sorter as for the generator
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout
    # deterministic: the same spec gives the same files, byte for byte
    again = run_cli("generate", str(spec), "--out", str(tmp_path / "again"), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    for name in files:
        assert (tmp_path / "again" / name).read_bytes() == (out / name).read_bytes()
    names = run_cli("inspect", str(spec), cwd=tmp_path)
    assert names.returncode == 0 and "Traceback" not in names.stderr


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("nan.json", "NaN", "NaN is not a JSON value"),
        ("inf.json", "Infinity", "Infinity is not a JSON value"),
        ("neginf.json", "-Infinity", "-Infinity is not a JSON value"),
        ("overflow.json", "1e400", "too large for a float"),
        ("hugeint.json", "9" * 5000, "an integer of 5000 digits"),
        ("hugeint.yaml", "9" * 5000, "an integer of 5000 digits"),
    ],
)
def test_numbers_python_cannot_hold_are_refused_at_their_line(tmp_path, name, value, words):
    spec = tmp_path / name
    if name.endswith(".json"):
        spec.write_text(
            "{" + INFO + ', "paths": {},\n"components": {"schemas": {\n'
            f'  "A": {{"type": "number", "description": "NaN 1e400", "default": {value}}}}}}}}}\n'
        )
        line = 3
    else:
        spec.write_text(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
            f"  schemas:\n    A: {{type: integer, default: {value}}}\n"
        )
        line = 6
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("existing output")
    result = generate(tmp_path, spec)
    assert result.returncode == 1, result.stdout + result.stderr
    finding = next(line for line in result.stderr.splitlines() if words in line)
    assert finding.startswith(f"{spec}:{line}:") and ": error: " in finding
    assert (out / "keep.txt").read_text() == "existing output"


def test_lone_surrogates_become_replacement_characters_with_a_warning(tmp_path):
    spec = tmp_path / "surrogates.json"
    spec.write_text(
        "{" + INFO.replace('"t"', '"title \\ud800"') + ', "paths": {},\n'
        '"components": {"schemas": {"A": {"type": "string", "description": "half \\udc00 pair",\n'
        '  "enum": ["x\\ud83d", "ok \\ud83d\\ude80", "\\\\ud800 is text"]}}}}\n'
    )
    result = generate(tmp_path, spec)
    assert result.returncode == 0, result.stderr
    output = (result.stdout + result.stderr).splitlines()
    warnings = [line for line in output if "surrogate pair" in line]
    assert [w.split(":")[1] for w in warnings] == ["1", "2", "3"], result.stdout
    assert all(w.startswith(f"{spec}:") and "U+FFFD" in w for w in warnings)
    out = tmp_path / "out"
    assert_valid_package(out, "surrogates")
    source = (out / "surrogates" / "models" / "a.py").read_text(encoding="utf-8")
    assert "\ufffd" in source and "🚀" in source and "\\\\ud800 is text" in source


def test_emoji_and_other_non_bmp_text_generate_valid_files(tmp_path):
    text = "Rocket 🚀 𝕏 𓀀 \U0010fffd é"
    spec = tmp_path / "emoji.json"
    schema = {
        "type": "object",
        "title": text,
        "description": text,
        "properties": {
            "🚀": {"type": "string", "enum": ["🚀", "𝕏", "plain"], "default": "🚀"},
            "名前🚀": {"type": "string", "description": text, "example": text},
        },
    }
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": text, "version": "1", "description": text},
                "paths": {
                    "/🚀/things": {
                        "post": {
                            "operationId": "launch🚀",
                            "summary": text,
                            "requestBody": {
                                "content": {
                                    "application/json": {
                                        "schema": {"$ref": "#/components/schemas/🚀Rocket"}
                                    }
                                }
                            },
                            "responses": {"204": {"description": text}},
                        }
                    }
                },
                "components": {"schemas": {"🚀Rocket": schema}},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = generate(tmp_path, spec)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert_valid_package(out, "emoji")
    pyproject = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == f"Typed Python client for {text}"
    assert "🚀" in (out / "README.md").read_text(encoding="utf-8")


def test_non_utf8_bytes_are_refused_at_their_line(tmp_path):
    spec = tmp_path / "bytes.json"
    spec.write_bytes(b'{"openapi": "3.1.0",\n"info": {"title": "caf\xff", "version": "1"}}\n')
    result = generate(tmp_path, spec)
    assert result.returncode == 1
    assert f"{spec}:2:" in result.stderr and "not valid UTF-8" in result.stderr


SPEC = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


@pytest.mark.parametrize("name", ["duplicate_models2", "api2", "v1beta", "MyClient3", "_private"])
def test_a_valid_package_name_is_kept_exactly(tmp_path, name):
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC)
    result = generate(tmp_path, spec, "--name", name)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / name / "__init__.py").is_file()
    assert_valid_package(tmp_path / "out", name)


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("duplicate-models2", "duplicate_models2"),
        ("../../escaped", "escaped"),
        ("class", "class_"),
        ("2fast", "pkg_2fast"),
        ("café", "cafe"),
        ("a" * 65, "a" * 53 + "_"),
    ],
)
def test_an_invalid_package_name_is_refused_with_a_suggestion(tmp_path, name, suggestion):
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC)
    result = generate(tmp_path, spec, "--name", name)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"use '{suggestion}" in result.stderr and repr(name) in result.stderr
    assert not (tmp_path / "out").exists()


def test_pyproject_names_are_kept_exactly_or_refused(tmp_path):
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "first-api.yaml").write_text(SPEC)
    (tmp_path / "specs" / "second.yaml").write_text(SPEC)
    project = tmp_path / "pyproject.toml"
    project.write_text(
        '[tool.generator]\npackages = {first-api = "first2"}\n'
        '[tool.generator.options.second]\npackage = "second_v2"\n'
    )
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "generated" / "first2" / "first2" / "__init__.py").is_file()
    assert (tmp_path / "generated" / "second_v2" / "second_v2" / "__init__.py").is_file()
    project.write_text('[tool.generator]\npackages = {first-api = "first-2"}\n')
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "packages.first-api = 'first-2'" in result.stderr and "use 'first_2'" in result.stderr


def test_values_of_the_wrong_type_are_warnings_and_dropped(tmp_path):
    spec = tmp_path / "lenient.yaml"
    spec.write_text("""openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /items:
    get:
      parameters:
        - name: sort
          in: query
          schema: {type: array, items: {type: string}, default: sort_title}
        - name: n
          in: query
          schema: {type: integer, default: ten, example: x, enum: [1, two, 3]}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Item"}}}
components:
  schemas:
    Item:
      type: object
      properties:
        kind: {type: string, default: 5, example: 7, enum: [a, b, 5]}
        size: {type: integer, default: big}
""")
    result = generate(tmp_path, spec)
    assert result.returncode == 0, result.stderr
    report = run_cli("validate", str(spec), cwd=tmp_path)
    assert report.returncode == 0, report.stdout
    expected = {
        9: "parameter 'sort': default 'sort_title' is not of type array; dropped",
        12: "parameter 'n': enum member 'two' is not of type integer; dropped",
        22: "enum member 5 is not of type string; dropped",
        23: "default 'big' is not of type integer; dropped",
    }
    for line, words in expected.items():
        assert any(
            f.startswith(f"{spec}:{line}:") and ": warning: " in f and words in f
            for f in report.stdout.splitlines()
        ), (words, report.stdout)
    out = tmp_path / "out"
    assert_valid_package(out, "lenient")
    resources = (out / "lenient" / "_resources" / "items.py").read_text()
    assert "n: Literal[1, 3] | NotGiven" in resources
    model = (out / "lenient" / "models" / "item.py").read_text()
    assert 'Literal["a", "b"]' in model and "= 5" not in model and '"big"' not in model
