"""Install and run anywhere: the wheel and the sdist carry the templates and the runtime, and
an installed generator works in a project of its own, with that project's settings."""

from __future__ import annotations

import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.packaging.conftest import (
    PETS,
    PYPROJECT,
    ROOT,
    Artifacts,
    clean_env,
    readme_example,
    run,
)

TEMPLATE_FILES = sorted(
    p.relative_to(ROOT / "templates").as_posix()
    for p in (ROOT / "templates").rglob("*")
    if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
)
VERSION = PYPROJECT["project"]["version"]

PROJECT_SETTINGS = """\
[project]
name = "acme-service"
version = "3.0.0"

[tool.generator]
specs = "apis"
out = "clients"

[tool.generator.options.pets]
package = "acme_pets"
"""
NEW_OPERATION = """\
  /pets/{pet_id}:
    delete:
      operationId: deletePet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: integer}}
      responses:
        '204': {description: deleted}
"""


def test_every_subpackage_of_generator_is_packaged() -> None:
    """``[tool.setuptools] packages`` is a list (the templates are mapped in beside the code):
    a new subpackage that is not added to it would be missing from every install."""
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "generator").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    assert listed - on_disk == {"generator.templates", "generator.templates.runtime"}
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"generator.templates": "templates"}


def test_the_wheel_and_the_sdist_carry_the_templates_and_the_runtime(
    artifacts: Artifacts,
) -> None:
    assert "runtime/_base_client.py" in TEMPLATE_FILES and "client.py.jinja" in TEMPLATE_FILES
    with zipfile.ZipFile(artifacts.wheel) as wheel:
        names = set(wheel.namelist())
    missing = [f for f in TEMPLATE_FILES if f"generator/templates/{f}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert "generator/cli.py" in names and "generator/build/__init__.py" in names
    with tarfile.open(artifacts.sdist) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    missing = [f for f in TEMPLATE_FILES if f"templates/{f}" not in members]
    assert not missing, f"not in the sdist: {missing}"


def _transcript(text: str) -> list[tuple[str, str]]:
    """``$ command`` lines and the output that follows each."""
    steps: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return [(cmd, "".join(f"{line}\n" for line in out)) for cmd, out in steps]


def _env(bin_dir: Path, tmp_path: Path) -> dict[str, str]:
    return clean_env(
        PATH=f"{bin_dir}:{clean_env()['PATH']}", OPENAPI_PYCLIENT_CACHE=str(tmp_path / "cache")
    )


def _project(tmp_path: Path) -> Path:
    """A project with its own settings: where its specs are, where clients go, a package name."""
    project = tmp_path / "project"
    (project / "apis").mkdir(parents=True)
    shutil.copy(PETS, project / "apis" / "pets.yaml")
    (project / "pyproject.toml").write_text(PROJECT_SETTINGS)
    return project


@pytest.mark.parametrize("kind", ["wheel", "sdist", "folder"])
def test_installed_generator_works_in_a_project_of_its_own(
    kind: str, venvs: dict[str, Path], tmp_path: Path
) -> None:
    bin_dir = venvs[kind]
    env, python = _env(bin_dir, tmp_path), str(bin_dir / "python")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    located = run(
        [python, "-c", "import generator.assets as a; print(a.__file__); print(a.TEMPLATES)"],
        elsewhere,
        env,
    ).stdout.split()
    assert all(Path(p).is_relative_to(bin_dir.parent) for p in located), located
    assert run(["openapi-pyclient", "--version"], elsewhere, env).stdout.strip() == VERSION
    assert run([python, "-m", "generator", "--version"], elsewhere, env).stdout.strip() == VERSION

    project = _project(tmp_path)
    generated = run(["openapi-pyclient", "generate"], project, env)
    assert "2 methods" in generated.stdout, generated.stdout
    dist = project / "clients" / "acme_pets"
    assert (dist / "acme_pets" / "__init__.py").is_file() and (dist / "pyproject.toml").is_file()
    imported = run(
        [python, "-c", "import acme_pets; print(acme_pets.Client.__name__, acme_pets.AsyncClient)"],
        dist,
        env,
    )
    assert imported.stdout.startswith("Client <class 'acme_pets._client.AsyncClient'>")
    assert run(["openapi-pyclient", "check"], project, env).stdout == "clients/ is up to date\n"
    # the installed generator's fingerprint is stable: nothing to redo the second time
    assert ": unchanged →" in run([python, "-m", "generator", "generate"], project, env).stdout


def test_readme_init_ci_step_and_config_with_an_installed_generator(
    venvs: dict[str, Path], tmp_path: Path
) -> None:
    bin_dir = venvs["wheel"]
    env, python = _env(bin_dir, tmp_path), str(bin_dir / "python")

    # the README's `init` session, as it shows it, in a new project; then its client
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for command, expected in _transcript(readme_example("init")):
        if command == "ls specs":
            (fresh / "specs").mkdir()
            shutil.copy(PETS, fresh / "specs" / "pets.yaml")
        shown = run(["bash", "-c", command], fresh, env)
        assert shown.stdout == expected, f"$ {command}\n{shown.stdout}"
    run(["openapi-pyclient", "generate"], fresh, env)
    run([python, "-c", "from pets import Client; Client"], fresh / "generated" / "pets", env)
    again = run(["openapi-pyclient", "init"], fresh, env, expect=1)  # never changes a section
    assert "already has a [tool.generator] section" in again.stderr
    assert "Traceback" not in again.stderr

    # --config: a project's settings, from another folder
    project = _project(tmp_path)
    run(["openapi-pyclient", "--config", str(project / "pyproject.toml"), "generate"], fresh, env)
    assert (project / "clients" / "acme_pets" / "acme_pets" / "_client.py").is_file()

    # the README's CI step passes on a fresh client and fails on a stale one
    steps = yaml.safe_load(readme_example("ci"))["jobs"]["up-to-date"]["steps"]
    commands = [step["run"] for step in steps if "run" in step]
    assert commands[0].startswith('pip install "openapi-pyclient-generator @ git+')
    for command in commands[1:]:
        run(["bash", "-c", command], project, env)
    spec = project / "apis" / "pets.yaml"
    spec.write_text(spec.read_text().replace("components:\n", f"{NEW_OPERATION}components:\n"))
    for command in commands[1:]:
        stale = run(["bash", "-c", command], project, env, expect=1)
        assert "clients/acme_pets is out of date" in stale.stdout, stale.stdout
        assert "method-added" in stale.stdout and "run `openapi-pyclient generate`" in stale.stdout
