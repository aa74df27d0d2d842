"""User code written against the generated clients type-checks under mypy --strict and pyright.

Inputs (``snippets/``, never imported by pytest; see ``conftest.py``):

- ``snippets/good/*.py``: code a user writes; zero errors from both checkers.
- ``snippets/bad/*.py``: a "bad twin" with one mistake; the line(s) with the mistake end in
  ``# expect-error``. Both checkers must report an error on each such line, and on no other.
- every ```python block of README.md preceded by ``<!-- example: NAME -->``: zero errors.
- snippets that import ``openai_api`` (``openai_*.py``; ``openai_audio_*.py`` are the seed
  package's) or ``pets`` (``pets_*.py``): the official OpenAI spec of the corpus and
  ``tests/fixtures/pets.yaml`` (readOnly/writeOnly, formats, path parameters, binary
  responses), each generated once per session into a temporary folder by
  ``python -m generator generate`` (side by side).

A first line ``# xfail: <reason>`` marks a snippet known to fail today: its test xfails (with
the checkers' first error) while it fails, and fails once it passes (strict), so the marker is
removed when the generator is fixed. README examples cannot carry a marker: ``README_XFAIL``.

Each checker runs once over all the snippets together (mypy and pyright side by side); the
tests only read the results, by module name (snippet file names are unique). mypy starts from
an empty cache each session; ``TYPING_MYPY_CACHE_DIR=DIR`` keeps one across sessions (faster,
but mypy then trusts any cached module whose source hash is unchanged, and replays its errors
under the path it had when cached: fine for these tests, which read results by module name).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SNIPPETS = HERE / "snippets"
GENERATED = ROOT / "generated"
SEED_PACKAGES = ("aibrary", "chat_streaming", "openai_audio")
CORPUS = Path(os.environ.get("CORPUS_DIR", "/work/shared/corpus"))
OPENAI_SPEC = CORPUS / "openai" / "openapi.yaml"
OPENAI_PACKAGE = "openai_api"
PETS_SPEC = ROOT / "tests" / "fixtures" / "pets.yaml"
PETS_PACKAGE = "pets"
# packages generated per session (not in generated/): name -> spec
SESSION_PACKAGES: dict[str, Path] = {OPENAI_PACKAGE: OPENAI_SPEC, PETS_PACKAGE: PETS_SPEC}
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
PYTHON_VERSION = "3.11"

EXAMPLE = re.compile(r"<!-- example: (\w+) -->\n```python\n(.*?)```", re.DOTALL)
XFAIL = re.compile(r"#\s*xfail:\s*(.+?)\s*$")
EXPECT_ERROR = re.compile(r"#\s*expect-error\s*$")

# README examples known to fail today (they cannot carry a `# xfail:` line): name -> reason.
README_XFAIL: dict[str, str] = {}


@dataclass(frozen=True)
class Snippet:
    id: str  # good/NAME, bad/NAME, readme/NAME
    kind: str  # good | bad | readme
    module: str  # the file's module name: unique across all snippets
    source: str
    path: Path | None  # None for a README example: written to a temp file per session
    xfail: str | None
    expected: frozenset[int]  # bad: the 1-based lines marked `# expect-error`

    def imports(self, package: str) -> bool:
        found = re.search(rf"^\s*(from|import)\s+{package}\b", self.source, re.MULTILINE)
        return found is not None


def _snippet(kind: str, name: str, source: str, path: Path | None, xfail: str | None) -> Snippet:
    lines = source.splitlines()
    if xfail is None and lines and (match := XFAIL.match(lines[0])):
        xfail = match.group(1)
    expected = frozenset(i for i, line in enumerate(lines, 1) if EXPECT_ERROR.search(line))
    module = f"readme_{name}" if kind == "readme" else name
    return Snippet(f"{kind}/{name}", kind, module, source, path, xfail, expected)


def collect_snippets() -> list[Snippet]:
    snippets = [
        _snippet(kind, path.stem, path.read_text(encoding="utf-8"), path, None)
        for kind in ("good", "bad")
        for path in sorted((SNIPPETS / kind).glob("*.py"))
    ]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, source in EXAMPLE.findall(readme):
        snippets.append(_snippet("readme", name, source, None, README_XFAIL.get(name)))
    modules = [s.module for s in snippets]
    duplicates = sorted({m for m in modules if modules.count(m) > 1})
    assert not duplicates, f"snippet file names must be unique across good/ and bad/: {duplicates}"
    shadowing = sorted(set(modules) & {*SEED_PACKAGES, *SESSION_PACKAGES})
    assert not shadowing, f"a snippet named like the package it imports hides it: {shadowing}"
    return snippets


SNIPPET_LIST = collect_snippets()
TIMINGS: dict[str, float] = {}  # seconds, for the terminal summary (conftest.py)


@dataclass(frozen=True)
class Diagnostic:
    checker: str
    line: int  # 1-based
    message: str
    code: str

    def __str__(self) -> str:
        first, *rest = self.message.splitlines() or [""]
        details = "".join(f"\n      {line.strip()}" for line in rest)
        return f"{self.checker} line {self.line}: {first} [{self.code}]{details}"


@dataclass
class Results:
    """Every error each checker reported on a snippet."""

    files: dict[str, Path] = field(default_factory=dict)  # snippet id -> file checked
    errors: dict[str, list[Diagnostic]] = field(default_factory=dict)  # by module name
    skipped: dict[str, str] = field(default_factory=dict)  # snippet id -> why not checked
    failed: dict[str, str] = field(default_factory=dict)  # snippet id -> why it cannot pass

    def of(self, snippet: Snippet, checker: str) -> list[Diagnostic]:
        return [d for d in self.errors.get(snippet.module, []) if d.checker == checker]


def pyright_missing_reason() -> str | None:
    """Outside CI a missing node_modules skips the suite; in CI (``CI`` set) it is an error."""
    if PYRIGHT.exists() or os.environ.get("CI"):
        return None
    return f"pyright is not installed ({PYRIGHT} is missing): run `make install`"


def generate(spec: Path, package: str, out: Path) -> str | None:
    """Generate ``spec``'s package into ``out/<package>``; None, or why it failed."""
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "generator", "generate", str(spec)]
    command += ["--out", str(out / package), "--name", package]
    done = subprocess.run(
        command, check=False, cwd=ROOT, capture_output=True, text=True, timeout=240
    )
    if done.returncode != 0:
        return f"`{' '.join(command)}` exited {done.returncode}:\n{done.stderr[-3000:]}"
    return None


