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

# How many batches may be in flight per worker: enough to keep every core busy while the
# main process reads and writes, few enough that memory stays bounded.
_IN_FLIGHT_PER_WORKER = 2


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_serial(items: Iterable, plan: Plan) -> Iterator[tuple[object, BatchResult | None]]:
    """``items`` yield (tag, records frame or None); results come back as (tag, result)."""
    for tag, records in items:
        yield tag, (process_batch(records, plan) if records is not None else None)


_worker_plan: Plan | None = None


def _init_worker(plan: Plan) -> None:
    global _worker_plan
    _worker_plan = plan
    from ..process import runtime

    runtime(plan)  # load recognizers (and the spaCy model) once per worker


def _work(records) -> BatchResult:
    assert _worker_plan is not None
    return process_batch(records, _worker_plan)


def run_pool(items: Iterable, plan: Plan, jobs: int) -> Iterator[tuple[object, BatchResult | None]]:
    """As :func:`run_serial`, with ``jobs`` worker processes; order is kept."""
    import multiprocessing

    # spawn, not fork: polars and spaCy hold threads and locks a fork would copy mid-use
    ctx = multiprocessing.get_context("spawn")
    window: collections.deque[tuple[object, Future | None]] = collections.deque()
    limit = max(1, jobs) * _IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(plan,)) as pool:
        for tag, records in items:
            window.append((tag, pool.submit(_work, records) if records is not None else None))
            while len(window) >= limit:
                done_tag, fut = window.popleft()
                yield done_tag, (fut.result() if fut is not None else None)
        while window:
            done_tag, fut = window.popleft()
            yield done_tag, (fut.result() if fut is not None else None)
