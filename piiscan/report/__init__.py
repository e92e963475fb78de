"""The findings report: findings.jsonl, summary.json and report.md. No raw values."""
