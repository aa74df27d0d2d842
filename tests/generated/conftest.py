"""The packages in generated/ are imported straight from their distribution folders."""

from __future__ import annotations

import contextlib
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
SPECS = ROOT / "specs"

for dist in sorted(GENERATED.iterdir()) if GENERATED.is_dir() else []:
    if dist.is_dir() and str(dist) not in sys.path:
        sys.path.insert(0, str(dist))



@contextlib.contextmanager
def generated_package(spec: Path, name: str, out: Path, cwd: Path = ROOT) -> Iterator[ModuleType]:
    """``python -m generator generate SPEC --out OUT --name NAME`` run in ``cwd`` (whose
    pyproject.toml settings apply), imported for the block and forgotten after it (a test
    spec's client, not one of generated/)."""
    run = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--name", name],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(out))
        for module in [n for n in sys.modules if n == name or n.startswith(name + ".")]:
            del sys.modules[module]
