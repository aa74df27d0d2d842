"""A spec is untrusted input: nothing in it may run, escape the output folder, or hang.

Every string that reaches generated code carries a payload that would create a canary file if
it were ever executed; the generated package is imported and used, and the canary must not
exist. Names that try to climb out of the output folder, files referenced outside the spec's
folder, YAML bombs, deep nesting, reference cycles, huge enums and broken files each end in a
clear message or a safe package, within bounded time, leaving existing output untouched.
"""

from __future__ import annotations

import ast
import io
import json
import os
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def canary_payloads(canary: Path) -> list[str]:
    act = f"__import__('pathlib').Path({str(canary)!r}).write_text('pwned')"
    return [
        f'"""\n{act}\n"""',
        f"''' + {act} + '''",
        f"\\\"; {act}; x=\\\"",
        f"\" + {act} + \"",
        f"'); {act}; print('",
        f"\n{act}\n# ",
        f"{{{{ {act} }}}} {{% raw %}}",
        f"\x00NUL\\x00{act}",
        f"\r\n{act}\u2028{act}",
        f"*/ {act} /*",
    ]


def hostile_spec(canary: Path) -> dict:
    p = canary_payloads(canary)
    props = {f"prop_{i}{s}": {"type": "string", "description": s, "default": s, "example": s, "enum": [s, "ok"]} for i, s in enumerate(p)}
    props["class"] = {"type": "string", "title": p[0]}
    props["model_config"] = {"type": "integer"}
    props["../../etc/passwd"] = {"type": "string"}
    props["名前"] = {"type": "string"}
    return {
        "openapi": "3.1.0",
        "info": {"title": p[0], "version": p[1], "description": p[2]},
        "servers": [{"url": f"https://example.com/{p[3]}"}],
        "paths": {
            "/items/{item_id}" + p[4].replace("/", "_").replace("{", "(").replace("}", ")"): {
                "post": {
                    "operationId": p[5],
                    "summary": p[6],
                    "description": p[7],
                    "parameters": [
                        {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}, "description": p[8]},
                        {"name": p[9], "in": "query", "schema": {"type": "string", "default": p[0]}},
                        {"name": "X-" + p[1], "in": "header", "schema": {"type": "string"}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}}},
                    "responses": {"200": {"description": p[2], "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Evil"}}}}},
                }
            },
            "/../../../../tmp/evil": {"get": {"operationId": "../../escape", "responses": {"204": {"description": "x"}}}},
        },
        "components": {
            "schemas": {
                "Evil": {"type": "object", "title": p[3], "description": p[4], "properties": props},
                p[5]: {"type": "object", "properties": {"a": {"type": "string"}}},
                "../../outside": {"type": "string", "enum": p},
                "Union" + p[6]: {"oneOf": [{"$ref": "#/components/schemas/Evil"}, {"type": "string", "const": p[7]}]},
            }
        },
    }


