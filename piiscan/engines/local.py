"""The local engines: one process, or a pool of worker processes on all cores.

Both take a stream of work items in order and give back results in the same order, so
outputs and findings come out identical whatever the parallelism. A work item is a
batch of records, for ``process_batch``; or a block of a text file's lines as read
(an access log's), which the worker also decodes into records before and encodes into
output bytes after, and whose findings it renders as report lines: the main process,
which every line of a log passes through, then holds no object per line and does not
pickle frames (for 900,000 lines its CPU fell from 5.6 s to 2.6 s and its peak RSS from
280 to 165 MB; the work moved, the process tree's CPU is the same). Files are opened,
and outputs written, only in the main process.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

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


@dataclass
class BlockResult:
    """What working on a text block gives back (see :func:`run_work`)."""

    units: int  # lines
    problems: list  # of sources.base.Problem (never raw text)
    findings: object = field(repr=False)  # report.build.RenderedFindings, or None
    data: bytes | None = field(repr=False)  # the block's lines redacted (None: not redacting)


def run_work(work, plan: Plan) -> BatchResult | BlockResult:
    """One work item: a batch of records through :func:`process_batch`, or a
    :class:`~piiscan.sources.text.TextBlock` decoded, through it, encoded."""
    from ..sources.text import TextBlock

    if not isinstance(work, TextBlock):
        return process_batch(work, plan)
    from ..report.build import render_findings
    from ..sources.text import TextFormat, encode

    chunk = TextFormat().decode(work)
    result = process_batch(chunk.records, plan)
    data = encode(chunk, result.redacted, work.opts) if plan.redact else None
    return BlockResult(chunk.units, chunk.problems, render_findings(result.findings), data)


def run_serial(items: Iterable, plan: Plan) -> Iterator[tuple[object, BatchResult | None]]:
    """``items`` yield (tag, work item or None, route); results come back as (tag,
    result). ``route`` is for :class:`WorkerPool`; one process ignores it."""
    import gc

    before = None
    loaded = False  # a batch has run: the detector and models are loaded
    try:
        for tag, records, _ in items:
            if loaded and before is None and records is not None:
                # Before the second batch, not after the first: a run of one batch (a
                # one-line scan) is not kept waiting for the full collection.
                before = tune_gc()
            result = run_work(records, plan) if records is not None else None
            loaded = loaded or result is not None
            yield tag, result
    finally:
        if before is not None:
            gc.set_threshold(*before)


_worker_plan: Plan | None = None
_worker_pass = 0  # which of the run's plans _worker_plan is


def _init_worker(threads: int) -> None:
    # Before polars is first imported here (the fork server never imports it): the pool
    # has a process per core already, and a worker with polars threads of its own
    # contends for them. With one thread, polars' cache of 32 compiled regexes is also
    # one cache, which the prefilters' alternating order keeps warm (see fastpass).
    os.environ.setdefault("POLARS_MAX_THREADS", str(threads))
    # The same for BLAS, where the NER model's matrix products run (see detect.engine's
    # _load_model): numpy's OpenBLAS starts a thread per core in every worker, and two
    # workers' threads spinning against each other took 1,500 forum posts from 4.6 s to
    # 8-12 s. Set at run time: the fork server has loaded numpy already.
    import numpy  # noqa: F401  (loaded, so that its BLAS is found)
    from threadpoolctl import threadpool_limits

    threadpool_limits(threads, user_api="blas")
    tune_gc()


def _ready() -> None:
    """A first task for a worker: it starts the process (see WorkerPool.warm)."""


def _set_plan(number: int, plan_bytes: bytes) -> None:
    """A pass's plan, sent to each worker once (it may carry the first pass's values)."""
    import pickle

    global _worker_plan, _worker_pass
    _worker_plan, _worker_pass = None, 0  # a failure below leaves no stale plan behind
    _worker_plan = pickle.loads(plan_bytes)
    _worker_pass = number
    from ..process import runtime

    runtime(_worker_plan)  # recognizers (and the spaCy model) load once per worker and run


def _work(number: int, records, source: str | None = None) -> BatchResult | BlockResult:
    """``records`` without their source column when ``source`` is given (see
    :meth:`WorkerPool.run`); the result comes back in the same slim form, its findings
    as report lines (:class:`~piiscan.report.build.RenderedFindings` or None)."""
    if number != _worker_pass or _worker_plan is None:
        raise RuntimeError("this worker did not get the plan for this pass")
    if source is None:
        return run_work(records, _worker_plan)
    import polars as pl

    result = process_batch(records.insert_column(0, pl.repeat(source, records.height, dtype=pl.String,
                                                              eager=True).alias("source")), _worker_plan)
    if result.redacted is not None:  # what the batch had already stays behind
        result.redacted = result.redacted.select(pl.col("text", "changed", "dropped"))
        # findings.jsonl's lines are made here, on every worker, as for a text block:
        # made by the process that writes the report, a CSV's millions of findings kept
        # it busy while the workers waited for it
        from ..report.build import render_findings

        result.findings = render_findings(result.findings)
    return result


def _slim(records) -> tuple[object, str | None]:
    """A chunk's records as sent to a worker: one file's chunk without its source
    column, the same name on every record (a fifth of the bytes pickled, and the
    slowest column to pickle), and the name; any other work item as it is."""
    from ..sources.text import TextBlock

    if isinstance(records, TextBlock):
        return records, None
    sources = records.get_column("source")
    if not records.height or records.columns[0] != "source" or sources.n_unique() != 1:
        return records, None
    return records.drop("source"), sources[0]


def _whole(result: BatchResult, records, source: str | None) -> BatchResult:
    """A slim result (see _work) with what its batch had put back."""
    if source is None or result.redacted is None:
        return result
    result.redacted = records.with_columns(result.redacted.get_columns())
    return result


class WorkerPool:
    """``jobs`` worker processes for a whole run: started with the first work, kept for
    every pass (each loads the recognizers and the spaCy model once), shut down by
    :meth:`close`.

    Each worker is a single-process executor and work goes to worker ``route % jobs``:
    a file's chunk k goes to the same worker in the first and the second pass, where its
    records' detections are memoized, so the second pass does not run NER again.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self._workers: list[ProcessPoolExecutor] = []
        self._plan: Plan | None = None
        self._pass = 0
        self._plan_sent: list[Future] = []
        self._gc_before: tuple[int, int, int] | None = None

    def _start(self) -> None:
        import multiprocessing

        # this process reads and writes every record: as run_serial, fewer collections
        self._gc_before = tune_gc()

        # Not fork: this process's polars and spaCy hold threads and locks a fork would
        # copy mid-use. A fork server is a fresh single-threaded process: it imports
        # Presidio and spaCy once (2 s), and each worker forks from it with them loaded
        # instead of importing them again.
        if "forkserver" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["piiscan.process", "presidio_analyzer"])
        else:  # Windows: each worker imports them itself
            ctx = multiprocessing.get_context("spawn")
        threads = max(1, default_jobs() // self.jobs)
        self._workers = [ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker,
                                             initargs=(threads,))
                         for _ in range(self.jobs)]

    def warm(self) -> None:
        """Start the workers now: the fork server imports Presidio (a second or more)
        while this process goes on reading the inputs, instead of when the first batch
        is ready."""
        if not self._workers:
            self._start()
            for worker in self._workers:
                worker.submit(_ready)  # a process starts on its executor's first task

    def _use(self, plan: Plan) -> None:
        import pickle

        if not self._workers:
            self._start()
        if plan is not self._plan:
            self._pass += 1
            data = pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL)
            # a single-process executor runs its work in order: this comes first
            self._plan_sent = [w.submit(_set_plan, self._pass, data) for w in self._workers]
            self._plan = plan

    def _result(self, fut: Future | None, records=None, source: str | None = None) -> BatchResult | None:
        if fut is None:
            return None
        try:
            return _whole(fut.result(), records, source)
        except Exception:
            # the cause, when a worker could not take this pass's plan
            for sent in self._plan_sent:
                if sent.done() and sent.exception() is not None:
                    raise sent.exception() from None
            raise

    def run(self, items: Iterable, plan: Plan) -> Iterator[tuple[object, BatchResult | None]]:
        """As :func:`run_serial`, on the workers; results come back in order."""
        window: collections.deque[tuple] = collections.deque()
        limit = self.jobs + _EXTRA_IN_FLIGHT
        for tag, records, route in items:
            fut = source = None
            if records is not None:
                self._use(plan)
                slim, source = _slim(records)
                fut = self._workers[route % self.jobs].submit(_work, self._pass, slim, source)
            window.append((tag, fut, records, source))
            while len(window) >= limit:
                done_tag, *done = window.popleft()
                yield done_tag, self._result(*done)
        while window:
            done_tag, *done = window.popleft()
            yield done_tag, self._result(*done)

    def close(self) -> None:
        import gc

        for worker in self._workers:
            worker.shutdown(wait=True, cancel_futures=True)
        self._workers = []
        if self._gc_before is not None:
            gc.set_threshold(*self._gc_before)
            self._gc_before = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
