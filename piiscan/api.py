"""The library API the CLI calls: scan(), redact(), run_pipeline().

Every entry point builds a :class:`~piiscan.config.Pipeline` and runs it, so the
command line and declarative jobs take one code path.
"""

from __future__ import annotations

import codecs
import contextlib
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .config import (
    Detection,
    InputFormat,
    Operator,
    Outputs,
    Pipeline,
    Propagate,
    StorePolicy,
    load_pipeline,
)
from .errors import ExitStatus, InputError, worst
from .keys import Key, load_key
from .sources.base import AUTO_ENCODING, Problem, ReadOptions, format_handler, sniff_encoding


@dataclass
class RunResult:
    summary: dict
    report_paths: dict[str, Path]
    exit_status: ExitStatus
    output_dir: Path | None


def scan(paths, *, report_dir, key_file=None, fail_on_findings: bool = False, jobs: int | None = None,
         batch_size: int | None = None, **options) -> RunResult:
    """Find PII in files or folders and write the report; inputs are never changed."""
    policy = (StorePolicy(path="*", pii_allowed=False),) if fail_on_findings else ()
    pipeline = _pipeline("scan", paths, report=str(report_dir), key_file=key_file, policy=policy, **options)
    return run_pipeline(pipeline, command="scan", jobs=jobs, batch_size=batch_size)


def redact(paths, *, out_dir, key_file=None, report_dir=None, jobs: int | None = None,
           batch_size: int | None = None, **options) -> RunResult:
    """Write pseudonymized copies of files or folders under ``out_dir``, plus the report."""
    pipeline = _pipeline("redact", paths, redacted=str(out_dir), report=report_dir and str(report_dir),
                         key_file=key_file, **options)
    return run_pipeline(pipeline, command="redact", jobs=jobs, batch_size=batch_size)


def evaluate(paths, *, gold, gold_format: str = "piiscan", jobs: int | None = None,
             **options) -> dict:
    """Scan ``paths`` and score the findings against gold spans (see :mod:`piiscan.evaluate`)."""
    import dataclasses
    import json
    import tempfile
    from pathlib import PurePath

    from .errors import UsageError
    from .evaluate import load_gold, score, scores_table

    golds = [gold] if isinstance(gold, (str, Path)) else list(gold)
    if gold_format == "presidio-research" and len(golds) != 1:
        raise UsageError("--gold-format presidio-research takes one gold file (it is also the input)")
    gold_rows = [row for g in golds for row in load_gold(g, gold_format)]
    if gold_format == "presidio-research":
        paths = golds
        detection = options.pop("detection", None) or Detection()
        options["detection"] = dataclasses.replace(detection, fields=("full_text",))
        options["input_format"] = InputFormat.JSON
    if not paths:
        raise UsageError("eval needs the inputs the gold spans refer to (PATH...)")
    with tempfile.TemporaryDirectory(prefix="piiscan-eval-") as tmp:
        result = scan(paths, report_dir=tmp, jobs=jobs, **options)
        names = [PurePath(s["source"]).name for s in result.summary["sources"]]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise UsageError(f"two inputs share the file name {dupes[0]}: gold spans name files "
                             "by their base name, so the inputs must differ in it")
        with open(Path(tmp) / "findings.jsonl", encoding="utf-8") as fh:
            findings = [json.loads(line) for line in fh]
    return {
        "gold": [str(g) for g in golds],
        "gold_format": gold_format,
        "scores": scores_table(score(findings, gold_rows)),
        "ner": result.summary["ner"],
        "provenance": result.summary["provenance"],
    }


def _pipeline(name, paths, *, redacted=None, report=None, key_file=None, policy=(), include=(),
              exclude=(), input_format=InputFormat.AUTO, encoding=AUTO_ENCODING, detection=None,
              operators=None) -> Pipeline:
    return Pipeline(
        name=name, sources=tuple(str(p) for p in paths), include=tuple(include),
        exclude=tuple(exclude), input_format=input_format, encoding=encoding,
        detection=detection or Detection(), operators=dict(operators or {}),
        outputs=Outputs(redacted=redacted, report=report),
        key_file=str(key_file) if key_file is not None else None, policy=tuple(policy),
    )


