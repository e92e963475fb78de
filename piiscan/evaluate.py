"""Score findings against gold spans: per-entity precision, recall and F1.

A finding matches a gold span when file (basename), record, entity type and field agree
and the ranges overlap; each span and each finding is used once (greedy, largest overlap
first). Finding types absent from the gold set are ignored. The overall row is
micro-averaged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _key(row: dict, file_key: str) -> tuple:
    return (PurePosixPath(row[file_key]).name, row["record"], row.get("field"), row["entity_type"])


def pair_spans(spans: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(gold index, finding index) pairs of overlapping ranges, each used once, largest overlap first."""
    overlaps = sorted(
        ((min(ge, fe) - max(gs, fs), gi, fi)
         for gi, (gs, ge) in enumerate(spans) for fi, (fs, fe) in enumerate(found)
         if min(ge, fe) > max(gs, fs)),
        reverse=True,
    )
    used_g, used_f, pairs = set(), set(), []
    for _, gi, fi in overlaps:
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            pairs.append((gi, fi))
    return pairs


def score(findings: Iterable[dict], gold: Iterable[dict]) -> dict[str, Score]:
    """Scores per entity type plus ``"overall"``. ``findings`` rows use ``source``; gold rows ``file``."""
    gold_by: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for g in gold:
        gold_by[_key(g, "file")].append((g["start"], g["end"]))
    gold_types = {k[3] for k in gold_by}
    found_by: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for f in findings:
        if f["entity_type"] in gold_types:
            found_by[_key(f, "source")].append((f["start"], f["end"]))
    scores: dict[str, Score] = defaultdict(Score)
    for key in set(gold_by) | set(found_by):
        spans, found = gold_by.get(key, []), found_by.get(key, [])
        matched = len(pair_spans(spans, found))
        s = scores[key[3]]
        s.tp += matched
        s.fn += len(spans) - matched
        s.fp += len(found) - matched
    overall = Score(sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()),
                    sum(s.fn for s in scores.values()))
    return {**dict(sorted(scores.items())), "overall": overall}


# presidio-research labels -> ours; labels with no counterpart are dropped.
PRESIDIO_RESEARCH_TYPES = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "IP_ADDRESS": "IP_ADDRESS",
    "CREDIT_CARD": "CREDIT_CARD",
    "STREET_ADDRESS": "LOCATION",
    "GPE": "LOCATION",
    "LOCATION": "LOCATION",
}


def load_gold(path, gold_format: str = "piiscan") -> list[dict]:
    """Gold spans in the findings' location rules (see :func:`score`)."""
    import json
    from pathlib import Path

    from .errors import ConfigError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"gold file {path}: cannot be read ({exc.strerror or exc})") from None
    if gold_format == "presidio-research":
        try:
            samples = json.loads(text)
        except ValueError as exc:
            raise ConfigError(f"gold file {path}: not valid JSON ({exc})") from None
        out = []
        for i, sample in enumerate(samples, 1):
            for span in sample.get("spans", []):
                entity = PRESIDIO_RESEARCH_TYPES.get(span["entity_type"])
                if entity:
                    out.append({"file": path.name, "record": i, "field": "full_text",
                                "start": span["start_position"], "end": span["end_position"],
                                "entity_type": entity})
        return out
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append({k: row[k] for k in ("file", "record", "start", "end", "entity_type")}
                       | {"field": row.get("field")})
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{n}: not a gold span ({exc}); expected file, record, "
                              "field, start, end, entity_type") from None
    return out


def scores_table(scores: dict[str, Score]) -> list[dict]:
    return [
        {"entity_type": name, "precision": round(s.precision, 4), "recall": round(s.recall, 4),
         "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
        for name, s in scores.items()
    ]
