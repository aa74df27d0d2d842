"""OpenAPI Overlay 1.0 documents (https://spec.openapis.org/overlay/v1.0.0.html) applied after
loading and before validation: update/remove semantics, order, findings with the overlay's file
and line, positions in the overlaid spec still pointing into the spec file, the project's
``[tool.generator.options.<stem>] overlays`` and ``--overlay``, and the cache."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.config import ConfigError, Options, load_config
from generator.errors import SpecError
from generator.load import load_path
from generator.overlay import apply_overlays
from generator.pipeline import api_only, load_and_check

ROOT = Path(__file__).resolve().parents[2]

SPEC = """\
openapi: 3.1.0
info:
  title: Shop
  version: 1.0.0
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - name: limit
          in: query
          schema: {type: integer}
        - name: cursor
          in: query
          schema: {type: string}
        - name: verbose
          in: query
          schema: {type: boolean}
      responses:
        '200':
          description: OK
    post:
      operationId: createItem
      responses:
        '201':
          description: Created
  /internal/debug:
    get:
      operationId: debug
      responses:
        '200':
          description: OK
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


def overlay(folder: Path, actions: str, name: str = "overlay.yaml") -> Path:
    head = "overlay: 1.0.0\ninfo:\n  title: test\n  version: 1.0.0\nactions:\n"
    return write(folder, name, head + textwrap.dedent(actions))


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    return write(tmp_path, "shop.yaml", SPEC)


def overlaid(spec: Path, *overlays: Path):
    return apply_overlays(load_path(spec), [str(p) for p in overlays])


# --- semantics ------------------------------------------------------------------------------


def test_update_merges_objects_recursively_and_appends_arrays(spec: Path, tmp_path: Path) -> None:
    ov = overlay(
        tmp_path,
        """\
        - target: $.paths['/items'].get
          update:
            summary: List the items
            tags: [catalog]
            responses:
              '200':
                description: The items
              '404':
                description: Not found
        - target: $.paths['/items'].get.parameters
          update:
            name: expand
            in: query
            schema: {type: string}
        """,
    )
    op = overlaid(spec, ov).data["paths"]["/items"]["get"]
    assert op["summary"] == "List the items"
    assert op["tags"] == ["items", "catalog"]  # arrays on both sides are concatenated
    assert op["responses"] == {
        "200": {"description": "The items"},  # merged into, not replaced wholesale
        "404": {"description": "Not found"},
    }
    assert [p["name"] for p in op["parameters"]] == ["limit", "cursor", "verbose", "expand"]
    assert op["operationId"] == "listItems"  # untouched keys stay


def test_remove_takes_out_every_targeted_node(spec: Path, tmp_path: Path) -> None:
    ov = overlay(
        tmp_path,
        """\
        - target: $.paths['/internal/debug']
          remove: true
        - target: $.paths['/items'].get.parameters[?@.name != 'cursor']
          remove: true
        - target: $.paths['/items'].post.operationId
          remove: true
          update: {ignored: true}
        """,
    )
    data = overlaid(spec, ov).data
    assert list(data["paths"]) == ["/items"]
    assert [p["name"] for p in data["paths"]["/items"]["get"]["parameters"]] == ["cursor"]
    assert data["paths"]["/items"]["post"] == {"responses": {"201": {"description": "Created"}}}


def test_actions_and_overlays_apply_in_order(spec: Path, tmp_path: Path) -> None:
    first = overlay(
        tmp_path,
        """\
        - target: $.info
          update: {title: One, x-note: first}
        - target: $.info[?@ == 'One']
          remove: true
        """,
        "first.yaml",
    )
    second = overlay(
        tmp_path,
        """\
        - target: $.info
          update: {title: Two}
        """,
        "second.yaml",
    )
    doc = overlaid(spec, first, second)
    assert doc.data["info"] == {"version": "1.0.0", "x-note": "first", "title": "Two"}
    assert doc.overlays == [str(first), str(second)]
    # the other order: the second overlay's title is set, then removed by the first's action
    other = overlaid(spec, second, overlay(tmp_path, "- target: $.info.title\n  remove: true\n"))
    assert "title" not in other.data["info"]


def test_the_spec_hash_covers_the_overlays(spec: Path, tmp_path: Path) -> None:
    plain = load_path(spec).sha256
    one = overlaid(spec, overlay(tmp_path, "- target: $.info\n  update: {x-a: 1}\n")).sha256
    two = overlaid(spec, overlay(tmp_path, "- target: $.info\n  update: {x-a: 2}\n")).sha256
    assert len({plain, one, two}) == 3


# --- findings -------------------------------------------------------------------------------


