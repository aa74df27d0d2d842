"""Rendering and formatting in forked workers gives the bytes the in-line path gives, and a
worker's failure reaches the caller as the same error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import format as fmt
from generator import workers
from generator.build import build
from generator.errors import FormatError
from generator.format import format_files
from generator.normalize import normalize
from generator.pipeline import load_and_check
from generator.render import render_package
from generator.resolve import resolve
from generator.write import Staged, Staging, digest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "openai_audio.yaml"
SKIP = ("pkg/_runtime/",)

pytestmark = pytest.mark.skipif(
    not __import__("sys").platform.startswith("linux"), reason="forked workers: Linux only"
)


def _api():
    doc, _ = load_and_check(SPEC, schema_check=False)
    return build(normalize(resolve(doc)), "pkg", doc.sha256)


def test_forked_workers_write_the_same_files_in_the_same_order(monkeypatch):
    api = _api()
    expected = format_files(render_package(api), skip_prefixes=SKIP)
    monkeypatch.setattr(workers, "PARALLEL_MIN_FILES", 1)
    monkeypatch.delenv("OPENAPI_PYCLIENT_SERIAL", raising=False)
    assert workers.worker_count(100) >= 1
    reports: list[tuple[int, int]] = []
    parent = os.getpid()
    files, extra = workers.render_and_format(
        api,
        None,
        skip_prefixes=SKIP,
        meanwhile=os.getpid,
        report=lambda done, total: reports.append((done, total)),
    )
    assert extra == parent  # ``meanwhile`` ran in the parent
    assert list(files) == list(expected)
    assert files == expected
    if workers.worker_count(len(files)) > 1:
        assert reports and reports[-1] == (len(files), len(files))


@pytest.mark.parametrize("count", [1, 2])
def test_each_process_writes_what_it_formatted_to_the_staging_folder(monkeypatch, tmp_path, count):
    api = _api()
    expected = format_files(render_package(api), skip_prefixes=SKIP)
    monkeypatch.setattr(workers, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(workers, "worker_count", lambda files: count)
    target = tmp_path / "out"
    with Staging(target) as staging:
        files, _ = workers.render_and_format(
            api, None, skip_prefixes=SKIP, meanwhile=lambda: None, staging=staging
        )
        assert not target.exists()  # nothing in place before the commit
        staging.commit()
    written = {
        p.relative_to(target).as_posix(): p.read_text(encoding="utf-8")
        for p in target.rglob("*")
        if p.is_file()
    }
    assert written == expected
    # what came back to the parent: each file's digest, not its text
    assert files == {path: Staged(digest(text)) for path, text in expected.items()}


def test_a_worker_failure_is_the_callers_error(monkeypatch, tmp_path):
    api = _api()
    monkeypatch.setattr(workers, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(workers, "worker_count", lambda files: 2)
    real = fmt._check_syntax

    def broken(path: str, source: str) -> None:
        real(path, source + "\n)" if path.endswith("/__init__.py") else source)

    monkeypatch.setattr(fmt, "_check_syntax", broken)  # inherited by the forked workers
    target = tmp_path / "out"
    target.mkdir()
    (target / "kept.txt").write_text("as it was")
    with pytest.raises(FormatError, match="does not parse"), Staging(target) as staging:
        workers.render_and_format(
            api, None, skip_prefixes=SKIP, meanwhile=lambda: None, staging=staging
        )
    # what the workers wrote is gone with the staging folder; the target is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert [p.name for p in target.iterdir()] == ["kept.txt"]
