"""``[tool.generator]`` settings: the per-spec options, as the README shows them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import ConfigError, Options, load_config

ROOT = Path(__file__).resolve().parents[2]


def _project(tmp_path: Path, toml: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(toml)
    return tmp_path


def test_readme_options_example_loads(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    example = next(b for b in blocks if "[tool.generator.options." in b and "body-style" in b)
    cfg = load_config(_project(tmp_path, example))
    assert cfg.options_for(Path("specs/openai.yaml")) == Options("deepObject", "brackets")
    assert cfg.options_for(Path("specs/other.yaml")) == Options()


def test_project_options_win_over_the_spec_extension() -> None:
    spec_root = {"x-pyclient-body-style": "deepObject", "x-pyclient-array-format": "indices"}
    assert Options().over(spec_root) == Options("deepObject", "indices")
    assert Options(body_style="spec").over(spec_root) == Options("spec", "indices")
    assert Options().over({}) == Options("spec", "brackets")
    assert Options().over({"x-pyclient-body-style": "nonsense"}) == Options("spec", "brackets")
    # the OpenAI spec: its API's convention unless the spec or the project says otherwise
    assert Options().over({"x-oaiMeta": {}}) == Options("deepObject", "brackets")
    assert Options().over({"x-oaiMeta": {}, "x-pyclient-body-style": "spec"}).body_style == "spec"
    assert Options(body_style="spec").over({"x-oaiMeta": {}}).body_style == "spec"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[tool.generator.options.a]\nbody-style = "json"\n', "body-style = 'json' is not one of spec, deepObject"),
        ('[tool.generator.options.a]\narray-format = 1\n', "array-format = 1 is not one of brackets"),
        ('[tool.generator.options.a]\nstyle = "x"\n', "unknown setting 'style'"),
        ('[tool.generator]\noptions = 3\n', "must be a table of spec names"),
    ],
)
def test_bad_options_name_the_setting(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(_project(tmp_path, toml))
