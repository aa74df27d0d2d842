"""The corpus sample (``python -m tests.corpus.sweep --sample``) in ``make test``, mypy included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import sweep

pytestmark = pytest.mark.skipif(
    not (sweep.CORPUS / "MANIFEST.tsv").is_file(), reason=f"no corpus at {sweep.CORPUS}"
)


def test_sample_is_in_manifest() -> None:
    paths = {s.path for s in sweep.load_manifest()}
    assert set(sweep.SAMPLE) <= paths


@pytest.mark.timeout(300)
def test_sample_handled_as_manifest_expects(tmp_path: Path) -> None:
    """Generate, import, ruff and mypy --strict every sample package (mypy: about 10 s)."""
    specs = sweep.select(sweep.load_manifest(), sample=True, only=[])
    results = sweep.run_sweep(specs, jobs=2, workdir=tmp_path, progress=False)
    assert {"generate", "reject"} == {r.expect for r in results}
    assert all(r.mypy in ("ok", "fail") for r in results if r.generate == "ok")
    failures = [
        f"{r.spec} [{f.stage}]\n    " + f.detail.replace("\n", "\n    ")
        for r in results
        for f in r.failures
    ]
    assert not failures, f"{sweep.verdict(results)}:\n" + "\n".join(failures)
    # the generator's peak memory (summed over its processes) is measured for every spec
    assert all(r.peak_mb > 0 for r in results), [(r.spec, r.peak_mb) for r in results]
