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


def test_fields_inherited_from_a_base_in_a_cycle(tmp_path: Path) -> None:
    """A subclass in another module than its base, whose field refers to a model defined
    after the base in the base's own (cyclic) module: pydantic resolves the inherited field in
    the subclass's module, which must name that model (and ``Any``, from ``dict[str, Any]``). Before the fix, validating any model
    that reached the subclass raised "not fully defined"."""
    out = tmp_path / "dist"
    spec = ROOT / "tests" / "fixtures" / "inherited_cycle.yaml"
    with generated_package(spec, "inh", out) as inh:
        item = {
            "id": "a",
            "roleDefinition": {"id": "r"},
            "permission": {"action": "read"},
            "settings": {"k": 1},
        }
        found = inh.models.DeviceRoleAssignmentCollection.model_validate({"value": [item]})
        assert found.value[0].role_definition.id == "r"
        assert found.value[0].permission.action == "read"
    source = (out / "inh" / "models" / "device_role_assignment.py").read_text()
    assert "_INHERITED = (\n    Any,\n    Permission,\n    RoleDefinition,\n)" in source
    for tool in (["ruff", "check", "--no-cache", "."], ["black", "--check", "-q", "."]):
        run = subprocess.run([sys.executable, "-m", *tool], cwd=out, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stdout + run.stderr
