"""The library API the CLI calls: scan(), redact(), run_pipeline().

Every entry point builds a :class:`~piiscan.config.Pipeline` and runs it, so the
command line and declarative jobs take one code path.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .config import Detection, InputFormat, Outputs, Pipeline, StorePolicy, load_pipeline
from .errors import ExitStatus, InputError, PiiscanError, worst
from .keys import Key, load_key
from .sources.base import Problem, ReadOptions


@dataclass
class RunResult:
    summary: dict
    report_paths: dict[str, Path]
    exit_status: ExitStatus
    output_dir: Path | None


def scan(paths, *, report_dir, key_file=None, fail_on_findings: bool = False, **options) -> RunResult:
    """Find PII in files or folders and write the report; inputs are never changed."""
    policy = (StorePolicy(path="*", pii_allowed=False),) if fail_on_findings else ()
    pipeline = _pipeline("scan", paths, report=str(report_dir), key_file=key_file, policy=policy, **options)
    return run_pipeline(pipeline, command="scan")


def redact(paths, *, out_dir, key_file=None, report_dir=None, **options) -> RunResult:
    """Write pseudonymized copies of files or folders under ``out_dir``, plus the report."""
    pipeline = _pipeline("redact", paths, redacted=str(out_dir), report=report_dir and str(report_dir),
                         key_file=key_file, **options)
    return run_pipeline(pipeline, command="redact")


def _pipeline(name, paths, *, redacted=None, report=None, key_file=None, policy=(), include=(),
              exclude=(), input_format=InputFormat.AUTO, encoding="utf-8", detection=None,
              operators=None) -> Pipeline:
    return Pipeline(
        name=name, sources=tuple(str(p) for p in paths), include=tuple(include),
        exclude=tuple(exclude), input_format=input_format, encoding=encoding,
        detection=detection or Detection(), operators=dict(operators or {}),
        outputs=Outputs(redacted=redacted, report=report),
        key_file=str(key_file) if key_file is not None else None, policy=tuple(policy),
    )


def run_pipeline(pipeline: Pipeline | str | Path, *, command: str = "run", key: Key | None = None,
                 batch_size: int | None = None) -> RunResult:
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
    return _Job(pipeline, key, out_dir, report_dir, command, batch_size).run()


class _Job:
    def __init__(self, pipeline: Pipeline, key: Key, out_dir: Path | None, report_dir: Path,
                 command: str, batch_size: int | None) -> None:
        self.pipeline = pipeline
        self.key = key
        self.out_dir = out_dir
        self.report_dir = report_dir
        self.command = command
        self.opts = ReadOptions(encoding=pipeline.encoding, fields=pipeline.detection.fields,
                                json_max_bytes=pipeline.json_max_bytes,
                                **({"batch_size": batch_size} if batch_size else {}))

    def run(self) -> RunResult:
        import polars as pl

        from .engines.local import process_file
        from .findings import findings_schema
        from .inputs import check_outputs, collect_inputs
        from .operators.pseudonym import SCHEME_VERSION
        from .process import Plan, runtime
        from .report.build import (
            RunFacts,
            SourceStats,
            sort_findings,
            summarize,
            violations,
            write_report,
        )
        from .sources.base import format_handler

        t0 = time.monotonic()
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        p = self.pipeline
        skip = tuple(d for d in (self.out_dir, self.report_dir) if d is not None)
        files, problems = collect_inputs(p.sources, include=p.include, exclude=p.exclude,
                                         input_format=p.input_format, skip_dirs=skip)
        targets = check_outputs(files, p.sources, self.out_dir) if self.out_dir else {}
        plan = Plan(detection=p.detection, key=self.key, redact=self.out_dir is not None,
                    operators=dict(p.operators))
        rt = runtime(plan)  # load recognizers and the model once, before the first file
        frames = []
        stats: list[SourceStats] = []
        for file in files:
            st = SourceStats(file.source, file.format.value)
            stats.append(st)
            target = targets.get(file)
            try:
                writer = (format_handler(file.format).writer(file, target, self.opts)
                          if target else contextlib.nullcontext(None))
                with writer as write:
                    for chunk, result in process_file(file, plan, self.opts):
                        st.records += chunk.units
                        problems += chunk.problems
                        frames.append(result.findings)
                        if write is not None:
                            write(chunk, result.redacted)
                st.output = target.as_posix() if target else None
            except PiiscanError as exc:
                if not isinstance(exc, InputError):
                    raise
                st.status = "unreadable"
                problems.append(Problem(file.source, None, exc.message.removeprefix(f"{file.source}: "),
                                        kind="unreadable"))
            except (OSError, EOFError) as exc:
                st.status = "unreadable"
                problems.append(Problem(file.source, None, f"cannot be read ({type(exc).__name__}: "
                                        f"{getattr(exc, 'strerror', None) or exc})", kind="unreadable"))
        findings = sort_findings(pl.concat(frames) if frames else pl.DataFrame(schema=findings_schema()))
        detector = rt.detector
        facts = RunFacts(
            command=self.command,
            started=started,
            duration_s=time.monotonic() - t0,
            provenance={
                "piiscan_version": __version__,
                "pipeline": p.name,
                "config_hash": p.fingerprint(),
                "recognizer_set_hash": detector.recognizer_set_hash,
                "key_id": self.key.key_id,
                "key_ephemeral": self.key.ephemeral,
                # A random per-run key (scan without a key): hashes cannot be compared
                # with another run's, nor pseudonyms joined.
                "value_hashes_comparable_across_runs": not self.key.ephemeral,
                "pseudonym_scheme": SCHEME_VERSION,
                "operators": {e: plan.operator_for(e).value for e in p.detection.entities},
            },
            ner={"on": detector.ner_on, "model": detector.model_name,
                 "reason": "" if detector.ner_on else _ner_off_reason(p.detection)},
            sources=stats,
            problems=problems,
        )
        policy_violations = violations(findings, p.policy)
        summary = summarize(findings, facts, policy_violations)
        paths = write_report(self.report_dir, findings, summary)
        codes = [ExitStatus.OK]
        if policy_violations:
            codes.append(ExitStatus.POLICY_VIOLATION)
        if any(pr.kind == "unreadable" for pr in problems):
            codes.append(ExitStatus.INPUT_ERRORS)
        return RunResult(summary, paths, worst(*codes), self.out_dir)


def _ner_off_reason(detection: Detection) -> str:
    from .config import NerMode

    if detection.ner is NerMode.OFF:
        return "turned off in the configuration"
    if not {"PERSON", "LOCATION"} & set(detection.entities):
        return "PERSON and LOCATION are not among the entities asked for"
    return "no spaCy English model is installed; pattern recognizers ran, PERSON/LOCATION in free text were not searched"


__all__ = ["scan", "redact", "run_pipeline", "RunResult"]
