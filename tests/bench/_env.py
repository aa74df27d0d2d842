"""The peers' own environment (``.bench-venv/``) and the description of the machine."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_VENV = ROOT / ".venv"
PROJECT_PY = PROJECT_VENV / "bin" / "python"
BENCH_VENV = ROOT / ".bench-venv"
BENCH_BIN = BENCH_VENV / "bin"
BENCH_PY = BENCH_BIN / "python"
CLIENT_VENV = BENCH_VENV / "clients"
CLIENT_PY = CLIENT_VENV / "bin" / "python"

PEERS: dict[str, str] = {
    "datamodel-code-generator": "0.89.0",
    "openapi-python-client": "0.29.1",
    "openai": "3.51.0",
    "httpx": "0.28.1",
    "pydantic": "2.14.3",
}
"""What ``.bench-venv`` holds, pinned: the generators we compare with, and openai's SDK."""

CLIENT_PINS: dict[str, str] = {k: PEERS[k] for k in ("openai", "httpx", "pydantic")}
"""``.bench-venv/clients``: what a user of either client has, and nothing else.

The client measurements (import, stream, call) run here, both clients under this one
interpreter. Not in ``.bench-venv`` itself: openapi-python-client brings typer → rich, click and
pygments, and ``import httpx`` imports all three when they are installed (its CLI entry point),
which would charge our client ~70 ms of import time no user without them pays; openai 3.x runs on
httpx2, which does not.
"""

BENCH_VENV_REPORTED = (
    "datamodel-code-generator",
    "openapi-python-client",
    "openai",
    "httpx",
    "httpx2",
    "pydantic",
    "pydantic-core",
    "black",
    "isort",
    "ruff",
    "PyYAML",
)
PROJECT_REPORTED = (
    "openapi-pyclient-generator",
    "black",
    "PyYAML",
    "openapi-spec-validator",
    "jsonschema",
    "Jinja2",
)


def project_python() -> Path:
    """The project's interpreter (``make bench`` runs us with it; ``.venv`` wins if it exists)."""
    return PROJECT_PY if PROJECT_PY.exists() else Path(sys.executable)


def _query(python: Path, code: str) -> str:
    return subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()


def _stamp_text(base_python: str, pins: dict[str, str]) -> str:
    return json.dumps({"python": base_python, "pins": pins}, sort_keys=True)


def ensure_bench_venv(log: bool = True) -> None:
    """Create ``.bench-venv`` (the peers) and ``.bench-venv/clients`` (openai's runtime only)
    with the project's base interpreter, and install the pinned packages.

    Each is skipped when its stamp says the same pins were installed with the same interpreter.
    Never touches the project's ``.venv``.
    """
    base = _query(project_python(), "import sys; print(sys._base_executable)")
    _ensure_venv(BENCH_VENV, PEERS, base, log)
    _ensure_venv(CLIENT_VENV, CLIENT_PINS, base, log)


def _ensure_venv(venv: Path, pins: dict[str, str], base: str, log: bool) -> None:
    assert venv.resolve() != PROJECT_VENV.resolve()
    python = venv / "bin" / "python"
    stamp = venv / ".bench-installed"
    wanted = _stamp_text(base, pins)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return
    if log:
        print(f"setting up {venv.relative_to(ROOT)} with {base} ...", file=sys.stderr, flush=True)
    if not python.exists():
        subprocess.run([base, "-m", "venv", str(venv)], check=True)
    specs = [f"{name}=={version}" for name, version in pins.items()]
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *specs],
        check=True,
    )
    got = installed_versions(python, tuple(pins))
    wrong = {n: got.get(n) for n, v in pins.items() if got.get(n) != v}
    if wrong:
        raise SystemExit(f"{venv.relative_to(ROOT)}: wrong versions after install: {wrong}")
    stamp.write_text(wanted)


def installed_versions(python: Path, names: tuple[str, ...]) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "out = {}\n"
        f"for n in {list(names)!r}:\n"
        "    try:\n"
        "        out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError:\n"
        "        pass\n"
        "print(json.dumps(out))\n"
    )
    result: dict[str, str] = json.loads(_query(python, code))
    return result


def bench_env(
    *, peer: bool = False, no_cache: bool = False, pythonpath: Path | None = None
) -> dict[str, str]:
    """The environment of a measured child.

    ``peer``: ``.bench-venv/bin`` first on PATH, as if activated (openapi-python-client runs its
    ``ruff`` hooks from PATH). ``no_cache``: ``OPENAPI_PYCLIENT_NO_CACHE=1``; otherwise the variable
    is removed even if the caller had it set, as is every other ``OPENAPI_PYCLIENT_*`` knob.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAPI_PYCLIENT_")}
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    # bytecode caches as a user has them (pip compiles what it installs): without this, a
    # PYTHONDONTWRITEBYTECODE=1 in the caller's environment makes every run of our generator and
    # every import of our generated client compile from source, while the peers' are compiled
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONUNBUFFERED"] = "1"
    if peer:
        env["PATH"] = f"{BENCH_BIN}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(BENCH_VENV)
    if no_cache:
        env["OPENAPI_PYCLIENT_NO_CACHE"] = "1"
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return env


def source_state() -> str:
    """The commit and a digest of the generator's and templates' files as they are now (edits
    included), to tell whether the code under test changed while the benchmark ran."""
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    digest = hashlib.sha256()
    for folder in ("generator", "templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return f"{commit} (generator+templates sha256 {digest.hexdigest()[:12]})"


def machine_description() -> list[tuple[str, str]]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = [
        ("CPU", cpu),
        ("cores", f"{os.cpu_count()} (usable by this process: {affinity})"),
        ("memory", mem),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python (project)", _query(project_python(), "import sys; print(sys.version)")),
    ]
    ours = installed_versions(project_python(), PROJECT_REPORTED)
    rows.append(("project .venv", ", ".join(f"{k} {v}" for k, v in ours.items())))
    if BENCH_PY.exists():
        rows.append(("Python (.bench-venv)", _query(BENCH_PY, "import sys; print(sys.version)")))
        peers = installed_versions(BENCH_PY, BENCH_VENV_REPORTED)
        rows.append((".bench-venv (generators)", ", ".join(f"{k} {v}" for k, v in peers.items())))
    if CLIENT_PY.exists():
        clients = installed_versions(CLIENT_PY, BENCH_VENV_REPORTED)
        rows.append((".bench-venv/clients", ", ".join(f"{k} {v}" for k, v in clients.items())))
    return rows


def dmcg_command(spec: Path, output: Path) -> list[object]:
    """datamodel-codegen on ``spec`` as the bench runs it: pydantic v2 models, its fastest
    formatter (``builtin``: no black, no isort), written to ``output``."""
    return [
        BENCH_BIN / "datamodel-codegen",
        "--input",
        spec,
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--formatters",
        "builtin",
        "--output",
        output,
    ]
