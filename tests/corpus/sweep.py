"""Corpus sweep: run the generator on every spec of the public corpus and check the result.

``python -m tests.corpus.sweep [--sample] [--jobs N] [--report PATH] [--mypy-largest N]``

Per MANIFEST row (``expect`` column):

* ``generate``: the generator exits 0 without a traceback; every module of the package imports
  and every model builds in a fresh process (``import_check.py``), ``ruff check`` passes, and
  ``mypy --strict`` passes on the package (every package that generated; ``--mypy-largest N``
  limits it to the N largest specs, 0 to none).
* ``reject``: exit status 1, ``FILE:LINE:COL: error: what`` on stderr, no traceback.

The mypy stage runs after all generation, one mypy process per package, ``--jobs`` at a time,
largest first. Most of a cold mypy run is the standard library, pydantic and httpx, the same for
every package: one mypy run first checks a module that imports what the packages import from
outside themselves and fills a base cache; each package is then checked with its own copy of
that cache. A copy, not one shared cache: mypy trusts a cached module whose source hash is
unchanged, whatever its path, and every package has the same ``_runtime`` modules, often under
the same package name, so a shared cache could replay one package's results for another.

Writes a Markdown report and a JSON one next to it; exit status 1 when any spec is not
handled as the MANIFEST expects.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from tests.bench._harness import TreeMemory

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CORPUS_DIR", "/work/shared/corpus"))
CHECKER = Path(__file__).with_name("import_check.py")
DEFAULT_REPORT = ROOT / "reports" / "corpus.md"
TIMEOUTS = {"generate": 300, "import": 300, "mypy": 1200}
MAX_DETAIL_LINES = 8
MYPY_FIRST_ERRORS = 5  # kept per failing package (report and JSON)
# mypy --strict is left out for specs above this (Microsoft Graph v1.0, 20 MB: a 120 MB package
# of 18,000 modules); they are generated, imported and linted like every other
MYPY_MAX_SPEC_BYTES = 10_000_000
# no config file: the base cache and every package's run see the same options wherever the
# workdir is (the project's [tool.mypy] does not apply to generated packages)
MYPY = ("-m", "mypy", "--config-file", "", "--strict", "--no-error-summary")

# --sample: small 3.0 and 3.1 specs, the union/discriminator/nullable/allOf cases, two
# mid-size real APIs and every reject case; 20-30 s on 2 cores, mypy --strict included.
SAMPLE = (
    "oai-examples/v3.0/petstore-expanded.yaml",
    "oai-examples/v3.1/webhook-example.yaml",
    "openapi-python-client/3.1_specific.openapi.yaml",
    "datamodel-code-generator/allof.yaml",
    "datamodel-code-generator/oneof.yaml",
    "datamodel-code-generator/discriminator.yaml",
    "datamodel-code-generator/discriminator_allof.yaml",
    "datamodel-code-generator/nullable.yaml",
    "datamodel-code-generator/nullable_31.yaml",
    "apis-guru/pinecone.io.json",
    "apis-guru/openai.com.json",
    "openapi-python-client/baseline_openapi_3.1.yaml",
    "openapi-python-client/documents_with_errors/bad-status-code.yaml",
    "openapi-python-client/documents_with_errors/circular-body-ref.yaml",
    "openapi-python-client/documents_with_errors/invalid-uuid-defaults.yaml",
    "openapi-python-client/documents_with_errors/missing-body-ref.yaml",
    "openapi-python-client/documents_with_errors/optional-path-param.yaml",
)

ERROR_LINE = re.compile(r"^(?P<file>.+?):(?P<line>[1-9]\d*):(?P<col>\d+): error: (?P<what>\S.*)$")
MORE_LINE = re.compile(r"^\.\.\. and (\d+) more\b")
MYPY_LINE = re.compile(
    r"^(?P<where>[^:\s]+\.py:\d+)(?::\d+)?: error: (?P<msg>.*?)(?:\s+\[(?P<code>[\w-]+)\])?$"
)
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\{\w+\}|#/[^\s)]*|\b\d+\b")
OPERATION = re.compile(r"^(?:GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE|QUERY) \S+: ")
GENERATED_LINE = re.compile(r": (\d+) methods, (\d+) models → ")


@dataclass(frozen=True)
class Spec:
    path: str
    bytes: int
    version: str
    expect: str


@dataclass
class Failure:
    stage: str  # generate | import | mypy | reject
    cause: str  # normalized first line, the key failures are grouped by
    detail: str
    count: int = 1


@dataclass
class Result:
    spec: str
    expect: str
    bytes: int
    generate: str = "-"  # ok | fail | rejected (as expected)
    imports: str = "-"  # ok | fail | skipped ("-": a reject spec)
    mypy: str = "-"  # ok | fail | skipped
    mypy_errors: int = 0  # error lines mypy printed
    mypy_first: list[str] = field(default_factory=list)  # its first lines, as printed
    warnings: int = 0
    degraded_ops: int = 0  # generator warnings naming an operation (lower bound if truncated)
    warnings_truncated: bool = False
    package: str = ""
    methods: int = 0  # as the generator reported them
    models: int = 0  # as the generator reported them, then as the import check built them
    seconds: dict[str, float] = field(default_factory=dict)
    peak_mb: int = 0  # generate: peak summed PSS of the generator and its workers
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def fail(self, stage: str, first: str, detail: str = "") -> None:
        # the grouping key: no pointer, operation, names or numbers
        what = OPERATION.sub("OP: ", first.split(" (#/", 1)[0])
        cause = f"{stage}: {QUOTED.sub('…', what)}"
        for known in self.failures:
            if known.cause == cause:
                known.count += 1
                return
        lines = [detail] if first in detail else [first, detail]
        self.failures.append(Failure(stage, cause, "\n".join(filter(None, lines))))


def load_manifest(corpus: Path = CORPUS) -> list[Spec]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [Spec(r["local_path"], int(r["bytes"]), r["openapi_version"], r["expect"]) for r in rows]


def _run(
    cmd: list[str], cwd: Path, timeout: int, peak_kb: list[int] | None = None
) -> tuple[int | None, str, str, float]:
    """Exit status (None on timeout), stdout, stderr and seconds of one subprocess;
    ``peak_kb``: gets the peak summed PSS of the process and its descendants (forked workers
    included, shared pages split between them), polled every 0.2 s."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    poller = TreeMemory(proc.pid, interval=0.2) if peak_kb is not None else None
    if poller is not None:
        poller.start()
    try:
        out, err = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        code = None
    finally:
        if poller is not None and peak_kb is not None:
            poller.stop()
            peak_kb.append(poller.peak_kb)
    return code, out or "", err or "", time.perf_counter() - start


