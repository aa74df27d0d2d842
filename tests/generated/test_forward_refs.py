"""Request shapes in the functional TypedDict form (keys such as ``@odata.type``, as in Microsoft
Graph) that name themselves or a shape defined later in their module: written as forward
references, so the module imports, passes ruff, and validates nested bodies at run time.
Fixture: tests/fixtures/forward_refs.yaml."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.generated.conftest import ROOT, generated_package

SPEC = ROOT / "tests" / "fixtures" / "forward_refs.yaml"


def test_self_and_later_references(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    with generated_package(SPEC, "fwd", out) as fwd:
        from pydantic import ValidationError

        runtime = importlib.import_module("fwd._runtime")
        body = {"@odata.type": "x", "children": [{"@odata.type": "y"}], "next": {"back": {"@odata.type": "z"}}}
        assert runtime.build_json_body(fwd.params.NodeParam, body) == body
        with pytest.raises(ValidationError):  # a nested shape is checked too
            runtime.build_json_body(fwd.params.NodeParam, {"@odata.type": "x", "children": [{"kind": "c"}]})
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=out, capture_output=True, text=True, check=False
    )
    assert lint.returncode == 0, lint.stdout
