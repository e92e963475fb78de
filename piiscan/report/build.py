"""Aggregate findings (polars) into the summary, evaluate policy, write the report files."""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..config import StorePolicy
from ..findings import FINDING_COLUMNS, SCHEMA_VERSION
from ..sources.base import Problem

MAX_LISTED_PROBLEMS = 1000


@dataclass
class SourceStats:
    source: str
    format: str
    records: int = 0  # lines / rows / elements read
    output: str | None = None
    status: str = "ok"  # ok | unreadable | skipped
    encoding: str | None = None  # the codec it was read in (None: Parquet)


class ProblemLog:
    """Input problems: counted by kind, the first MAX_LISTED_PROBLEMS kept for the report
    (a file of bad lines must not grow memory with its size)."""

    def __init__(self) -> None:
        self.listed: list[Problem] = []
        self.counts: dict[str, int] = {}

    def add(self, problem: Problem) -> None:
        self.counts[problem.kind] = self.counts.get(problem.kind, 0) + 1
        if len(self.listed) < MAX_LISTED_PROBLEMS:
            self.listed.append(problem)

    def extend(self, problems) -> None:
        for p in problems:
            self.add(p)

    def __len__(self) -> int:
        return sum(self.counts.values())

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)


@dataclass
class RunFacts:
    """Everything the report says besides the findings themselves."""

    command: str
    started: str
    duration_s: float
    provenance: dict
    ner: dict
    sources: list[SourceStats] = field(default_factory=list)
    problems: ProblemLog = field(default_factory=ProblemLog)
    jobs: int = 1
    propagation: dict = field(default_factory=dict)  # mode, and how many values a first pass found


class FindingsWriter:
    """Streams findings.jsonl as batches arrive. Inputs are processed in source order and
    a record never spans two batches, so sorting each batch keeps the whole file in the
    contract's order without holding it in memory."""

    def __init__(self, report_dir: Path) -> None:
        from .aggregate import Aggregates

        report_dir.mkdir(parents=True, exist_ok=True)
        self.path = report_dir / ".findings.jsonl.piiscan-partial"
        self._fh = None
        self.aggregates = Aggregates()  # the summary's counts, kept as findings stream past

    def __enter__(self):
        from ..sources.compression import WriteBehind

        self._raw = open(self.path, "wb")  # noqa: SIM115 (closed in __exit__)
        self._fh = WriteBehind(self._raw)
        return self

    def __exit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                self._fh.close()
            else:
                self._fh.abandon()
        finally:
            self._raw.close()
        if exc[0] is not None:
            self.path.unlink(missing_ok=True)

    def add(self, findings) -> None:
        """A batch's findings: a polars frame of the findings contract, or as a worker
        rendered them (:func:`render_findings`: a :class:`RenderedFindings` or None)."""
        if findings is None or isinstance(findings, RenderedFindings):
            self.add_rendered(findings)
            return
        self.add_rendered(render_findings(findings))

    def add_rendered(self, rendered: RenderedFindings | None) -> None:
        """A batch's findings as :func:`render_findings` made them (where the batch ran)."""
        if rendered is None:
            return
        self._fh.write(rendered.lines)
        self.aggregates.merge_counts(rendered.counts)


@dataclass
class RenderedFindings:
    """A batch's findings as findings.jsonl lines, in the contract's order, and their
    counts for the summary (see :meth:`.aggregate.Aggregates.counts`): what a worker
    hands back, so that the process writing the report only appends and adds."""

    lines: bytes = field(repr=False)  # value previews only, but a report's lines: not for reprs
    counts: tuple = field(repr=False)


def render_findings(findings) -> RenderedFindings | None:
    """One batch's findings (a polars frame of the findings contract) rendered (None:
    there are none). A record never spans two batches, so sorting each batch keeps
    the whole file in order."""
    import io

    from .aggregate import Aggregates

    if findings.height == 0:
        return None
    out = io.BytesIO()
    _ordered(findings).write_ndjson(out)
    return RenderedFindings(out.getvalue(), Aggregates.counts(findings))


def _ordered(findings):
    """Findings as findings.jsonl holds them: its columns, in the contract's order."""
    import polars as pl

    return findings.sort(["record", "field", "start"], nulls_last=False).with_columns(
        pl.lit(SCHEMA_VERSION).alias("schema_version")).select(["schema_version", *FINDING_COLUMNS])


