"""``[tool.generator]`` in the project's pyproject.toml: which specs, where they go, names, and
per-spec options (``[tool.generator.options.<spec stem>]``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from generator.naming import MAX_MODULE_NAME, ascii_fold, short_name, snake

SPEC_SUFFIXES = (".yaml", ".yml", ".json")

BODY_STYLES = ("spec", "deepObject")
ARRAY_FORMATS = ("brackets", "indices", "repeat")
EXTENSION_PREFIX = "x-pyclient-"
"""Options a spec may set for itself at its root (``x-pyclient-body-style: deepObject``);
``[tool.generator.options.<stem>]`` in pyproject.toml overrides them."""


class ConfigError(ValueError):
    """A ``[tool.generator]`` setting that cannot be used; the message says which and why."""


PAGINATION_KINDS = ("cursor", "offset", "page", "link", "url")
_PAGINATION_KEYS = (
    "type",
    "param",
    "items",
    "next",
    "has_more",
    "total",
    "limit",
    "cursor_field",
    "start",
)


@dataclass(frozen=True)
class PaginationSpec:
    """How an operation pages, as declared by ``x-pagination`` on the operation or by
    ``[tool.generator.options.<stem>.pagination]`` (keyed by operationId). Unset values (None)
    are detected from the spec. Paths are dotted JSON property names (``links.next``); an
    ``items`` of ``""`` (or ``"$"``) means the response itself is the array.

    ``type``: ``cursor`` (``param`` takes the value at ``next``, or the last item's
    ``cursor_field``, ``id`` by default), ``offset`` (``param`` advances by the items received;
    ``limit`` names the page-size parameter, ``total`` the total count), ``page`` (``param`` counts
    pages from ``start``, 1 by default), ``link`` (the ``Link: <…>; rel="next"`` header) or
    ``url`` (the URL at ``next``). ``has_more``: a boolean saying whether another page follows.
    """

    type: str
    param: str | None = None
    items: str | None = None
    next: str | None = None
    has_more: str | None = None
    total: str | None = None
    limit: str | None = None
    cursor_field: str | None = None
    start: int | None = None


def parse_pagination(value: object) -> PaginationSpec | None:
    """``false`` → None (no pagination); a table → its spec. Raises ``TypeError`` or
    ``ValueError`` with a message naming what is wrong."""
    if value is False:
        return None
    if not isinstance(value, dict):
        raise TypeError(f"must be false or a table with a type, got {value!r}")
    values: dict[str, object] = {}
    for key, item in value.items():
        name = str(key).replace("-", "_")
        if name not in _PAGINATION_KEYS:
            raise ValueError(f"unknown key {key!r} (known: {', '.join(_PAGINATION_KEYS)})")
        if name == "start":
            if isinstance(item, bool) or not isinstance(item, int):
                raise ValueError(f"start must be an integer, got {item!r}")
        elif not isinstance(item, str):
            raise ValueError(f"{key} must be a string, got {item!r}")
        values[name] = item
    kind = values.get("type")
    if kind not in PAGINATION_KINDS:
        raise ValueError(f"type must be one of {', '.join(PAGINATION_KINDS)}, got {kind!r}")
    return PaginationSpec(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Options:
    """How a spec's requests are serialized where the specification leaves a choice.

    ``body_style``: how form and multipart body properties without an Encoding Object are sent:
    ``spec`` (OpenAPI's defaults: ``form``, exploded; a part per array item, objects as JSON
    parts) or ``deepObject`` (``meta[key]=v``, ``tags[]=a``: what the OpenAI and Stripe SDKs
    send). ``array_format``: how an array inside a ``deepObject`` value is named (``brackets``
    ``a[]``, ``indices`` ``a[0]``, ``repeat`` ``a``), which OpenAPI leaves undefined.
    ``pagination``: per operationId, how it pages (``None``: it does not), overriding the
    spec's ``x-pagination`` and the detection. ``version``: the generated distribution's
    version (PEP 440, normalized; unset: the spec's ``info.version`` when it is one, else
    ``0.1.0``, see :func:`package_version`). ``None`` means not set here.
    """

    body_style: str | None = None
    array_format: str | None = None
    pagination: tuple[tuple[str, PaginationSpec | None], ...] = ()
    version: str | None = None
    overlays: tuple[str, ...] = ()  # OpenAPI Overlay files, applied in order before validation

    def pagination_for(self, operation_id: object) -> tuple[bool, PaginationSpec | None]:
        """(whether the project declares it, the declaration) for an operationId."""
        for op_id, spec in self.pagination:
            if op_id == operation_id:
                return True, spec
        return False, None

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
            pagination=self.pagination,
            version=self.version,
            overlays=self.overlays,
        )

    def key(self) -> str:
        """Part of the cache key: a change of options regenerates."""
        key = f"{self.body_style}/{self.array_format}"
        key += f"/version={self.version}" if self.version else ""
        key += f"/overlays={list(self.overlays)!r}" if self.overlays else ""
        return key + (f"/{self.pagination!r}" if self.pagination else "")


NO_OPTIONS = Options()

DEFAULT_PACKAGE_VERSION = "0.1.0"


def pep440(value: object) -> str | None:
    """``value`` as a normalized PEP 440 version (``v1.2`` → ``1.2``), or None if it is none."""
    from packaging.version import InvalidVersion, Version

    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return str(Version(value))
    except InvalidVersion:
        return None


def package_version(configured: str | None, info_version: object) -> str:
    """The generated distribution's version: the project's ``version`` setting, else the spec's
    ``info.version`` when it is a PEP 440 version (``2024-06-01`` is not), else ``0.1.0``."""
    return configured or pep440(info_version) or DEFAULT_PACKAGE_VERSION


@dataclass(frozen=True)
class Config:
    root: Path
    specs: Path
    out: Path
    names: dict[str, str] = field(default_factory=dict)  # spec stem → package name
    options: dict[str, Options] = field(default_factory=dict)  # spec stem → options
    templates: Path | None = None  # the user's template overrides (``templates = "DIR"``)
    spec_list: tuple[Path, ...] = ()  # ``specs = [files]``: these files instead of a folder

    def package_for(self, spec: Path) -> str:
        """``[tool.generator.options.<stem>] package``, else ``packages = {<stem> = ...}``,
        else the stem in snake_case."""
        return self.names.get(spec.stem) or package_name(spec.stem)

    def rel(self, path: Path) -> Path:
        """``path`` as the command line shows and opens it: relative to the current folder
        when it lies under it (``specs/a.yaml``), else as it is."""
        try:
            return path.relative_to(Path.cwd().resolve())
        except ValueError:
            return path

    def options_for(self, spec: Path) -> Options:
        return self.options.get(spec.stem, Options())

    def spec_files(self) -> list[Path]:
        if self.spec_list:
            return sorted(self.spec_list)
        if not self.specs.is_dir():
            return []
        return sorted(p for p in self.specs.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())


def package_name(stem: str) -> str:
    """The package name derived from a spec file's stem: snake_case, never a keyword, at most
    :data:`~generator.naming.MAX_MODULE_NAME` characters (longer: a prefix and a hash)."""
    name = snake(stem)
    import keyword

    if keyword.iskeyword(name):
        name += "_"
    return short_name(name)


class PackageNameError(ConfigError):
    """A package name the user gave that cannot be one (a usage error: exit status 2)."""


def explicit_package_name(value: object, where: str = "--name") -> str:
    """A package name the user chose (``--name``, ``[tool.generator]``): used exactly as given
    when it is an ASCII Python identifier, not a keyword and at most
    :data:`~generator.naming.MAX_MODULE_NAME` characters; anything else raises
    :class:`PackageNameError` with a valid name to use instead."""
    import keyword

    text = value if isinstance(value, str) else ""
    if (
        text.isidentifier()
        and text.isascii()
        and not keyword.iskeyword(text)
        and len(text) <= MAX_MODULE_NAME
    ):
        return text
    why = (
        f"longer than {MAX_MODULE_NAME} characters"
        if len(text) > MAX_MODULE_NAME
        else "not a Python identifier (ASCII letters, digits and _, not starting with a digit,"
        " not a keyword)"
    )
    folded = re.sub(r"[^A-Za-z0-9_]+", "_", ascii_fold(text)).strip("_").lower() or "package"
    suggestion = "pkg_" + folded if folded[0].isdigit() else folded
    suggestion = short_name(suggestion + "_" if keyword.iskeyword(suggestion) else suggestion)
    raise PackageNameError(f"{where} = {value!r} is {why}; use {suggestion!r}, for example")


_config_file: Path | None = None


def use_config_file(path: Path | None) -> None:
    """Read the settings from ``path`` (the command line's ``--config``) instead of the
    ``pyproject.toml`` of the current folder; None goes back to that."""
    global _config_file
    _config_file = path.resolve() if path is not None else None


def config_file() -> Path:
    """The file the settings come from: ``--config``'s, else ``./pyproject.toml``."""
    return _config_file or Path.cwd().resolve() / "pyproject.toml"


def read_tool_table(pyproject: Path) -> dict[str, object] | None:
    """``[tool.generator]`` of a TOML file, None when it has none; ``ConfigError`` when the
    file cannot be read or is not TOML."""
    try:
        with open(pyproject, "rb") as fh:
            document = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{pyproject}: cannot read it: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{pyproject}: not valid TOML: {exc}") from None
    tool = document.get("tool")
    table = tool.get("generator") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: tool.generator must be a table")
    return table


def load_config(root: Path | None = None) -> Config:
    """The settings in ``root``'s ``pyproject.toml`` (by default the current folder's, or the
    file given to ``--config``); paths in them are relative to that file's folder."""
    pyproject = root.resolve() / "pyproject.toml" if root is not None else config_file()
    if root is None and _config_file is not None and not pyproject.is_file():
        raise ConfigError(f"{pyproject}: no such file (given to --config)")
    root = pyproject.parent
    data = (read_tool_table(pyproject) if pyproject.is_file() else None) or {}
    specs = data.get("specs", "specs")
    spec_list: tuple[Path, ...] = ()
    if isinstance(specs, list):
        if not specs or not all(isinstance(s, str) and s.strip() for s in specs):
            raise ConfigError(
                f"{pyproject}: [tool.generator] specs must be a folder or a list of spec files"
            )
        spec_list = tuple(root / s for s in specs)
    return Config(
        root=root,
        specs=root if spec_list else root / str(specs),
        out=root / str(data.get("out", "generated")),
        names=_package_names(data, pyproject),
        options=_options(data.get("options"), pyproject),
        templates=_templates(data.get("templates"), pyproject),
        spec_list=spec_list,
    )


def _package_names(data: dict[str, object], pyproject: Path) -> dict[str, str]:
    """Spec stem → package name, from ``packages = {<stem> = "name"}`` and from
    ``[tool.generator.options.<stem>] package = "name"`` (they must agree where both are set)."""
    packages = data.get("packages")
    names = {
        str(k): explicit_package_name(v, f"{pyproject}: [tool.generator] packages.{k}")
        for k, v in (packages.items() if isinstance(packages, dict) else ())
    }
    options = data.get("options")
    for stem, settings in (options.items() if isinstance(options, dict) else ()):
        if not isinstance(settings, dict) or "package" not in settings:
            continue
        value = settings["package"]
        where = f"{pyproject}: [tool.generator.options.{stem}] package"
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where} must be a package name, got {value!r}")
        name = explicit_package_name(value, where)
        if names.get(str(stem), name) != name:
            raise ConfigError(f"{where} = {value!r} disagrees with packages.{stem}")
        names[str(stem)] = name
    return names


