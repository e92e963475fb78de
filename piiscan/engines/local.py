"""The local engines: one process, or a pool of worker processes on all cores.

Both take a stream of work items in order and give back results in the same order, so
outputs and findings come out identical whatever the parallelism. Only
``process_batch`` runs in the workers; reading and writing stay in the main process.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ..process import BatchResult, Plan, process_batch

# Batches in flight beyond one per worker: enough to keep every core busy while the main
# process reads and writes, few enough that memory stays bounded.
_EXTRA_IN_FLIGHT = 1


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def tune_gc() -> tuple[int, int, int]:
    """Fewer, cheaper garbage collections for a long run in this process (returns the
    thresholds it replaced: :func:`run_serial` puts them back, a library caller's
    process is left as it was found, but for the frozen start-up objects).

    A run keeps hundreds of thousands of long-lived objects (the loaded recognizers and
    models, the per-value caches); with CPython's default thresholds every full
    collection walks all of them, which cost about a fifth of a log run's time. The
    objects that exist after start-up are frozen (never collected again) and young
    collections run less often. Reference cycles are still collected.
    """
    import gc

    from ..process import runtime  # noqa: F401  (loaded before the freeze)

    before = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    return before


def run_serial(items: Iterable, plan: Plan) -> Iterator[tuple[object, BatchResult | None]]:
    """``items`` yield (tag, records frame or None); results come back as (tag, result)."""
    import gc

    before = None
    try:
        for tag, records in items:
            result = process_batch(records, plan) if records is not None else None
            if before is None and result is not None:
                before = tune_gc()  # after the first batch: the detector and models are loaded
            yield tag, result
    finally:
        if before is not None:
            gc.set_threshold(*before)


_worker_plan: Plan | None = None


def _init_worker(plan: Plan) -> None:
    global _worker_plan
    _worker_plan = plan
    from ..process import runtime

    runtime(plan)  # load recognizers (and the spaCy model) once per worker
    tune_gc()


def _work(records) -> BatchResult:
    assert _worker_plan is not None
    return process_batch(records, _worker_plan)


def run_pool(items: Iterable, plan: Plan, jobs: int) -> Iterator[tuple[object, BatchResult | None]]:
    """As :func:`run_serial`, with ``jobs`` worker processes; order is kept."""
    import multiprocessing

    # spawn, not fork: polars and spaCy hold threads and locks a fork would copy mid-use
    ctx = multiprocessing.get_context("spawn")
    window: collections.deque[tuple[object, Future | None]] = collections.deque()
    limit = max(1, jobs) + _EXTRA_IN_FLIGHT
    pool: ProcessPoolExecutor | None = None  # started with the first work: none, no workers
    try:
        for tag, records in items:
            if records is not None and pool is None:
                pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                           initargs=(plan,))
            window.append((tag, pool.submit(_work, records) if records is not None else None))
            while len(window) >= limit:
                done_tag, fut = window.popleft()
                yield done_tag, (fut.result() if fut is not None else None)
        while window:
            done_tag, fut = window.popleft()
            yield done_tag, (fut.result() if fut is not None else None)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
