"""The generator as its users get it: built into a wheel and an sdist, installed into fresh
virtualenvs outside the repository, run in projects of their own.

Building and installing reach the package index (build isolation, the generator's dependencies),
so these tests take tens of seconds; they share one build per session.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PETS = Path(__file__).resolve().parent / "pets.yaml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def readme_example(name: str) -> str:
    """The code block under ``<!-- example: NAME -->`` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- example: {name} -->\n```\w*\n(.*?)```", text, re.DOTALL)
    assert found, f"README.md has no block marked <!-- example: {name} -->"
    return found.group(1)


# what building the generator needs of the repository (and pre-commit of a hook repository)
SOURCE_FILES = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "generator", "templates"]


def copy_source(dest: Path) -> Path:
    """The repository's working tree as a user's clone has it (uncommitted edits included)."""
    dest.mkdir(parents=True)
    for name in SOURCE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, dest / name)
    return dest


def dev_pin(name: str) -> str:
    """``name==version`` as the dev extras pin it."""
    return next(
        p for p in PYPROJECT["project"]["optional-dependencies"]["dev"] if p.startswith(f"{name}==")
    )


def run(
    cmd: list[str], cwd: Path, env: dict[str, str] | None = None, expect: int | None = 0
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=280
    )
    if expect is not None:
        assert result.returncode == expect, (
            f"{' '.join(cmd)} in {cwd}: exit {result.returncode}, expected {expect}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would point Python at the checkout."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "OPENAPI_PYCLIENT_NO_CACHE")
    }
    env.update(extra)
    return env


@dataclass(frozen=True)
class Artifacts:
    wheel: Path
    sdist: Path


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Artifacts:
    """The sdist built from the repository, and the wheel built from that sdist (what
    ``python -m build`` does: so the sdist is known to be complete). Built with this
    environment's setuptools (the dev extras pin one that ``[build-system]`` accepts); pip's
    build from the sdist, when it is installed, runs isolated as it does for a user. Built from
    a copy of the working tree, so that nothing is written into the repository."""
    out = tmp_path_factory.mktemp("dist")
    source = copy_source(tmp_path_factory.mktemp("source") / "openapi-pyclient-generator")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)], out)
    wheels, sdists = sorted(out.glob("*.whl")), sorted(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(p.name for p in out.iterdir())
    return Artifacts(wheels[0], sdists[0])


@pytest.fixture(scope="session")
def venvs(artifacts: Artifacts, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh virtualenv outside the repository per way of installing the generator, with
    what a generated client imports (httpx, pydantic as the dev extras pin them): ``wheel``,
    ``sdist``, and ``folder``, the README's ``pip install ./openapi-pyclient-generator`` from a
    clone. ``{kind: bin folder}``. They install at once: it is mostly waiting."""
    base = tmp_path_factory.mktemp("venvs")
    readme_pip = [
        line.split("#")[0].split()
        for line in readme_example("install").splitlines()
        if line.startswith("pip install ./")
    ]
    assert len(readme_pip) == 1 and len(readme_pip[0]) == 3, readme_pip
    clone = readme_pip[0][2]  # ./openapi-pyclient-generator
    copy_source(base / clone)
    sources = {"wheel": str(artifacts.wheel), "sdist": str(artifacts.sdist), "folder": clone}
    installs = {}
    for kind, source in sources.items():
        where = base / kind
        run([sys.executable, "-m", "venv", "--without-pip", str(where)], base)
        # pip runs from this environment against the new one (``--python``): it installs what
        # the new one's own pip would, without bootstrapping a pip into every new virtualenv
        cmd = [sys.executable, "-m", "pip", "--python", str(where / "bin" / "python")]
        cmd += ["install", "--quiet", source]
        cmd += [dev_pin("httpx"), dev_pin("pydantic")]
        installs[kind] = (
            cmd,
            subprocess.Popen(
                cmd, cwd=base, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
            ),
        )
    for kind, (cmd, process) in installs.items():
        output, _ = process.communicate(timeout=280)
        assert process.returncode == 0, f"{' '.join(cmd)}: exit {process.returncode}\n{output!r}"
    return {kind: base / kind / "bin" for kind in installs}