def run_pipeline(pipeline: Pipeline | str | Path, *, command: str = "run", key: Key | None = None,
                 batch_size: int | None = None, jobs: int | None = None) -> RunResult:
    """Run a job: read every source, detect, write copies (when asked) and the report."""
    from .config import validate

    if not isinstance(pipeline, Pipeline):
        pipeline = load_pipeline(pipeline)
    else:
        validate(pipeline, origin=f"{command} options")
    redacting = pipeline.outputs.redacted is not None
    if key is None:
        key = load_key(pipeline.key_file, required=redacting) or Key.random()
    out_dir = Path(pipeline.outputs.redacted) if redacting else None
    report_dir = Path(pipeline.outputs.report) if pipeline.outputs.report else (
        out_dir / "_report" if out_dir else None)
    if report_dir is None:
        from .errors import UsageError

        raise UsageError("no report folder: pass --report-dir DIR (or outputs.report in a pipeline)")
    return _Job(pipeline, key, out_dir, report_dir, command, batch_size, jobs).run()


class _Job:
    def __init__(self, pipeline: Pipeline, key: Key, out_dir: Path | None, report_dir: Path,
                 command: str, batch_size: int | None, jobs: int | None) -> None:
        self.jobs = jobs
        self.pipeline = pipeline
        self.key = key
        self.out_dir = out_dir
        self.report_dir = report_dir
        self.command = command
        self._drop_fields: dict[str, frozenset[str]] = {}  # per source (operator drop)
        self._batch_size_set = batch_size is not None
        self._batch_opts: dict[str, ReadOptions] = {}  # per source: access logs, NER inputs
        self._blocks: set[str] = set()  # sources read as text blocks (see _items)
        self._encodings: dict[str, str] = {}  # per source, where 'auto' found a legacy encoding
        self.opts = ReadOptions(encoding="utf-8" if pipeline.encoding == AUTO_ENCODING else pipeline.encoding,
                                fields=pipeline.detection.fields,
                                json_max_bytes=pipeline.json_max_bytes,
                                **({"batch_size": batch_size} if batch_size else {}))

    def run(self) -> RunResult:
        from .detect.engine import ner_model_for
        from .engines.local import WorkerPool, default_jobs, run_serial
        from .inputs import check_outputs, collect_inputs
        from .process import Plan
        from .report.build import ProblemLog
        from .sources.text import is_utf8

        t0 = time.monotonic()
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        p = self.pipeline
        skip = tuple(d for d in (self.out_dir, self.report_dir) if d is not None)
        files, found_problems = collect_inputs(p.sources, include=p.include, exclude=p.exclude,
                                               input_format=p.input_format, skip_dirs=skip)
        problems = ProblemLog()
        problems.extend(found_problems)
        # Sorted by source: findings then stream out already in the contract's order.
        files.sort(key=lambda f: f.source)
        targets = check_outputs(files, p.sources, self.out_dir) if self.out_dir else {}
        plan = Plan(detection=p.detection, key=self.key, redact=self.out_dir is not None,
                    operators=dict(p.operators))
        model = ner_model_for(p.detection)  # fails early (exit 2) when a named model is missing
        if p.detection.recognizer_dirs:
            # the user's own definitions: a broken one is a usage error here, not a
            # crashed worker process later
            from .detect.loader import bundled_dir, load_recognizers

            load_recognizers([bundled_dir(), *map(Path, p.detection.recognizer_dirs)])
        if p.encoding == AUTO_ENCODING:
            sniffed = {f.source: sniff_encoding(f.path) for f in files if f.format is not InputFormat.PARQUET}
            self._encodings = {source: enc for source, enc in sniffed.items() if enc != self.opts.encoding}
        logs = {f.source for f in files if _is_access_log(f)}
        if is_utf8(self.opts.encoding):
            # A log is the one input that is read whole in the second pass only (its first
            # chunk of log lines ends the first pass's reading): a block's lines need not
            # match the first pass's chunks.
            self._blocks = logs - self._encodings.keys()
        ner_files = [f for f in files if f.source not in logs] if model is not None else []
        if not self._batch_size_set:
            # Access logs: chunks of 3 MiB (15k lines) keep each process's peak near
            # 0.3 GB (20k lines: 0.4 GB; 10k: 10 % slower). Free text through NER costs
            # milliseconds a record: smaller chunks, so that every worker gets some and
            # a chunk's results come out sooner.
            #
            # CSV and Parquet: chunks of 80k cells (20k: 25 % more CPU, in the fixed
            # cost of each batch). Their cells are mostly short values NER never reads
            # (ids, times, addresses): with NER on, a chunk also ends at 128 kB of the
            # several-word values NER does read, not at 2,000 cells, which made an
            # analytics export three times slower than with NER off.
            log_opts = replace(self.opts, batch_size=_LOG_BATCH_SIZE, batch_bytes=_LOG_BATCH_BYTES)
            small = replace(self.opts, batch_size=_NER_BATCH_SIZE, batch_bytes=_NER_BATCH_BYTES)
            table = replace(self.opts, batch_size=_TABLE_BATCH_SIZE)
            table_ner = replace(table, batch_bytes=_NER_BATCH_BYTES)
            ner = {f.source for f in ner_files}
            tables = (InputFormat.CSV, InputFormat.PARQUET)
            self._batch_opts = {
                **{f.source: table_ner if f.source in ner else table for f in files if f.format in tables},
                **{f: log_opts for f in logs},
                **{f.source: small for f in ner_files if f.format not in tables},
            }
        jobs = self.jobs or default_jobs()
        if jobs > 1 and not _worth_a_pool(files, ner_files, logs):
            jobs = 1
        pool = WorkerPool(jobs) if jobs > 1 else None
        if pool is not None:
            pool.warm()

        def engine(items, plan_):
            return pool.run(items, plan_) if pool is not None else run_serial(items, plan_)

        with pool or contextlib.nullcontext():
            return self._passes(files, plan, engine, problems, targets,
                                model=model, jobs=jobs, started=started, t0=t0)

    def _passes(self, files, plan, engine, problems, targets, *, model, jobs, started, t0) -> RunResult:
        """The first pass (when needed), the second, and the report; ``engine(items,
        plan)`` runs the batches (one process, or the run's worker pool)."""
        from .detect.engine import recognizer_set_hash_for
        from .operators.pseudonym import SCHEME_VERSION
        from .report.build import FindingsWriter, RunFacts, SourceStats, summarize, write_report

        p = self.pipeline

        known_note = None
        drop_fields: dict[str, set[str]] = {}
        dropping = self.out_dir is not None and any(
            plan.operator_for(e).operator is Operator.DROP for e in p.detection.entities)
        if p.detection.propagate is Propagate.RUN or dropping:
            # First pass: every value found anywhere, so that the second pass hides
            # each one wherever it recurs (see detect.known), and the fields that hold
            # values to drop, so that CSV and Parquet copies leave those columns out.
            # Problems are reported once, by the second pass.
            from .detect.known import MAX_KNOWN, merge_known

            known: dict = {}
            complete = True
            for _, result in engine(self._collect_items(files), replace(plan, collect=True)):
                if result is None:
                    continue
                if complete:
                    complete = merge_known(known, result.known)
                for source, fld in result.drop_fields or ():
                    drop_fields.setdefault(source, set()).add(fld)
            if p.detection.propagate is Propagate.RUN:
                plan = replace(plan, known=known)
                known_note = {"values": len(known), "complete": complete, "limit": MAX_KNOWN}
        self._drop_fields = {k: frozenset(v) for k, v in drop_fields.items()}
        results = engine(self._items(files, problems), plan)
        stats = {f.source: SourceStats(f.source, f.format.value, encoding=self._encoding_of(f)) for f in files}
        findings_out = FindingsWriter(self.report_dir)
        open_writer: tuple | None = None  # (file, context manager, write function)
        with findings_out, _closing_on_error(lambda: open_writer):
            for (kind, file, payload), result in results:
                st = stats[file.source]
                if kind in ("chunk", "block"):
                    if open_writer is None and targets.get(file) is not None:
                        cm = format_handler(file.format).writer(file, targets[file], self._write_options(file))
                        open_writer = (file, cm, cm.__enter__())
                    if kind == "chunk":
                        st.records += payload.units
                        problems.extend(payload.problems)
                        findings_out.add(result.findings)
                        redacted = result.redacted
                    else:  # decoded, worked on and encoded where it ran (see engines.local)
                        st.records += result.units
                        problems.extend(result.problems)
                        findings_out.add_rendered(result.findings)
                        redacted = result.data
                    if open_writer is not None:
                        open_writer[2](payload, redacted)
                elif kind == "end":
                    if open_writer is None and targets.get(file) is not None:
                        # no chunk at all (an empty file): its copy is empty too
                        cm = format_handler(file.format).writer(file, targets[file], self._write_options(file))
                        open_writer = (file, cm, cm.__enter__())
                    if open_writer is not None:
                        open_writer[1].__exit__(None, None, None)
                        st.output = targets[file].as_posix()
                    open_writer = None
                else:  # "error": the file could not be read to its end
                    if open_writer is not None:
                        open_writer[1].__exit__(type(payload), payload, payload.__traceback__)
                    open_writer = None
                    st.status = "unreadable"
        facts = RunFacts(
            command=self.command,
            started=started,
            duration_s=time.monotonic() - t0,
            provenance={
                "piiscan_version": __version__,
                "pipeline": p.name,
                "config_hash": p.fingerprint(),
                "recognizer_set_hash": recognizer_set_hash_for(p.detection),
                "key_id": self.key.key_id,
                "key_ephemeral": self.key.ephemeral,
                # A random per-run key (scan without a key): hashes cannot be compared
                # with another run's, nor pseudonyms joined.
                "value_hashes_comparable_across_runs": not self.key.ephemeral,
                "pseudonym_scheme": SCHEME_VERSION,
                "operators": {e: plan.operator_for(e).operator.value for e in p.detection.entities},
                "operator_options": _operator_options(plan, p.detection.entities),
            },
            ner={"on": model is not None, "model": model,
                 "reason": "" if model else _ner_off_reason(p.detection)},
            sources=list(stats.values()),
            problems=problems,
            propagation={"mode": p.detection.propagate.value, **(known_note or {})},
            jobs=jobs,
        )
        summary, policy_violations = summarize(findings_out.aggregates, facts, p.policy)
        paths = write_report(self.report_dir, findings_out.path, summary)
        codes = [ExitStatus.OK]
        if policy_violations:
            codes.append(ExitStatus.POLICY_VIOLATION)
        if problems.count("unreadable"):
            codes.append(ExitStatus.INPUT_ERRORS)
        return RunResult(summary, paths, worst(*codes), self.out_dir)

    def _read_options(self, file) -> ReadOptions:
        opts = self._batch_opts.get(file.source, self.opts)
        encoding = self._encodings.get(file.source)
        return replace(opts, encoding=encoding) if encoding else opts

    def _write_options(self, file) -> ReadOptions:
        dropped = self._drop_fields.get(file.source)
        opts = replace(self.opts, drop_fields=dropped) if dropped else self.opts
        encoding = self._encodings.get(file.source)
        return replace(opts, encoding=encoding) if encoding else opts

    def _encoding_of(self, file) -> str | None:
        """The encoding ``file`` was read in, for the report (none for Parquet)."""
        if file.format is InputFormat.PARQUET:
            return None
        return codecs.lookup(self._encodings.get(file.source, self.opts.encoding)).name

    def _collect_items(self, files):
        """The first pass's work: every file's records but access-log lines (found per
        field in the second pass; nothing to collect from them). A text file whose first
        chunk is all access-log lines is an access log and is not read further, so a
        log job's first pass costs one chunk per file and starts no worker. Unreadable
        inputs are skipped here; the second pass reports them."""
        from .detect.structure import without_log_lines
        from .sources.base import format_handler

        for file_no, file in enumerate(files):
            try:
                for i, chunk in enumerate(format_handler(file.format).read(file, self._read_options(file))):
                    records = chunk.records
                    if file.format is InputFormat.TEXT:
                        rest = without_log_lines(records)
                        if i == 0 and records.height and not rest.height:
                            break
                        records = rest
                    if records.height:
                        yield ("collect", file, None), records, file_no + i
            except (InputError, OSError, EOFError):
                continue

    def _items(self, files, problems):
        """Work items in order: (("chunk", file, chunk), records) per chunk, or
        (("block", file, block), block) per block of an access log in UTF-8, then
        (("end", file, None), None); (("error", file, exc), None) when a file breaks."""
        from .sources.base import format_handler

        for file_no, file in enumerate(files):
            try:
                handler, opts = format_handler(file.format), self._read_options(file)
                if file.source in self._blocks:  # worked on as bytes (see engines.local)
                    work = (("block", block, block) for block in handler.blocks(file, opts))
                else:
                    work = (("chunk", chunk, chunk.records) for chunk in handler.read(file, opts))
                # route: chunk i of a file goes to the same worker as in the first pass
                for i, (kind, payload, records) in enumerate(work):
                    yield (kind, file, payload), records, file_no + i
            except (InputError, OSError, EOFError) as exc:
                if isinstance(exc, InputError):
                    why = exc.message.removeprefix(f"{file.source}: ")
                else:
                    why = f"cannot be read ({type(exc).__name__}: {getattr(exc, 'strerror', None) or exc})"
                problems.add(Problem(file.source, None, why, kind="unreadable"))
                yield ("error", file, exc), None, 0
                continue
            yield ("end", file, None), None, 0