def test_a_target_selecting_nothing_is_a_warning_at_the_overlay_line(
    spec: Path, tmp_path: Path
) -> None:
    ov = overlay(
        tmp_path,
        """\
        - target: $.info
          update: {x-a: 1}
        - target: $.paths['/nowhere'].get
          update: {x-a: 1}
        """,
    )
    doc, findings = load_and_check(spec, schema_check=False, overlays=(str(ov),))
    [warning] = [f for f in findings if "selects nothing" in f.message]
    assert warning.level == "warning"
    assert (Path(warning.file).name, warning.line) == ("overlay.yaml", 8)
    assert "$.paths['/nowhere'].get" in warning.message
    assert doc.data["info"]["x-a"] == 1  # the other action still applied


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("- target: $.paths[\n  update: {}\n", 6, "is not an RFC 9535 JSONPath"),
        ("- target: paths.items\n  update: {}\n", 6, "is not an RFC 9535 JSONPath"),
        ("- target: $.info\n", 6, "needs 'update' or 'remove: true'"),
        ("- target: $.info\n  remove: yes please\n", 7, "'remove' must be true or false"),
        ("- target: $.info.title\n  update: {a: 1}\n", 7, "cannot merge into"),
        ("- target: $\n  remove: true\n", 6, "cannot remove the whole document"),
    ],
)
def test_overlay_errors_are_findings_with_file_and_line(
    spec: Path, tmp_path: Path, text: str, line: int, says: str
) -> None:
    ov = overlay(tmp_path, text)
    with pytest.raises(SpecError) as caught:
        overlaid(spec, ov)
    [finding] = caught.value.findings
    assert finding.level == "error"
    assert Path(finding.file).name == "overlay.yaml"
    assert finding.line == line
    assert says in finding.message