def _templates(value: object, pyproject: Path) -> Path | None:
    """``templates = "DIR"``: a folder of template overrides, relative to the pyproject.toml."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{pyproject}: [tool.generator] templates must be a folder path")
    return pyproject.parent / value


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
        pagination: tuple[tuple[str, PaginationSpec | None], ...] = ()
        overlays: tuple[str, ...] = ()
        for key, value in settings.items():
            if key == "overlays":
                overlays = _overlay_list(value, f"{where}.{stem}.overlays", pyproject.parent)
                continue
            if key == "pagination":
                pagination = _pagination_table(value, f"{where}.{stem}.pagination")
                continue
            if key == "package":
                continue  # the package's name: see _package_names
            if key == "version":
                version = pep440(value)
                if version is None:
                    raise ConfigError(
                        f"{where}.{stem}: version = {value!r} is not a PEP 440 version"
                        ' (such as "2.3.0" or "1.0rc1")'
                    )
                values["version"] = version
                continue
            allowed = {"body-style": BODY_STYLES, "array-format": ARRAY_FORMATS}.get(key)
            if allowed is None:
                raise ConfigError(
                    f"{where}.{stem}: unknown setting {key!r}"
                    " (known: package, body-style, array-format, pagination, version, overlays)"
                )
            if value not in allowed:
                raise ConfigError(
                    f"{where}.{stem}: {key} = {value!r} is not one of {', '.join(allowed)}"
                )
            values[key.replace("-", "_")] = value
        out[str(stem)] = Options(
            **values, pagination=pagination, overlays=overlays  # type: ignore[arg-type]
        )
    return out


def _overlay_list(value: object, where: str, base: Path) -> tuple[str, ...]:
    """``overlays = ["overlays/names.yaml", ...]``: paths relative to the pyproject.toml's folder
    (kept as given when absolute), in the order they apply."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where} must be a list of overlay file paths, got {value!r}")
    return tuple(str(base / v) for v in value)


def _pagination_table(table: object, where: str) -> tuple[tuple[str, PaginationSpec | None], ...]:
    """``{operationId = false | {type = "cursor", ...}}``, sorted by operationId."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table keyed by operationId")
    out: list[tuple[str, PaginationSpec | None]] = []
    for op_id, value in table.items():
        try:
            out.append((str(op_id), parse_pagination(value)))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}.{op_id}: {exc}") from None
    return tuple(sorted(out, key=lambda pair: pair[0]))