class _closing_on_error:
    """If the run fails while a copy is being written, abort that copy (its temporary
    file is removed; nothing half-written appears under the final name)."""

    def __init__(self, current) -> None:
        self._current = current

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        writer = self._current()
        if exc is not None and writer is not None:
            writer[1].__exit__(exc_type, exc, tb)


# Starting workers costs a few seconds (each imports Presidio and spaCy, and loads the
# model when NER is on), so they start only when the input would keep one process busy
# for several times that. The rates are one process's, per kind of input, as measured
# on the reference machine (benchmarks/RESULTS.md); only their ratio to the start-up
# matters, and that holds from machine to machine.
_POOL_MIN_SECONDS = 12.0
_BYTES_PER_SECOND = {"access log": 5_000_000, "free text through NER": 30_000, "other": 700_000}
# Chunks of inputs that go through NER: at most this many records, or (line formats)
# bytes, a few seconds of NER each, so that even a small dump keeps every worker busy.
_NER_BATCH_SIZE = 2_000
_NER_BATCH_BYTES = 128 * 1024
# An access log's chunks (see _Job.run): 3 MiB is about 14,000 lines of a combined-format
# log; the line count bounds a log of short lines.
_LOG_BATCH_BYTES = 3 << 20
_LOG_BATCH_SIZE = 50_000
_TABLE_BATCH_SIZE = 80_000  # cells of a CSV or Parquet file (see _Job.run)


