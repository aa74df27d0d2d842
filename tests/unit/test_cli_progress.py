"""Progress where work is long: stage lines after a delay (on a terminal, or when asked), quiet
otherwise; the summary table of a multi-spec ``generate`` and of the corpus sweep."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from generator import progress
from generator.cli import main
from generator.progress import Progress, Row, summary_table
from tests.corpus import sweep

SPEC = """openapi: 3.1.0
info: {title: Pets, version: '1.0.0'}
servers: [{url: 'https://pets.example'}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
"""
BAD = """openapi: 3.1.0
info: {title: Bad, version: '1'}
paths:
  /pets/{pet_id}:
    get:
      parameters:
        - {name: pet_id, in: path, required: false, schema: {type: string}}
      responses: {'204': {description: ok}}
"""
STAGES = ("loading…", "validating…", "resolving…", "normalizing…", "building…")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAPI_PYCLIENT_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAPI_PYCLIENT_NO_CACHE", raising=False)
    monkeypatch.delenv(progress.ENV, raising=False)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_enabled_flag_then_environment_then_terminal(monkeypatch):
    assert progress.enabled(None, _Tty()) is True
    assert progress.enabled(None, io.StringIO()) is False
    assert progress.enabled(False, _Tty()) is False
    assert progress.enabled(True, io.StringIO()) is True
    monkeypatch.setenv(progress.ENV, "0")
    assert progress.enabled(None, _Tty()) is False
    monkeypatch.setenv(progress.ENV, "1")
    assert progress.enabled(None, io.StringIO()) is True
    assert progress.enabled(False, io.StringIO()) is False  # the flag wins


def test_silent_before_the_delay_then_a_line_per_stage():
    out = io.StringIO()
    with Progress("specs/big.yaml", enabled=True, stream=out, delay=0.2) as p:
        p.stage("loading…")
        time.sleep(0.4)  # the delay passes during this stage: its line comes from the timer
        p.stage("rendering 1,234 files…")
    lines = out.getvalue().splitlines()
    assert [line.rsplit(" (", 1)[0] for line in lines] == [
        "specs/big.yaml: loading…",
        "specs/big.yaml: rendering 1,234 files…",
    ]
    assert all(line.endswith("s)") for line in lines)
    assert float(lines[1].rsplit("(", 1)[1][:-2]) >= 0.4


def test_fast_work_and_disabled_progress_print_nothing():
    out = io.StringIO()
    with Progress("x", enabled=True, stream=out, delay=5) as p:
        for stage in STAGES:
            p.stage(stage)
    with Progress("x", enabled=False, stream=out, delay=0) as p:
        p.stage("loading…")
    assert out.getvalue() == ""


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    return spec


def test_generate_shows_stages_with_progress_and_not_without(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    spec = _spec(tmp_path)
    assert main(["generate", str(spec), "--out", str(tmp_path / "a"), "--progress"]) == 0
    captured = capsys.readouterr()
    stages = [line for line in captured.err.splitlines() if line.startswith(f"{spec}: ")]
    said = [line.split(": ", 1)[1].rsplit(" (", 1)[0] for line in stages]
    assert said[: len(STAGES)] == list(STAGES)
    assert said[len(STAGES)] == "rendering and formatting 1 methods, 2 models…"
    assert said[-1].startswith("writing ")
    # the result line on stdout is as before (tests/bench parses it)
    assert f"{spec}: 1 methods, 2 models → " in captured.out
    # not a terminal (pytest captures), no flag: quiet; --no-progress: quiet
    assert main(["generate", str(spec), "--out", str(tmp_path / "b")]) == 0
    assert "loading…" not in capsys.readouterr().err
    monkeypatch.setenv(progress.ENV, "1")
    assert main(["generate", str(spec), "--out", str(tmp_path / "c"), "--no-progress"]) == 0
    assert "loading…" not in capsys.readouterr().err
    assert main(["generate", str(spec), "--out", str(tmp_path / "d")]) == 0
    assert "loading…" in capsys.readouterr().err


def test_a_failing_spec_stops_its_progress(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    spec = tmp_path / "bad.yaml"
    spec.write_text(BAD)
    assert main(["generate", str(spec), "--out", str(tmp_path / "a"), "--progress"]) == 1
    err = capsys.readouterr().err
    assert "validating…" in err and "Traceback" not in err and "writing" not in err


def test_multi_spec_generate_numbers_specs_and_ends_with_a_table(tmp_path, monkeypatch, capsys):
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "a.yaml").write_text(SPEC)
    (tmp_path / "specs" / "b.yaml").write_text(
        SPEC.replace("/pets:", "/pets:\n    post:\n      responses: {'204': {description: ok}}")
    )
    (tmp_path / "specs" / "c.yaml").write_text(BAD)
    monkeypatch.chdir(tmp_path)
    assert main(["generate"]) == 1
    out = capsys.readouterr().out
    assert "[1/3] specs/a.yaml: 1 methods, 2 models → " in out
    assert "[2/3] specs/b.yaml: 2 methods, 2 models → " in out
    assert "[3/3] c.yaml: failed" in out
    table = out[out.index("\nspec ") + 1 :].splitlines()
    assert table[0].split() == ["spec", "result", "methods", "models", "warnings", "seconds"]
    assert table[2].split()[:5] == ["specs/a.yaml", "generated", "1", "2", "0"]
    assert table[3].split()[:5] == ["specs/b.yaml", "generated", "2", "2", "0"]
    assert table[4].split()[:6] == ["specs/c.yaml", "failed", "-", "-", "-", table[4].split()[5]]
    assert table[-1].startswith("total (3 specs)")
    assert table[-1].split()[3:9] == ["2", "generated,", "1", "failed", "3", "4"]
    # again: unchanged, with the counts recorded when they were generated
    (tmp_path / "specs" / "c.yaml").unlink()
    assert main(["generate"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith("specs/")}
    assert rows["specs/a.yaml"][1:5] == ["unchanged", "1", "2", "0"]
    assert rows["specs/b.yaml"][1:5] == ["unchanged", "2", "2", "0"]
    assert out.splitlines()[-1].split()[:7] == ["total", "(2", "specs)", "2", "unchanged", "3", "4"]


def test_summary_table_layout():
    rows = [Row("specs/openai.yaml", "generated", 1234, 2175, 15, 19.96), Row("x.yaml", "failed")]
    assert summary_table(rows).splitlines() == [
        "spec               result                 methods  models  warnings  seconds",
        "-----------------  ---------------------  -------  ------  --------  -------",
        "specs/openai.yaml  generated                1,234   2,175        15     20.0",
        "x.yaml             failed                       -       -         -      0.0",
        "-----------------  ---------------------  -------  ------  --------  -------",
        "total (2 specs)    1 generated, 1 failed    1,234   2,175        15     20.0",
    ]


def test_corpus_sweep_table_has_methods_models_and_a_total_row():
    ok = sweep.Result("a.yaml", "generate", 10, generate="ok", imports="ok", mypy="ok")
    ok.methods, ok.models, ok.warnings, ok.seconds = 3, 5, 2, {"generate": 1.0, "mypy": 2.0}
    ok.peak_mb = 1234
    rejected = sweep.Result("b.yaml", "reject", 10, generate="rejected")
    rejected.seconds = {"generate": 0.5}
    text = sweep.render_markdown([ok, rejected], wall=4.0)
    table = [line for line in text.splitlines() if line.startswith("| ")]
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in table]
    assert cells[0][:8] == [
        "spec",
        "expect",
        "generate",
        "import",
        "mypy",
        "methods",
        "models",
        "warnings",
    ]
    assert cells[1][:8] == ["a.yaml", "generate", "ok", "ok", "ok", "3", "5", "2"]
    assert cells[-1][0] == "**total** (2 specs)"
    assert cells[-1][2:12] == [
        "2 as expected",
        "1 ok",
        "1 ok",
        "3",
        "5",
        "2",
        "0",
        "1.5",
        "1,234 max",
        "3.5",
    ]
    assert "- a.yaml: 1.0s, peak 1,234 MB" in text


def test_corpus_sweep_reads_the_generators_counts():
    assert sweep.GENERATED_LINE.search("x.yaml: 12 methods, 40 models → out/x (0 warnings, 1.0s)")
