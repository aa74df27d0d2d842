"""``init``: a ``[tool.generator]`` section, written into the project's ``pyproject.toml``, for
the OpenAPI documents the project has.

The documents are looked for in the folder given, else in ``specs/`` when it holds any, else in
the project's own folder: every ``*.yaml``, ``*.yml`` and ``*.json`` file whose top level has an
``openapi`` key (Swagger 2.0 documents, with a ``swagger`` key, are named and left out: the
generator reads OpenAPI 3 only). An existing ``[tool.generator]`` section is never changed.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.config import SPEC_SUFFIXES, ConfigError, package_name, read_tool_table
from generator.errors import SpecError

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class InitError(Exception):
    """Why ``init`` wrote nothing; the message says what to do."""


@dataclass(frozen=True)
class Found:
    specs: list[Path]  # OpenAPI 3 documents, sorted
    skipped: list[tuple[Path, str]]  # other files with a spec suffix, and why they were left out


def find_specs(folder: Path) -> Found:
    """The OpenAPI documents among ``folder``'s ``*.yaml``, ``*.yml`` and ``*.json`` files."""
    from generator.load import load_path

    specs: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    candidates = sorted(p for p in folder.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())
    for path in candidates:
        try:
            data = load_path(path).data
        except SpecError:
            skipped.append((path, "not YAML or JSON the generator can read"))
            continue
        if "openapi" in data:
            specs.append(path)
        elif "swagger" in data:
            skipped.append((path, "Swagger 2.0: convert it to OpenAPI 3 first"))
        else:
            skipped.append((path, "no top-level 'openapi' key"))
    return Found(specs, skipped)


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else json.dumps(key)


def _toml_str(value: str) -> str:
    return json.dumps(value)  # a JSON string with ASCII escapes is a TOML basic string


def _rel(path: Path, root: Path) -> str:
    return Path(os.path.relpath(path, root)).as_posix()


def section(root: Path, folder: Path, found: Found, out: str = "generated") -> str:
    """The ``[tool.generator]`` text for ``found`` (in ``folder``), paths relative to ``root``."""
    if folder.resolve() != root.resolve() and not found.skipped:
        specs_line = f"specs = {_toml_str(_rel(folder, root))}"
    else:  # other YAML or JSON files lie beside them (or may later): name the specs one by one
        specs_line = f"specs = [{', '.join(_toml_str(_rel(p, root)) for p in found.specs)}]"
    lines = [
        "[tool.generator]",
        "# openapi-pyclient settings (written by `openapi-pyclient init`; its README has them all).",
        "# specs: a folder (its *.yaml, *.yml and *.json files) or a list of spec files.",
        specs_line,
        "# out: where the clients go, one installable distribution per spec: <out>/<package>/.",
        f"out = {_toml_str(out)}",
    ]
    for spec in found.specs:
        name = package_name(spec.stem)
        lines += [
            "",
            f"# {_rel(spec, root)}",
            "# (also settable here: version, overlays, body-style, array-format, pagination)",
            f"[tool.generator.options.{_toml_key(spec.stem)}]",
            f"package = {_toml_str(name)}  # the client's import name: `from {name} import Client`",
        ]
    return "\n".join(lines) + "\n"


def init_project(pyproject: Path, folder: Path | None) -> list[str]:
    """Write the section into ``pyproject`` (created, or appended to); the lines to print.
    Raises :class:`InitError` (nothing written) when there is nothing to do or it would
    change an existing section."""
    root = pyproject.parent
    if pyproject.is_file() and read_tool_table(pyproject) is not None:
        raise InitError(
            f"{pyproject.name} already has a [tool.generator] section; it is left as it is"
            " (edit it, or remove it and run init again)"
        )
    if folder is not None:
        if not folder.is_dir():
            raise InitError(f"{folder}: not a folder")
        searched = [folder]
    else:
        searched = [root / "specs", root] if (root / "specs").is_dir() else [root]
    found = Found([], [])
    for candidate in searched:
        found = find_specs(candidate)
        if found.specs:
            folder = candidate
            break
    if folder is None or not found.specs:
        names = " or ".join(f"{_rel(p, Path.cwd())}/" for p in searched)
        raise InitError(
            f"no OpenAPI documents in {names} (*.yaml, *.yml or *.json files with a top-level"
            " 'openapi' key); name the folder that has them: openapi-pyclient init FOLDER"
        )
    by_package: dict[str, Path] = {}
    for spec in found.specs:
        other = by_package.setdefault(package_name(spec.stem), spec)
        if other != spec:
            raise InitError(
                f"{other.name} and {spec.name} would both be the package"
                f" {package_name(spec.stem)}: rename one of them"
            )
    text = section(root, folder, found)
    existing = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    updated = existing + ("\n" if existing.strip() else "") + text
    try:
        tomllib.loads(updated)
    except tomllib.TOMLDecodeError as exc:  # a file that only ends mid-table would do this
        raise ConfigError(f"{pyproject}: cannot append a valid section to it: {exc}") from None
    tmp = pyproject.with_name(f".{pyproject.name}.tmp")
    tmp.write_text(updated, encoding="utf-8")
    os.replace(tmp, pyproject)
    shown = _rel(folder, Path.cwd())
    plural = "s" if len(found.specs) != 1 else ""
    names = ", ".join(p.name for p in found.specs)
    lines = [f"found {len(found.specs)} OpenAPI document{plural} in {shown}/: {names}"]
    lines += [f"  left out {p.name}: {why}" for p, why in found.skipped]
    lines.append(
        f"{'appended' if existing else 'wrote'} [tool.generator] to {_rel(pyproject, Path.cwd())}"
        f" (packages: {', '.join(package_name(p.stem) for p in found.specs)})"
    )
    lines.append("next: openapi-pyclient generate   (then `openapi-pyclient check` in CI)")
    return lines