def _worth_a_pool(files, ner_files, logs: set[str]) -> bool:
    """Whether ``files`` are work enough for worker processes; ``ner_files``: those that
    go through NER (none when it is off; never access logs); ``logs``: the sources that
    are access logs."""
    ner = {f.source for f in ner_files}
    seconds = 0.0
    for f in files:
        kind = ("free text through NER" if f.source in ner
                else "access log" if f.source in logs else "other")
        seconds += _content_bytes(f) / _BYTES_PER_SECOND[kind]
        if seconds >= _POOL_MIN_SECONDS:
            return True  # a folder of many files: no need to look at the rest
    return False


def _content_bytes(file) -> int:
    """About how many bytes of content a file holds: its size, but a Parquet file's text
    cells (16 bytes each, as in a CSV export; a 3 MB file of 8 million cells is a minute
    of work) or its row groups' bytes uncompressed, whichever is more, and a .gz file's
    uncompressed size from its trailer (modulo 4 GiB: at least its own size). A .zst
    file counts four times its size (a typical ratio for text)."""
    size = file.path.stat().st_size
    try:
        if file.format is InputFormat.PARQUET:
            import pyarrow.parquet as pq

            from .sources.parquet import is_text

            pf = pq.ParquetFile(file.path)
            meta = pf.metadata
            cells = meta.num_rows * sum(1 for f in pf.schema_arrow if is_text(f.type))
            return max(size, 16 * cells, sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups)))
        suffix = file.path.suffix.lower()
        if suffix == ".gz" and size >= 18:
            with open(file.path, "rb") as fh:
                fh.seek(-4, 2)
                return max(size, int.from_bytes(fh.read(4), "little"))
        if suffix == ".zst":
            return 4 * size
    except Exception:  # an unreadable file is reported by its reader, not here
        pass
    return size