def _traceback_summary(text: str) -> tuple[str, str]:
    """The exception line of the last traceback in ``text`` and its innermost frame."""
    tail = text[text.rindex("Traceback") :].splitlines()
    exception = next((ln for ln in reversed(tail) if ln and not ln.startswith(" ")), "?")
    frames = [i for i, ln in enumerate(tail) if ln.lstrip().startswith('File "')]
    frame = "\n".join(ln.strip() for ln in tail[frames[-1] : frames[-1] + 2]) if frames else ""
    return exception, frame


def _count_warnings(result: Result, stderr: str) -> None:
    for line in stderr.splitlines():
        if ": warning: " in line:
            result.warnings += 1
            message = line.split(": warning: ", 1)[1].split(" (#/", 1)[0]
            # the OpenAPI schema check's own findings (duplicate operationId...) drop nothing
            schema_check = "openapi schema" in message.lower()
            result.degraded_ops += "operation" in message.lower() and not schema_check
        elif match := MORE_LINE.match(line):
            result.warnings += int(match.group(1))
            result.warnings_truncated = True


def check_reject(result: Result, spec_file: Path, code: int | None, out: str, err: str) -> None:
    if code is None:
        result.fail("reject", f"timed out after {TIMEOUTS['generate']}s")
    elif "Traceback" in out + err:
        exception, frame = _traceback_summary(out + err)
        result.fail("reject", exception, frame)
    elif code != 1:
        result.fail("reject", f"exit status {code}, expected 1", err.strip()[-800:])
    errors = [m for ln in err.splitlines() if (m := ERROR_LINE.match(ln))]
    if not errors:
        result.fail("reject", "no 'FILE:LINE:COL: error: what' line on stderr", err.strip()[-800:])
    elif not any(Path(m["file"]).resolve() == spec_file.resolve() for m in errors):
        result.fail("reject", "the error lines do not name the spec file", errors[0].group(0))
    result.generate = "rejected" if result.ok else "fail"


