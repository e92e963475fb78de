"""process_batch: the one function every engine calls."""

from __future__ import annotations

import gc

import polars as pl

from piiscan.config import Detection, NerMode
from piiscan.engines.local import run_serial
from piiscan.keys import Key
from piiscan.process import Plan, process_batch, runtime

from .conftest import SAMPLE, TEST_KEY_HEX


def _log_batch(lines, first=1):
    return pl.DataFrame({
        "source": ["access.log"] * len(lines),
        "record": list(range(first, first + len(lines))),
        "field": pl.Series([None] * len(lines), dtype=pl.String),
        "text": lines,
    })


def _plan(**kw):
    return Plan(Detection(ner=NerMode.OFF), Key(bytes.fromhex(TEST_KEY_HEX)), redact=True, **kw)


def test_access_log_fields_memoized_across_batches_give_the_same_result():
    lines = (SAMPLE / "access.log").read_text().splitlines()
    plan = _plan()
    cold = process_batch(_log_batch(lines), plan)
    assert cold.findings.height > len(lines) // 2  # the sample has a client address per line
    warm = process_batch(_log_batch(lines), plan)  # every field from the memo now
    assert warm.findings.equals(cold.findings)
    assert warm.redacted.equals(cold.redacted)
    # a line split across batches: the same rows as in one batch
    half = len(lines) // 2
    runtime(plan).segment_cache(10**9)  # asked for more than its bound: emptied
    parts = [process_batch(_log_batch(lines[:half]), plan),
             process_batch(_log_batch(lines[half:], first=half + 1), plan)]
    assert pl.concat([p.findings for p in parts]).equals(cold.findings)
    assert pl.concat([p.redacted for p in parts]).equals(cold.redacted)


def test_log_fields_are_redacted_in_place_and_the_line_keeps_its_shape():
    line = ('198.51.100.23 - jdoe [10/Oct/2026:13:55:36 +0000] "GET /u?email=jane%40example.com '
            'HTTP/1.1" 200 12 "-" "curl/8.0"')
    result = process_batch(_log_batch([line]), _plan())
    new = result.redacted.get_column("text")[0]
    assert "198.51.100.23" not in new and "jdoe" not in new and "jane" not in new
    assert new.count('"') == line.count('"') and new.endswith('"curl/8.0"')
    assert "[10/Oct/2026:13:55:36 +0000]" in new
    kinds = result.findings.get_column("entity_type").to_list()
    assert kinds == ["IP_ADDRESS", "USERNAME", "EMAIL_ADDRESS"]


def test_run_serial_puts_the_gc_thresholds_back():
    before = gc.get_threshold()
    lines = (SAMPLE / "access.log").read_text().splitlines()[:20]
    results = list(run_serial([("t", _log_batch(lines))], _plan()))
    assert results[0][1].findings.height > 0
    assert gc.get_threshold() == before
