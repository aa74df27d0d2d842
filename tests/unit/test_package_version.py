"""The generated distribution's version: ``[tool.generator.options.<stem>] version``, else the
spec's ``info.version`` when it is a PEP 440 version, else 0.1.0; in the pyproject.toml,
``__version__`` and the client's user agent alike."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import ConfigError, Options, load_config, package_version

ROOT = Path(__file__).resolve().parents[2]
SPEC = """openapi: 3.1.0
info: {title: Pets, version: 'INFO'}
servers: [{url: 'https://pets.example'}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '204': {description: done}
"""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAPI_PYCLIENT_NO_CACHE", raising=False)


@pytest.mark.parametrize(
    ("configured", "info", "expected"),
    [
        (None, "3.0.0", "3.0.0"),
        (None, "v1.2", "1.2"),  # normalized as pip would
        (None, "1.0-beta", "1.0b0"),
        (None, "2024-06-01", "0.1.0"),  # a date is not a PEP 440 version
        (None, "latest", "0.1.0"),
        (None, None, "0.1.0"),
        (None, 3, "0.1.0"),
        ("2.3.0", "3.0.0", "2.3.0"),  # the project's setting wins
    ],
)
def test_package_version(configured, info, expected):
    assert package_version(configured, info) == expected


def test_version_setting_is_validated_and_normalized(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.generator.options.pets]\nversion = "v2.3"\n')
    assert load_config(tmp_path).options_for(Path("pets.yaml")) == Options(version="2.3")
    for bad in ('"latest"', "2", '""'):
        (tmp_path / "pyproject.toml").write_text(
            f"[tool.generator.options.pets]\nversion = {bad}\n"
        )
        with pytest.raises(ConfigError, match=r"\.pets: version = .* is not a PEP 440 version"):
            load_config(tmp_path)


def test_version_reaches_pyproject_dunder_version_and_user_agent(tmp_path, monkeypatch, capsys):
    (tmp_path / "pets.yaml").write_text(SPEC.replace("INFO", "2024-06-01"))
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "pets.yaml", "--out", "out"]) == 0
    assert 'version = "0.1.0"' in (tmp_path / "out" / "pyproject.toml").read_text()
    (tmp_path / "pyproject.toml").write_text('[tool.generator.options.pets]\nversion = "2.3.0"\n')
    capsys.readouterr()
    assert main(["generate", "pets.yaml", "--out", "out"]) == 0
    assert ": unchanged →" not in capsys.readouterr().out  # the setting is part of the cache key
    out = tmp_path / "out"
    assert re.search(r'^version = "2\.3\.0"$', (out / "pyproject.toml").read_text(), re.MULTILINE)
    assert '\n__version__ = "2.3.0"\n' in (out / "pets" / "__init__.py").read_text()
    code = "import pets; print(pets.__version__, pets.Client(api_key='k').user_agent)"
    env = {**os.environ, "PYTHONPATH": str(out)}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout.split() == ["2.3.0", "pets-python/2.3.0"]


def test_generated_clients_carry_their_specs_info_version():
    for name, version in (
        ("chat_streaming", "1.0.0"),
        ("openai_audio", "3.0.0"),
        ("aibrary", "0.1.0"),
    ):
        assert (
            f'\n__version__ = "{version}"\n'
            in (ROOT / "generated" / name / name / "__init__.py").read_text()
        )
        assert (
            f'\nversion = "{version}"\n'
            in (ROOT / "generated" / name / "pyproject.toml").read_text()
        )
