"""Benchmark: our generator and its generated client against the tools people would use instead.

    python -m tests.bench.run [--quick] [--repeat N] [--only NAME[,NAME]] [--profile] [--graph]

Sections (``--only``): ``gen`` (cold generation of three real specs vs datamodel-code-generator
and openapi-python-client, plus the parse floor; ``--graph``, or ``BENCH_GRAPH=1`` as in
``make bench BENCH_GRAPH=1``, adds Microsoft Graph v1.0: 20 MB, minutes a round, so not in the
default run), ``regen`` (second run into the same ``--out`` vs the YAML parse time),
``import`` (import + client construction vs ``openai``, and the time to a first response,
where deferred imports are paid), ``stream``
(SSE chat-completion chunks per second vs ``openai``), ``call`` (per-call overhead vs
``openai``), ``profile`` (cProfile top 15 and un-profiled stage times of our generator on the
OpenAI spec; also added to a normal run by ``--profile``).

Every number comes from a fresh child process. Ours and the peers run as the same kind of process
(CLI vs CLI; for the clients one interpreter, ``.bench-venv/clients``, holding only openai,
httpx and pydantic, so both clients import the same httpx/pydantic and nothing else),
alternating A B A B ..., and are compared as medians and ratios, because absolute times drift on
a shared 2-core machine. The peers live in ``.bench-venv/``, never in the project's ``.venv``.
The summary goes to stdout and, with the machine description, to ``reports/bench.md``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import pstats
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tests.bench._env import (
    BENCH_BIN,
    CLIENT_PY,
    ROOT,
    bench_env,
    dmcg_command,
    ensure_bench_venv,
    machine_description,
    project_python,
    source_state,
)
from tests.bench._harness import (
    SUMMARY_HEADER,
    Run,
    Section,
    Series,
    Target,
    alternate,
    fmt,
    last_line,
    md_table,
    run_child,
    text_table,
)

CORPUS = Path(os.environ.get("BENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
SPECS: dict[str, Path] = {
    "openai": CORPUS / "openai" / "openapi.yaml",
    "stripe": CORPUS / "apis-guru" / "stripe.com.json",
    "github-ghes-3.6": CORPUS / "apis-guru" / "github.com__ghes-3.6.json",
}
# opt-in (--graph, BENCH_GRAPH=1): minutes per round for all three tools
LARGE_SPECS: dict[str, Path] = {
    "microsoft-graph-v1.0": CORPUS / "apis-guru" / "microsoft.com__graph.json",
}
REGEN_SPEC = "openai"
CHILD = Path(__file__).resolve().parent / "_child.py"
REPORT = ROOT / "reports" / "bench.md"
GEN_PKG = "bench_pkg"
CLIENT_PKG = "oai_bench"
STREAM_EVENTS = 20_000
CALLS = 2_000
SECTIONS = ("gen", "regen", "import", "stream", "call", "profile")
DEFAULT_SECTIONS = ("gen", "regen", "import", "stream", "call")


@dataclass(frozen=True)
class Repeats:
    gen: int
    regen: int
    imports: int
    stream: int
    call: int

    @classmethod
    def choose(cls, quick: bool, repeat: int | None) -> Repeats:
        if repeat is not None:
            return cls(repeat, repeat, repeat if quick else max(repeat, 10), repeat, repeat)
        if quick:
            return cls(1, 1, 3, 1, 1)
        return cls(3, 3, 15, 5, 5)


def _seconds(run: Run) -> float:
    assert run.result is not None
    return float(run.result["seconds"])


class Bench:
    def __init__(self, repeats: Repeats) -> None:
        self.repeats = repeats
        self.py = project_python()
        self.work = Path(tempfile.mkdtemp(prefix="openapi-bench-"))
        self.sections: list[Section] = []
        self.client_dir: Path | None = None
        self.client_error = ""
        self._n = 0
        self.load_at_start = os.getloadavg()
        self.source_at_start = source_state()

    def fresh(self, tag: str) -> Path:
        """A new, not yet existing directory for one run's output. Outputs are removed when
        the bench ends, not after each run: on a file system that skips recently freed inodes
        when it allocates (ext4 without a journal, as on this VM, for one to six minutes),
        deleting one tool's thousands of files makes the next tool's file creation pay for
        them (a second of kernel time per 4,000 files, measured with perf)."""
        self._n += 1
        return self.work / f"{tag}-{self._n}"

    def add(self, section: Section) -> None:
        section.print()
        self.sections.append(section)

    # -- children ------------------------------------------------------------------------------

    def parse_floor(self, spec: Path) -> Run:
        run = run_child([self.py, CHILD, "parse", spec], env=bench_env(), cwd=ROOT)
        if run.ok and run.result is None:
            run.error = "no result"
        return run

    def ours_env(self, *, no_cache: bool) -> dict[str, str]:
        """Our generator's environment; its cache (if it uses one) is private to this run."""
        env = bench_env(no_cache=no_cache)
        env["OPENAPI_PYCLIENT_CACHE"] = str(self.work / "generator-cache")
        return env

    def ours_generate(self, spec: Path, out: Path, *, no_cache: bool, pkg: str = GEN_PKG) -> Run:
        cmd = [self.py, "-m", "generator", "generate", spec, "--out", out, "--name", pkg]
        run = run_child(cmd, env=self.ours_env(no_cache=no_cache), cwd=ROOT)
        if run.ok and not (out / pkg / "__init__.py").is_file():
            run.error = "exit 0 but no package written"
        return run

    def client_child(self, mode: str, client: str, *extra: str) -> Run:
        assert self.client_dir is not None
        cmd = [CLIENT_PY, CHILD, mode, "--client", client, "--pkg", CLIENT_PKG, *extra]
        # the same environment for both clients: ours needs its directory on sys.path
        run = run_child(cmd, env=bench_env(pythonpath=self.client_dir), cwd=self.work)
        if run.ok and run.result is None:
            run.error = f"no result: {last_line(run.output)}"
        return run

    def ensure_client(self) -> bool:
        """Generate our OpenAI client once (cache allowed) for the import/stream/call sections."""
        if self.client_dir is not None or self.client_error:
            return self.client_dir is not None
        out = self.work / "client"
        run = self.ours_generate(SPECS["openai"], out, no_cache=False, pkg=CLIENT_PKG)
        if run.ok:
            # byte-compile it as pip does for an installed package (openai's is compiled)
            compiled = run_child(
                [CLIENT_PY, "-m", "compileall", "-q", out / CLIENT_PKG], env=bench_env()
            )
            if not compiled.ok:
                print(f"compileall: {compiled.error}", file=sys.stderr)
            self.client_dir = out
        else:
            self.client_error = f"generating the OpenAI client failed: {run.error}"
            print(self.client_error, file=sys.stderr)
        return run.ok

    # -- a. cold generation --------------------------------------------------------------------

    def gen(self, key: str, spec: Path) -> None:
        loader = "yaml CSafeLoader" if spec.suffix in (".yaml", ".yml") else "json.loads"
        ours = Series("ours: client + models")
        dmcg = Series("datamodel-codegen: models only")
        opc = Series("openapi-python-client: client")
        floor = Series(f"parse floor ({loader}, in-process)", value=_seconds)
        modular = [False]

        def m_ours() -> Run:
            out = self.fresh("ours")
            run = self.ours_generate(spec, out, no_cache=True)
            if run.ok and not ours.notes:
                summary = re.search(r"(\d+ methods, \d+ models).*?\((\d+) warnings", run.output)
                if summary:
                    ours.notes.append(f"{summary.group(1)}, {summary.group(2)} warnings")
            return run  # the output stays until the bench ends: see Bench.fresh

        def m_dmcg() -> Run:
            out = self.fresh("dmcg")
            out.mkdir()
            target = out / ("models" if modular[0] else "models.py")
            cmd = dmcg_command(spec, target)
            run = run_child(cmd, env=bench_env(peer=True), cwd=out)
            refused = "Modular references require an output directory" in run.output
            if not run.ok and refused and not modular[0]:
                # the spec's schema names make it emit a package: measure that, and say so
                modular[0] = True
                dmcg.notes.append(
                    "refused a single output file ('Modular references require an output "
                    "directory'); measured with --output DIR"
                )
                shutil.rmtree(out, ignore_errors=True)
                return m_dmcg()
            if run.ok and not target.exists():
                run.error = "exit 0 but nothing written"
            return run

        def m_opc() -> Run:
            out = self.fresh("opc")
            cmd = [
                BENCH_BIN / "openapi-python-client",
                "generate",
                "--path",
                spec,
                "--output-path",
                out,
                "--overwrite",
            ]
            run = run_child(cmd, env=bench_env(peer=True), cwd=self.work)
            if run.ok and not (out / "pyproject.toml").exists():
                run.error = "exit 0 but nothing written"
            if run.ok and not opc.notes:
                warnings = run.output.count("WARNING parsing")
                skipped = run.output.count("will not be generated")
                opc.notes.append(f"{warnings} warnings, {skipped} endpoints not generated")
                if "Skipping Integration" in run.output:
                    opc.notes.append("post-hooks skipped (ruff not on PATH)")
            return run

        tools = [(ours, m_ours), (dmcg, m_dmcg), (opc, m_opc), (floor, lambda: self.parse_floor(spec))]
        if key in LARGE_SPECS:
            # one round on Graph v1.0 ran 3.5 min at 2.7 GB before it was stopped (2026-12-06)
            tools.remove((opc, m_opc))
            opc.notes.append("not run on this spec: one round takes many minutes")
        alternate(
            tools,
            self.repeats.gen,
            label=f"gen {key}",
            show=lambda r: f"{r.result['seconds']:.3f}s parse" if r.result else f"{r.wall:.2f}s",
        )
        our_t, our_m = ours.median(), ours.median_mem_mb()
        rows = []
        for s in (ours, dmcg, opc, floor):
            t, m = s.median(), s.median_mem_mb()
            peer = s is not ours and s is not floor
            rows.append(
                [
                    s.name,
                    fmt(t, "s"),
                    fmt(s.min(), "s"),
                    fmt(s.median_cpu(), "s") if s is not floor else "—",
                    fmt(m, "MB") if s is not floor else "—",
                    fmt(s.median_maxrss_mb(), "MB") if s is not floor else "—",
                    _ratio(our_t, t) if s is not ours else "—",
                    _ratio(our_m, m) if peer else "—",
                    "; ".join([s.status, *s.notes]),
                ]
            )
        targets = [
            Target(
                f"{key}: cold generation time",
                our_t,
                dmcg.median(),
                "<=",
                0.5,
                "s",
                "datamodel-codegen",
                note=_peer_note(dmcg),
            ),
            Target(
                f"{key}: cold generation time",
                our_t,
                opc.median(),
                "<",
                1,
                "s",
                "openapi-python-client",
                note=_peer_note(opc),
            ),
            Target(
                f"{key}: cold generation peak memory",
                our_m,
                dmcg.median_mem_mb(),
                "<=",
                1.0 if key in LARGE_SPECS else 0.5,  # issue 12: Graph at most datamodel-codegen's
                "MB",
                "datamodel-codegen",
                note=_peer_note(dmcg),
            ),
            Target(
                f"{key}: cold generation time vs parse floor",
                our_t,
                floor.median(),
                "info",
                0,
                "s",
                "parse",
            ),
        ]
        notes = [
            (
                f"spec: {spec.relative_to(CORPUS) if spec.is_relative_to(CORPUS) else spec} "
                f"({spec.stat().st_size / 1e6:.1f} MB); {self.repeats.gen} rounds, "
                "time = process wall time (spawn to exit); CPU = user+sys of the process and "
                "the children it waited for; peak memory = peak of the process tree's summed "
                "PSS (polled every 0.1 s; fair to tools that fork workers); max RSS = the "
                "largest single process (ru_maxrss); the parse floor is the in-process parse "
                "alone; ours runs with OPENAPI_PYCLIENT_NO_CACHE=1 into a fresh --out; every "
                "output is kept until the bench ends (deleting thousands of files slows the "
                "next run's file creation on some file systems)"
            ),
        ]
        if ours.failed:
            notes.append(f"ours failed: {ours.status}")
        self.add(Section(f"a. cold generation: {key}", GEN_HEADER, rows, targets, notes))

    # -- b. regeneration -----------------------------------------------------------------------

    def regen(self) -> None:
        spec = SPECS[REGEN_SPEC]
        out = self.work / "regen"
        first = self.ours_generate(spec, out, no_cache=False)
        progress_line = f"first run {first.wall:.1f}s" if first.ok else first.error
        print(f"  · regen {REGEN_SPEC}: {progress_line}", file=sys.stderr)
        ours = Series("ours: 2nd run, same --out, cache allowed")
        floor = Series("parse floor (in-process)", value=_seconds)
        alternate(
            [
                (ours, lambda: self.ours_generate(spec, out, no_cache=False)),
                (floor, lambda: self.parse_floor(spec)),
            ],
            self.repeats.regen,
            label=f"regen {REGEN_SPEC}",
        )
        rows = [
            [
                s.name,
                fmt(s.median(), "s"),
                fmt(s.min(), "s"),
                fmt(s.median_maxrss_mb(), "MB"),
                _ratio(ours.median(), s.median()) if s is floor else "—",
                s.status,
            ]
            for s in (ours, floor)
        ]
        targets = [
            Target(
                f"{REGEN_SPEC}: regeneration, nothing changed",
                ours.median(),
                floor.median(),
                "<=",
                0.2,
                "s",
                "YAML parse",
            ),
        ]
        notes = [f"first (untimed) run: {progress_line}"]
        if not first.ok:
            notes.append("the first run failed, so the timed runs had nothing to reuse")
        header = ["what", "median", "min", "max RSS", "ours/this", "status"]
        self.add(Section(f"b. regeneration: {REGEN_SPEC}", header, rows, targets, notes))

    # -- c. import cost ------------------------------------------------------------------------

    def imports(self) -> None:
        if not self.ensure_client():
            self.add(_failed_section("c. import cost", self.client_error, "import cost"))
            return
        ours = Series(f"ours: import {CLIENT_PKG}; Client(); .chat.completions", value=_seconds)
        peer = Series("openai: import openai; OpenAI(); .chat.completions", value=_seconds)
        ours_first = Series("ours: import, Client(mock), first models.retrieve", value=_seconds)
        peer_first = Series("openai: import, OpenAI(mock), first models.retrieve", value=_seconds)
        alternate(
            [
                (ours, lambda: self.client_child("import", "ours")),
                (peer, lambda: self.client_child("import", "openai")),
                (ours_first, lambda: self.client_child("first", "ours")),
                (peer_first, lambda: self.client_child("first", "openai")),
            ],
            self.repeats.imports,
            warmup=1,
            label="import",
            show=lambda r: f"{_seconds(r) * 1000:.0f} ms in-process, {r.wall * 1000:.0f} ms wall",
        )
        rows = []
        for s in (ours, peer, ours_first, peer_first):
            modules = s.good[0].result.get("modules", "?") if s.good and s.good[0].result else "?"
            rows.append(
                [
                    s.name,
                    fmt(s.median(), "ms"),
                    fmt(s.min(), "ms"),
                    fmt(s.median_wall(), "ms"),
                    fmt(s.median_maxrss_mb(), "MB"),
                    str(modules),
                    s.status,
                ]
            )
        targets = [
            Target(
                "import: import + Client() + .chat.completions, in-process",
                ours.median(),
                peer.median(),
                "<=",
                0.08,
                "ms",
                "openai",
                note=_peer_note(peer),
            ),
            Target(
                "import: the same, whole child process wall time",
                ours.median_wall(),
                peer.median_wall(),
                "info",
                0,
                "ms",
                "openai",
            ),
            Target(
                "import: the same, child max RSS",
                ours.median_maxrss_mb(),
                peer.median_maxrss_mb(),
                "info",
                0,
                "MB",
                "openai",
            ),
            Target(
                "import: time to first response (import + client + 1st call), in-process",
                ours_first.median(),
                peer_first.median(),
                "info",
                0,
                "ms",
                "openai",
            ),
        ]
        header = [
            "what",
            "in-process median",
            "min",
            "process wall",
            "max RSS",
            "modules",
            "status",
        ]
        notes = [
            f"{self.repeats.imports} rounds after one warm-up round (bytecode caches)",
            (
                "'first models.retrieve': import, construct the client over an in-memory mock "
                "transport, make one small call; what an import defers is paid here"
            ),
        ]
        self.add(Section("c. import cost (OpenAI spec)", header, rows, targets, notes))

    # -- d. streaming --------------------------------------------------------------------------

    def stream(self) -> None:
        if not self.ensure_client():
            self.add(_failed_section("d. streaming", self.client_error, "stream throughput"))
            return

        def rate(run: Run) -> float:
            assert run.result is not None
            return float(run.result["per_second"])

        ours = Series("ours: Stream[CreateChatCompletionStreamResponse]", value=rate)
        peer = Series("openai: Stream[ChatCompletionChunk]", value=rate)
        extra = ("--events", str(STREAM_EVENTS))
        alternate(
            [
                (ours, lambda: self.client_child("stream", "ours", *extra)),
                (peer, lambda: self.client_child("stream", "openai", *extra)),
            ],
            self.repeats.stream,
            label="stream",
            show=lambda r: f"{rate(r):,.0f} ev/s",
        )
        rows = [
            [
                s.name,
                fmt(s.median(), "ev/s"),
                fmt(s.min(), "ev/s"),
                fmt(s.max(), "ev/s"),
                fmt(s.median_maxrss_mb(), "MB"),
                s.status,
            ]
            for s in (ours, peer)
        ]
        targets = [
            Target(
                f"stream throughput ({STREAM_EVENTS:,} chunks)",
                ours.median(),
                peer.median(),
                ">=",
                20,
                "ev/s",
                "openai",
                note=_peer_note(peer),
            ),
        ]
        # the floor: decoding each event's data alone, no HTTP, no SSE (one child, best of 3)
        floor = self.client_child("decode", "ours", *extra)
        if floor.ok and floor.result:
            for key, what in (
                ("json_loads", "json.loads of each event's data"),
                ("validate_json", "our chunk model's validate_json of each event's data"),
            ):
                targets.append(
                    Target(
                        f"stream vs decode floor: {what}",
                        ours.median(),
                        float(floor.result[key]),
                        "info",
                        0,
                        "ev/s",
                        "floor",
                    )
                )
        results = [r.result for r in ours.good + peer.good if r.result]
        ours_results = [r.result for r in ours.good if r.result]
        if results and ours_results:
            events_ok = all(r["events"] == STREAM_EVENTS for r in results)
            content_ok = len({r["content_sha256"] for r in results}) == 1 and len(ours_results) > 0
            tools_ok = len({r["tool_args_sha256"] for r in results}) == 1
            extra_ok = all(r["unknown_field"] == r["expected_unknown"] for r in ours_results)
            first = ours_results[0]
            targets += [
                Target(
                    f"stream: all {STREAM_EVENTS:,} chunks delivered",
                    None,
                    None,
                    "",
                    0,
                    "",
                    check=events_ok,
                ),
                Target(
                    f"stream: concatenated content identical to openai's "
                    f"({first['content_chars']:,} chars)",
                    None,
                    None,
                    "",
                    0,
                    "",
                    check=content_ok and bool(peer.good),
                ),
                Target(
                    f"stream: tool-call arguments identical ({first['tool_calls']} calls)",
                    None,
                    None,
                    "",
                    0,
                    "",
                    check=tools_ok and bool(peer.good),
                ),
                Target(
                    "stream: unknown field kept (chunk.model_extra)",
                    None,
                    None,
                    "",
                    0,
                    "",
                    check=extra_ok,
                ),
            ]
        else:
            targets.append(Target("stream: correctness", None, None, "", 0, "", check=False))
        notes = [
            (
                f"{STREAM_EVENTS:,} events per run, each its own body chunk through a sync "
                f"httpx.MockTransport (httpx2 for openai 3.x), timed after a 300-event warm-up; "
                f"{self.repeats.stream} runs each"
            ),
        ]
        header = ["client", "median", "min", "max", "max RSS", "status"]
        self.add(Section("d. streaming throughput", header, rows, targets, notes))

    # -- e. per-call overhead ------------------------------------------------------------------

    def call(self) -> None:
        if not self.ensure_client():
            self.add(_failed_section("e. per-call overhead", self.client_error, "per-call"))
            return

        def micros(run: Run) -> float:
            assert run.result is not None
            return float(run.result["median_us"])

        ops = {
            "retrieve": "client.models.retrieve(model='gpt-4o')",
            "embed": "client.embeddings.create(model=..., input='hello', encoding_format='float')",
        }
        pairs: dict[str, tuple[Series, Series]] = {
            op: (Series(f"ours: {text}", value=micros), Series(f"openai: {text}", value=micros))
            for op, text in ops.items()
        }
        plan: list[tuple[Series, Callable[[], Run]]] = []
        for op, (ours, peer) in pairs.items():
            extra = ("--op", op, "--calls", str(CALLS))
            plan.append((ours, partial(self.client_child, "call", "ours", *extra)))
            plan.append((peer, partial(self.client_child, "call", "openai", *extra)))
        alternate(plan, self.repeats.call, label="call", show=lambda r: f"{micros(r):.0f} µs")
        rows: list[list[str]] = []
        targets: list[Target] = []
        for op, (ours, peer) in pairs.items():
            for s in (ours, peer):
                mean = [float(r.result["mean_us"]) for r in s.good if r.result]
                rows.append(
                    [
                        s.name,
                        fmt(s.median(), "µs"),
                        fmt(s.min(), "µs"),
                        fmt(sorted(mean)[len(mean) // 2] if mean else None, "µs"),
                        s.status,
                    ]
                )
            targets.append(
                Target(
                    f"per-call overhead: {op}",
                    ours.median(),
                    peer.median(),
                    "<",
                    1,
                    "µs",
                    "openai",
                    note=_peer_note(peer),
                )
            )
        notes = [
            (
                f"{CALLS:,} calls per run after 200 warm-up calls, each call timed; per run its median "
                f"(and mean), then the median over {self.repeats.call} runs"
            ),
        ]
        header = ["call", "median per call", "min of run medians", "mean per call", "status"]
        self.add(Section("e. per-call overhead (mock transport)", header, rows, targets, notes))

    # -- profile -------------------------------------------------------------------------------

    def profile(self) -> None:
        spec = SPECS["openai"]
        prof = self.work / "generator.prof"
        out = self.fresh("profile")
        cmd = [self.py, "-m", "cProfile", "-o", prof, "-m", "generator", "generate", spec]
        cmd += ["--out", out, "--name", GEN_PKG]
        print("  · profile: cProfile run ...", file=sys.stderr, flush=True)
        env = self.ours_env(no_cache=True)
        env["OPENAPI_PYCLIENT_SERIAL"] = "1"  # black in-process, where cProfile sees it
        run = run_child(cmd, env=env, cwd=ROOT)
        rows: list[list[str]] = []
        notes = [
            (
                f"cProfile wall {run.wall:.1f}s, with OPENAPI_PYCLIENT_SERIAL=1 so that black "
                "runs in the profiled process; the schema check still runs in a forked process "
                "that cProfile does not see (its time shows as waiting). Profiling inflates "
                "pure-Python code far more than C/mypyc code (black, libyaml, json); "
                "interpreter start-up frames (exec, runpy, __main__) are left out"
            ),
        ]
        own_rows: list[list[str]] = []
        if prof.exists():
            stats = pstats.Stats(str(prof))
            entries = [e for e in stats.stats.items() if not _boilerplate(*e[0])]  # type: ignore[attr-defined]
            by_cum = sorted(entries, key=lambda kv: kv[1][3], reverse=True)[:15]
            by_own = sorted(entries, key=lambda kv: kv[1][2], reverse=True)[:10]
            rows = [_profile_row(*e) for e in by_cum]
            own_rows = [_profile_row(*e) for e in by_own]
        else:
            notes.append(f"cProfile run failed: {run.error}")
        header = ["cumtime s", "tottime s", "calls", "function"]
        title = "profile: top 15 cumulative, ours on the OpenAI spec"
        self.add(Section(title, header, rows, [], notes))
        if own_rows:
            title = "profile: top 10 by own time (tottime), same run"
            self.add(Section(title, header, own_rows, [], []))

        print("  · profile: stage timing run ...", file=sys.stderr, flush=True)
        out = self.fresh("stages")
        cmd = [self.py, CHILD, "stages", spec, "--out", out, "--pkg", GEN_PKG]
        run = run_child(cmd, env=self.ours_env(no_cache=True), cwd=ROOT)
        srows: list[list[str]] = []
        snotes = [
            (
                f"one un-profiled run with the default settings (process wall {run.wall:.1f}s, "
                f"CPU {run.cpu:.1f}s including its workers): each function that "
                "generator/pipeline.py calls is timed in the main process"
            ),
        ]
        if run.ok and run.result:
            stages: dict[str, float] = run.result["stages"]
            total = float(run.result["generate_api"]) + stages.get("write_tree", 0.0)
            for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
                srows.append([name, f"{secs:.2f}", f"{secs / total:.0%}"])
            rest = total - sum(stages.values())
            srows.append(["(the rest: waiting for the background schema check, glue)",
                          f"{rest:.2f}", f"{rest / total:.0%}"])  # fmt: skip
            srows.append(["generate_api + write_tree", f"{total:.2f}", "100%"])
        else:
            snotes.append(f"stage run failed: {run.error}")
        title = "profile: where the time goes, by pipeline stage (OpenAI spec)"
        self.add(Section(title, ["stage", "seconds", "share"], srows, [], snotes))

    # -- summary -------------------------------------------------------------------------------

    def summary(self, argv: list[str]) -> None:
        targets = [t for s in self.sections for t in s.targets]
        rows = [t.row() for t in targets]
        print("\n== summary ==")
        print(text_table(SUMMARY_HEADER, rows))
        judged = [t for t in targets if t.verdict in ("PASS", "FAIL")]
        passed = sum(t.verdict == "PASS" for t in judged)
        print(f"\n{passed}/{len(judged)} targets met")
        machine = machine_description()
        start, end = (
            ", ".join(f"{x:.1f}" for x in load) for load in (self.load_at_start, os.getloadavg())
        )
        machine.append(("load average (1, 5, 15 min)", f"at start {start}; at end {end}"))
        source = source_state()
        if source == self.source_at_start:
            machine.append(("code under test", source))
        else:
            changed = f"CHANGED DURING THE RUN: at start {self.source_at_start}; at end {source}"
            machine.append(("code under test", changed))
            print(f"warning: generator/templates {changed}")
        now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        parts = [
            "# Benchmark report",
            "",
            f"Made by `python -m tests.bench.run {' '.join(argv)}`".rstrip() + f" on {now}. "
            "Ratios are ours/peer from the same run, tools alternating, medians of repeated "
            "fresh processes; absolute times on this shared machine drift.",
            "",
            "## Machine",
            "",
            md_table(["", ""], [[k, v] for k, v in machine]),
            "",
            "## Summary",
            "",
            md_table(SUMMARY_HEADER, rows),
            "",
            f"{passed}/{len(judged)} targets met.",
            "",
            "## Details",
            "",
        ]
        parts.extend(s.markdown() for s in self.sections)
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        REPORT.write_text("\n".join(parts).rstrip() + "\n", encoding="utf-8")
        print(f"report: {REPORT.relative_to(ROOT)}")

    def close(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


GEN_HEADER = [
    "tool",
    "median",
    "min",
    "CPU",
    "peak memory",
    "max RSS",
    "time ours/this",
    "memory ours/this",
    "status",
]


def _ratio(ours: float | None, other: float | None) -> str:
    if ours is None or other is None or other == 0:
        return "—"
    return f"{ours / other:.3g}×"


def _peer_note(series: Series) -> str:
    return "peer failed" if series.failed else ""


def _failed_section(title: str, error: str, metric: str) -> Section:
    return Section(
        title,
        ["status"],
        [[error]],
        [Target(metric, None, None, "", 0, "", check=False, note=error)],
    )


def _profile_row(
    key: tuple[str, int, str], value: tuple[int, int, float, float, object]
) -> list[str]:
    file, line, func = key
    cc, nc, tt, ct, _callers = value
    calls = f"{nc}/{cc}" if nc != cc else str(nc)
    return [f"{ct:.2f}", f"{tt:.2f}", calls, _where(file, line, func)]


def _boilerplate(file: str, line: int, func: str) -> bool:
    return (
        (func in ("<built-in method builtins.exec>", "<module>") and file in ("~", "<string>"))
        or "runpy" in file
        or file.endswith("generator/__main__.py")
    )


def _where(file: str, line: int, func: str) -> str:
    path = file
    for prefix in (f"{ROOT}/", "site-packages/"):
        if prefix in path:
            path = path.split(prefix, 1)[1]
    return f"{path}:{line}({func})" if line else func


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a smoke run")
    parser.add_argument("--repeat", type=int, metavar="N", help="rounds per measurement")
    parser.add_argument(
        "--only", metavar="NAME[,NAME]", help=f"run only these sections: {', '.join(SECTIONS)}"
    )
    parser.add_argument("--profile", action="store_true", help="add the profile section")
    parser.add_argument(
        "--graph",
        action="store_true",
        help="gen also on Microsoft Graph v1.0 (20 MB, minutes a round; or BENCH_GRAPH=1)",
    )
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    chosen = list(DEFAULT_SECTIONS)
    if args.only:
        chosen = [s.strip() for s in args.only.split(",") if s.strip()]
        unknown = [s for s in chosen if s not in SECTIONS]
        if unknown:
            parser.error(f"unknown section(s) {unknown}; choose from {', '.join(SECTIONS)}")
    if args.profile and "profile" not in chosen:
        chosen.append("profile")
    specs = dict(SPECS)
    if args.graph or os.environ.get("BENCH_GRAPH", "") not in ("", "0"):
        specs.update(LARGE_SPECS)
    missing = [str(p) for key, p in specs.items() if not p.is_file()]
    if missing:
        print(f"missing corpus files (set BENCH_CORPUS?): {missing}", file=sys.stderr)
        return 2
    ensure_bench_venv()
    # our generator's bytecode, like the peers' that pip compiled, so no run pays for compiling
    run_child([project_python(), "-m", "compileall", "-q", ROOT / "generator"], env=bench_env())
    bench = Bench(Repeats.choose(args.quick, args.repeat))
    try:
        for section in SECTIONS:
            if section not in chosen:
                continue
            if section == "gen":
                for key, spec in specs.items():
                    bench.gen(key, spec)
            else:
                getattr(bench, {"import": "imports"}.get(section, section))()
        bench.summary(argv)
    finally:
        bench.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
