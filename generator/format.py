"""Stage 7: format every Python file as black formats it (black's own API, one mode)."""

from __future__ import annotations

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=88)


class FormatError(Exception):
    pass


def format_source(path: str, source: str) -> str:
    try:
        return black.format_str(source, mode=MODE)
    except black.InvalidInput as exc:  # a generator bug, never a spec's fault
        raise FormatError(f"{path}: the generated code does not parse: {exc}") from None


def format_files(files: dict[str, str], *, skip_prefixes: tuple[str, ...] = ()) -> dict[str, str]:
    out = {}
    for path, text in files.items():
        if path.endswith(".py") and not path.startswith(skip_prefixes):
            out[path] = format_source(path, text)
        else:
            out[path] = text
    return out
