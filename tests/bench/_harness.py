"""Measuring child processes, alternating tools, and turning the numbers into tables and verdicts."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RESULT_PREFIX = "BENCH_RESULT "
CHILD_TIMEOUT_S = 1200.0
MIN_SAMPLES = 5
"""Polls of /proc a run needs before its summed PSS counts (at 0.1 s: runs of 0.5 s and up)."""


@dataclass
class Run:
    """One child process: times, memory, exit status, output and its ``BENCH_RESULT``."""

    rc: int
    wall: float
    """Seconds from spawn to exit."""
    cpu: float
    """User + system seconds of the child and the descendants it waited for."""
    rss_kb: int
    """``ru_maxrss``: the largest single process of the tree (exact, from the kernel)."""
    tree_kb: int
    """Peak of the whole process tree's summed PSS, polled (0 if /proc could not tell)."""
    tree_samples: int
    output: str
    result: dict[str, Any] | None = None
    error: str = ""
    """Why the run does not count, empty when it does."""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def mem_mb(self) -> float:
        """Peak memory of the tree: summed PSS when the poll saw enough of the run, else (a run
        too short to poll, or no /proc) the largest process's RSS."""
        if self.tree_samples >= MIN_SAMPLES and self.tree_kb:
            return self.tree_kb / 1024
        return self.rss_kb / 1024


