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
from .findings import findings_schema, mask_preview
from .keys import HASH, IP_PREFIX, PSEUDONYM, Key
from .normalize import normalize


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

    redacted: object = field(repr=False)  # pl.DataFrame: record text, not for reprs
    findings: object = field(repr=False)  # pl.DataFrame


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
        # Per distinct value, bounded: a log repeats its clients and users.
        self.value_hash = lru_cache(maxsize=200_000)(self._value_hash)
        self.replace = lru_cache(maxsize=200_000)(self._replace)
        self.preview = lru_cache(maxsize=200_000)(mask_preview)
        self.decoded = lru_cache(maxsize=200_000)(_decoded)
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


def _decoded(raw: str) -> str:
    from .detect.views import make_view

    return make_view(raw).text


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

    # Column lists filled per finding; records without findings cost one check each.
    idx: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    types: list[str] = []
    scores: list[float] = []
    names: list[str] = []
    hashes: list[str] = []
    previews: list[str] = []
    new_texts = texts if plan.redact else None
    changed = [False] * len(texts)
    decoded_of = rt.decoded
    for i, found in enumerate(per_record):
        if not found:
            continue
        text = texts[i]
        pieces, pos = [], 0
        in_html = "<" in text and make_view(text).text != text
        for f in found:
            raw = text[f.start:f.end]
            decoded = decoded_of(raw)
            idx.append(i)
            starts.append(f.start)
            ends.append(f.end)
            types.append(f.entity_type)
            scores.append(round(f.score, 4))
            names.append(f.recognizer)
            hashes.append(rt.value_hash(f.entity_type, decoded))
            previews.append(rt.preview(f.entity_type, decoded))
            if plan.redact:
                pieces.append(text[pos:f.start])
                pieces.append(rt.replace(f.entity_type, raw, decoded, in_html))
                pos = f.end
        if plan.redact:
            pieces.append(text[pos:])
            new = "".join(pieces)
            if new != text:
                if new_texts is texts:
                    new_texts = list(texts)
                new_texts[i] = new
                changed[i] = True
    rows = {
        "source": [sources[i] for i in idx],
        "record": [records[i] for i in idx],
        "field": [fields[i] for i in idx],
        "start": starts, "end": ends, "entity_type": types, "score": scores,
        "recognizer": names, "value_hash": hashes, "preview": previews,
    }
    findings = pl.DataFrame(rows, schema=findings_schema())
    redacted = batch.with_columns(
        pl.Series("text", new_texts if new_texts is not None else texts, dtype=pl.String),
        pl.Series("changed", changed, dtype=pl.Boolean),
    ) if any(changed) else batch.with_columns(pl.lit(False).alias("changed"))
    return BatchResult(redacted, findings)
