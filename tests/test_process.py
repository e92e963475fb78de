"""process_batch: the one function every engine calls."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from piiscan.config import Detection, NerMode
from piiscan.detect.known import merge_known
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


_ODD_LINES = [
    # not plain (left to the per-line path): double blank, escaped quote, a quoted field
    # after a common-format line's size
    '198.51.100.4  - - [10/Oct/2026:13:55:36 +0000] "GET /a HTTP/1.1" 200 5 "-" "curl/8"',
    '198.51.100.5 - - [10/Oct/2026:13:55:36 +0000] "GET /q?x=\\"y\\" HTTP/1.1" 200 5 "-" "curl/8"',
    '198.51.100.6 - jane.roe [10/Oct/2026:13:55:36 +0000] "GET /b HTTP/1.1" 200 5 "x"',
    "not a log line at all, mail jane@example.com",
    "",
    # plain: unicode user, an X-Forwarded-For chain, a time field that is no timestamp,
    # an nginx tail with addresses and a user, common format (with a tail, with none)
    '198.51.100.8 - jane.roe [10/Oct/2026:13:55:36 +0000] "GET /b?mail=j%40example.com HTTP/1.1" 200 5',
    '198.51.100.9 - - [10/Oct/2026:13:55:36 +0000] "GET /c HTTP/1.1" 404 - rt=0.2 10.1.2.3',
    # an undecodable byte, as the readers carry it (sources.base: a private-use character)
    '198.51.100.10 - jos\uf7e9 [10/Oct/2026:13:55:36 +0000] "GET /\uf7ff HTTP/1.1" 200 5 "-" "x"',
    '203.0.113.9, 10.0.0.7 - jürgen.weiß [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 5 "-" "x"',
    '192.0.2.1 - - [user jane@example.com] "GET / HTTP/1.1" 200 5 "-" "x"',
    'shop.example:443 192.0.2.3, 10.0.0.9 - ann [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 5 "-" "x"',
    '192.0.2.2 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 5 "-" "x" "198.51.100.7" user=jdoe',
]


def test_plain_log_lines_in_polars_give_what_the_per_line_path_gives(monkeypatch):
    """The batch-wide path (fields cut in polars, results joined back) against the
    per-line one it replaces for plain lines: same findings in the same order, same text."""
    import piiscan.process as process

    sample = (SAMPLE / "access.log").read_text().splitlines()
    lines = sample + _ODD_LINES
    fast = process_batch(_log_batch(lines), _plan())
    not_plain = {i for i, line in enumerate(sample) if '\\"' in line} | set(range(len(sample), len(sample) + 5))
    batchwise = process._plain_log_lines(_log_batch(lines), runtime(_plan()), True)
    unsplit = [*batchwise.rest, *(i for i, _, _ in batchwise.lines)]  # left to Python's split
    assert sorted(unsplit) == sorted(not_plain) and len(not_plain) == 6
    process._RUNTIMES.clear()  # a cold memo for the other path
    monkeypatch.setattr(process, "_plain_log_lines", lambda *a: None)
    slow = process_batch(_log_batch(lines), _plan())
    assert fast.findings.height > len(lines)
    assert fast.findings.equals(slow.findings)
    assert fast.redacted.equals(slow.redacted)
    tail = fast.redacted.get_column("text").to_list()[-1]
    assert "198.51.100.7" not in tail and "jdoe" not in tail


def test_a_batch_of_plain_and_other_log_lines_detects_new_values_in_one_call(monkeypatch):
    # each detection call pays for the prefilters (milliseconds): one call per batch
    import piiscan.process as process

    process._RUNTIMES.clear()
    rt = runtime(_plan())
    assert rt.detector.whole_client_address is not None  # (its probe is a call of its own)
    calls = []
    real = rt.detector.detect_segments
    monkeypatch.setattr(rt.detector, "detect_segments", lambda keys: calls.append(len(keys)) or real(keys))
    lines = (SAMPLE / "access.log").read_text().splitlines() + _ODD_LINES
    result = process_batch(_log_batch(lines), _plan())
    assert len(calls) == 1 and result.findings.height > len(lines)
    user = result.redacted.get_column("text")[len(lines) - len(_ODD_LINES) + 2]
    assert "jane.roe" not in user  # a line left to the per-line split, its user from that call


def _quads(n, seed=7):
    import random

    rng = random.Random(seed)
    edge = [0, 1, 9, 10, 99, 100, 199, 200, 249, 250, 255]
    out = [".".join(str(rng.choice(edge) if rng.random() < 0.5 else rng.randrange(256)) for _ in range(4))
           for _ in range(n)]
    return out + ["0.0.0.0", "255.255.255.255", "10.0.0.1", "127.0.0.1", "192.168.1.1", "203.0.113.7"]


@pytest.mark.parametrize(("redact", "operator"), [
    (True, None), (False, None), (True, {"keep_private": True}), (True, {"operator": "mask"}),
    (True, {"operator": "pseudonym"}), (True, {"operator": "drop"}),
], ids=["ip-prefix", "scan", "keep-private", "mask", "pseudonym", "drop"])
def test_bare_client_addresses_skip_detection_and_get_what_detection_gives(monkeypatch, redact, operator):
    """Client fields that are bare dotted quads are assembled from the one whole-field
    finding detection gives them all (Detector.whole_client_address): the memo gets
    what detecting and assembling each would have put there. Allow-listed addresses
    and anything but a bare quad still go through detection."""
    import piiscan.process as process
    from piiscan.config import Operator, OperatorSpec

    process._RUNTIMES.clear()
    ops = {}
    if operator:
        ops = {"IP_ADDRESS": OperatorSpec(Operator(operator.get("operator", "ip-prefix")),
                                          keep_private=operator.get("keep_private", False))}
    plan = Plan(Detection(ner=NerMode.OFF, allow_list=("198.51.100.1",)), Key(bytes.fromhex(TEST_KEY_HEX)),
                redact=redact, operators=ops)
    rt = runtime(plan)
    detector = rt.detector
    assert detector.whole_client_address is not None
    others = ["01.2.3.4", "1.2.3.256", "\uff11.2.3.4", "1.2.3.4:80", "2001:db8::1", "203.0.113.7, 10.0.0.1",
              "host.example", "198.51.100.1"]
    misses = [("client", v) for v in _quads(3000) + others] + [("user", "jdoe"), ("request", "GET /1.2.3.4")]
    expected = {key: rt.assemble(key[1], found, redact, log_field=key[0])
                for key, found in zip(misses, detector.detect_segments(misses))}
    detected = []
    real = detector.detect_segments
    monkeypatch.setattr(detector, "detect_segments", lambda keys: detected.extend(keys) or real(keys))
    memo = process._Memo()
    process._fill_log_misses(rt, memo, misses, redact)
    assert dict(memo) == expected
    netmasks = [k for k in misses[:3006] if k[1].startswith("255.") or 224 <= int(k[1].split(".")[0]) <= 239]
    # (netmasks and multicast groups are detected: the recognizer reports none)
    assert netmasks and detected == netmasks + [("client", v) for v in others] + misses[-2:]
    assert sum(1 for a in expected.values() if a.rows) > 3000 - len(netmasks)
    assert redact == any(a.redacted for a in expected.values())


@pytest.mark.parametrize("settings", [
    {"deny_lists": {"IP_ADDRESS": ("203.0.113.7",)}},
    {"thresholds": {"IP_ADDRESS": 0.9}},
    {"entities": ("EMAIL_ADDRESS",)},
    {"recognizer_dirs": "custom"},
], ids=["deny-list", "threshold", "no-ip", "custom-recognizers"])
def test_client_addresses_are_detected_one_by_one_where_their_finding_may_differ(tmp_path, settings):
    from piiscan.detect.engine import Detector

    if settings.get("recognizer_dirs"):
        (tmp_path / "lab.yaml").write_text(
            "recognizers:\n  - name: LabHosts\n    supported_entity: HOSTNAME\n"
            "    patterns:\n      - name: lab\n        regex: '10\\.9\\.\\d+\\.\\d+'\n        score: 0.9\n")
        settings = {"recognizer_dirs": (str(tmp_path),)}
    assert Detector(Detection(ner=NerMode.OFF)).whole_client_address is not None
    assert Detector(Detection(ner=NerMode.OFF, **settings)).whole_client_address is None


def test_a_changed_log_batch_goes_back_without_its_old_text():
    # a worker pickles every buffer of the result's string column to the main process;
    # with most lines changed, the original lines' buffer must not ride along
    import pickle

    lines = (SAMPLE / "access.log").read_text().splitlines()
    result = process_batch(_log_batch(lines), _plan())
    text = result.redacted.get_column("text")
    assert result.redacted.get_column("changed").sum() * 4 > len(lines)
    fresh = pl.Series("text", text.to_list())
    assert len(pickle.dumps(text)) < 1.1 * len(pickle.dumps(fresh))


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


def test_run_serial_tunes_the_gc_from_the_second_batch_and_puts_the_thresholds_back():
    before = gc.get_threshold()
    lines = (SAMPLE / "access.log").read_text().splitlines()[:20]
    batches = [("a", _log_batch(lines[:10]), 0), ("b", _log_batch(lines[10:], 11), 0)]
    during = []
    for _, result in run_serial(batches, _plan()):
        assert result.findings.height > 0
        during.append(gc.get_threshold())
    # A run of one batch is not kept waiting for the full collection; a longer one is tuned
    assert during == [before, (50_000, 20, 100)]
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


class _StubExecutor:
    """Runs work at once, in this process, and remembers what it was given."""

    def __init__(self):
        self.calls = []

    def submit(self, fn, *args):
        from concurrent.futures import Future

        self.calls.append(fn.__name__)
        fut = Future()
        try:
            fut.set_result(fn(*args))
        except Exception as exc:  # as a worker process would hand it back
            fut.set_exception(exc)
        return fut

    def shutdown(self, **_):
        pass


@pytest.mark.parametrize("name", ["analytics.csv", "forum.jsonl"])
def test_structured_records_batch_wide_give_what_the_per_record_path_gives(monkeypatch, name):
    import piiscan.process as process
    from piiscan.config import Propagate
    from piiscan.sources.base import InputFile, ReadOptions, detect_format, format_handler

    path = SAMPLE / name
    fmt = detect_format(path)
    batch = pl.concat([c.records for c in format_handler(fmt).read(InputFile(path, name, name, fmt), ReadOptions())])
    plan = Plan(Detection(ner=NerMode.OFF, propagate=Propagate.RUN), Key(bytes.fromhex(TEST_KEY_HEX)),
                redact=True)
    # as a run's second pass gets them: what its first pass found, and values from other files
    process._RUNTIMES.clear()
    known = {"Ana Silva": ("PERSON", 0.85), "192.0.2.1": ("IP_ADDRESS", 0.9)}
    merge_known(known, process_batch(batch, replace(plan, collect=True)).known)
    plan = replace(plan, known=known)
    fast = process_batch(batch, plan)
    assert process._structured_cells(batch, runtime(plan), plan) is not None
    process._RUNTIMES.clear()
    monkeypatch.setattr(process, "_structured_cells", lambda *a: None)
    slow = process_batch(batch, plan)
    assert fast.findings.height > 100
    assert fast.findings.equals(slow.findings)
    assert fast.redacted.equals(slow.redacted)


@pytest.mark.parametrize("lines", [False, True], ids=["cells", "text-lines"])
def test_the_second_pass_takes_the_first_pass_detections_and_no_text_goes_to_disk(monkeypatch, lines):
    import dataclasses
    import os

    import piiscan.process as process
    from piiscan.config import Propagate

    rows = [("user_email", "ana.silva@example.com"), ("full_name", "Ana Silva"), ("note", "call +1 415 555 0199"),
            ("city", "Lisbon"), ("full_name", "Ana Silva"), ("user_email", "ana.silva@example.com")]  # repeats:
    # the first pass keeps findings per distinct (field, text), the second maps them back
    if lines:  # lines of text: the per-record path
        rows = [(None, f"{f}: {t}") for f, t in rows]
    plan = Plan(Detection(ner=NerMode.OFF, propagate=Propagate.RUN), Key(bytes.fromhex(TEST_KEY_HEX)), redact=True)
    process._RUNTIMES.clear()
    expected = process_batch(_cell_batch(rows), plan)  # no first pass: detected here
    process._RUNTIMES.clear()
    first = process_batch(_cell_batch(rows), dataclasses.replace(plan, collect=True))
    rt = runtime(plan)
    spill_dir = rt.spill._dir
    on_disk = b"".join((Path(spill_dir) / f).read_bytes() for f in os.listdir(spill_dir))
    assert on_disk and not any(t.encode() in on_disk for _, t in rows)  # findings only
    assert not any(p in on_disk for p in (b"ana", b"Ana", b"415"))
    rt._records.clear()  # as when the memo has moved on since the first pass
    monkeypatch.setattr(rt.detector, "detect_records", lambda *a, **k: pytest.fail("detected twice"))
    second = process_batch(_cell_batch(rows), dataclasses.replace(plan, known=first.known))
    assert second.findings.equals(expected.findings) and second.redacted.equals(expected.redacted)
    assert os.listdir(spill_dir) == []  # taken: gone


def test_worker_pool_routes_chunk_k_to_the_same_worker_in_every_pass(monkeypatch):
    from piiscan.engines import local

    for name, value in (("_worker_plan", None), ("_worker_pass", 0)):  # put back afterwards
        monkeypatch.setattr(local, name, value)
    stubs = [_StubExecutor(), _StubExecutor()]
    pool = local.WorkerPool(2)
    monkeypatch.setattr(pool, "_start", lambda: setattr(pool, "_workers", stubs))
    lines = (SAMPLE / "access.log").read_text().splitlines()[:6]
    first, second = _plan(), _plan(known={"x": ("PERSON", 1.0)})
    with pool:
        for plan in (first, second):
            items = [(n, _log_batch(lines[n:n + 1]), n) for n in range(5)] + [("end", None, 0)]
            tags = [tag for tag, _ in pool.run(items, plan)]
            assert tags == [0, 1, 2, 3, 4, "end"]  # in order
    # each worker got each pass's plan once, before its work: chunks 0, 2, 4 and 1, 3
    assert stubs[0].calls == ["_set_plan"] + ["_work"] * 3 + ["_set_plan"] + ["_work"] * 3
    assert stubs[1].calls == ["_set_plan"] + ["_work"] * 2 + ["_set_plan"] + ["_work"] * 2


def test_a_worker_that_could_not_take_a_plan_fails_the_run_with_the_cause(monkeypatch):
    from piiscan.engines import local

    for name, value in (("_worker_plan", None), ("_worker_pass", 0)):  # put back afterwards
        monkeypatch.setattr(local, name, value)
    pool = local.WorkerPool(1)
    monkeypatch.setattr(pool, "_start", lambda: setattr(pool, "_workers", [_StubExecutor()]))
    lines = (SAMPLE / "access.log").read_text().splitlines()[:2]
    with pool:
        assert [t for t, _ in pool.run([(0, _log_batch(lines), 0)], _plan())] == [0]

        def broken(number, data):
            raise ValueError("the plan could not be loaded")

        monkeypatch.setattr(local, "_set_plan", broken)
        with pytest.raises(ValueError, match="could not be loaded"):
            list(pool.run([(1, _log_batch(lines), 0)], _plan(known={"x": ("PERSON", 1.0)})))
    # and a worker never works with the previous pass's plan
    monkeypatch.setattr(local, "_worker_pass", 1)
    with pytest.raises(RuntimeError, match="did not get the plan"):
        local._work(2, _log_batch(lines))


def test_a_pool_is_started_for_inputs_that_keep_one_process_busy(tmp_path):
    from piiscan.api import _BYTES_PER_SECOND, _POOL_MIN_SECONDS, _is_access_log, _worth_a_pool
    from piiscan.inputs import collect_inputs

    log = tmp_path / "access.log"
    log.write_text((SAMPLE / "access.log").read_text() * 10)  # ~1 MB of access log
    posts = tmp_path / "posts.jsonl"
    ner_bytes = _BYTES_PER_SECOND["free text through NER"] * _POOL_MIN_SECONDS
    posts.write_text((SAMPLE / "forum.jsonl").read_text() * int(ner_bytes // 40_000 + 1))
    files = {p.name: f for p in (log, posts) for f in collect_inputs([str(p)])[0]}
    assert files["posts.jsonl"].path.stat().st_size >= ner_bytes
    logs = {files["access.log"].source}
    assert _worth_a_pool([files["posts.jsonl"]], [files["posts.jsonl"]], logs)  # NER on
    assert not _worth_a_pool([files["posts.jsonl"]], [], logs)  # NER off: a few seconds of work
    assert not _worth_a_pool([files["access.log"]], [], logs)  # logs never go through NER
    assert not _is_access_log(files["posts.jsonl"]) and _is_access_log(files["access.log"])


def test_worker_processes_remove_their_first_pass_folders_when_the_pool_closes():
    """Workers fork from a fork server and end with os._exit (no atexit): the folder
    of the first pass's detections must go all the same."""
    import dataclasses
    import glob
    import os
    import tempfile

    from piiscan.engines.local import WorkerPool

    rows = [("user_email", "ana.silva@example.com"), ("full_name", "Ana Silva")]
    plan = dataclasses.replace(_plan(), collect=True)
    with WorkerPool(2) as pool:
        results = [r for _, r in pool.run([(n, _cell_batch(rows), n) for n in range(2)], plan)]
        assert all(r.known for r in results)
        # the workers' own folders, by their process ids (other scans may run on this machine)
        patterns = [f"{tempfile.gettempdir()}/piiscan-pass1-{pid}-*" for w in pool._workers for pid in w._processes]
        during = {d for p in patterns for d in glob.glob(p)}
        assert len(patterns) == 2 and len(during) == 2  # one per worker, holding what the second pass would take
    assert not any(os.path.exists(d) for d in during)


