"""The findings contract: what was found, where, never the value itself.

A :class:`Finding` carries a keyed hash of the normalized value (to count distinct
values and diff runs) and a masked preview. Its ``repr`` shows neither the value nor
anything that would let a reader rebuild it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

# Bumped when a field is added, renamed or changes meaning. Written into every JSON output.
SCHEMA_VERSION = "1.0"

# Column order of findings.jsonl and of the findings frame of a batch.
FINDING_COLUMNS = (
    "source",
    "record",
    "field",
    "start",
    "end",
    "entity_type",
    "score",
    "recognizer",
    "value_hash",
    "preview",
)


@dataclass(frozen=True, slots=True)
class Finding:
    source: str
    record: int
    field: str | None
    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    value_hash: str
    preview: str

    def to_dict(self) -> dict:
        return asdict(self)

    def __repr__(self) -> str:  # explicit, so a future field cannot leak by default
        return (
            f"Finding({self.entity_type} {self.source}:{self.record}"
            f"{'/' + self.field if self.field else ''}[{self.start}:{self.end}] "
            f"preview={self.preview!r} hash={self.value_hash[:12]} score={self.score:.2f})"
        )


def findings_schema() -> dict:
    """The polars schema of a findings frame (imported lazily: polars is not cheap)."""
    import polars as pl

    return {
        "source": pl.String,
        "record": pl.Int64,
        "field": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
        "entity_type": pl.String,
        "score": pl.Float64,
        "recognizer": pl.String,
        "value_hash": pl.String,
        "preview": pl.String,
    }


_DIGIT = re.compile(r"\d")


def mask_preview(entity_type: str, value: str) -> str:
    """A preview that tells a reviewer what kind of value it was, not which one.

    The shape survives (``@``, dots, separators, the TLD or the last digits where
    industry practice shows them, e.g. PCI's last four); the identifying characters do not.
    """
    value = value.strip()
    if not value:
        return ""
    if entity_type == "EMAIL_ADDRESS" and "@" in value:
        local, _, domain = value.rpartition("@")
        labels = domain.split(".")
        masked_domain = ".".join([_stars(label) for label in labels[:-1]] + labels[-1:])
        return f"{_stars(local)}@{masked_domain}"
    if entity_type == "IP_ADDRESS":
        if ":" in value:
            head = value.split(":", 1)[0]
            return f"{head}:****:****"
        head = value.split(".", 1)[0]
        return f"{head}.*.*.*"
    if entity_type in ("CREDIT_CARD", "PHONE_NUMBER"):
        keep = 4 if entity_type == "CREDIT_CARD" else 2
        digits = len(_DIGIT.findall(value))
        out, seen = [], 0
        for ch in value:
            if ch.isdigit():
                seen += 1
                out.append(ch if seen > digits - keep else "*")
            else:
                out.append(ch)
        return "".join(out)
    return _stars(value)


def _stars(text: str) -> str:
    """First character kept, the rest starred (all starred when too short to hide)."""
    if len(text) <= 3:
        return "*" * len(text)
    return text[0] + "*" * min(len(text) - 1, 11)
