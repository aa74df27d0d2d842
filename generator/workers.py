"""Render and format across forked worker processes: the two CPU-bound stages of a big spec,
file by file (each file's text depends only on the IR, so any split gives the same bytes).

The parent builds the plan (:func:`generator.render.render_plan`), forks the workers, which
inherit the IR and the plan and get back only indices; each renders and formats its share and
sends the finished texts. Meanwhile the parent is free for work of its own (the API surface).
Small specs, or a machine without ``fork`` or with one core, run the same two stages in line.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from generator.format import format_files
from generator.ir import Api
from generator.render import check_pyproject, render_plan, rendering

T = TypeVar("T")

PARALLEL_MIN_FILES = 1_000
"""Plans with fewer files render and format in line: forking and sending the results back
costs more than a second core saves below this (measured: the 409-file seed gains nothing)."""

SHARES_PER_WORKER = 2
"""Enough shares to even out the workers' finishing times, few enough that each still
deduplicates the long lines its files share (see generator.format.format_many)."""

_PLAN: list[tuple[str, Callable[[], str]]] = []  # the plan, inherited by forked workers
_SKIP: tuple[str, ...] = ()


def worker_count(files: int) -> int:
    """How many processes render and format a plan of ``files`` files (1: in line)."""
    if files < PARALLEL_MIN_FILES or os.environ.get("OPENAPI_PYCLIENT_SERIAL"):
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def render_and_format(
    api: Api,
    templates: Path | None,
    *,
    skip_prefixes: tuple[str, ...] = (),
    meanwhile: Callable[[], T],
    report: Callable[[int, int], None] | None = None,
) -> tuple[dict[str, str], T]:
    """Every file of the distribution, rendered and formatted (``skip_prefixes``: paths kept
    as rendered), and the result of ``meanwhile()``, which the parent runs while the workers
    render. ``report(done, total)``: files finished so far, as the workers' shares come in."""
    global _PLAN, _SKIP
    with rendering(templates):
        plan = render_plan(api)
        workers = worker_count(len(plan))
        if workers == 1:
            rendered = {path: render() for path, render in plan}
            check_pyproject(rendered["pyproject.toml"], templates)
            return format_files(rendered, skip_prefixes=skip_prefixes), meanwhile()
        # the package's own small files first, in the parent: a user template that fails
        # fails here, as a one-line error (see generator.render.rendering)
        head = {path: render() for path, render in plan[:2]}
        check_pyproject(head["pyproject.toml"], templates)
        _PLAN, _SKIP = plan, skip_prefixes
        try:
            chunks = _chunks(len(head), len(plan), workers)
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                futures: list[Future[list[str]]] = [pool.submit(_work, c) for c in chunks]
                extra = meanwhile()
                texts = dict(head)
                for share, future in zip(chunks, futures, strict=True):
                    texts.update(zip((plan[i][0] for i in share), future.result(), strict=True))
                    if report is not None:
                        report(len(texts), len(plan))
        finally:
            _PLAN, _SKIP = [], ()
    return {path: texts[path] for path, _ in plan}, extra


def _chunks(first: int, total: int, workers: int) -> list[range]:
    """Plan indices from ``first`` on, dealt out like cards: every share mixes the heavy
    resource modules (early in the plan) with the light model modules, and there are enough
    shares that the workers, each taking the next as it goes, finish together."""
    count = min(workers * SHARES_PER_WORKER, total - first)
    return [range(first + k, total, count) for k in range(count)]


def _work(share: range) -> list[str]:
    """In a worker: render and format the files of the plan at ``share``, in that order."""
    rendered = {_PLAN[i][0]: _PLAN[i][1]() for i in share}
    formatted = format_files(rendered, skip_prefixes=_SKIP, parallel=False)
    return list(formatted.values())
