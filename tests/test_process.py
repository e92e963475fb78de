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


def _cell_batch(rows):
    return pl.DataFrame({
        "source": ["export.csv"] * len(rows),
        "record": list(range(1, len(rows) + 1)),
        "field": [f for f, _ in rows],
        "text": [t for _, t in rows],
    })


def test_repeated_cells_are_memoized_and_give_the_same_result():
    from piiscan.config import Propagate

    rows = [("user_email", "ana.silva@example.com"), ("page", "/help"),
            ("full_name", "Ana Silva"), ("note", "ask Ana Silva about it"),
            ("event_time", "2026-10-12T08:18:30Z")] * 3
    known = {"Ana Silva": ("PERSON", 0.85)}  # as a first pass would have found it
    plan = Plan(Detection(ner=NerMode.OFF, propagate=Propagate.RUN), Key(bytes.fromhex(TEST_KEY_HEX)),
                redact=True, known=known)
    cold = process_batch(_cell_batch(rows), plan)
    warm = process_batch(_cell_batch(rows), plan)  # every cell from the memo now
    assert warm.findings.equals(cold.findings) and warm.redacted.equals(cold.redacted)
    texts = cold.redacted.get_column("text").to_list()
    assert "Ana Silva" not in " ".join(texts)  # the note's name, through the known values
    assert texts[4] == "2026-10-12T08:18:30Z"  # a timestamp is no phone number
    assert texts[:5] == texts[5:10] == texts[10:]
    # batch mode finds the name in the full_name cell of the same batch; off does not look
    notes = {}
    for mode in (Propagate.BATCH, Propagate.OFF):
        other = Plan(Detection(ner=NerMode.OFF, propagate=mode), Key(bytes.fromhex(TEST_KEY_HEX)), redact=True)
        notes[mode] = process_batch(_cell_batch(rows), other).redacted.get_column("text")[3]
    assert notes[Propagate.BATCH] == texts[3] != "ask Ana Silva about it"
    assert notes[Propagate.OFF] == "ask Ana Silva about it"
