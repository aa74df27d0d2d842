"""Stage 8: write a distribution folder atomically and deterministically, or compare with it.

The files go to a temporary folder next to the target, then the target is swapped in with
renames; a failure at any point leaves the existing output exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Self


class UnsafePath(Exception):
    pass


def _safe_relative(rel: str) -> PurePosixPath:
    p = PurePosixPath(rel)
    if p.is_absolute() or any(part in ("..", "") for part in p.parts) or "\\" in rel or "\0" in rel:
        raise UnsafePath(f"refusing to write {rel!r}: outside the output folder")
    return p


@dataclass(frozen=True)
class Staged:
    """A file already written to a :class:`Staging` folder by the process that formatted it:
    all the parent keeps of it is its digest (for the cache manifest), not its text, which
    would have to travel back through a pipe and stay in the parent's memory."""

    sha256: str


def digest(content: str | Staged) -> str:
    """The SHA-256 of a file's UTF-8 bytes, whether the text or its :class:`Staged` record."""
    if isinstance(content, Staged):
        return content.sha256
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


class Staging:
    """The folder a distribution is written into before it replaces ``target`` at once.

    :meth:`open` makes it (a temporary folder next to the target); :meth:`put` writes a file
    into it, from the parent or from a worker process forked after :meth:`open` (the workers
    write their own files while the others still render); :meth:`commit` swaps it in. Leaving
    the ``with`` block without committing removes it, and the target stays as it was."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.folder: str | None = None
        self._made: set[str] = set()
        self._committed = False

    def open(self) -> None:
        if self.folder is None:
            parent = self.target.resolve().parent
            parent.mkdir(parents=True, exist_ok=True)
            self.folder = tempfile.mkdtemp(prefix=f".{self.target.name}.tmp-", dir=parent)

    def put(self, rel: str, text: str) -> Staged:
        self.open()
        assert self.folder is not None
        path = os.path.join(self.folder, *_safe_relative(rel).parts)
        folder = os.path.dirname(path)
        if folder not in self._made:  # one mkdir per folder (and process), not one per file
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)
        data = text.encode("utf-8")  # the text's own "\n"
        with open(path, "wb") as fh:
            fh.write(data)
        return Staged(hashlib.sha256(data).hexdigest())

    def commit(self) -> None:
        self.open()
        assert self.folder is not None
        target = self.target
        parent = target.resolve().parent
        old = None
        if target.exists():
            old = parent / f".{target.name}.old-{os.getpid()}"
            if old.exists():
                shutil.rmtree(old)
            os.replace(target, old)
        try:
            os.replace(self.folder, target)
        except BaseException:
            if old is not None:  # the previous output back where it was
                os.replace(old, target)
            raise
        self._committed = True
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed and self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def write_tree(target: Path, files: dict[str, str]) -> None:
    """Write ``files`` to ``target`` atomically (see :class:`Staging`)."""
    with Staging(target) as staging:
        for rel in sorted(files):
            staging.put(rel, files[rel])
        staging.commit()


def compare_tree(target: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    """(path, "stale" | "missing" | "extra") for every difference; empty when up to date."""
    target = Path(target)
    problems: list[tuple[str, str]] = []
    for rel in sorted(files):
        path = target / _safe_relative(rel)
        try:
            current = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.append((rel, "missing"))
            continue
        if current != files[rel]:
            problems.append((rel, "stale"))
    if target.exists():
        for path in sorted(target.rglob("*")):
            if path.is_file() and not _tool_output(path.relative_to(target)):
                rel = path.relative_to(target).as_posix()
                if rel not in files:
                    problems.append((rel, "extra"))
    return problems


_TOOL_DIRS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}


def _tool_output(rel: PurePosixPath | Path) -> bool:
    """Files that tools leave beside a package (caches, builds): not the generator's."""
    return (
        bool(_TOOL_DIRS & set(rel.parts))
        or any(p.endswith(".egg-info") for p in rel.parts)
        or rel.suffix == ".pyc"
    )