def check_generate(result: Result, code: int | None, out: str, err: str, dist: Path) -> str | None:
    """Record the generate stage; the generated package's name when there is one."""
    if code is None:
        result.fail("generate", f"timed out after {TIMEOUTS['generate']}s")
    elif "Traceback" in out + err:
        exception, frame = _traceback_summary(out + err)
        result.fail("generate", exception, frame)
    elif code != 0:
        first = next((ln for ln in err.splitlines() if ": error: " in ln), f"exit status {code}")
        result.fail("generate", first.split(": error: ", 1)[-1], first)
    packages = sorted(p.parent.name for p in dist.glob("*/__init__.py")) if dist.is_dir() else []
    if result.ok and len(packages) != 1:
        result.fail("generate", f"expected one package in the output, found {packages}")
    result.generate = "ok" if result.ok else "fail"
    return packages[0] if result.ok else None


def check_import(result: Result, dist: Path, package: str) -> None:
    found = dist / "import_check.json"
    cmd = [sys.executable, "-I", str(CHECKER), str(dist), package, str(found)]
    code, out, err, seconds = _run(cmd, dist, TIMEOUTS["import"])
    result.seconds["import"] = round(seconds, 2)
    if code is None or not found.is_file():
        why = "timed out" if code is None else f"import check crashed (exit {code})"
        result.fail("import", why, (out + err).strip()[-800:])
    else:
        data = json.loads(found.read_text(encoding="utf-8"))
        result.models = int(data["models"])
        for error in data["errors"]:
            lines = [f"{error['kind']} {error['where']}", error["line"]]
            result.fail("import", error["error"], "\n".join(filter(None, lines)))
    result.imports = "fail" if any(f.stage == "import" for f in result.failures) else "ok"
    # ruff is fast: every generated package is linted, not only the largest
    code, out, err, _ = _run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--output-format",
            "concise",
            package,
        ],
        dist,
        TIMEOUTS["import"],
    )
    if code != 0:
        first = next(
            (ln for ln in out.splitlines() if ln.startswith(package)), (out + err).strip()[:300]
        )
        result.fail("import", f"ruff check: {first.split(': ', 1)[-1]}", first)
        result.imports = "fail"


# a line that may be an import; ast confirms it (descriptions in docstrings may read like one)
IMPORT_LINE = re.compile(
    r"^[ \t]*(?:from[ \t]+(?P<from>[A-Za-z_][\w.]*)[ \t]+import\b"
    r"|import[ \t]+(?P<names>[A-Za-z_][\w.]*(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*)*))",
    re.MULTILINE,
)


def _imported_modules(text: str, *, parse: bool) -> set[str]:
    """Modules named by absolute imports in ``text``: by regex, or (``parse``) by ast."""
    if not parse:
        found = set()
        for m in IMPORT_LINE.finditer(text):
            found.update([m["from"]] if m["from"] else re.split(r"[ \t]*,[ \t]*", m["names"]))
        return found
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return set()  # the package's own checks report it
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module)
    return found


def outside_imports(packages: list[tuple[Path, str]]) -> set[str]:
    """The modules the packages (``(dist, name)``) import that are not the packages themselves.

    Parsing every file of the corpus takes a minute, so a file is parsed only when a line of it
    reads like the import of a module not yet confirmed by parsing another file.
    """
    confirmed: set[str] = set()
    for dist, package in packages:
        own = {package, "__future__"}
        for file in (dist / package).rglob("*.py"):
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            candidates = _imported_modules(text, parse=False) - confirmed
            if any(name.split(".")[0] not in own for name in candidates):
                found = _imported_modules(text, parse=True)
                confirmed |= {name for name in found if name.split(".")[0] not in own}
    return confirmed


