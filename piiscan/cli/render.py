"""Printing a run's summary: a table on a terminal, JSON when piped."""

from __future__ import annotations

import json
import sys

import click


def print_summary(result, output_format: str) -> None:
    summary = result.summary
    fmt = output_format
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "json"
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        _print_table(result, summary)
    _print_diagnostics(summary)


def _print_diagnostics(summary: dict) -> None:
    """Problems and policy violations go to stderr whatever the output format."""
    problems = summary["problems"]
    if problems:
        click.echo(f"piiscan: {len(problems)} input problems (all listed in the report), e.g.:", err=True)
        for p in problems[:5]:
            where = f"{p['source']}:{p['line']}" if p["line"] else p["source"]
            click.echo(f"  {where}: {p['message']}", err=True)
    for v in summary["policy"]["violations"][:10]:
        click.echo(f"piiscan: POLICY: {v['findings']} {v['entity_type']} in {v['source']} "
                   f"(store {v['store']} must not hold them)", err=True)


def _print_table(result, summary: dict) -> None:
    t = summary["totals"]
    click.echo(f"{t['records_scanned']:,} records in {t['files']} files: {t['findings']:,} findings, "
               f"{t['distinct_values']:,} distinct values ({summary['duration_s']} s)")
    rows = [(r["entity_type"], r["findings"], r["distinct_values"]) for r in summary["by_entity"]]
    if rows:
        w = max(len(r[0]) for r in rows + [("ENTITY TYPE",)])
        click.echo(f"  {'ENTITY TYPE':<{w}}  {'FINDINGS':>9}  {'DISTINCT':>9}")
        for name, n, d in rows:
            click.echo(f"  {name:<{w}}  {n:>9,}  {d:>9,}")
    ner = summary["ner"]
    click.echo(f"  NER: {'on (' + ner['model'] + ')' if ner['on'] else 'off: ' + ner['reason']}")
    if summary["provenance"].get("key_ephemeral"):
        click.echo("  value hashes use a random key for this run: not comparable across runs")
    if result.output_dir is not None:
        click.echo(f"  redacted copies: {result.output_dir}/")
    click.echo(f"  report: {result.report_paths['markdown'].parent}/ "
               "(findings.jsonl, summary.json, report.md)")
