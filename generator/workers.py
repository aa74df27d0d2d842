"""Render and format across forked worker processes: the two CPU-bound stages of a big spec,
file by file (each file's text depends only on the IR, so any split gives the same bytes).

The parent builds the plan (:func:`generator.render.render_plan`) and forks one worker per
core but one; the workers inherit the IR and the plan, get back only lists of indices
(shares), render and format them, and send the finished texts. The parent meanwhile runs
work of its own (the API surface, the lint), then takes shares from the same queue. Small
packages, one core, or a system other than Linux (no safe ``fork``): the same stages in line.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from generator.format import format_files
from generator.ir import Api
from generator.render import PlannedFile, check_pyproject, render_plan, rendering
from generator.write import Staged, Staging

T = TypeVar("T")

PARALLEL_MIN_FILES = 1_000
"""Plans with fewer files render and format in line: forking and sending the results back
costs more than a second core saves below this (measured: the 409-file seed gains nothing)."""

SHARES_PER_WORKER = 4
"""Shares of about equal weight per worker, besides the files heavier than a share alone:
enough to even out the workers' finishing times, few enough that each share still
deduplicates the long lines its files have in common (see generator.format.format_many)."""

_PLAN: list[PlannedFile] = []  # the plan, inherited by forked workers
_SKIP: tuple[str, ...] = ()
_STAGING: Staging | None = None


def worker_count(files: int) -> int:
    """How many processes render and format a plan of ``files`` files (1: in line)."""
    if files < PARALLEL_MIN_FILES or os.environ.get("OPENAPI_PYCLIENT_SERIAL"):
        return 1
    if not sys.platform.startswith("linux"):
        # the workers inherit the IR by fork: elsewhere fork is unsafe (macOS system
        # libraries) or missing (Windows), so the stages run in line
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), 8))


def render_and_format(
    api: Api,
    templates: Path | None,
    *,
    skip_prefixes: tuple[str, ...] = (),
    meanwhile: Callable[[], T],
    report: Callable[[int, int], None] | None = None,
    staging: Staging | None = None,
) -> tuple[dict[str, str | Staged], T]:
    """Every file of the distribution, rendered and formatted (``skip_prefixes``: paths kept
    as rendered), and the result of ``meanwhile()``, which the parent runs while the workers
    render. ``report(done, total)``: files finished so far, as the workers' shares come in.
    ``staging``: where each file is written as soon as it is formatted, by the process that
    formatted it, which returns a :class:`Staged` digest instead of the text (writing thousands
    of files is a second of system calls on some disks: spread over the workers, it overlaps
    the rendering of the others; and megabytes of text piped back to a parent busy rendering
    wait for its interpreter lock, a tenth of a second per share)."""
    global _PLAN, _SKIP, _STAGING
    with rendering(templates):
        plan = render_plan(api)
        workers = worker_count(len(plan))
        if workers == 1:
            rendered = {f.path: f.render() for f in plan}
            check_pyproject(rendered["pyproject.toml"], templates)
            formatted = format_files(rendered, skip_prefixes=skip_prefixes)
            if staging is None:
                return dict(formatted), meanwhile()
            return {path: staging.put(path, text) for path, text in formatted.items()}, meanwhile()
        # the package's own small files first, in the parent: a user template that fails
        # fails here, as a one-line error (see generator.render.rendering)
        first = {f.path: f.render() for f in plan[:2]}
        check_pyproject(first["pyproject.toml"], templates)
        texts: dict[str, str | Staged] = dict(first)
        if staging is not None:
            staging.open()  # before forking: every process writes into the same folder
            texts = {path: staging.put(path, text) for path, text in first.items()}
        _PLAN, _SKIP, _STAGING = plan, skip_prefixes, staging
        try:
            shares = _shares(plan, 2, workers)
            # what exists now is shared with the workers: out of the collector's sight, so that
            # its passes do not write to (and so copy) every page of the IR in each worker
            # (given back after, unless the caller had frozen objects of its own: its to give)
            already = gc.get_freeze_count() > 0
            gc.freeze()
            try:
                done, extra = _run_shares(plan, shares, workers, meanwhile, report, len(texts))
            finally:
                if not already:
                    gc.unfreeze()
            for share, share_texts in zip(shares, done, strict=True):
                texts.update(zip((plan[i].path for i in share), share_texts, strict=True))
        finally:
            _PLAN, _SKIP, _STAGING = [], (), None
    return {f.path: texts[f.path] for f in plan}, extra


def _run_shares(
    plan: list[PlannedFile],
    shares: list[list[int]],
    workers: int,
    meanwhile: Callable[[], T],
    report: Callable[[int, int], None] | None,
    ready: int,
) -> tuple[list[list[str | Staged]], T]:
    """The texts of every share, in order, and ``meanwhile()``. ``workers - 1`` forked
    processes take shares as they go; the parent runs ``meanwhile()``, then takes shares too
    (one process fewer: less memory, and no core idles while the parent waits)."""
    pending = deque(enumerate(shares))
    results: dict[int, list[str | Staged]] = {}
    errors: list[BaseException] = []
    inflight = 0
    files = ready
    lock = threading.Condition()

    def finished(n: int, future: Future[list[str | Staged]]) -> None:
        nonlocal inflight, files
        with lock:
            inflight -= 1
            try:
                results[n] = future.result()
                files += len(results[n])
            except BaseException as exc:  # noqa: BLE001 - re-raised in the parent's thread
                errors.append(exc)
            lock.notify_all()
        feed(pool)

    def feed(pool: ProcessPoolExecutor) -> None:
        nonlocal inflight
        with lock:
            if not pending or errors:
                return
            n, share = pending.popleft()
            inflight += 1
        try:
            future = pool.submit(_work, share)
        except BaseException as exc:  # noqa: BLE001 - a broken pool: the parent raises it
            with lock:
                inflight -= 1
                errors.append(exc)
                lock.notify_all()
            return
        future.add_done_callback(lambda future: finished(n, future))

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        for _ in range(workers - 1):
            feed(pool)
        extra = meanwhile()
        while True:
            with lock:
                if not pending or errors:
                    break
                n, share = pending.popleft()
            texts = _work(share)
            with lock:
                results[n] = texts
                files += len(texts)
            if report is not None:
                report(files, len(plan))
        with lock:
            lock.wait_for(lambda: inflight == 0)
    if errors:
        raise errors[0]
    if report is not None:
        report(len(plan), len(plan))
    return [results[n] for n in range(len(shares))], extra


def _shares(plan: list[PlannedFile], first: int, workers: int) -> list[list[int]]:
    """Plan indices from ``first`` on, in shares to submit heaviest first (the pool hands each
    to the next free worker: the longest-first schedule). A file heavier than a share is a
    share alone; the others are dealt out like cards, so every share mixes kinds of files."""
    indices = sorted(range(first, len(plan)), key=lambda i: -plan[i].weight)
    target = sum(plan[i].weight for i in indices) / (workers * SHARES_PER_WORKER)
    alone = [[i] for i in indices if plan[i].weight >= target]
    rest = [i for i in indices if plan[i].weight < target]
    count = max(1, min(len(rest), workers * SHARES_PER_WORKER - len(alone)))
    dealt = [sorted(rest[k::count]) for k in range(count)] if rest else []
    shares = alone + dealt
    shares.sort(key=lambda share: -sum(plan[i].weight for i in share))
    return shares


def _work(share: list[int]) -> list[str | Staged]:
    """In a worker: render and format the files of the plan at ``share``, in that order; their
    texts, or, with a staging folder, their digests once written there."""
    rendered = {_PLAN[i].path: _PLAN[i].render() for i in share}
    formatted = format_files(rendered, skip_prefixes=_SKIP, parallel=False)
    if _STAGING is None:
        return list(formatted.values())
    return [_STAGING.put(path, text) for path, text in formatted.items()]