def warm_mypy_cache(typed: list[Result], workdir: Path) -> tuple[Path | None, float]:
    """Fill a mypy cache with what the packages import from outside (stdlib, pydantic, httpx...).

    Returns the cache (None if mypy could not write one) and the seconds it took. The warm-up
    module's own errors do not matter, only the cache of the modules it imports. A module the
    warm-up misses is checked by each package that imports it: slower, not less exact.
    """
    start = time.perf_counter()
    base = workdir / ".mypy-base"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    modules = outside_imports([(dist_dir(workdir, r.spec), r.package) for r in typed])
    lines = (f"import {name} as _m{i}" for i, name in enumerate(sorted(modules)))
    (base / "_corpus_mypy_warm.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = [sys.executable, *MYPY, "--cache-dir", str(base / "cache"), "_corpus_mypy_warm.py"]
    code = _run(cmd, base, TIMEOUTS["mypy"])[0]
    ok = code in (0, 1) and (base / "cache").is_dir()
    return (base / "cache" if ok else None), time.perf_counter() - start


def check_mypy(result: Result, dist: Path, package: str, base_cache: Path | None = None) -> None:
    """``mypy --strict`` the package, from a copy of ``base_cache`` (none: no cache at all)."""
    start = time.perf_counter()
    cache = dist.parent / ".mypy-cache" / dist.name
    if base_cache is not None:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(base_cache, cache)
        flags = ["--cache-dir", str(cache)]
    else:
        flags = ["--no-incremental", "--cache-dir", os.devnull]
    try:
        code, out, err, _ = _run([sys.executable, *MYPY, *flags, package], dist, TIMEOUTS["mypy"])
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    result.seconds["mypy"] = round(time.perf_counter() - start, 2)
    if code == 0:
        result.mypy = "ok"
        return
    result.mypy = "fail"
    printed = [ln for ln in out.splitlines() if ": error: " in ln]
    result.mypy_errors = len(printed)
    result.mypy_first = printed[:MYPY_FIRST_ERRORS]
    errors = [m for ln in out.splitlines() if (m := MYPY_LINE.match(ln))]
    if code is None or not errors:
        why = f"timed out after {TIMEOUTS['mypy']}s" if code is None else f"exit {code}"
        result.mypy_first = result.mypy_first or [why, *(out + err).strip().splitlines()[-3:]]
        result.fail("mypy", why, (out + err)[-800:])
    for m in errors:
        file, _, number = m["where"].partition(":")
        source = (dist / file).read_text(encoding="utf-8").splitlines()[int(number) - 1]
        code_tag = f"[{m['code']}] " if m["code"] else ""
        result.fail("mypy", f"{code_tag}{m['msg']}", f"{m['where']}: {source.strip()}")


def dist_dir(workdir: Path, spec: str) -> Path:
    return workdir / re.sub(r"\W", "_", spec)


def run_spec(spec: Spec, workdir: Path) -> Result:
    """Generate, then (for ``expect=generate``) import the package."""
    result = Result(spec.path, spec.expect, spec.bytes)
    spec_file = CORPUS / spec.path
    dist = dist_dir(workdir, spec.path)
    shutil.rmtree(dist, ignore_errors=True)
    cmd = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        str(spec_file),
        "--out",
        str(dist),
        "--verbose",
    ]
    peak: list[int] = []
    code, out, err, seconds = _run(cmd, ROOT, TIMEOUTS["generate"], peak)
    result.seconds["generate"] = round(seconds, 2)
    result.peak_mb = round(peak[0] / 1024) if peak else 0
    _count_warnings(result, err)
    if spec.expect == "reject":
        check_reject(result, spec_file, code, out, err)
        return result
    result.imports = result.mypy = "skipped"
    if counts := GENERATED_LINE.search(out):
        result.methods, result.models = int(counts[1]), int(counts[2])
    package = check_generate(result, code, out, err, dist)
    if package is not None:
        result.package = package
        check_import(result, dist, package)
    return result


