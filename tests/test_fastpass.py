"""The vectorized pattern pass gives what Presidio's per-record AnalyzerEngine gives."""

from __future__ import annotations

import re

import polars as pl
import pytest

from piiscan.config import Detection, NerMode
from piiscan.detect.engine import Detector
from piiscan.detect.prefilter import rust_prefilter
from piiscan.sources.base import InputFile, ReadOptions, detect_format, format_handler

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def detector():
    return Detector(Detection(ner=NerMode.OFF))


def _records(name):
    path = SAMPLE / name
    fmt = detect_format(path)
    rows = []
    for chunk in format_handler(fmt).read(InputFile(path, name, name, fmt), ReadOptions()):
        rows += chunk.records.select("field", "text").rows()
    return [r[0] for r in rows], [r[1] for r in rows]


@pytest.mark.parametrize("name", ["access.log", "forum.jsonl", "analytics.csv", "notes.txt"])
def test_vectorized_pass_matches_presidio_per_record(detector, name):
    fields, texts = _records(name)
    fast = detector.detect(texts, fields)
    ref = detector.detect_reference(texts, fields)
    total = equal = 0
    for text, a, b in zip(texts, fast, ref):
        assert [(f.entity_type, f.start, f.end) for f in a] == [(f.entity_type, f.start, f.end) for f in b], text
        for x, y in zip(a, b):
            total += 1
            equal += abs(x.score - y.score) < 1e-6
            # the only difference allowed: a context word seen by one tokenizer, not the other
            assert abs(x.score - y.score) <= 0.35 + 1e-6
    assert total > 0 and equal / total >= 0.9


def test_every_bundled_pattern_has_a_polars_prefilter(detector):
    missing = [(cp.name, cp.entity) for cp in detector._patterns.patterns if cp.prefilter is None]
    assert missing == []


@pytest.mark.parametrize(
    "pattern, flags, text, expected",
    [
        # negative lookarounds dropped: a superset
        (r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\.\d)", 0, "v1.2.3.4.5", ["1.2.3.4"]),
        # a leading positive lookbehind becomes consuming: the key is in the region
        (r"(?<=user=)\w+", 0, "a user=bob", ["user=bob"]),
        # verbose comments and whitespace removed; case flags carried over
        ("(?x) ab  # a comment (with parens)\n c", re.IGNORECASE, "xABC", ["ABC"]),
        # a '[' inside a class is escaped for Rust
        (r"[[\]]x", 0, "[x", ["[x"]),
        # a trailing positive lookahead becomes consuming: the region keeps its context
        (r"[A-Z]\w+(?= from IT)", 0, "Data here. Liam from IT says", ["Liam from IT"]),
        (r"[A-Z]\w+(?= from IT)", 0, "Data here. Liam says", []),
        # (not one inside a group, nor one followed by more pattern)
        (r"(?:a(?=b))b", 0, "ab", ["ab"]),
    ],
)
def test_prefilter_is_a_rust_superset(pattern, flags, text, expected):
    pf = rust_prefilter(pattern, flags)
    assert pl.Series([text]).str.extract_all(pf).to_list() == [expected]


def test_backreferences_get_no_prefilter():
    assert rust_prefilter(r"(a)\1", 0) is None
