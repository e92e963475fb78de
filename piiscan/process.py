"""The one pure function every engine calls: ``process_batch(batch, plan)``.

A :class:`Plan` is built once from the configuration and the key, and is picklable: it
ships to worker processes (and later Spark executors), each of which builds its
detector and pseudonymizer from it once (:func:`runtime`).
"""

from __future__ import annotations

import hashlib
import hmac
import html
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from urllib.parse import quote

from .config import Detection, Operator
from .findings import FINDING_COLUMNS, findings_schema, mask_preview
from .keys import HASH, IP_PREFIX, PSEUDONYM, Key
from .normalize import normalize

RECORD_COLUMNS = ("source", "record", "field", "text")


@dataclass(frozen=True)
class Plan:
    detection: Detection
    key: Key = field(repr=False)
    redact: bool = False  # compute replacements (the redact command) or only findings
    operators: dict[str, Operator] = field(default_factory=dict)  # default: pseudonym

    def operator_for(self, entity_type: str) -> Operator:
        return self.operators.get(entity_type, Operator.PSEUDONYM)

    @cached_property
    def cache_key(self) -> tuple:
        import json

        from .config import to_plain

        ops = {k: v.value for k, v in self.operators.items()}
        return (json.dumps(to_plain(self.detection), sort_keys=True), self.key.key_id, self.redact,
                json.dumps(ops, sort_keys=True))


@dataclass
class BatchResult:
    """``redacted``: the batch with ``text`` replaced and a ``changed`` flag per record.
    ``findings``: one row per finding (columns of :data:`piiscan.findings.FINDING_COLUMNS`)."""

    redacted: object  # pl.DataFrame
    findings: object  # pl.DataFrame


class Runtime:
    """What a plan needs at run time, built once per process."""

    def __init__(self, plan: Plan) -> None:
        from .detect.engine import Detector
        from .operators.pseudonym import Pseudonymizer

        self.detector = Detector(plan.detection)
        self.pseudonymizer = Pseudonymizer(
            plan.key.derive(PSEUDONYM), plan.key.derive(IP_PREFIX),
            default_region=plan.detection.default_region,
        )
        self._hash_key = plan.key.derive(HASH)
        self._region = plan.detection.default_region
        self.value_hash = lru_cache(maxsize=200_000)(self._value_hash)
        self.replace = lru_cache(maxsize=200_000)(self._replace)
        self._plan = plan

    def _value_hash(self, entity_type: str, value: str) -> str:
        normalized = normalize(entity_type, value, default_region=self._region)
        msg = f"{entity_type}\x00{normalized}".encode()
        return hmac.new(self._hash_key, msg, hashlib.sha256).hexdigest()[:32]

    def _replace(self, entity_type: str, raw: str, decoded: str, in_html: bool) -> str:
        from .operators.pseudonym import replacement

        new = replacement(self._plan.operator_for(entity_type).value, entity_type, decoded,
                          self.pseudonymizer)
        # Written back in the original's encoding: a URL-encoded value stays URL-encoded,
        # an HTML-escaped one (or one inside markup) stays HTML-safe.
        if raw != decoded:
            if "%" in raw:
                return quote(new, safe="")
            if "&" in raw:
                return html.escape(new)
        if in_html:
            return html.escape(new, quote=False)
        return new


_RUNTIMES: dict[tuple, Runtime] = {}


def runtime(plan: Plan) -> Runtime:
    rt = _RUNTIMES.get(plan.cache_key)
    if rt is None:
        _RUNTIMES.clear()  # one plan per process at a time; do not keep old models alive
        rt = _RUNTIMES[plan.cache_key] = Runtime(plan)
    return rt


def process_batch(batch, plan: Plan) -> BatchResult:
    """Detect (and, when the plan says so, redact) one batch of records.

    ``batch`` has the columns source, record, field, text (other columns pass through).
    """
    import polars as pl

    from .detect.views import make_view

    rt = runtime(plan)
    texts = batch.get_column("text").to_list()
    fields = batch.get_column("field").to_list()
    sources = batch.get_column("source").to_list()
    records = batch.get_column("record").to_list()
    per_record = rt.detector.detect(texts, fields)

    rows: dict[str, list] = {c: [] for c in FINDING_COLUMNS}
    new_texts: list[str] = []
    changed: list[bool] = []
    for text, fld, src, rec, found in zip(texts, fields, sources, records, per_record):
        pieces, pos = [], 0
        in_html = "<" in text and make_view(text).text != text
        for f in found:
            raw = text[f.start:f.end]
            decoded = make_view(raw).text
            rows["source"].append(src)
            rows["record"].append(rec)
            rows["field"].append(fld)
            rows["start"].append(f.start)
            rows["end"].append(f.end)
            rows["entity_type"].append(f.entity_type)
            rows["score"].append(round(f.score, 4))
            rows["recognizer"].append(f.recognizer)
            rows["value_hash"].append(rt.value_hash(f.entity_type, decoded))
            rows["preview"].append(mask_preview(f.entity_type, decoded))
            if plan.redact:
                pieces.append(text[pos:f.start])
                pieces.append(rt.replace(f.entity_type, raw, decoded, in_html))
                pos = f.end
        if plan.redact and found:
            pieces.append(text[pos:])
            new = "".join(pieces)
            new_texts.append(new)
            changed.append(new != text)
        else:
            new_texts.append(text)
            changed.append(False)
    findings = pl.DataFrame(rows, schema=findings_schema())
    redacted = batch.with_columns(
        pl.Series("text", new_texts, dtype=pl.String),
        pl.Series("changed", changed, dtype=pl.Boolean),
    )
    return BatchResult(redacted, findings)
