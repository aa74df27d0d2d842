"""How generation time and memory grow with the size of a spec.

``python -m tests.bench.scale SPEC [--factors 1,2,4] [--peer]``

For each factor k, a spec k times as large: the original plus k-1 renamed copies of its
paths (first segment suffixed, ``/users`` → ``/users_copyN``: as many more top-level
resources, each the size of the original's; ``operationId`` suffixed) and components (name
suffixed, every ``$ref`` to them rewritten), so the copies are as real as the original and
nothing collides.
Each is generated once by our generator (``--peer``: and by datamodel-codegen
``--formatters builtin``), timed from spawn to exit, with the peak summed PSS of the process
tree; the exponent is the least-squares slope of log(time) over log(size). An exponent near 1
is linear; a step whose cost grows faster than the spec shows up as an exponent above it.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from tests.bench._env import ROOT, bench_env, dmcg_command, ensure_bench_venv, project_python
from tests.bench._harness import Run, run_child

# component sections whose names are referenced only through ``$ref`` (securitySchemes are named
# by security requirements: they are shared by all copies, not copied)
_COPIED = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links")


def scaled(spec: dict[str, Any], factor: int) -> dict[str, Any]:
    """``spec`` with ``factor - 1`` renamed copies of its paths and components added."""
    out = json.loads(json.dumps(spec))
    paths: dict[str, Any] = out.setdefault("paths", {})
    components: dict[str, Any] = out.setdefault("components", {})
    for n in range(1, factor):
        suffix = f"Copy{n}"
        copy = _renamed(json.loads(json.dumps(spec)), suffix)
        for path, item in (copy.get("paths") or {}).items():
            paths[_copied_path(path, n)] = item
        for section in _COPIED:
            for name, value in ((copy.get("components") or {}).get(section) or {}).items():
                components.setdefault(section, {})[f"{name}{suffix}"] = value
    return out


def _copied_path(path: str, n: int) -> str:
    """``/users/{id}`` → ``/users_copy1/{id}``: each top-level resource gets a copy of its own,
    as a larger real spec has more resources (not one resource holding every copied path,
    which would make one module as large as the whole original client)."""
    first, slash, rest = path.lstrip("/").partition("/")
    if not first or "{" in first:
        return f"/copy{n}{path}"
    return f"/{first}_copy{n}{slash}{rest}"


def _renamed(node: Any, suffix: str) -> Any:
    """Every component ``$ref`` (and discriminator mapping) pointed at the suffixed copy, every
    ``operationId`` suffixed."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("$ref",) and isinstance(value, str):
                node[key] = _ref(value, suffix)
            elif key == "mapping" and isinstance(value, dict):
                node[key] = {k: _ref(v, suffix) if isinstance(v, str) else v for k, v in value.items()}
            elif key == "operationId" and isinstance(value, str):
                node[key] = f"{value}_{suffix.lower()}"
            else:
                _renamed(value, suffix)
    elif isinstance(node, list):
        for item in node:
            _renamed(item, suffix)
    return node


def _ref(ref: str, suffix: str) -> str:
    parts = ref.split("/")
    if len(parts) >= 4 and parts[0] == "#" and parts[1] == "components" and parts[2] in _COPIED:
        parts[3] += suffix
        return "/".join(parts)
    return ref


def _ours(spec: Path, out: Path) -> Run:
    cmd = [project_python(), "-m", "generator", "generate", spec, "--out", out, "--name", "scaled"]
    return run_child(cmd, env=bench_env(no_cache=True), cwd=ROOT)


def _dmcg(spec: Path, out: Path) -> Run:
    out.mkdir(parents=True, exist_ok=True)
    cmd = dmcg_command(spec, out / "models")
    return run_child(cmd, env=bench_env(peer=True), cwd=out)


def exponent(sizes: list[float], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--factors", default="1,2,4")
    parser.add_argument("--peer", action="store_true", help="datamodel-codegen too")
    args = parser.parse_args(argv)
    factors = [int(f) for f in args.factors.split(",")]
    text = args.spec.read_text(encoding="utf-8")
    original = (
        json.loads(text)
        if args.spec.suffix == ".json"
        else yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )
    tools = {"ours": _ours}
    if args.peer:
        ensure_bench_venv()
        tools["datamodel-codegen"] = _dmcg
    work = Path(tempfile.mkdtemp(prefix="openapi-scale-"))
    results: dict[str, list[tuple[float, Run]]] = {name: [] for name in tools}
    try:
        for factor in factors:
            spec = work / f"{args.spec.stem}-x{factor}.json"
            spec.write_text(json.dumps(scaled(original, factor)), encoding="utf-8")
            size = spec.stat().st_size / 1e6
            for name, tool in tools.items():
                out = work / f"out-{name}-{factor}"
                run = tool(spec, out)  # kept until the end (see tests.bench.run.Bench.fresh)
                results[name].append((size, run))
                status = "ok" if run.ok else run.error
                print(
                    f"{name:18} x{factor}: {size:7.1f} MB  {run.wall:7.1f} s  "
                    f"peak {run.tree_kb / 1024:6.0f} MB (tree PSS)  {status}",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, rows in results.items():
        good = [(size, run.wall) for size, run in rows if run.ok]
        if len(good) >= 2:
            slope = exponent([s for s, _ in good], [t for _, t in good])
            print(f"{name}: time grows as size^{slope:.2f} over {len(good)} sizes")
    return 0 if all(run.ok for rows in results.values() for _, run in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