def mypy_cache_dir(tmp: Path) -> Path:
    configured = os.environ.get("TYPING_MYPY_CACHE_DIR")
    return Path(configured) if configured else tmp / "mypy-cache"


def start_mypy(files: list[Path], search: list[Path], tmp: Path) -> subprocess.Popen[str]:
    config = tmp / "mypy.ini"  # its own config: the project's [tool.mypy] does not apply
    config.write_text(
        "[mypy]\n"
        f"python_version = {PYTHON_VERSION}\n"
        f"mypy_path = {os.pathsep.join(str(p) for p in search)}\n"
        # the packages' own errors are not the snippets' (mypy --strict checks them in `make lint`)
        "follow_imports = silent\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--strict"]
    command += ["--no-error-summary", "--output", "json", "--cache-dir", str(mypy_cache_dir(tmp))]
    command += [str(f) for f in files]
    return subprocess.Popen(
        command, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@dataclass(frozen=True)
class Finished:
    returncode: int
    out: str
    err: str
    seconds: float


def wait_for(process: subprocess.Popen[str], started: float) -> Finished:
    try:
        out, err = process.communicate(timeout=600)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return Finished(process.returncode, out, err, time.monotonic() - started)


def read_mypy(done: Finished) -> Iterator[tuple[str, Diagnostic]]:
    out, err = done.out, done.err
    if done.returncode not in (0, 1):
        raise RuntimeError(f"mypy exited {done.returncode}:\n{err[-3000:]}\n{out[-3000:]}")
    for line in out.splitlines():
        if not line.startswith("{"):
            continue
        item = json.loads(line)
        if item.get("severity") != "error":
            continue
        message = item["message"] + (f"\n{item['hint']}" if item.get("hint") else "")
        diagnostic = Diagnostic("mypy", int(item["line"]), message, item.get("code") or "")
        yield Path(item["file"]).stem, diagnostic


def start_pyright(files: list[Path], search: list[Path], tmp: Path) -> subprocess.Popen[str]:
    config = tmp / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                # pyright ignores absolute paths here
                "include": [os.path.relpath(f, tmp) for f in files],
                "extraPaths": [str(p) for p in search],
                "typeCheckingMode": "strict",
                "pythonVersion": PYTHON_VERSION,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    # --pythonpath: the interpreter running the tests, whose site-packages hold httpx/pydantic
    command = [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(config)]
    return subprocess.Popen(
        command, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def read_pyright(done: Finished, files: list[Path]) -> Iterator[tuple[str, Diagnostic]]:
    out, err = done.out, done.err
    if done.returncode not in (0, 1):
        raise RuntimeError(f"pyright exited {done.returncode}:\n{err[-3000:]}\n{out[-3000:]}")
    report = json.loads(out)
    analyzed = report["summary"]["filesAnalyzed"]
    if analyzed != len(files):
        raise RuntimeError(f"pyright analyzed {analyzed} files, not the {len(files)} snippets")
    for item in report["generalDiagnostics"]:
        if item["severity"] != "error":
            continue
        line = item.get("range", {}).get("start", {}).get("line", -1) + 1
        diagnostic = Diagnostic("pyright", line, item["message"], item.get("rule", ""))
        yield Path(item["file"]).stem, diagnostic


@pytest.fixture(scope="session")
def results(tmp_path_factory: pytest.TempPathFactory) -> Results:
    """Both checkers, once each, over every snippet and README example."""
    if reason := pyright_missing_reason():
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("typing")
    found = Results()
    search = [GENERATED / name for name in SEED_PACKAGES]

    users = {p: [s for s in SNIPPET_LIST if s.imports(p)] for p in SESSION_PACKAGES}
    wanted = [p for p, snippets in users.items() if snippets]
    for package in [p for p in wanted if not SESSION_PACKAGES[p].exists()]:
        why = f"the spec of {package} is not there: {SESSION_PACKAGES[package]}"
        found.skipped.update({s.id: why for s in users[package]})
        wanted.remove(package)
    if wanted:
        started = time.monotonic()
        with ThreadPoolExecutor(len(wanted)) as pool:
            jobs = [
                pool.submit(generate, SESSION_PACKAGES[p], p, tmp / "generated") for p in wanted
            ]
            failures = dict(zip(wanted, [job.result() for job in jobs], strict=True))
        TIMINGS[f"generate {' + '.join(wanted)}"] = time.monotonic() - started
        for package, failure in failures.items():
            if failure:
                found.failed.update({s.id: failure for s in users[package]})
            else:
                search.append(tmp / "generated" / package)

    (tmp / "readme").mkdir()
    for snippet in SNIPPET_LIST:
        if snippet.id in found.skipped or snippet.id in found.failed:
            continue
        path = snippet.path
        if path is None:
            path = tmp / "readme" / f"{snippet.module}.py"
            path.write_text(snippet.source, encoding="utf-8")
        found.files[snippet.id] = path.resolve()
    files = list(found.files.values())

    (tmp / "mypy").mkdir()
    (tmp / "pyright").mkdir()
    started = time.monotonic()
    with ThreadPoolExecutor(2) as pool:  # side by side; each thread drains its pipes
        mypy = pool.submit(wait_for, start_mypy(files, search, tmp / "mypy"), started)
        pyright = pool.submit(wait_for, start_pyright(files, search, tmp / "pyright"), started)
        mypy_done, pyright_done = mypy.result(), pyright.result()
    TIMINGS["mypy"] = mypy_done.seconds
    TIMINGS["pyright"] = pyright_done.seconds
    diagnostics = [*read_mypy(mypy_done), *read_pyright(pyright_done, files)]
    modules = {s.module for s in SNIPPET_LIST}
    for module, diagnostic in diagnostics:
        if module in modules:  # (mypy reports nothing in the packages: follow_imports = silent)
            found.errors.setdefault(module, []).append(diagnostic)
    return found


def problems(snippet: Snippet, found: Results) -> dict[str, list[str]]:
    """By checker, what is wrong with its verdict on this snippet (all empty: as it should be)."""
    out: dict[str, list[str]] = {}
    for checker in ("mypy", "pyright"):
        errors = found.of(snippet, checker)
        if snippet.kind != "bad":
            out[checker] = [f"unexpected error: {d}" for d in errors]
            continue
        marked = snippet.expected
        out[checker] = [
            f"not on a `# expect-error` line: {d}" for d in errors if d.line not in marked
        ]
        reported = {d.line for d in errors}
        out[checker] += [
            f"{checker} reports no error on line {n}, marked `# expect-error`"
            for n in sorted(marked - reported)
        ]
    return out


@pytest.mark.parametrize("snippet", SNIPPET_LIST, ids=[s.id for s in SNIPPET_LIST])
def test_snippet(snippet: Snippet, results: Results) -> None:
    if snippet.id in results.skipped:
        pytest.skip(results.skipped[snippet.id])
    if snippet.kind == "bad" and not snippet.expected:
        pytest.fail("a bad snippet needs a line ending in `# expect-error`", pytrace=False)
    if snippet.id in results.failed:
        found = {"generator": [results.failed[snippet.id]]}
    else:
        found = problems(snippet, results)
    if any(found.values()) and snippet.xfail:
        firsts = " | ".join(lines[0].splitlines()[0] for lines in found.values() if lines)
        pytest.xfail(f"{snippet.xfail} || {firsts}")
    if any(found.values()):
        where = (
            snippet.path.relative_to(ROOT)
            if snippet.path
            else f"README.md example {snippet.module}"
        )
        listed = [line for lines in found.values() for line in lines]
        pytest.fail(f"{where}:\n  " + "\n  ".join(listed), pytrace=False)
    if snippet.xfail:
        pytest.fail(
            f"XPASS(strict): {snippet.id} now passes both checkers; remove its xfail marker "
            f"({snippet.xfail!r})",
            pytrace=False,
        )