class Progress:
    """One refreshed line on a terminal, one line per finished task otherwise."""

    def __init__(self, total: int, label: str, stream: TextIO = sys.stdout) -> None:
        self.total, self.label, self.stream = total, label, stream
        self.tty = stream.isatty()
        self.done = self.failed = 0
        self.running: list[str] = []
        self.lock = threading.Lock()

    def start(self, name: str) -> None:
        with self.lock:
            self.running.append(name)
            self._draw()

    def finish(self, name: str, *, ok: bool, seconds: float) -> None:
        with self.lock:
            self.running.remove(name)
            self.done += 1
            self.failed += not ok
            if not self.tty:
                status = "ok  " if ok else "FAIL"
                where = f"{self.label} {self.done:3}/{self.total}"
                print(f"[{where}] {status} {name} ({seconds:.1f}s)", file=self.stream, flush=True)
            self._draw()

    def close(self) -> None:
        if self.tty:
            print(file=self.stream, flush=True)

    def _draw(self) -> None:
        if not self.tty:
            return
        width = shutil.get_terminal_size().columns - 1
        filled = 20 * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (20 - filled)
        ok = self.done - self.failed
        line = f"{self.label} [{bar}] {self.done}/{self.total} ok {ok} fail {self.failed} | "
        line += ", ".join(Path(p).name for p in self.running)
        print("\r" + line[:width].ljust(width), end="", file=self.stream, flush=True)


def run_sweep(
    specs: list[Spec],
    *,
    jobs: int,
    mypy_largest: int | None = None,
    workdir: Path,
    progress: bool = True,
    timings: dict[str, float] | None = None,
) -> list[Result]:
    """Generate and import every spec, then mypy every package that generated.

    ``mypy_largest``: only the packages of the N largest specs (None: all, 0: none).
    Largest first, for balance; the results come back in MANIFEST order. ``timings`` receives
    the wall seconds of the stages (``generate``: generate, import and ruff; ``mypy_cache``:
    the base cache; ``mypy``: the whole mypy stage, cache included).
    """
    timings = {} if timings is None else timings
    start = time.perf_counter()
    bar = Progress(len(specs), "specs") if progress else None

    def one(spec: Spec) -> Result:
        if bar:
            bar.start(spec.path)
        result = run_spec(spec, workdir)
        if bar:
            bar.finish(spec.path, ok=result.ok, seconds=sum(result.seconds.values()))
        return result

    with ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        results = list(pool.map(one, sorted(specs, key=lambda s: -s.bytes)))
        if bar:
            bar.close()
        timings["generate"] = round(time.perf_counter() - start, 1)
        start = time.perf_counter()
        typed = [r for r in results if r.package and r.bytes <= MYPY_MAX_SPEC_BYTES]
        typed = typed if mypy_largest is None else typed[: max(mypy_largest, 0)]
        base_cache = None
        if typed:
            base_cache, seconds = warm_mypy_cache(typed, workdir)
            timings["mypy_cache"] = round(seconds, 1)
        types_bar = Progress(len(typed), "mypy") if progress and typed else None

        def typecheck(result: Result) -> None:
            if types_bar:
                types_bar.start(result.spec)
            check_mypy(result, dist_dir(workdir, result.spec), result.package, base_cache)
            if types_bar:
                secs = result.seconds["mypy"]
                types_bar.finish(result.spec, ok=result.mypy == "ok", seconds=secs)

        list(pool.map(typecheck, typed))
        if types_bar:
            types_bar.close()
        timings["mypy"] = round(time.perf_counter() - start, 1) if typed else 0.0
    order = {s.path: i for i, s in enumerate(specs)}
    return sorted(results, key=lambda r: order[r.spec])


def generator_state() -> str:
    """The commit the sweep ran on, and how many generator/template files differ from it."""
    head = _run(["git", "rev-parse", "--short", "HEAD"], ROOT, 30)[1].strip() or "?"
    changed = _run(["git", "status", "--porcelain", "--", "generator", "templates"], ROOT, 30)[1]
    return f"{head} + {len(changed.splitlines())} changed files in generator/ and templates/"


def totals(results: list[Result]) -> dict[str, int]:
    def count(attr: str, value: str) -> int:
        return sum(getattr(r, attr) == value for r in results)

    return {
        "specs": len(results),
        "as_expected": sum(r.ok for r in results),
        "generate_ok": count("generate", "ok"),
        "generate_fail": sum(r.expect == "generate" and r.generate != "ok" for r in results),
        "rejected_ok": count("generate", "rejected"),
        "reject_fail": sum(r.expect == "reject" and not r.ok for r in results),
        "import_ok": count("imports", "ok"),
        "import_fail": count("imports", "fail"),
        "mypy_ok": count("mypy", "ok"),
        "mypy_fail": count("mypy", "fail"),
        "mypy_skipped": count("mypy", "skipped"),
        "warnings": sum(r.warnings for r in results),
        "degraded_ops": sum(r.degraded_ops for r in results),
    }


