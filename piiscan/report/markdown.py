"""report.md: the summary for people. Counts, hashes and masked previews only."""

from __future__ import annotations


def _table(headers: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return out


def render_markdown(summary: dict) -> str:
    t = summary["totals"]
    prov = summary["provenance"]
    lines = [
        "# piiscan findings report",
        "",
        f"- Command: `{summary['command']}`, started {summary['started']}, "
        f"took {summary['duration_s']} s",
        f"- Files: {t['files']} read, {t['files_unreadable']} unreadable, "
        f"{t['files_skipped']} skipped; records scanned: {t['records_scanned']:,} "
        f"({t['records_malformed']} malformed, processed as text)",
        f"- Findings: {t['findings']:,} in {t['records_with_findings']:,} records, "
        f"{t['distinct_values']:,} distinct values",
        f"- NER (PERSON, LOCATION): {'on, model ' + summary['ner']['model'] if summary['ner']['on'] else 'off — ' + summary['ner']['reason']}",
        f"- Key id: `{prov['key_id']}`"
        + (" (random for this run: value hashes are not comparable across runs)"
           if prov.get("key_ephemeral") else ""),
        f"- piiscan {prov['piiscan_version']}, config `{prov['config_hash']}`, "
        f"recognizers `{prov['recognizer_set_hash']}`, pseudonym scheme `{prov['pseudonym_scheme']}`",
        "",
    ]
    policy = summary["policy"]
    lines += ["## Policy", ""]
    if policy["ok"]:
        lines += ["No finding violates the policy.", ""]
    else:
        lines += ["**Findings in stores that must not hold them:**", ""]
        lines += _table(["store", "source", "entity type", "findings"],
                        [[v["store"], v["source"], v["entity_type"], v["findings"]]
                         for v in policy["violations"]])
        lines.append("")
    lines += ["## By entity type", ""]
    lines += _table(["entity type", "findings", "distinct values"],
                    [[r["entity_type"], r["findings"], r["distinct_values"]] for r in summary["by_entity"]])
    lines += ["", "## By source and field", ""]
    lines += _table(["source", "entity type", "field", "findings", "records", "distinct values"],
                    [[r["source"], r["entity_type"], r["field"] or "(line)", r["findings"],
                      r["records"], r["distinct_values"]] for r in summary["counts"]])
    lines += ["", "## Sources", ""]
    lines += _table(["source", "format", "encoding", "records", "findings", "status", "output"],
                    [[s["source"], s["format"], s.get("encoding") or "—", s["records"], s["findings"], s["status"],
                      s["output"] or "—"] for s in summary["sources"]])
    if summary["problems"]:
        lines += ["", "## Skipped and malformed input", ""]
        lines += _table(["where", "kind", "problem"],
                        [[f"{p['source']}:{p['line']}" if p["line"] else p["source"], p["kind"],
                          p["message"]] for p in summary["problems"]])
    lines.append("")
    return "\n".join(lines)
