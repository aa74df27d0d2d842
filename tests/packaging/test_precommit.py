"""The pre-commit hook this repository defines, run by pre-commit itself with the README's
``.pre-commit-config.yaml``: it fails on a stale client, then passes once it is regenerated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.packaging.conftest import (
    PETS,
    PYPROJECT,
    ROOT,
    clean_env,
    copy_source,
    readme_example,
    run,
)

HOOK_ID = "openapi-pyclient-check"
NEW_OPERATION = """\
  /pets/{pet_id}:
    delete:
      operationId: deletePet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: integer}}
      responses:
        '204': {description: deleted}
"""


def _git(cwd: Path, *args: str) -> str:
    return run(["git", *args], cwd, clean_env(**_GIT_IDENTITY)).stdout.strip()


_GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
    "GIT_CONFIG_GLOBAL": "/dev/null",
}


def test_the_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == HOOK_ID
    assert hook["entry"] == "openapi-pyclient check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert PYPROJECT["project"]["scripts"]["openapi-pyclient"] == "generator.cli:run"


def test_pre_commit_fails_on_a_stale_client_then_passes(tmp_path: Path) -> None:
    # the hook's repository as it is now in the working tree (uncommitted edits included)
    # (pre-commit clones it at `rev` and installs it into an environment of its own)
    hook_repo = copy_source(tmp_path / "hook-repo")
    _git(hook_repo, "init", "-q")
    _git(hook_repo, "add", "-A")
    _git(hook_repo, "commit", "-q", "-m", "hook repository")
    rev = _git(hook_repo, "rev-parse", "HEAD")

    # a user's project: a spec, its settings, its generated client, the README's hook config
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    spec = project / "specs" / "pets.yaml"
    shutil.copy(PETS, spec)
    env = clean_env(
        OPENAPI_PYCLIENT_CACHE=str(tmp_path / "cache"),
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        **_GIT_IDENTITY,
    )
    run([sys.executable, "-m", "generator", "init"], project, env)
    run([sys.executable, "-m", "generator", "generate"], project, env)
    config = readme_example("pre-commit")
    assert "<git URL of this repository>" in config and "<tag or commit>" in config
    config = config.replace("<git URL of this repository>", str(hook_repo))
    (project / ".pre-commit-config.yaml").write_text(config.replace("<tag or commit>", rev))
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "pets client")
    pre_commit = [sys.executable, "-m", "pre_commit", "run", HOOK_ID, "--all-files"]

    # the spec changes, the client does not: the hook fails and says why
    spec.write_text(spec.read_text().replace("components:\n", f"{NEW_OPERATION}components:\n"))
    _git(project, "add", "-A")
    stale = run(pre_commit, project, env, expect=1)
    assert "Failed" in stale.stdout, stale.stdout
    assert "generated/pets is out of date" in stale.stdout
    assert "method-added" in stale.stdout and "client.pets.delete" in stale.stdout
    assert "fix: run `openapi-pyclient generate`" in stale.stdout

    # regenerated: the hook passes
    run([sys.executable, "-m", "generator", "generate"], project, env)
    _git(project, "add", "-A")
    fresh = run(pre_commit, project, env)
    assert "Passed" in fresh.stdout, fresh.stdout
    assert subprocess.run(["git", "diff", "--quiet"], cwd=project, check=False).returncode == 0