def verdict(results: list[Result]) -> str:
    return f"{sum(r.ok for r in results)}/{len(results)} handled as MANIFEST expects"


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines


def mypy_summary(results: list[Result], timings: dict[str, float] | None = None) -> str:
    """``mypy --strict: 97/101 packages pass, 4 fail (stage 412s on 2 jobs)``."""
    t = totals(results)
    checked = t["mypy_ok"] + t["mypy_fail"]
    if not checked:
        return "mypy --strict: not run"
    line = f"mypy --strict: {t['mypy_ok']}/{checked} packages pass, {t['mypy_fail']} fail"
    if t["mypy_skipped"]:
        line += f", {t['mypy_skipped']} not checked"
    if timings and "mypy" in timings:
        line += f" (stage {timings['mypy']:.0f}s"
        line += f", base cache {timings['mypy_cache']:.0f}s)" if "mypy_cache" in timings else ")"
    return line


def _mypy_section(results: list[Result], timings: dict[str, float] | None) -> list[str]:
    checked = [r for r in results if r.mypy in ("ok", "fail")]
    if not checked:
        return []
    out = ["", "## mypy --strict", "", mypy_summary(results, timings) + ".", ""]
    seconds = sorted(checked, key=lambda r: -r.seconds.get("mypy", 0))
    spent = sum(r.seconds.get("mypy", 0) for r in checked)
    out.append(f"Per package (copying the base cache included): {spent:.0f}s in all; slowest:")
    out += [f"- {r.spec}: {r.seconds.get('mypy', 0):.1f}s" for r in seconds[:5]]
    failing = [r for r in checked if r.mypy == "fail"]
    if failing:
        out += ["", "Failing packages, with the first errors mypy printed:", ""]
    for r in failing:
        count = f"{r.mypy_errors} error(s)" if r.mypy_errors else "no error line"
        out += [f"### {r.spec} (`{r.package}`, {count})", "", "```", *r.mypy_first, "```", ""]
    return out[:-1] if out[-1] == "" else out


def summary_rows(results: list[Result]) -> list[list[str]]:
    """The summary table: a header, a row per spec, and a total row."""
    head = ["spec", "expect", "generate", "import", "mypy", "methods", "models", "warnings"]
    rows = [[*head, "ops", "gen s", "gen MB", "total s", ""]]
    for r in results:
        warnings = f"{r.warnings}" + ("*" if r.warnings_truncated else "")
        rows.append(
            [
                r.spec,
                r.expect,
                r.generate,
                r.imports,
                r.mypy,
                f"{r.methods:,}",
                f"{r.models:,}",
                warnings,
                str(r.degraded_ops),
                f"{r.seconds.get('generate', 0):.1f}",
                f"{r.peak_mb:,}",
                f"{sum(r.seconds.values()):.1f}",
                "" if r.ok else "✗",
            ]
        )
    t = totals(results)
    failed = len(results) - t["as_expected"]
    rows.append(
        [
            f"**total** ({len(results)} specs)",
            "",
            f"{t['generate_ok'] + t['rejected_ok']} as expected",
            f"{t['import_ok']} ok",
            f"{t['mypy_ok']} ok",
            f"{sum(r.methods for r in results):,}",
            f"{sum(r.models for r in results):,}",
            f"{t['warnings']:,}",
            f"{t['degraded_ops']:,}",
            f"{sum(r.seconds.get('generate', 0) for r in results):.1f}",
            f"{max((r.peak_mb for r in results), default=0):,} max",
            f"{sum(sum(r.seconds.values()) for r in results):.1f}",
            f"{failed} ✗" if failed else "",
        ]
    )
    return rows


