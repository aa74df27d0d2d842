"""Import every module of a generated package and build every model; run in a fresh process.

Usage: ``python -I import_check.py DIST PACKAGE OUT_JSON``. Models are generated with
``defer_build=True``, so importing is not enough: each pydantic model is rebuilt with
``model_rebuild(force=True)`` and each public type alias gets a ``TypeAdapter``, the way the
runtime would on first use. The findings go to OUT_JSON (the checked package may print).
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import sys
import traceback
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic

MAX_ERRORS = 200
# pydantic names the model (and field) at fault, which is often not the one being built
MODEL_FIELD = re.compile(
    r"Model '(?P<model>\w+)' needs (?:a discriminator )?field (?:for key )?'(?P<field>\w+)'"
)


def _rel(filename: str, dist: Path) -> str:
    try:
        return str(Path(filename).resolve().relative_to(dist))
    except ValueError:
        return filename


def _generated_line(exc: BaseException, dist: Path) -> str:
    """``file:line: code`` of the last traceback frame inside the generated package."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return f"{_rel(exc.filename, dist)}:{exc.lineno}: {(exc.text or '').strip()}"
    inside = [
        f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(str(dist))
    ]
    if not inside:
        return ""
    frame = inside[-1]
    return f"{_rel(frame.filename, dist)}:{frame.lineno}: {(frame.line or '').strip()}"


def _class_line(cls: type, exc: BaseException, dist: Path, modules: list[ModuleType]) -> str:
    """The generated line at fault: the field pydantic names, else ``cls``'s ``class`` line."""
    named = MODEL_FIELD.search(str(exc))
    if named:
        culprit = next(
            (value for m in modules if isinstance(value := getattr(m, named["model"], None), type)),
            None,
        )
        if culprit is not None:
            return _source_line(culprit, f"{named['field']}:", dist)
    return _source_line(cls, getattr(exc, "name", None), dist)


def _source_line(cls: type, name: object, dist: Path) -> str:
    """The first line of ``cls`` after its ``class`` line that mentions ``name``.

    ``name`` ending in a colon is a field: the line must start with it.
    """
    try:
        lines, start = inspect.getsourcelines(cls)
        filename = _rel(inspect.getsourcefile(cls) or "", dist)
    except (OSError, TypeError):
        return ""
    for offset, text in enumerate(lines):
        if not (isinstance(name, str) and offset):
            continue
        if text.strip().startswith(name) if name.endswith(":") else name in text:
            return f"{filename}:{start + offset}: {text.strip()}"
    return f"{filename}:{start}: {lines[0].strip()}"


def _alias_line(module: ModuleType, name: str, dist: Path) -> str:
    """The line that defines the alias ``name`` in ``module`` (with its first element)."""
    try:
        lines = inspect.getsource(module).splitlines()
        filename = _rel(inspect.getsourcefile(module) or "", dist)
    except (OSError, TypeError):
        return ""
    for number, text in enumerate(lines, 1):
        if text.startswith((f"{name}:", f"{name} =")):
            code = text.strip()
            if code.endswith(("[", "(")) and number < len(lines):
                code += " " + lines[number].strip()
            return f"{filename}:{number}: {code}"
    return ""


def _error(kind: str, where: str, exc: BaseException, line: str) -> dict[str, str]:
    message = str(exc).strip().splitlines()
    return {
        "kind": kind,
        "where": where,
        "error": f"{type(exc).__name__}: {message[0] if message else ''}",
        "line": line,
        "trace": "".join(traceback.format_exception(exc)[-6:]),
    }


def _rebuild(model: type[pydantic.BaseModel]) -> None:
    # a function of its own: pydantic also resolves names in the caller's locals
    model.model_rebuild(force=True, raise_errors=True)


def _adapt(tp: Any) -> None:
    pydantic.TypeAdapter(tp)


def check(dist: Path, package: str) -> dict[str, object]:
    errors: list[dict[str, str]] = []
    modules: list[ModuleType] = []

    def on_walk_error(name: str) -> None:
        exc = sys.exc_info()[1]
        if exc is not None:
            errors.append(_error("import", name, exc, _generated_line(exc, dist)))

    try:
        root = importlib.import_module(package)
    except Exception as exc:  # noqa: BLE001 - every failure is a finding
        errors.append(_error("import", package, exc, _generated_line(exc, dist)))
        return {"modules": 0, "models": 0, "aliases": 0, "errors": errors, "n_errors": 1}
    modules.append(root)
    for info in pkgutil.walk_packages(root.__path__, f"{package}.", onerror=on_walk_error):
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as exc:  # noqa: BLE001
            errors.append(_error("import", info.name, exc, _generated_line(exc, dist)))

    n_models = n_aliases = 0
    for module in modules:
        runtime = module.__name__.startswith(f"{package}._runtime")
        for name, value in sorted(vars(module).items()):
            if (
                isinstance(value, type)
                and issubclass(value, pydantic.BaseModel)
                and value.__module__ == module.__name__
            ):
                n_models += 1
                try:
                    _rebuild(value)
                except Exception as exc:  # noqa: BLE001
                    where = f"{module.__name__}.{name}"
                    errors.append(
                        _error("model", where, exc, _class_line(value, exc, dist, modules))
                    )
            elif (
                not runtime
                and name in getattr(module, "__all__", ())
                and typing.get_origin(value) is not None
            ):
                n_aliases += 1
                try:
                    _adapt(value)
                except Exception as exc:  # noqa: BLE001
                    where = f"{module.__name__}.{name}"
                    named = MODEL_FIELD.search(str(exc))
                    line = _alias_line(module, name, dist)
                    if named:
                        line += "\n" + _class_line(value, exc, dist, modules)
                    errors.append(_error("alias", where, exc, line))
    return {
        "modules": len(modules),
        "models": n_models,
        "aliases": n_aliases,
        "errors": errors[:MAX_ERRORS],
        "n_errors": len(errors),
    }


def main(argv: list[str]) -> int:
    dist, package, out = Path(argv[0]).resolve(), argv[1], Path(argv[2])
    sys.path.insert(0, str(dist))
    result = check(dist, package)
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