def test_not_an_overlay_and_a_missing_file_are_findings(spec: Path, tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        overlaid(spec, write(tmp_path, "spec-not-overlay.yaml", SPEC))
    messages = [f.message for f in caught.value.findings]
    assert any("not an OpenAPI Overlay document" in m for m in messages)
    assert any("'actions' must be a list" in m for m in messages)
    with pytest.raises(SpecError) as caught:
        overlaid(spec, write(tmp_path, "list.yaml", "- a\n- b\n"))
    assert "an overlay is a mapping with an 'overlay' key" in caught.value.findings[0].message
    with pytest.raises(SpecError) as caught:
        overlaid(spec, tmp_path / "missing.yaml")
    [finding] = caught.value.findings
    assert finding.file.endswith("missing.yaml") and "cannot read the file" in finding.message
    with pytest.raises(SpecError) as caught:
        overlaid(spec, write(tmp_path, "bad.yaml", "overlay: 1.0.0\nactions: [\n"))
    assert caught.value.findings[0].line >= 2 and "invalid YAML" in caught.value.findings[0].message


def test_positions_still_point_into_the_spec_file(spec: Path, tmp_path: Path) -> None:
    """A node the spec has is found at its own line even when a removal shifted its index; a
    node an overlay added or replaced is found at its nearest ancestor in the spec."""
    plain = load_path(spec)
    ov = overlay(
        tmp_path,
        """\
        - target: $.paths['/items'].get.parameters[0]
          remove: true
        - target: $.paths['/items'].get
          update:
            summary: added
            responses: {'500': {description: Boom}}
        - target: $.info
          update: {title: Replaced}
        """,
    )
    doc = overlaid(spec, ov)
    get = "/paths/~1items/get"
    # 'cursor' is now parameters/0, written at the spec's parameters/1
    assert doc.data["paths"]["/items"]["get"]["parameters"][0]["name"] == "cursor"
    assert doc.locate(f"{get}/parameters/0") == plain.locate(f"{get}/parameters/1")
    assert doc.locate(f"{get}/parameters/1/schema") == plain.locate(f"{get}/parameters/2/schema")
    assert doc.locate(f"{get}/summary") == plain.locate(get)  # added: at its object
    assert doc.locate(f"{get}/responses/500/description") == plain.locate(f"{get}/responses")
    assert doc.locate(f"{get}/responses/200") == plain.locate(f"{get}/responses/200")
    assert doc.locate("/info/title") == plain.locate("/info/title")  # replaced: at its key
    assert doc.locate("/paths/~1internal~1debug/get") == plain.locate(
        "/paths/~1internal~1debug/get"
    )
    assert doc.path == str(spec)  # findings name the spec file


def test_validation_sees_the_overlaid_spec(spec: Path, tmp_path: Path) -> None:
    """Applied before validation: an overlay may fix a spec, or break it (and the error is
    reported in the spec file)."""
    broken = overlay(
        tmp_path,
        "- target: $.paths['/items'].post\n  remove: true\n"
        "- target: $.paths['/items'].get\n  update: {responses: 7}\n",
    )
    with pytest.raises(SpecError) as caught:
        load_and_check(spec, schema_check=False, overlays=(str(broken),))
    assert all(f.file == str(spec) for f in caught.value.findings)
    assert all(f.line > 0 for f in caught.value.findings)


# --- configuration, command line, cache -----------------------------------------------------


def test_options_list_overlays_relative_to_the_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator.options.shop]\noverlays = ["overlays/a.yaml", "b.yaml"]\n'
    )
    cfg = load_config(tmp_path)
    options = cfg.options_for(Path("specs/shop.yaml"))
    assert options.overlays == (
        str(tmp_path.resolve() / "overlays" / "a.yaml"),
        str(tmp_path.resolve() / "b.yaml"),
    )
    assert options.key() != Options().key() and "a.yaml" in options.key()
    assert options.over({}).overlays == options.overlays
    assert Options().key() == Options(overlays=()).key()  # no overlays: keys as before
    (tmp_path / "pyproject.toml").write_text('[tool.generator.options.shop]\noverlays = "a.yaml"\n')
    with pytest.raises(ConfigError, match="overlays must be a list of overlay file paths"):
        load_config(tmp_path)


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_overlay_with_bad_jsonpath_is_a_finding_not_a_traceback(
    spec: Path, tmp_path: Path
) -> None:
    ov = overlay(tmp_path, "- target: $.paths[?@.x ==]\n  update: {a: 1}\n")
    run = run_cli(
        "generate", str(spec), "--out", str(tmp_path / "out"), "--overlay", str(ov), cwd=tmp_path
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "overlay.yaml:6:" in run.stderr and "is not an RFC 9535 JSONPath" in run.stderr
    assert not (tmp_path / "out").exists()  # nothing written
    # validate and inspect take --overlay as well
    run = run_cli("validate", str(spec), "--overlay", str(ov), cwd=tmp_path)
    assert run.returncode == 1 and "Traceback" not in run.stderr + run.stdout
    assert "overlay.yaml:6:" in run.stdout
    good = overlay(
        tmp_path,
        "- target: $.paths['/items'].get\n  update: {x-speakeasy-name-override: browse}\n",
        "good.yaml",
    )
    run = run_cli("inspect", str(spec), "--overlay", str(good), cwd=tmp_path)
    assert run.returncode == 0 and "client.items.browse" in run.stdout
    # --overlay without a spec is a usage error
    assert run_cli("generate", "--overlay", str(good), cwd=tmp_path).returncode == 2


def test_config_listed_overlays_apply_and_editing_one_regenerates(
    spec: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    (project / "specs" / "shop.yaml").write_text(SPEC)
    (project / "pyproject.toml").write_text(
        '[tool.generator.options.shop]\noverlays = ["names.yaml"]\n'
    )
    names = overlay(
        project,
        "- target: $.paths['/items'].get\n  update: {x-speakeasy-name-override: browse}\n",
        "names.yaml",
    )
    env = {"OPENAPI_PYCLIENT_CACHE": str(tmp_path / "cache")}
    surface = project / "generated" / "shop" / "api-surface.json"

    first = run_cli("generate", cwd=project, env=env)
    assert first.returncode == 0, first.stderr
    assert "client.items.browse" in surface.read_text()
    again = run_cli("generate", cwd=project, env=env)
    assert "unchanged" in again.stdout  # the cache holds while nothing changed
    names.write_text(names.read_text().replace("browse", "catalog"))
    edited = run_cli("generate", cwd=project, env=env)
    assert edited.returncode == 0, edited.stderr
    assert "unchanged" not in edited.stdout
    assert "client.items.catalog" in surface.read_text()
    assert run_cli("check", cwd=project, env=env).returncode == 0
    # the overlay gone: a finding naming it, and the last good output stays
    names.unlink()
    gone = run_cli("generate", cwd=project, env=env)
    assert gone.returncode == 1 and "Traceback" not in gone.stderr + gone.stdout
    assert "names.yaml: error: overlay: cannot read the file" in gone.stdout + gone.stderr
    assert "client.items.catalog" in surface.read_text()


def test_api_only_applies_the_options_overlays(spec: Path, tmp_path: Path) -> None:
    ov = overlay(tmp_path, "- target: $.paths['/internal/debug']\n  remove: true\n")
    _, api = api_only(spec, "shop", Options(overlays=(str(ov),)))
    assert [r.attr for r in api.root.children] == ["items"]
