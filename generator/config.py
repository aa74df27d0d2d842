"""``[tool.generator]`` in the project's pyproject.toml: which specs, where they go, names, and
per-spec options (``[tool.generator.options.<spec stem>]``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from generator.naming import snake

SPEC_SUFFIXES = (".yaml", ".yml", ".json")

BODY_STYLES = ("spec", "deepObject")
ARRAY_FORMATS = ("brackets", "indices", "repeat")
EXTENSION_PREFIX = "x-pyclient-"
"""Options a spec may set for itself at its root (``x-pyclient-body-style: deepObject``);
``[tool.generator.options.<stem>]`` in pyproject.toml overrides them."""


class ConfigError(ValueError):
    """A ``[tool.generator]`` setting that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Options:
    """How a spec's requests are serialized where the specification leaves a choice.

    ``body_style``: how form and multipart body properties without an Encoding Object are sent:
    ``spec`` (OpenAPI's defaults: ``form``, exploded; a part per array item, objects as JSON
    parts) or ``deepObject`` (``meta[key]=v``, ``tags[]=a``: what the OpenAI and Stripe SDKs
    send). ``array_format``: how an array inside a ``deepObject`` value is named (``brackets``
    ``a[]``, ``indices`` ``a[0]``, ``repeat`` ``a``), which OpenAPI leaves undefined.
    ``None`` means not set here.
    """

    body_style: str | None = None
    array_format: str | None = None

    def over(self, spec_root: object) -> Options:
        """These options, with what the spec's root extensions set where these are unset, then
        what a known API needs: the OpenAI spec (it carries ``x-oaiMeta``) reads multipart
        arrays and objects as ``key[]``/``key[sub]``, as the OpenAI SDK sends them."""
        root = spec_root if isinstance(spec_root, dict) else {}
        found = {}
        if "x-oaiMeta" in root:
            found["body_style"] = "deepObject"
        for key, allowed in (("body-style", BODY_STYLES), ("array-format", ARRAY_FORMATS)):
            value = root.get(EXTENSION_PREFIX + key)
            if isinstance(value, str) and value in allowed:
                found[key.replace("-", "_")] = value
        return Options(
            body_style=self.body_style or found.get("body_style") or "spec",
            array_format=self.array_format or found.get("array_format") or "brackets",
        )

    def key(self) -> str:
        """Part of the cache key: a change of options regenerates."""
        return f"{self.body_style}/{self.array_format}"


NO_OPTIONS = Options()


@dataclass(frozen=True)
class Config:
    root: Path
    specs: Path
    out: Path
    names: dict[str, str] = field(default_factory=dict)  # spec stem → package name
    options: dict[str, Options] = field(default_factory=dict)  # spec stem → options

    def package_for(self, spec: Path) -> str:
        return self.names.get(spec.stem) or package_name(spec.stem)

    def options_for(self, spec: Path) -> Options:
        return self.options.get(spec.stem, Options())

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
        options=_options(data.get("options"), pyproject),
    )


def _options(table: object, pyproject: Path) -> dict[str, Options]:
    if table is None:
        return {}
    where = f"{pyproject}: [tool.generator.options]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table of spec names")
    out: dict[str, Options] = {}
    for stem, settings in table.items():
        if not isinstance(settings, dict):
            raise ConfigError(f"{where}.{stem} must be a table")
        values: dict[str, str] = {}
        for key, value in settings.items():
            allowed = {"body-style": BODY_STYLES, "array-format": ARRAY_FORMATS}.get(key)
            if allowed is None:
                raise ConfigError(
                    f"{where}.{stem}: unknown setting {key!r} (known: body-style, array-format)"
                )
            if value not in allowed:
                raise ConfigError(
                    f"{where}.{stem}: {key} = {value!r} is not one of {', '.join(allowed)}"
                )
            values[key.replace("-", "_")] = value
        out[str(stem)] = Options(**values)
    return out
