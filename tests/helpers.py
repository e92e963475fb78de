"""Reading sample records back by the findings contract (for gold and leak checks)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import polars as pl


def field_value(obj, path: str):
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        obj = obj[int(part[1:-1])] if part.startswith("[") else obj[part]
    return obj


def record_texts(path: Path) -> dict[tuple[int, str | None], str]:
    """(record, field) -> text, for the sample formats."""
    name = path.name
    out: dict[tuple[int, str | None], str] = {}
    if name.endswith((".log", ".txt")):
        for i, line in enumerate(path.read_text().splitlines(), 1):
            out[(i, None)] = line
    elif name.endswith(".jsonl"):
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines, 1):
            if line.strip():
                out[(i, "__obj__")] = line
    elif name.endswith(".csv"):
        with open(path, newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), 1):
                for k, v in row.items():
                    out[(i, k)] = v
    elif name.endswith(".parquet"):
        for i, row in enumerate(pl.read_parquet(path).iter_rows(named=True), 1):
            for k, v in row.items():
                if isinstance(v, str):
                    out[(i, k)] = v
    return out


def gold_values(sample: Path, gold_file: Path) -> list[tuple[str, str]]:
    """(entity_type, raw value) for every gold span of one sample."""
    texts = record_texts(sample)
    out = []
    for line in gold_file.read_text().splitlines():
        g = json.loads(line)
        if sample.name.endswith(".jsonl"):
            text = field_value(json.loads(texts[(g["record"], "__obj__")]), g["field"])
        else:
            text = texts[(g["record"], g["field"])]
        out.append((g["entity_type"], text[g["start"]:g["end"]]))
    return out


def output_text(path: Path) -> str:
    """Everything a reader of an output file could see, as text."""
    if path.suffix == ".parquet":
        df = pl.read_parquet(path)
        return "\n".join(str(v) for col in df.columns for v in df.get_column(col).to_list())
    return path.read_bytes().decode("utf-8", errors="replace")


def find_leaks(values, haystack: str) -> list[str]:
    """The values that occur in ``haystack`` as whole tokens (one regex pass for all)."""
    values = sorted(set(values), key=len, reverse=True)
    if not values:
        return []
    pattern = re.compile(r"(?<![A-Za-z0-9.])(?:" + "|".join(map(re.escape, values)) + r")(?![A-Za-z0-9])")
    return sorted({m.group() for m in pattern.finditer(haystack)})


def found_by_record(detector, texts, fields) -> list[list[tuple[str, str]]]:
    """Each record's findings, as sorted (entity type, text) pairs."""
    out = []
    for text, found in zip(texts, detector.detect_records(texts, fields)):
        out.append(sorted((f.entity_type, text[f.start:f.end]) for f in found))
    return out