def _is_access_log(file) -> bool:
    """A text input whose first line is an access-log line (see detect.structure)."""
    if file.format is not InputFormat.TEXT:
        return False
    from .detect.structure import is_log_line
    from .sources.compression import open_read

    try:
        with open_read(file.path) as fh:
            first = fh.readline(64 * 1024).decode("utf-8", "replace").rstrip("\r\n")
    except (OSError, EOFError, ValueError):
        return False
    return is_log_line(first)


def _operator_options(plan, entities) -> dict[str, dict]:
    """The options set away from their defaults, per entity type (summary provenance)."""
    from .config import OperatorSpec, to_plain

    out = {}
    for entity in entities:
        spec = plan.operator_for(entity)
        plain, default = to_plain(spec), to_plain(OperatorSpec(spec.operator))
        changed = {k: v for k, v in plain.items() if k != "operator" and v != default[k]}
        if changed:
            out[entity] = changed
    return out


def _ner_off_reason(detection: Detection) -> str:
    from .config import NerMode

    if detection.ner is NerMode.OFF:
        return "turned off in the configuration"
    if not {"PERSON", "LOCATION"} & set(detection.entities):
        return "PERSON and LOCATION are not among the entities asked for"
    return "no spaCy English model is installed; pattern recognizers ran, PERSON/LOCATION in free text were not searched"


__all__ = ["scan", "redact", "run_pipeline", "evaluate", "RunResult"]
