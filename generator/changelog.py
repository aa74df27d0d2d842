"""The CHANGELOG of a generated package: one entry per regeneration that changed the API
surface, newest first. The previous surface is the ``api-surface.json`` already in the output
folder, so regenerating an unchanged spec keeps the file byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.diff import diff
from generator.ir import Api

SURFACE_FILE = "api-surface.json"
CHANGELOG_FILE = "CHANGELOG.md"
HEADER = "# Changelog\n\nAPI-surface changes of this generated client, newest first.\n"


def previous_surface(out: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((out / SURFACE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "methods" in data and "models" in data else None


def changelog(api: Api, new: dict[str, Any], out: Path | None) -> str:
    old = previous_surface(out) if out is not None else None
    try:
        existing = (out / CHANGELOG_FILE).read_text(encoding="utf-8") if out is not None else ""
    except OSError:
        existing = ""
    body = existing[len(HEADER) :] if existing.startswith(HEADER) else ""
    title = f"## {api.version} (spec sha256 {api.spec_sha256[:12]})"
    if old is None:
        if body:
            return existing
        entry = f"{title}\n\nFirst generation: {len(new['methods'])} methods, {len(new['models'])} models.\n"
        return f"{HEADER}\n{entry}"
    changes = diff(old, new)
    if not changes:
        return existing or f"{HEADER}\n{title}\n\nNo API-surface changes recorded yet.\n"
    breaking = [c for c in changes if c.breaking]
    lines = [title, ""]
    if breaking:
        lines.append(f"{len(breaking)} breaking change(s):")
        lines.append("")
    for c in sorted(changes, key=lambda c: (not c.breaking, c.kind, c.where)):
        lines.append(f"- {'**breaking** ' if c.breaking else ''}{c.kind}: `{c.where}` — {c.reason}")
    entry = "\n".join(lines) + "\n"
    return f"{HEADER}\n{entry}" + (f"\n{body.lstrip(chr(10))}" if body.strip() else "")