def run_cli(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAPI_PYCLIENT_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def files_under(path: Path) -> set[Path]:
    return {p for p in path.rglob("*") if p.is_file()}


SUSPICIOUS = {"__import__", "pathlib", "write_text", "pwned", "exec", "eval", "system"}


def test_injected_strings_stay_inert(tmp_path):
    canary = tmp_path / "CANARY"
    spec = tmp_path / "spec" / "evil.json"
    spec.parent.mkdir()
    spec.write_text(json.dumps(hostile_spec(canary)))
    out = tmp_path / "out"
    before = files_under(tmp_path)
    result = run_cli("generate", str(spec), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    written = files_under(tmp_path) - before
    assert written and all(out in p.parents for p in written), "wrote outside --out"
    package = out / "evil"
    for path in package.rglob("*.py"):
        source = path.read_text()
        ast.parse(source)  # valid Python
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.NAME:
                assert tok.string not in SUSPICIOUS, f"{path}:{tok.start[0]}: {tok.string} became code"
    # import everything, build every model, exercise defaults: still nothing runs
    code = (
        "import pkgutil, importlib, evil, evil.models as m\n"
        "for info in pkgutil.walk_packages(evil.__path__, 'evil.'):\n"
        "    importlib.import_module(info.name)\n"
        "for name in m.__all__:\n"
        "    obj = getattr(m, name)\n"
        "    if hasattr(obj, 'model_rebuild'):\n"
        "        obj.model_rebuild(force=True)\n"
        "e = m.Evil.model_validate({})\n"
        "print(sorted(v for v in e.model_dump().values() if isinstance(v, str))[0][:3])\n"
        "c = evil.Client(base_url='http://127.0.0.1:9')\n"
        "print(repr(c))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert not canary.exists(), "a payload from the spec was executed"
    # the payloads survive as data, byte for byte
    evil = json.loads(spec.read_text())["components"]["schemas"]["Evil"]["properties"]
    sys.path.insert(0, str(out))
    try:
        from evil import models

        instance = models.Evil.model_validate({})
        dumped = instance.model_dump(by_alias=True)
        for key, prop in evil.items():
            if "default" in prop:
                assert dumped[key] == prop["default"]
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "evil" or m.startswith("evil.")]:
            del sys.modules[name]
    assert not canary.exists()


def test_package_name_cannot_climb_out(tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    out = tmp_path / "out"
    result = run_cli("generate", str(spec), "--out", str(out), "--name", "../../escaped", cwd=tmp_path)
    assert result.returncode == 2 and "use 'escaped'" in result.stderr  # refused, a name suggested
    assert not (tmp_path.parent / "escaped").exists() and not (tmp_path / "escaped").exists()
    if result.returncode == 0:
        assert all(out in p.parents for p in files_under(tmp_path) if p.name != "s.yaml")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("bomb.yaml", "openapi: 3.1.0\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i-1}'] * 10)}]\n" for i in range(1, 12)), "alias"),
        ("deep.yaml", "openapi: 3.1.0\nx: " + "[" * 50000 + "]" * 50000 + "\n", "nests deeper"),
        ("deep.json", '{"openapi": "3.1.0", "x": ' + "[" * 50000 + "]" * 50000 + "}", "too deeply"),
        ("bad.yaml", "openapi: 3.1.0\npaths:\n  /a: {get: [unclosed\n", "invalid YAML"),
        ("latin1.yaml", None, "not valid UTF-8"),
        ("empty.yaml", "", "empty"),
        ("list.yaml", "- openapi\n- 3.1.0\n", "not a mapping"),
        ("swagger.yaml", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "Swagger 2.0"),
        ("future.yaml", "openapi: 9.9.9\ninfo: {title: t, version: '1'}\npaths: {}\n", "unsupported OpenAPI version"),
        ("tag.yaml", "openapi: 3.1.0\nx: !!python/object/apply:os.system ['touch CANARY']\n", "unsupported YAML tag"),
        ("url.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {$ref: 'http://127.0.0.1:9/x.yaml'}}}\n", "points at a URL"),
        ("passwd.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {$ref: '../../../../../../../etc/passwd'}}}\n", "leaves the spec's folder"),
        ("loop.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      requestBody: {$ref: '#/components/requestBodies/B'}\n      responses: {'204': {description: x}}\ncomponents: {requestBodies: {B: {$ref: '#/components/requestBodies/B'}}}\n", "loops back"),
    ],
)
def test_broken_input_is_refused_cleanly_and_old_output_survives(tmp_path, name, content, words):
    spec = tmp_path / "specdir" / name
    spec.parent.mkdir()
    if content is None:
        spec.write_bytes("openapi: 3.1.0\ninfo: {title: caf\xe9, version: '1'}\n".encode("latin-1"))
    else:
        spec.write_text(content)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("existing output")
    result = run_cli("generate", str(spec), "--out", str(out), cwd=tmp_path, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert words in result.stderr and str(spec) in result.stderr
    assert (out / "keep.txt").read_text() == "existing output"
    assert not (tmp_path / "CANARY").exists() and not (tmp_path / "specdir" / "CANARY").exists()


def test_reference_cycles_and_huge_enums_generate_in_bounded_time(tmp_path):
    values = [f"v{i}" for i in range(5000)]
    spec = tmp_path / "big.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "t", "version": "1"},
                "paths": {},
                "components": {
                    "schemas": {
                        "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}, "kids": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}},
                        "Tree": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}]},
                        "Big": {"type": "string", "enum": values},
                    }
                },
            }
        )
    )
    result = run_cli("generate", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [sys.executable, "-c", "import big.models as m; n = m.Node.model_validate({'next': {'kids': [[{'next': None}]]}}); print(type(n.next).__name__)"],
        cwd=tmp_path / "out", capture_output=True, text=True, timeout=60, check=False,
    )
    assert check.stdout.strip() == "Node", check.stderr