def render_markdown(
    results: list[Result], wall: float, state: str = "", timings: dict[str, float] | None = None
) -> str:
    rows = summary_rows(results)
    t = totals(results)
    summary = f"**{verdict(results)}** ({wall:.0f}s wall" + (
        f"; generator {state})" if state else ")"
    )
    out = ["# Corpus sweep", "", summary, "", mypy_summary(results, timings), "", *_table(rows)]
    out += [
        "",
        "`ops`: generator warnings that mention an operation (dropped/degraded operations; "
        + "the OpenAPI schema check's findings are not counted); "
        + "`*`: the generator printed only the first warnings, so `ops` is a lower bound. "
        + "`mypy`: `mypy --strict` on the generated package (`skipped`: it did not generate, "
        + "or `--mypy-largest` left it out, or its spec is over 10 MB).",
        "",
        "## Totals",
        "",
        *(f"- {key}: {value}" for key, value in t.items()),
        *_mypy_section(results, timings),
        "",
        "## Slowest generation",
        "",
    ]
    slow = sorted(results, key=lambda r: -r.seconds.get("generate", 0))[:5]
    out += [
        f"- {r.spec}: {r.seconds.get('generate', 0):.1f}s, peak {r.peak_mb:,} MB ({r.bytes:,} bytes; "
        "wall time while other specs ran alongside, `--jobs`)"
        for r in slow
    ]
    groups: dict[str, list[tuple[Result, Failure]]] = {}
    for r in results:
        for f in r.failures:
            groups.setdefault(f.cause, []).append((r, f))
    if groups:
        out += ["", "## Failures by cause", ""]
    for cause, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        specs = ", ".join(
            f"{r.spec}" + (f" (×{f.count})" if f.count > 1 else "") for r, f in members
        )
        detail = members[0][1].detail.splitlines()[:MAX_DETAIL_LINES]
        out += [
            f"### {cause}",
            "",
            f"{len(members)} spec(s): {specs}",
            "",
            "```",
            *detail,
            "```",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def write_reports(
    results: list[Result], path: Path, markdown: str, meta: dict[str, object]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown, encoding="utf-8")
    data = {
        "verdict": verdict(results),
        "ok": all(r.ok for r in results),
        **meta,
        "totals": totals(results),
        "results": [{**asdict(r), "ok": r.ok} for r in results],
    }
    path.with_suffix(".json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def select(specs: list[Spec], *, sample: bool, only: list[str]) -> list[Spec]:
    if sample:
        specs = [s for s in specs if s.path in SAMPLE]
    if only:
        specs = [s for s in specs if any(o in s.path for o in only)]
    return specs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.corpus.sweep", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sample", action="store_true", help="the fixed fast subset")
    cores = os.cpu_count() or 2
    parser.add_argument(
        "--jobs", type=int, default=cores, help=f"processes in parallel (default: cores, {cores})"
    )
    parser.add_argument(
        "--report", type=Path, default=DEFAULT_REPORT, help="Markdown report; .json beside it"
    )
    parser.add_argument(
        "--mypy-largest",
        type=int,
        help="mypy --strict only the packages of the N largest specs (default: all; 0: none)",
    )
    parser.add_argument(
        "--spec", action="append", default=[], help="only specs whose path contains this"
    )
    parser.add_argument(
        "--workdir", type=Path, help="keep the generated packages here (default: a temp dir)"
    )
    args = parser.parse_args(argv)
    mypy_largest: int | None = args.mypy_largest
    specs = select(load_manifest(), sample=args.sample, only=args.spec)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="corpus-sweep-") as tmp:
        workdir = args.workdir.resolve() if args.workdir else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        timings: dict[str, float] = {}
        results = run_sweep(
            specs, jobs=args.jobs, mypy_largest=mypy_largest, workdir=workdir, timings=timings
        )
    wall = time.perf_counter() - start
    state = generator_state()
    markdown = render_markdown(results, wall, state, timings)
    meta: dict[str, object] = {
        "wall_seconds": round(wall, 1),
        "stage_seconds": timings,
        "generator": state,
        "options": {"sample": args.sample, "jobs": args.jobs, "mypy_largest": mypy_largest},
    }
    write_reports(results, args.report, markdown, meta)
    print(markdown)
    print(f"{verdict(results)}; {mypy_summary(results, timings)}; {wall:.0f}s wall")
    print(f"reports: {args.report} and {args.report.with_suffix('.json')}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