class TreeMemory(threading.Thread):
    """Polls ``/proc`` for the summed PSS of a process and all its descendants; keeps the peak.

    PSS (proportional set size) splits pages shared between processes, so a generator that
    forks workers is not charged twice for the parent's copy-on-write memory, and summing it
    over the tree is fair to one-process and many-process tools alike. The poll misses spikes
    shorter than ``interval`` (the first polls come faster); ``ru_maxrss`` is recorded next to it as an exact lower bound.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_kb = 0
        self.samples = 0
        self._done = threading.Event()

    def run(self) -> None:
        wait = min(self.interval, 0.01)  # densely at first: a refusal ends in a tenth of a second
        while True:
            self.peak_kb = max(self.peak_kb, tree_pss_kb(self.pid))
            self.samples += 1
            if self._done.wait(wait):
                return
            wait = min(self.interval, wait * 2)

    def stop(self) -> None:
        self._done.set()
        self.join()


def tree_pss_kb(root: int) -> int:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(name))
    tree = [root]
    for pid in tree:  # grows while iterating: a breadth-first walk
        tree.extend(children.get(pid, ()))
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


def run_child(
    cmd: Sequence[object],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = CHILD_TIMEOUT_S,
) -> Run:
    """Run ``cmd`` to completion, timing it from spawn to exit.

    CPU time and ``ru_maxrss`` come from ``os.wait4`` on this very child (on Linux they cover the
    descendants it waited for: process pools, openapi-python-client's ``ruff`` hooks); the tree's
    summed PSS is polled meanwhile (:class:`TreeMemory`). Output goes to a temporary file, so a
    chatty child can never block on a full pipe.
    """
    with tempfile.TemporaryFile() as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(c) for c in cmd],
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=dict(env) if env is not None else None,
            cwd=cwd,
        )
        poller = TreeMemory(proc.pid)
        poller.start()
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            poller.stop()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        sink.seek(0)
        output = sink.read().decode("utf-8", errors="replace")
    run = Run(
        rc=proc.returncode,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_kb=int(usage.ru_maxrss),
        tree_kb=poller.peak_kb,
        tree_samples=poller.samples,
        output=output,
    )
    for line in reversed(output.splitlines()):
        if line.startswith(RESULT_PREFIX):
            run.result = json.loads(line[len(RESULT_PREFIX) :])
            break
    if wall >= timeout:
        run.error = f"timed out after {timeout:.0f}s"
    elif run.rc != 0:
        run.error = f"exit {run.rc}: {last_line(output)}"
    return run


def last_line(output: str, width: int = 160) -> str:
    """The last line that says something (skipping blank lines and traceback frames)."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip()]
    for line in reversed(lines):
        if not line.startswith(("File ", "^", "│", "╰", "~")):
            return line[:width]
    return "(no output)"


@dataclass
class Series:
    """The runs of one tool in one measurement, and the number each run contributes."""

    name: str
    value: Callable[[Run], float] = field(default=lambda r: r.wall)
    runs: list[Run] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def good(self) -> list[Run]:
        return [r for r in self.runs if r.ok]

    @property
    def failed(self) -> bool:
        return not self.good

    @property
    def status(self) -> str:
        bad = [r for r in self.runs if not r.ok]
        if not bad:
            return "ok"
        first = bad[0].error
        if len(bad) == len(self.runs):
            return f"FAILED: {first}"
        return f"{len(bad)}/{len(self.runs)} runs failed: {first}"

    def values(self) -> list[float]:
        return [self.value(r) for r in self.good]

    def median(self) -> float | None:
        vals = self.values()
        return statistics.median(vals) if vals else None

    def min(self) -> float | None:
        vals = self.values()
        return min(vals) if vals else None

    def max(self) -> float | None:
        vals = self.values()
        return max(vals) if vals else None

    def median_mem_mb(self) -> float | None:
        """Median of the runs' peak tree memory (summed PSS, see :class:`TreeMemory`)."""
        vals = [r.mem_mb for r in self.good]
        return statistics.median(vals) if vals else None

    def median_maxrss_mb(self) -> float | None:
        vals = [r.rss_kb / 1024 for r in self.good]
        return statistics.median(vals) if vals else None

    def median_cpu(self) -> float | None:
        vals = [r.cpu for r in self.good]
        return statistics.median(vals) if vals else None

    def median_wall(self) -> float | None:
        vals = [r.wall for r in self.good]
        return statistics.median(vals) if vals else None


Measure = Callable[[], Run]


def alternate(
    series: Sequence[tuple[Series, Measure]],
    repeat: int,
    *,
    warmup: int = 0,
    label: str = "",
    show: Callable[[Run], str] | None = None,
) -> None:
    """Measure every tool once per round, in the same order (A B C, A B C, ...), ``repeat`` rounds.

    ``warmup`` rounds run first and are not kept (bytecode caches, page cache).
    """
    for w in range(warmup):
        for s, measure in series:
            run = measure()
            progress(f"{label} warm-up {w + 1}/{warmup} {s.name}: {describe(run, show)}")
    for i in range(repeat):
        for s, measure in series:
            run = measure()
            s.runs.append(run)
            progress(f"{label} {i + 1}/{repeat} {s.name}: {describe(run, show)}")


def describe(run: Run, show: Callable[[Run], str] | None) -> str:
    if not run.ok:
        return run.error
    detail = show(run) if show else f"{run.wall:.2f}s"
    return f"{detail}, cpu {run.cpu:.1f}s, {run.mem_mb:.0f} MB (max RSS {run.rss_kb / 1024:.0f} MB)"


def progress(msg: str) -> None:
    print(f"  · {msg}", file=sys.stderr, flush=True)


# -- verdicts ----------------------------------------------------------------------------------


@dataclass
class Target:
    """``ours / peer`` compared with ``limit`` (``<=``, ``<``, ``>=``; ``info``: shown, not judged),
    or a yes/no check."""

    metric: str
    ours: float | None
    peer: float | None
    op: str
    limit: float
    unit: str
    peer_name: str = ""
    note: str = ""
    check: bool | None = None
    """For a correctness row (no ratio): the outcome."""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.peer is None or self.peer == 0:
            return None
        return self.ours / self.peer

    @property
    def verdict(self) -> str:
        if self.check is not None:
            return "PASS" if self.check else "FAIL"
        if self.op == "info":
            return "info"
        if self.ours is None:
            return "FAIL"
        ratio = self.ratio
        if ratio is None:
            return "n/a"
        ok = {
            "<=": ratio <= self.limit,
            "<": ratio < self.limit,
            ">=": ratio >= self.limit,
        }[self.op]
        return "PASS" if ok else "FAIL"

    @property
    def target_text(self) -> str:
        if self.check is not None:
            return "yes"
        if self.op == "info":
            return "(no target)"
        if self.op == "<" and self.limit == 1:
            return f"< {self.peer_name}"
        return f"{self.op} {self.limit:g}× {self.peer_name}".rstrip()

    def row(self) -> list[str]:
        ratio = self.ratio
        verdict = self.verdict + (f" ({self.note})" if self.note else "")
        return [
            self.metric,
            fmt(self.ours, self.unit) if self.check is None else ("yes" if self.check else "no"),
            fmt(self.peer, self.unit) if self.check is None else "",
            f"{ratio:.3g}×" if ratio is not None else "—",
            self.target_text,
            verdict,
        ]


SUMMARY_HEADER = ["metric", "ours", "peer", "ratio", "target", "result"]


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "failed"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "µs":
        return f"{value:.0f} µs"
    if unit == "ev/s":
        return f"{value:,.0f} ev/s"
    return f"{value:.3g} {unit}".strip()


# -- tables ------------------------------------------------------------------------------------


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def esc(cell: str) -> str:
        return cell.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(esc(h) for h in header) + " |", "|" + "---|" * len(header)]
    out.extend("| " + " | ".join(esc(c) for c in r) + " |" for r in rows)
    return "\n".join(out)


@dataclass
class Section:
    """A printed table plus its targets; also rendered into ``reports/bench.md``."""

    title: str
    header: list[str]
    rows: list[list[str]]
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def print(self) -> None:
        print(f"\n== {self.title} ==")
        print(text_table(self.header, self.rows))
        for note in self.notes:
            print(f"  note: {note}")
        if self.targets:
            print()
            print(text_table(SUMMARY_HEADER, [t.row() for t in self.targets]))
        sys.stdout.flush()

    def markdown(self) -> str:
        parts = [f"### {self.title}", "", md_table(self.header, self.rows), ""]
        parts.extend(f"- {note}" for note in self.notes)
        if self.notes:
            parts.append("")
        return "\n".join(parts)
