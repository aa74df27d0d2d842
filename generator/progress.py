"""Progress where work is long: which stage a generation is in, and the summary of a run.

:class:`Progress` is handed to :func:`generator.pipeline.generate_api`, which names each stage
as it starts. Nothing shows for the first :data:`DELAY` seconds (a small spec is done by then);
after that, a line per stage on stderr::

    [2/3] specs/openai.yaml: formatting 1,234 files… (4.2s)

It is on when stderr is a terminal, unless ``--progress``/``--no-progress`` or
``OPENAPI_PYCLIENT_PROGRESS=1``/``0`` say otherwise. :func:`summary_table` is the table a
multi-spec ``generate`` ends with.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass
from typing import Self, TextIO

DELAY = 2.0
"""Seconds of silence before the first stage line."""
ENV = "OPENAPI_PYCLIENT_PROGRESS"


def enabled(flag: bool | None = None, stream: TextIO | None = None) -> bool:
    """Whether to show progress: the command-line flag, else ``$OPENAPI_PYCLIENT_PROGRESS``
    (``1`` or ``0``), else whether ``stream`` (stderr) is a terminal."""
    if flag is not None:
        return flag
    value = os.environ.get(ENV, "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    stream = stream or sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Stage lines for one generation (``label``: what is generated). Quiet when not
    ``enabled``; otherwise silent for ``delay`` seconds, then a line for the stage in progress
    and one for each stage after it, with the seconds since the start."""

    def __init__(
        self,
        label: str = "",
        *,
        enabled: bool = False,
        stream: TextIO | None = None,
        delay: float | None = None,
    ) -> None:
        self.label = label
        self.enabled = enabled
        self.stream = stream
        self.delay = DELAY if delay is None else delay
        self.start = time.perf_counter()
        self.current = ""
        self.visible = False  # the delay has passed: every stage prints
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._timer: threading.Thread | None = None

    def stage(self, what: str) -> None:
        """``what`` starts now (``"loading…"``, ``"rendering 12 models…"``)."""
        if not self.enabled:
            return
        with self._lock:
            self.current = what
            if self.visible or time.perf_counter() - self.start >= self.delay:
                self.visible = True
                self._print()
                return
        if self._timer is None:
            self._timer = threading.Thread(target=self._wait, daemon=True)
            self._timer.start()

    def finish(self) -> None:
        """The generation is over (done or failed): no more lines."""
        self._done.set()
        if self._timer is not None:
            self._timer.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish()

    def _wait(self) -> None:
        remaining = self.delay - (time.perf_counter() - self.start)
        if self._done.wait(max(remaining, 0.0)):
            return
        with self._lock:
            if not self.visible and not self._done.is_set():
                self.visible = True
                self._print()

    def _print(self) -> None:
        prefix = f"{self.label}: " if self.label else ""
        elapsed = time.perf_counter() - self.start
        stream = self.stream or sys.stderr
        print(f"{prefix}{self.current} ({elapsed:.1f}s)", file=stream, flush=True)


QUIET = Progress()


@dataclass
class Row:
    """One spec of a multi-spec run, for :func:`summary_table`. ``None``: not known (a failed
    spec, or an unchanged one whose counts were not recorded)."""

    spec: str
    result: str  # generated | unchanged | failed
    methods: int | None = None
    models: int | None = None
    warnings: int | None = None
    seconds: float = 0.0


def summary_table(rows: list[Row]) -> str:
    """The rows as an aligned text table, with a total line."""

    def n(value: int | None) -> str:
        return "-" if value is None else f"{value:,}"

    def total(values: list[int | None]) -> str:
        return n(sum(v for v in values if v is not None))

    header = ["spec", "result", "methods", "models", "warnings", "seconds"]
    body = [
        [r.spec, r.result, n(r.methods), n(r.models), n(r.warnings), f"{r.seconds:.1f}"]
        for r in rows
    ]
    results: dict[str, int] = {}
    for r in rows:
        results[r.result] = results.get(r.result, 0) + 1
    footer = [
        f"total ({len(rows)} specs)",
        ", ".join(f"{count} {result}" for result, count in results.items()),
        total([r.methods for r in rows]),
        total([r.models for r in rows]),
        total([r.warnings for r in rows]),
        f"{sum(r.seconds for r in rows):.1f}",
    ]
    table = [header, *body, footer]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *map(line, body), rule, line(footer)])