def violations(counts: dict[tuple[str, str], int], policy: tuple[StorePolicy, ...]) -> list[dict]:
    """Findings in stores that must not hold them, counted per store, source and type."""
    out = []
    for store in policy:
        if store.pii_allowed and store.allowed_entities is None:
            continue
        for (source, entity), n in counts.items():
            if not fnmatch.fnmatch(source, store.path):
                continue
            allowed = store.pii_allowed and (
                store.allowed_entities is None or entity in store.allowed_entities)
            if not allowed:
                out.append({"store": store.path, "source": source, "entity_type": entity, "findings": n})
    return sorted(out, key=lambda v: (v["store"], v["source"], v["entity_type"]))


def summarize(aggregates, facts: RunFacts, policy: tuple[StorePolicy, ...]) -> tuple[dict, list[dict]]:
    """The summary (and the policy violations) from the counts kept while findings were
    written (see :mod:`.aggregate`)."""
    agg = aggregates
    per_source_entity = {k: v[0] for k, v in agg.rollup(lambda key: (key[0], key[1])).items()}
    policy_violations = violations(per_source_entity, policy)
    entities = agg.rollup(lambda key: key[1])
    by_entity = [{"entity_type": e, "findings": n, "distinct_values": d.count()}
                 for e, (n, d) in sorted(entities.items())]
    by_cell = [{"source": k[0], "entity_type": k[1], "field": k[2], "findings": agg.findings[k],
                "distinct_values": agg.distinct[k].count(), "records": agg.records[k]}
               for k in sorted(agg.findings, key=lambda k: (k[0], k[1], k[2] is not None, k[2] or ""))]
    everything = agg.rollup(lambda key: None).get(None)
    estimated = any(d.estimated for _, d in entities.values()) or bool(everything and everything[1].estimated)
    totals = {"findings": everything[0] if everything else 0,
              "distinct_values": everything[1].count() if everything else 0,
              "records_with_findings": agg.records_with_findings}
    per_source: dict[str, int] = {}
    for (source, _), n in per_source_entity.items():
        per_source[source] = per_source.get(source, 0) + n
    n = totals["findings"]
    summary = {
        "schema_version": SCHEMA_VERSION,
        "command": facts.command,
        "started": facts.started,
        "duration_s": round(facts.duration_s, 3),
        "jobs": facts.jobs,
        "propagation": facts.propagation,
        "provenance": facts.provenance,
        "ner": facts.ner,
        "totals": {
            "files": sum(1 for s in facts.sources if s.status == "ok"),
            "files_unreadable": facts.problems.count("unreadable"),
            "files_skipped": facts.problems.count("skipped"),
            "records_scanned": sum(s.records for s in facts.sources),
            "records_with_findings": totals["records_with_findings"] if n else 0,
            "records_malformed": facts.problems.count("malformed"),
            "findings": n,
            "distinct_values": totals["distinct_values"] if n else 0,
        },
        # exact below 50,000 distinct values per count, a HyperLogLog estimate (about
        # 0.8 % error) above: the summary's memory stays bounded on any input
        "distinct_values_estimated": estimated,
        "by_entity": by_entity,
        "counts": by_cell,
        "sources": [
            {"source": s.source, "format": s.format, "encoding": s.encoding, "records": s.records, "status": s.status,
             "findings": per_source.get(s.source, 0), "output": s.output}
            for s in facts.sources
        ],
        # Listed up to a cap (a file of bad lines would otherwise bloat the summary);
        # the totals above count them all.
        "problems": [
            {"source": p.source, "line": p.line, "kind": p.kind, "message": p.message}
            for p in facts.problems.listed
        ],
        "problems_not_listed": len(facts.problems) - len(facts.problems.listed),
        "policy": {"violations": policy_violations, "ok": not policy_violations},
    }
    return summary, policy_violations


def write_report(report_dir: Path, findings_path: Path, summary: dict) -> dict[str, Path]:
    """Put findings.jsonl in place; write summary.json and report.md (each atomically)."""
    import os

    from ..sources.compression import atomic_output
    from .markdown import render_markdown

    report_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "findings": report_dir / "findings.jsonl",
        "summary": report_dir / "summary.json",
        "markdown": report_dir / "report.md",
    }
    os.replace(findings_path, paths["findings"])
    with atomic_output(paths["summary"], compression=None) as out:
        out.write((json.dumps(summary, indent=2, ensure_ascii=False) + "\n").encode())
    with atomic_output(paths["markdown"], compression=None) as out:
        out.write(render_markdown(summary).encode())
    return paths
