"""``[tool.generator]`` in the project's pyproject.toml: which specs, where they go, names."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from generator.naming import snake

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Config:
    root: Path
    specs: Path
    out: Path
    names: dict[str, str] = field(default_factory=dict)  # spec stem → package name

    def package_for(self, spec: Path) -> str:
        return self.names.get(spec.stem) or package_name(spec.stem)

    def spec_files(self) -> list[Path]:
        if not self.specs.is_dir():
            return []
        return sorted(p for p in self.specs.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())


def package_name(stem: str) -> str:
    name = snake(stem)
    import keyword

    if keyword.iskeyword(name):
        name += "_"
    return name


def load_config(root: Path | None = None) -> Config:
    root = (root or Path.cwd()).resolve()
    data: dict[str, object] = {}
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        with open(pyproject, "rb") as fh:
            data = tomllib.load(fh).get("tool", {}).get("generator", {})
    packages = data.get("packages")
    names: dict[object, object] = packages if isinstance(packages, dict) else {}
    return Config(
        root=root,
        specs=root / str(data.get("specs", "specs")),
        out=root / str(data.get("out", "generated")),
        names={str(k): package_name(str(v)) for k, v in names.items()},
    )
