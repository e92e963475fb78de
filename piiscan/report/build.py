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


@dataclass
class RunFacts:
    """Everything the report says besides the findings themselves."""

    command: str
    started: str
    duration_s: float
    provenance: dict
    ner: dict
    sources: list[SourceStats] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def sort_findings(findings):
    import polars as pl

    return findings.sort(["source", "record", "field", "start"], nulls_last=False).select(
        [pl.col(c) for c in FINDING_COLUMNS])


def violations(findings, policy: tuple[StorePolicy, ...]) -> list[dict]:
    """Findings in stores that must not hold them, counted per store, source and type."""
    import polars as pl

    out = []
    if findings.height == 0:
        return out
    counts = findings.group_by(["source", "entity_type"]).agg(pl.len().alias("findings"))
    for store in policy:
        if store.pii_allowed and store.allowed_entities is None:
            continue
        for row in counts.iter_rows(named=True):
            if not fnmatch.fnmatch(row["source"], store.path):
                continue
            allowed = store.pii_allowed and (
                store.allowed_entities is None or row["entity_type"] in store.allowed_entities)
            if not allowed:
                out.append({"store": store.path, **row})
    return sorted(out, key=lambda v: (v["store"], v["source"], v["entity_type"]))


def summarize(findings, facts: RunFacts, policy_violations: list[dict]) -> dict:
    import polars as pl

    by_entity = (
        findings.group_by("entity_type")
        .agg(pl.len().alias("findings"), pl.col("value_hash").n_unique().alias("distinct_values"))
        .sort("entity_type")
    )
    by_cell = (
        findings.group_by(["source", "entity_type", "field"])
        .agg(pl.len().alias("findings"), pl.col("value_hash").n_unique().alias("distinct_values"),
             pl.col("record").n_unique().alias("records"))
        .sort(["source", "entity_type", "field"], nulls_last=False)
    )
    per_source = dict(findings.group_by("source").agg(pl.len()).iter_rows())
    records_with = findings.select(pl.struct("source", "record").n_unique()).item() if findings.height else 0
    malformed = [p for p in facts.problems if p.kind == "malformed"]
    unreadable = [p for p in facts.problems if p.kind == "unreadable"]
    return {
        "schema_version": SCHEMA_VERSION,
        "command": facts.command,
        "started": facts.started,
        "duration_s": round(facts.duration_s, 3),
        "provenance": facts.provenance,
        "ner": facts.ner,
        "totals": {
            "files": sum(1 for s in facts.sources if s.status == "ok"),
            "files_unreadable": len(unreadable),
            "files_skipped": sum(1 for p in facts.problems if p.kind == "skipped"),
            "records_scanned": sum(s.records for s in facts.sources),
            "records_with_findings": records_with,
            "records_malformed": len(malformed),
            "findings": findings.height,
            "distinct_values": findings.get_column("value_hash").n_unique() if findings.height else 0,
        },
        "by_entity": by_entity.to_dicts(),
        "counts": by_cell.to_dicts(),
        "sources": [
            {"source": s.source, "format": s.format, "records": s.records, "status": s.status,
             "findings": per_source.get(s.source, 0), "output": s.output}
            for s in facts.sources
        ],
        # Listed up to a cap (a file of bad lines would otherwise bloat the summary);
        # the totals above count them all.
        "problems": [
            {"source": p.source, "line": p.line, "kind": p.kind, "message": p.message}
            for p in facts.problems[:MAX_LISTED_PROBLEMS]
        ],
        "problems_not_listed": max(0, len(facts.problems) - MAX_LISTED_PROBLEMS),
        "policy": {"violations": policy_violations, "ok": not policy_violations},
    }


def write_report(report_dir: Path, findings, summary: dict) -> dict[str, Path]:
    """Write findings.jsonl, summary.json and report.md (each atomically)."""
    from ..sources.compression import atomic_output
    from .markdown import render_markdown

    report_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "findings": report_dir / "findings.jsonl",
        "summary": report_dir / "summary.json",
        "markdown": report_dir / "report.md",
    }
    with atomic_output(paths["findings"], compression=None) as out:
        for row in findings.iter_rows(named=True):
            line = {"schema_version": SCHEMA_VERSION, **row}
            out.write((json.dumps(line, ensure_ascii=False) + "\n").encode())
    with atomic_output(paths["summary"], compression=None) as out:
        out.write((json.dumps(summary, indent=2, ensure_ascii=False) + "\n").encode())
    with atomic_output(paths["markdown"], compression=None) as out:
        out.write(render_markdown(summary).encode())
    return paths