def test_a_warm_pool_has_its_workers_started_before_the_first_batch():
    from piiscan.engines.local import WorkerPool

    rows = [("user_email", "ana.silva@example.com")]
    with WorkerPool(2) as pool:
        pool.warm()
        assert all(len(w._processes) == 1 for w in pool._workers)  # started, no batch sent yet
        pool.warm()  # once is enough: no second set of workers
        assert len(pool._workers) == 2
        results = [r for _, r in pool.run([(n, _cell_batch(rows), n) for n in range(2)], _plan())]
        # the findings come back as report lines, rendered by the worker
        assert all(r.findings.lines.count(b"\n") == 1 and b'"EMAIL_ADDRESS"' in r.findings.lines
                   for r in results)


def test_each_worker_runs_blas_on_its_share_of_the_cores():
    """NER's matrix products run in numpy's BLAS, which starts a thread per core in every
    process: workers on all cores would each start as many and spin against each other."""
    from threadpoolctl import threadpool_info

    from piiscan.engines.local import WorkerPool, default_jobs

    with WorkerPool(2) as pool:
        pool.warm()
        infos = [w.submit(threadpool_info).result() for w in pool._workers]
    blas = [lib for info in infos for lib in info if lib["user_api"] == "blas"]
    assert len(blas) >= 2  # numpy's, found in each worker
    assert {lib["num_threads"] for lib in blas} == {max(1, default_jobs() // 2)}


def test_memo_keeps_what_batches_ask_for_again_when_it_is_emptied(monkeypatch):
    """A batch that would overflow the memo empties it, but for the entries batches asked
    for again since the last emptying: an export's recurring occupations and companies
    are not detected (NER included) anew in every large batch."""
    from piiscan import process

    monkeypatch.setattr(process, "_SEGMENT_CACHE_ENTRIES", 10)
    memo = process._Memo()
    first = [("job", f"value {n}") for n in range(8)]
    memo.make_room(len(first), first)
    memo.put_many(first, list(range(8)))
    second = [("job", "value 1"), ("job", "value 2"), ("job", "new")]
    memo.make_room(len(second), second)  # 8 + 3 > 10: emptied, but for the two asked again
    assert sorted(memo) == [("job", "value 1"), ("job", "value 2")]
    assert memo.chars == len("value 1") + len("value 2")
    memo.put(("job", "new"), 9)
    memo.make_room(20)  # nothing asked again since: all goes
    assert not memo


def test_a_value_recurring_in_every_large_batch_is_detected_once(monkeypatch):
    from piiscan import process

    monkeypatch.setattr(process, "_SEGMENT_CACHE_ENTRIES", 50)
    rt = process.runtime(_plan())
    rt._records.clear()
    detected: list[str] = []
    real = rt.detector.detect_records

    def counting(texts, fields, structures=None):
        detected.extend(texts)
        return real(texts, fields, structures)

    monkeypatch.setattr(rt.detector, "detect_records", counting)
    for batch in range(4):  # 40 new values a batch, and the one that recurs
        texts = ["Chief Executive Officer"] + [f"id-{batch}-{n}" for n in range(40)]
        rt.detect_records(texts, ["occupation"] * len(texts))
    assert detected.count("Chief Executive Officer") == 1


def test_a_form_encoded_value_gets_a_url_safe_replacement():
    # IIS writes the query's spaces as '+': 'user=Jane+Roe' names a person, and the
    # pseudonym goes back percent-encoded, as the rest of the query is
    line = ('198.51.100.23 - - [10/Oct/2026:13:55:36 +0000] "POST /api/login?user=Jane+Roe&page=2 HTTP/1.1" '
            '401 12 "-" "curl/8.0"')
    new = process_batch(_log_batch([line]), _plan()).redacted.get_column("text")[0]
    assert "Jane" not in new and "<" not in new and ">" not in new
    assert "?user=%3CPERSON%3A" in new and "%3E&page=2 HTTP/1.1" in new
    # a '+' inside an e-mail address is its tag, not a space: the copy's address stays plain
    note = process_batch(_log_batch(["mail jane+news@example.com today"]), _plan()).redacted.get_column("text")[0]
    assert "@pseudo.invalid today" in note and "%40" not in note


@pytest.mark.parametrize("text, escaped", [
    ("Group <GroupPolicy_AnyConnect> User <jdoe> IP <81.2.69.142> session started", False),  # a log's brackets
    ("Use of uninitialized value at contact.pl line 31, <STDIN> line 1. user jdoe", False),
    ("<p>Thanks, jdoe</p>", True),  # HTML: a replacement's brackets are escaped
    ("Tom &amp; jdoe", True),
])
def test_a_replacement_is_escaped_only_in_html(text, escaped):
    from piiscan.config import Operator, OperatorSpec
    from piiscan.detect.engine import RawFinding

    plan = Plan(Detection(ner=NerMode.OFF), Key(bytes.fromhex(TEST_KEY_HEX)), redact=True,
                operators={"USERNAME": OperatorSpec(Operator.REDACT)})
    rt = runtime(plan)
    start = text.index("jdoe")
    out = rt.assemble(text, [RawFinding("USERNAME", start, start + 4, 0.9, "test")], True).redacted
    assert ("&lt;USERNAME&gt;" in out) is escaped and ("<USERNAME>" in out) is not escaped


@pytest.mark.parametrize("text, expected", [
    ("GET /checkout?zip=90210&x=1 HTTP/1.1", "GET /checkout?zip=%3CLOCATION%3E&x=1 HTTP/1.1"),  # stays a query
    ("see https://x.example/a?contact%5Bname%5D=90210", "see https://x.example/a?contact%5Bname%5D=%3CLOCATION%3E"),
    ("zip 90210, thanks", "zip <LOCATION>, thanks"),  # no query: as it is
    ("a=b and zip=90210", "a=b and zip=<LOCATION>"),  # a key and a value, but no URL's query
])
def test_a_replacement_in_a_urls_query_is_url_encoded(text, expected):
    from piiscan.config import Operator, OperatorSpec
    from piiscan.detect.engine import RawFinding

    plan = Plan(Detection(ner=NerMode.OFF), Key(bytes.fromhex(TEST_KEY_HEX)), redact=True,
                operators={"LOCATION": OperatorSpec(Operator.REDACT)})
    rt = runtime(plan)
    start = text.index("90210")
    assert rt.assemble(text, [RawFinding("LOCATION", start, start + 5, 0.9, "test")], True).redacted == expected


def test_a_hint_types_a_record_and_the_field_stays_in_findings_output_and_fields_to_drop():
    from piiscan.config import Operator, OperatorSpec

    batch = _cell_batch([("params[0].value", "mkowalski"), ("params[1].value", "mkowalski"),
                         ("other.value", "mkowalski")]).with_columns(
        pl.Series("hint", ["params[0].username", "params[1].username", None], dtype=pl.String))
    plan = _plan(operators={"USERNAME": OperatorSpec(Operator.DROP)})
    result = process_batch(batch, plan)
    assert result.findings.select("record", "field").rows() == [(1, "params[0].value"), (2, "params[1].value")]
    assert result.redacted.get_column("field").to_list() == batch.get_column("field").to_list()
    assert result.redacted.get_column("dropped").to_list() == [True, True, False]  # no hint, no type
    first = process_batch(batch, replace(plan, collect=True))
    assert first.drop_fields == {("export.csv", "params[0].value"), ("export.csv", "params[1].value")}


# a client list's two rows: a firm and a person, each cell a record of its own row (Moloni's columns)
_CLIENT_LIST = [(1, "Nome", "Papelaria Central da Beira, Lda."), (1, "Morada", "Rua Major Kanhangulo 45"),
                (1, "Localidade", "Luanda"), (1, "E-mail", "geral@papelariacentral.co.ao"), (1, "Telefone", "222 334 455"),
                (1, "Telemóvel", "+244 923 456 789"), (1, "Contacto", "Celeste Macuácua"),
                (1, "E-mail do contacto", "celeste.m@papelariacentral.co.ao"),
                (1, "Observações", "Contacto alternativo: +244 944 105 758"),
                (1, "Notas", "Ligar para a loja: +244 222 334 455."),  # (the firm's own line again: round 57's Mambu)
                (2, "Nome", "Celso Sithole"), (2, "Morada", "Rua de Boane 245"), (2, "Localidade", "Matola"),
                (2, "E-mail", "celso_sithole37@yahoo.com"), (2, "Telefone", "+258 84 123 4567")]


def _rows_processed(monkeypatch, batchwise: bool, source: str, rows):
    """process_batch's result over a contacts list's cells, (record, field, text) each, its rows read batch-wide
    (_structured_cells) or record by record."""
    import piiscan.process as process
    from piiscan.config import Propagate

    process._RUNTIMES.clear()
    if not batchwise:
        monkeypatch.setattr(process, "_structured_cells", lambda *a: None)
    batch = pl.DataFrame({"source": [source] * len(rows), "record": [r for r, _, _ in rows],
                          "field": [f for _, f, _ in rows], "text": [t for _, _, t in rows]})
    plan = Plan(Detection(ner=NerMode.OFF, propagate=Propagate.RUN), Key(bytes.fromhex(TEST_KEY_HEX)), redact=True)
    return process_batch(batch, plan)


def _rows_found(monkeypatch, batchwise: bool, source: str, rows) -> set[tuple[int, str, str]]:
    result = _rows_processed(monkeypatch, batchwise, source, rows)
    return {(r["record"], r["field"], r["entity_type"]) for r in result.findings.iter_rows(named=True)}


@pytest.mark.parametrize("batchwise", [True, False], ids=["batch-wide", "per-record"])
def test_a_company_columns_row_without_a_persons_name_is_a_firms(monkeypatch, batchwise):
    # (round 60: Moneybird's contacts: a firm's address and desk, a person's beside his employer's name)
    rows = [(1, "company_name", "Menuiserie Ardennaise SRL"), (1, "address1", "Rue de l'Industrie 74"),
            (1, "city", "Strassen"), (1, "email", "comptabilite@menuiserie.lu"),
            (2, "company_name", "Groothandel Polderlicht B.V."), (2, "firstname", "Jan"), (2, "lastname", "Smit"),
            (2, "address1", "Kerkstraat 12"), (2, "city", "Zwolle"),
            # (a parcel's recipient by a name's column of another language, her employer beside it: Sendcloud's)
            (3, "Naam", "Camille Dupont"), (3, "Bedrijfsnaam", "Atelier Lumière SRL"), (3, "Adres", "Avenue Louise 203"),
            (3, "Plaats", "Wavre")]
    found = _rows_found(monkeypatch, batchwise, "contacts.json", rows)
    assert not any(k[0] == 1 and k[1] in ("address1", "city", "email") for k in found)
    assert {(2, "address1", "LOCATION"), (2, "city", "LOCATION"), (2, "lastname", "PERSON")} <= found
    assert {(3, "Naam", "PERSON"), (3, "Adres", "LOCATION"), (3, "Plaats", "LOCATION")} <= found


@pytest.mark.parametrize("batchwise", [True, False], ids=["batch-wide", "per-record"])
def test_a_buyers_firm_row_with_its_contact_and_one_line_keeps_the_line_as_the_contacts(monkeypatch, batchwise):
    # (round 69: Fakturoid's invoices: the buyer a university, its contact person named, the seller's clerk who
    # issued it; the row's one line is the contact's; beside a mobile's column, the line is the firm's again)
    rows = [(1, "Odběratel", "Masarykova univerzita"), (1, "Ulice", "Žerotínovo náměstí 617/9"), (1, "Město", "Brno"),
            (1, "E-mail", "fakturace@muni.cz"), (1, "Telefon", "+420 736 400 913"),
            (1, "Kontaktní osoba", "Kristýna Jelínková"), (1, "Vystavil", "Vojtěch Navrátil"),
            (2, "Odběratel", "Pekárna Kubík s.r.o."), (2, "Ulice", "Dlouhá 2137/76"), (2, "Telefon", "+420 222 334 455"),
            (2, "Mobil", "+420 603 123 456"), (2, "Kontaktní osoba", "Jan Kubík")]
    found = _rows_found(monkeypatch, batchwise, "faktury.csv", rows)
    assert not any(k[0] == 1 and k[1] in ("Ulice", "Město", "E-mail") for k in found)  # (the firm's seat, its desk)
    assert {(1, "Telefon", "PHONE_NUMBER"), (1, "Kontaktní osoba", "PERSON")} <= found
    assert not any(k[0] == 2 and k[1] in ("Ulice", "Telefon") for k in found) and (2, "Mobil", "PHONE_NUMBER") in found


@pytest.mark.parametrize("batchwise", [True, False], ids=["batch-wide", "per-record"])
def test_a_json_records_own_name_marks_a_firms_row(monkeypatch, batchwise):
    # (round 61: e-conomic's customers, its 'name' hinted 'user.name' beside its e-mail; a firm by its legal form)
    rows = [(1, "user.name", "Ravnsborg Fisk A/S"), (1, "address", "Frederiksberggade 70"), (1, "city", "Odense C"),
            (1, "email", "bogholderi@ravnsborg.dk"), (1, "telephoneAndFaxNumber", "28 74 78 30"),
            (2, "user.name", "Lone Holm Mortensen"), (2, "address", "Ågade 1, 3. mf."), (2, "city", "København V"),
            (2, "email", "lone.mortensen@youmail.dk"), (2, "telephoneAndFaxNumber", "47 55 76 37")]
    found = _rows_found(monkeypatch, batchwise, "customers.jsonl", rows)
    assert not any(k[0] == 1 for k in found)
    assert {(2, "user.name", "PERSON"), (2, "address", "LOCATION"), (2, "city", "LOCATION"),
            (2, "email", "EMAIL_ADDRESS"), (2, "telephoneAndFaxNumber", "PHONE_NUMBER")} <= found


@pytest.mark.parametrize("batchwise", [True, False], ids=["batch-wide", "per-record"])
def test_a_firms_row_keeps_its_address_lines_and_desks_but_not_its_contacts(monkeypatch, batchwise):
    result = _rows_processed(monkeypatch, batchwise, "clientes.csv", _CLIENT_LIST)
    found = {(r["record"], r["field"], r["entity_type"]) for r in result.findings.iter_rows(named=True)}
    texts = dict(zip(zip(result.redacted.get_column("record"), result.redacted.get_column("field")),
                     result.redacted.get_column("text")))
    # the firm's own: its street, its town, its desk's mailbox and its line, as they were
    for fld, text in [("Morada", "Rua Major Kanhangulo 45"), ("Localidade", "Luanda"),
                      ("E-mail", "geral@papelariacentral.co.ao"), ("Telefone", "222 334 455"),
                      ("Notas", "Ligar para a loja: +244 222 334 455.")]:  # (and where its note repeats its line)
        assert texts[(1, fld)] == text and not any(k[:2] == (1, fld) for k in found)
    # its contact person, her mailbox, the mobile and the note's phone: found and redacted
    assert {(1, "Contacto", "PERSON"), (1, "E-mail do contacto", "EMAIL_ADDRESS"),
            (1, "Telemóvel", "PHONE_NUMBER"), (1, "Observações", "PHONE_NUMBER")} <= found
    assert texts[(1, "Telemóvel")] != "+244 923 456 789"
    # the person's row: all of it
    assert {(2, "Morada", "LOCATION"), (2, "Localidade", "LOCATION"), (2, "E-mail", "EMAIL_ADDRESS"),
            (2, "Telefone", "PHONE_NUMBER")} <= found
    assert texts[(2, "Localidade")] != "Matola"
