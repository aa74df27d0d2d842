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
    spec's ``x-pagination`` and the detection. ``None`` means not set here.
    """

    body_style: str | None = None
    array_format: str | None = None
    pagination: tuple[tuple[str, PaginationSpec | None], ...] = ()

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
        )

    def key(self) -> str:
        """Part of the cache key: a change of options regenerates."""
        key = f"{self.body_style}/{self.array_format}"
        return key + (f"/{self.pagination!r}" if self.pagination else "")


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
        pagination: tuple[tuple[str, PaginationSpec | None], ...] = ()
        for key, value in settings.items():
            if key == "pagination":
                pagination = _pagination_table(value, f"{where}.{stem}.pagination")
                continue
            allowed = {"body-style": BODY_STYLES, "array-format": ARRAY_FORMATS}.get(key)
            if allowed is None:
                raise ConfigError(
                    f"{where}.{stem}: unknown setting {key!r}"
                    " (known: body-style, array-format, pagination)"
                )
            if value not in allowed:
                raise ConfigError(
                    f"{where}.{stem}: {key} = {value!r} is not one of {', '.join(allowed)}"
                )
            values[key.replace("-", "_")] = value
        out[str(stem)] = Options(**values, pagination=pagination)  # type: ignore[arg-type]
    return out


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
