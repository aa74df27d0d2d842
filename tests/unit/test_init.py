"""``init``, ``--config`` and the per-spec ``package`` setting, through the command line."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]
PETS = ROOT / "tests" / "packaging" / "pets.yaml"
SWAGGER = "swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAPI_PYCLIENT_NO_CACHE", raising=False)


def _spec(folder: Path, name: str = "pets.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(PETS, folder / name))


def test_init_writes_the_section_for_specs_in_specs_and_generate_uses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _spec(tmp_path / "specs")
    (tmp_path / "specs" / "store-api.json").write_text('{"openapi": "3.0.3", "info": {}}')
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "found 2 OpenAPI documents in specs/: pets.yaml, store-api.json" in out
    settings = tomllib.loads((tmp_path / "pyproject.toml").read_text())["tool"]["generator"]
    assert settings["specs"] == "specs" and settings["out"] == "generated"
    assert settings["options"] == {
        "pets": {"package": "pets"},
        "store-api": {"package": "store_api"},
    }
    (tmp_path / "specs" / "store-api.json").unlink()
    assert main(["generate"]) == 0
    assert (tmp_path / "generated" / "pets" / "pets" / "_client.py").is_file()
    capsys.readouterr()
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "generated/ is up to date\n"


def test_init_appends_to_an_existing_pyproject_and_keeps_what_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _spec(tmp_path / "specs")
    before = '[project]\nname = "acme"\n\n[tool.ruff]\nline-length = 100'  # no final newline
    (tmp_path / "pyproject.toml").write_text(before)
    assert main(["init"]) == 0
    assert "appended [tool.generator] to pyproject.toml" in capsys.readouterr().out
    text = (tmp_path / "pyproject.toml").read_text()
    assert text.startswith(before + "\n\n[tool.generator]\n")
    data = tomllib.loads(text)
    assert data["tool"]["ruff"] == {"line-length": 100} and data["project"]["name"] == "acme"


def test_init_never_changes_an_existing_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _spec(tmp_path / "specs")
    for existing in (
        '[tool.generator]\nout = "x"\n',
        '[tool.generator.options.pets]\npackage = "p"\n',
    ):
        (tmp_path / "pyproject.toml").write_text(existing)
        assert main(["init"]) == 1
        err = capsys.readouterr().err
        assert "pyproject.toml already has a [tool.generator] section; it is left as it is" in err
        assert (tmp_path / "pyproject.toml").read_text() == existing


def test_init_explains_what_it_could_not_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "compose.yaml").write_text("services: {}\n")
    assert main(["init"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("init: no OpenAPI documents in ./ (*.yaml, *.yml or *.json files")
    assert "openapi-pyclient init FOLDER" in err
    assert main(["init", "nowhere"]) == 1
    assert "init: nowhere: not a folder" in capsys.readouterr().err
    (tmp_path / "pyproject.toml").write_text("[project\n")
    _spec(tmp_path / "specs")
    assert main(["init"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / 'pyproject.toml'}: not valid TOML: ")
    assert "Traceback" not in err and (tmp_path / "pyproject.toml").read_text() == "[project\n"
    (tmp_path / "pyproject.toml").unlink()
    _spec(tmp_path / "specs", "pets.json").write_text('{"openapi": "3.1.0"}')
    assert main(["init"]) == 1
    assert "pets.json and pets.yaml would both be the package pets" in capsys.readouterr().err
    assert not (tmp_path / "pyproject.toml").exists()


def test_init_lists_specs_that_lie_among_other_files_and_names_swagger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _spec(tmp_path, "openapi.yaml")
    (tmp_path / "old.yaml").write_text(SWAGGER)
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n")
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "left out old.yaml: Swagger 2.0: convert it to OpenAPI 3 first" in out
    cfg = load_config(tmp_path)
    assert cfg.spec_files() == [tmp_path / "openapi.yaml"]
    assert cfg.package_for(tmp_path / "openapi.yaml") == "openapi"
    assert main(["generate"]) == 0 and (tmp_path / "generated" / "openapi").is_dir()


def test_init_in_a_named_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _spec(tmp_path / "api" / "v2", "pet store.yaml")
    assert main(["init", "api/v2"]) == 0
    text = (tmp_path / "pyproject.toml").read_text()
    assert 'specs = "api/v2"' in text and '[tool.generator.options."pet store"]' in text
    assert load_config(tmp_path).package_for(Path("api/v2/pet store.yaml")) == "pet_store"


def test_package_option_names_the_package_and_packages_still_works(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\npackages = {store = "shop"}\n\n'
        '[tool.generator.options.pets]\npackage = "acme_pets2"\nbody-style = "deepObject"\n'
    )
    cfg = load_config(tmp_path)
    assert cfg.package_for(Path("specs/pets.yaml")) == "acme_pets2"  # exactly as given
    assert cfg.package_for(Path("specs/store.yaml")) == "shop"
    assert cfg.package_for(Path("specs/other.yaml")) == "other"
    assert cfg.options_for(Path("specs/pets.yaml")).body_style == "deepObject"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[tool.generator.options.pets]\npackage = 3\n", "package must be a package name, got 3"),
        (
            '[tool.generator]\npackages = {pets = "a"}\n[tool.generator.options.pets]\npackage = "b"\n',
            "package = 'b' disagrees with packages.pets",
        ),
        ("[tool.generator]\nspecs = []\n", "specs must be a folder or a list of spec files"),
        (
            '[tool.generator.options.pets]\npackage = "Acme Pets"\n',
            "package = 'Acme Pets' is not a Python identifier",
        ),
        ('tool = {generator = "x"}\n', "tool.generator must be a table"),
    ],
)
def test_bad_settings_say_which(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(toml)
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path)


def test_config_names_the_settings_file_and_anchors_its_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "service"
    _spec(project / "apis")
    (project / "clients.toml").write_text(
        '[tool.generator]\nspecs = "apis"\nout = "clients"\n'
        '[tool.generator.options.pets]\npackage = "acme_pets"\n'
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "pyproject.toml").write_text('[tool.generator]\nspecs = "nothing-here"\n')
    monkeypatch.chdir(elsewhere)
    config = str(project / "clients.toml")
    assert main(["--config", config, "generate"]) == 0
    assert (project / "clients" / "acme_pets" / "acme_pets" / "_client.py").is_file()
    capsys.readouterr()
    assert main(["--config", config, "check"]) == 0
    assert capsys.readouterr().out == f"{project / 'clients'}/ is up to date\n"
    # without --config, the folder's own pyproject.toml again
    assert main(["generate"]) == 1
    assert "no specs in" in capsys.readouterr().err
    assert main(["--config", str(tmp_path / "missing.toml"), "check"]) == 1
    assert "missing.toml: no such file (given to --config)" in capsys.readouterr().err
    assert load_config().root == elsewhere.resolve()  # each run of main() starts afresh


def test_check_names_the_fix_the_project_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    spec = _spec(tmp_path / "specs")
    assert main(["generate"]) == 0
    spec.write_text(spec.read_text().replace("operationId: listPets", "operationId: allPets"))
    spec.write_text(spec.read_text().replace("limit", "max"))
    capsys.readouterr()
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "specs/pets.yaml: generated/pets is out of date" in out
    assert (
        "fix: run `openapi-pyclient generate`, review the changes above, and commit generated/"
        in out
    )
    (tmp_path / "Makefile").write_text("generate:\n\topenapi-pyclient generate\n")
    assert main(["check"]) == 1
    assert "fix: run `make generate`" in capsys.readouterr().out
