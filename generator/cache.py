"""Skipping work that was already done, by content hash; never serving a stale result.

Two things are cached, in ``$OPENAPI_PYCLIENT_CACHE`` (default ``~/.cache/openapi-pyclient``;
``OPENAPI_PYCLIENT_NO_CACHE=1`` turns caching off):

* the OpenAPI schema check of a spec (slow on big specs), keyed by the spec's bytes and the
  validator's version;
* what a ``generate`` wrote: for an output folder, the key of its inputs (spec bytes, every
  file it ``$ref``s, the package name, the generator's own code, templates and runtime) and
  the hash of every file written. A regeneration whose key matches, into a folder whose
  files still hash the same, has nothing to do. Anything else regenerates.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from generator import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

    from generator.write import Staged


def enabled() -> bool:
    return not os.environ.get("OPENAPI_PYCLIENT_NO_CACHE")


def cache_dir() -> Path:
    base = os.environ.get("OPENAPI_PYCLIENT_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "openapi-pyclient"


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """Hash of the generator's code, templates and runtime, wherever they are (a checkout, or
    an installed package whose ``generator/templates`` holds them): a new generator never
    reuses what an old one wrote."""
    from generator.assets import PACKAGE_DIR, TEMPLATES

    digest = hashlib.sha256(__version__.encode())
    folders = [("generator", PACKAGE_DIR)]
    if not TEMPLATES.is_relative_to(PACKAGE_DIR):
        folders.append(("generator/templates", TEMPLATES))
    for name, folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(f"{name}/{path.relative_to(folder).as_posix()}".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, value: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(value, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written is only a slower run


# -- the schema check ----------------------------------------------------------------------


def _validator_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("openapi-spec-validator")
    except PackageNotFoundError:
        return "unknown"


def load_schema_findings(spec_sha: str) -> list[tuple[str, str, str]] | None:
    if not enabled():
        return None
    data = _read_json(cache_dir() / "schema-check" / f"{spec_sha}-{_validator_version()}.json")
    if not isinstance(data, list):
        return None
    return [tuple(item) for item in data]  # type: ignore[misc]


def store_schema_findings(spec_sha: str, findings: list[tuple[str, str, str]]) -> None:
    if enabled():
        _write_json(
            cache_dir() / "schema-check" / f"{spec_sha}-{_validator_version()}.json", findings
        )


# -- outputs --------------------------------------------------------------------------------


def _manifest_path(out: Path) -> Path:
    key = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:32]
    return cache_dir() / "outputs" / f"{key}.json"


def _key(inputs: dict[str, str | None], package: str, settings: str) -> str:
    digest = hashlib.sha256(generator_fingerprint().encode())
    digest.update(f"{package}\0{settings}\0".encode())
    for path in sorted(inputs):
        digest.update(f"{path}\0{inputs[path]}\0".encode())
    return digest.hexdigest()


def up_to_date(out: Path, spec: Path, package: str, settings: str = "") -> bool:
    """Whether ``out`` holds exactly what generating ``spec`` would write now."""
    if not enabled():
        return False
    manifest = _read_json(_manifest_path(out))
    if not isinstance(manifest, dict) or not isinstance(manifest.get("inputs"), dict):
        return False
    inputs = {p: sha256_file(Path(p)) for p in manifest["inputs"]}
    if str(spec.resolve()) not in inputs or inputs != manifest["inputs"]:
        return False
    if manifest.get("key") != _key(inputs, package, settings):
        return False
    files = manifest.get("files")
    if not isinstance(files, dict):
        return False
    if _listing(out) != set(files):
        return False
    # a file whose size and modification time are as recorded after writing it is what was
    # written (git's index makes the same bet); any other is hashed
    stats = manifest.get("stat")
    stats = stats if isinstance(stats, dict) else {}
    return all(
        _stat(out / rel) == stats.get(rel) or sha256_file(out / rel) == digest
        for rel, digest in files.items()
    )


def _listing(out: Path) -> set[str]:
    """The files under ``out`` (relative, ``/``-separated) but those tools leave there."""
    from generator.write import _tool_output

    found: set[str] = set()
    for folder, _, names in os.walk(out):
        base = os.path.relpath(folder, out).replace(os.sep, "/")
        prefix = "" if base == "." else base + "/"
        found.update(prefix + name for name in names)
    return {rel for rel in found if not _tool_output(PurePosixPath(rel))}


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def record(
    out: Path,
    spec: Path,
    package: str,
    extra_inputs: list[Path],
    files: Mapping[str, str | Staged],
    settings: str = "",
    stats: dict[str, int] | None = None,
) -> None:
    """``stats``: counts to show again when the output is found up to date (methods...)."""
    if not enabled():
        return
    from generator.write import digest

    inputs = {str(p.resolve()): sha256_file(p) for p in [spec, *extra_inputs]}
    manifest = {
        "key": _key(inputs, package, settings),
        "inputs": inputs,
        "files": {rel: digest(content) for rel, content in files.items()},
        "stats": stats or {},
        # size and modification time of each file as written, for a quick check next time
        "stat": {rel: _stat(out / rel) for rel in files},
    }
    _write_json(_manifest_path(out), manifest)


def recorded_stats(out: Path) -> dict[str, int]:
    """The ``stats`` recorded with the output in ``out`` (empty if none)."""
    manifest = _read_json(_manifest_path(out))
    stats = manifest.get("stats") if isinstance(manifest, dict) else None
    if not isinstance(stats, dict):
        return {}
    return {str(k): v for k, v in stats.items() if isinstance(v, int)}
