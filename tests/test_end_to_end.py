"""The whole product on the bundled samples: counts kept, nothing leaked, contract kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest

from .conftest import ROOT, SAMPLE
from .helpers import find_leaks, gold_values, output_text

SAMPLES = ["access.log", "forum.jsonl", "analytics.csv", "analytics.parquet", "notes.txt"]


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    """``piiscan redact`` over every sample file, once for this module."""
    from piiscan.api import redact

    tmp = tmp_path_factory.mktemp("e2e")
    key = tmp / "k"
    key.write_text("1f" * 32)
    out = tmp / "out"
    result = redact([str(SAMPLE / n) for n in SAMPLES], out_dir=out, key_file=key)
    return result, out


def _count_records(path: Path) -> int:
    if path.suffix == ".parquet":
        return pl.read_parquet(path).height
    if path.suffix == ".csv":
        import csv

        with open(path, newline="") as fh:
            return sum(1 for _ in csv.reader(fh)) - 1
    return len(path.read_bytes().splitlines())


@pytest.mark.parametrize("name", SAMPLES)
def test_output_keeps_every_record(redacted, name):
    _, out = redacted
    assert _count_records(out / name) == _count_records(SAMPLE / name)


@pytest.mark.parametrize("name", SAMPLES)
def test_no_email_ip_or_phone_survives(redacted, name):
    """Issue 2's acceptance: grep every e-mail, IP and phone of the sample over out/."""
    _, out = redacted
    haystack = "\n".join(output_text(p) for p in out.rglob("*") if p.is_file())
    values = {v for t, v in gold_values(SAMPLE / name, SAMPLE / "gold" / f"{name}.gold.jsonl")
              if t in ("EMAIL_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER")}
    assert values
    assert find_leaks(values, haystack) == []


def _finding_values(out: Path) -> set[str]:
    """The raw input text under every finding of the run."""
    from .helpers import field_value, record_texts

    texts = {n: record_texts(SAMPLE / n) for n in SAMPLES}
    values = set()
    for line in (out / "_report" / "findings.jsonl").read_text().splitlines():
        f = json.loads(line)
        name = Path(f["source"]).name
        if name.endswith(".jsonl"):
            text = field_value(json.loads(texts[name][(f["record"], "__obj__")]), f["field"])
        else:
            text = texts[name][(f["record"], f["field"])]
        values.add(text[f["start"]:f["end"]])
    return values


def test_nothing_any_finding_or_gold_span_covers_survives(redacted):
    """Issue 5's leak test: every value under a finding or a gold span, of every type,
    is absent from the whole output folder (copies and report)."""
    _, out = redacted
    haystack = "\n".join(output_text(p) for p in out.rglob("*") if p.is_file())
    values = _finding_values(out) | {
        v for n in SAMPLES for _, v in gold_values(SAMPLE / n, SAMPLE / "gold" / f"{n}.gold.jsonl")}
    assert len(values) > 900  # distinct values
    assert find_leaks(values, haystack) == []


def test_reports_hold_no_raw_values(redacted):
    _, out = redacted
    report = "\n".join(p.read_text() for p in (out / "_report").iterdir())
    values = {v for n in SAMPLES for t, v in gold_values(SAMPLE / n, SAMPLE / "gold" / f"{n}.gold.jsonl")
              if len(v) >= 6}
    assert find_leaks(values, report) == []


def test_findings_contract(redacted):
    result, out = redacted
    rows = [json.loads(line) for line in (out / "_report" / "findings.jsonl").read_text().splitlines()]
    assert rows
    keys = [(r["source"], r["record"], r["field"] or "", r["start"]) for r in rows]
    assert keys == sorted(keys)
    for r in rows:
        assert r["schema_version"] and r["end"] > r["start"] >= 0 and len(r["value_hash"]) == 32
    # one finding per character range
    by_rec: dict = {}
    for r in rows:
        by_rec.setdefault((r["source"], r["record"], r["field"]), []).append((r["start"], r["end"]))
    for spans in by_rec.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    summary = json.loads((out / "_report" / "summary.json").read_text())
    assert summary["schema_version"] and summary["totals"]["findings"] == len(rows)
    prov = summary["provenance"]
    assert prov["key_id"] and not prov["key_ephemeral"] and prov["pseudonym_scheme"]
    assert summary["totals"]["records_scanned"] >= 400 + 150 + 500 + 500 + 40
    assert (out / "_report" / "report.md").read_text().startswith("# piiscan findings report")


def test_same_customer_same_pseudonym_across_csv_and_parquet(redacted):
    _, out = redacted
    csv_df = pl.read_csv(out / "analytics.csv", infer_schema=False)
    pq_df = pl.read_parquet(out / "analytics.parquet")
    for col in ("user_email", "full_name", "client_ip"):
        assert csv_df.get_column(col).to_list() == pq_df.get_column(col).to_list()


def test_redacted_log_lines_still_parse_as_combined_format(redacted):
    from piiscan.detect.structure import _COMBINED

    _, out = redacted
    src = (SAMPLE / "access.log").read_text().splitlines()
    dst = (out / "access.log").read_text().splitlines()
    for a, b in zip(src, dst):
        assert bool(_COMBINED.match(a)) == bool(_COMBINED.match(b))


def test_json_output_stays_valid_and_keeps_untouched_fields(redacted):
    _, out = redacted
    src = [json.loads(x) for x in (SAMPLE / "forum.jsonl").read_text().splitlines()]
    dst = [json.loads(x) for x in (out / "forum.jsonl").read_text().splitlines()]
    assert [d["id"] for d in dst] == [s["id"] for s in src]
    assert [d["created_at"] for d in dst] == [s["created_at"] for s in src]


def test_bundled_pipelines_run_from_a_copy(tmp_path, monkeypatch):
    """What `make demo` runs, in a scratch folder: every pipeline, one shared key."""
    from piiscan.api import run_pipeline
    from piiscan.keys import write_new_key

    shutil.copytree(SAMPLE, tmp_path / "sample_data", ignore=shutil.ignore_patterns("gold"))
    monkeypatch.chdir(tmp_path)
    write_new_key("out/demo.key")
    for pipeline in sorted((ROOT / "pipelines").glob("*.yaml")):
        result = run_pipeline(pipeline)
        assert int(result.exit_status) == 0, pipeline.name
        assert result.summary["totals"]["findings"] > 0
    assert (tmp_path / "out" / "access_logs" / "access.log").exists()


def test_worker_processes_give_identical_outputs_and_findings(tmp_path, monkeypatch):
    """--jobs 2 (workers from a fork server, chunks in flight) writes exactly what one process writes."""
    import piiscan.api
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    key = tmp_path / "k"
    key.write_text("2e" * 32)
    names = ("access.log", "analytics.csv", "forum.jsonl", "analytics.parquet")
    inputs = [str(SAMPLE / n) for n in names]
    # an Excel XML sheet of 40 rows, 5 lines each: its header (which names the serials'
    # column) is on the first of the file's chunks, its rows on all of them
    rows = "".join(f'<Row>\n<Cell><Data ss:Type="Number">{i}</Data></Cell>\n'
                   f'<Cell><Data ss:Type="String">7K{i:02d}Q4M9X2T</Data></Cell>\n'
                   '<Cell><Data ss:Type="String">printer jams</Data></Cell>\n</Row>\n' for i in range(40))
    sheet = tmp_path / "in" / "tickets.xml"
    sheet.parent.mkdir()
    sheet.write_text('<Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n<Table>\n<Row>\n'
                     '<Cell><Data ss:Type="String">Ticket</Data></Cell>\n'
                     '<Cell><Data ss:Type="String">Serial number</Data></Cell>\n'
                     '<Cell><Data ss:Type="String">Subject</Data></Cell>\n</Row>\n' + rows + "</Table>\n</Workbook>\n")
    names += ("tickets.xml",)
    inputs.append(str(sheet))
    detection = Detection(ner=NerMode.OFF)
    one = redact(inputs, out_dir=tmp_path / "one", key_file=key, jobs=1, detection=detection)
    monkeypatch.setattr(piiscan.api, "_POOL_MIN_SECONDS", 0)
    two = redact(inputs, out_dir=tmp_path / "two", key_file=key, jobs=2, detection=detection,
                 batch_size=64)  # many chunks in flight
    assert two.summary["jobs"] == 2 and one.summary["jobs"] == 1
    for name in (*names, "_report/findings.jsonl"):
        if name.endswith(".parquet"):  # the chunks (batch_size) set its row groups: same rows
            assert pl.read_parquet(tmp_path / "one" / name).equals(pl.read_parquet(tmp_path / "two" / name))
            continue
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert one.summary["totals"] == two.summary["totals"]
    serials = [json.loads(line) for line in (tmp_path / "two" / "_report" / "findings.jsonl").open()]
    assert sum(f["entity_type"] == "SERIAL_NUMBER" and f["source"].endswith("tickets.xml") for f in serials) == 40


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_access_log_worked_on_as_blocks_gives_what_chunks_give(tmp_path, monkeypatch, jobs):
    """An access log goes to the workers as bytes (engines.local); its copy, findings
    and problems are what reading it as chunks in the main process gives."""
    import piiscan.api
    import piiscan.sources.text as text
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    key = tmp_path / "k"
    key.write_text("3c" * 32)
    log = tmp_path / "in" / "access.log"
    log.parent.mkdir()
    log.write_bytes((SAMPLE / "access.log").read_bytes()
                    + b"bad \xff bytes from 192.0.2.44\r\n"
                    + b'{"remote_ip":"203.0.113.9","user":{"name":"ann_lee"}}\n'
                    + b"#Fields: date c-ip cs-username\n2026-10-12 192.0.2.9 maria\nthe last line, no line end")
    monkeypatch.setattr(piiscan.api, "_POOL_MIN_SECONDS", 0)
    decoded = []
    real_decode = text.TextFormat.decode
    monkeypatch.setattr(text.TextFormat, "decode", lambda self, b: decoded.append(b.units) or real_decode(self, b))
    options = dict(key_file=key, jobs=jobs, detection=Detection(ner=NerMode.OFF), batch_size=97)
    blocks = redact([str(log)], out_dir=tmp_path / "blocks", **options)
    # UTF-8 not recognized: the log is read as chunks (the way of other encodings)
    monkeypatch.setattr(text, "is_utf8", lambda encoding: False)
    chunks = redact([str(log)], out_dir=tmp_path / "chunks", **options)
    if jobs == 1:  # (a worker process decodes out of sight)
        assert sum(decoded) == blocks.summary["totals"]["records_scanned"] > 400
    for name in ("access.log", "_report/findings.jsonl"):
        assert (tmp_path / "blocks" / name).read_bytes() == (tmp_path / "chunks" / name).read_bytes(), name
    assert blocks.summary["totals"] == chunks.summary["totals"]
    assert blocks.summary["problems"] == chunks.summary["problems"]
    assert [p["line"] for p in blocks.summary["problems"]] == [blocks.summary["totals"]["records_scanned"] - 4]
    written = (tmp_path / "blocks" / "access.log").read_bytes()
    assert b"\xff" in written and b"maria" not in written and b"203.0.113.9" not in written


def test_deny_list_allow_list_and_thresholds_apply(tmp_path):
    from piiscan.api import scan
    from piiscan.config import Detection, NerMode

    src = tmp_path / "notes.txt"
    src.write_text("ticket from Project Bluebird, mail kim.lee@example.com or jane.roe@example.com,"
                   " not help@example.com or abuse@example.com\n")
    # (a role's mailbox is no one's, unless a deny list names it)
    detection = Detection(ner=NerMode.OFF, deny_lists={"PERSON": ("Bluebird",), "EMAIL_ADDRESS": ("abuse@example.com",)},
                          allow_list=("kim.lee@example.com",),
                          entities=("EMAIL_ADDRESS", "PERSON"))
    result = scan([str(src)], report_dir=tmp_path / "r", detection=detection)
    rows = [json.loads(x) for x in (tmp_path / "r" / "findings.jsonl").read_text().splitlines()]
    line = src.read_text()
    assert [(r["entity_type"], line[r["start"]:r["end"]]) for r in rows] == [
        ("PERSON", "Bluebird"), ("EMAIL_ADDRESS", "jane.roe@example.com"), ("EMAIL_ADDRESS", "abuse@example.com")]
    assert result.summary["totals"]["findings"] == 3
    # a per-type threshold above a recognizer's score drops its findings (IPv4 scores 0.85)
    src.write_text("from 203.0.113.9 and 198.51.100.4\n")
    loose = scan([str(src)], report_dir=tmp_path / "r2", detection=Detection(ner=NerMode.OFF))
    strict = scan([str(src)], report_dir=tmp_path / "r3",
                  detection=Detection(ner=NerMode.OFF, thresholds={"IP_ADDRESS": 0.9}))
    assert loose.summary["totals"]["findings"] == 2
    assert strict.summary["totals"]["findings"] == 0


def test_json_lines_access_log_fields_are_context(tmp_path):
    """nginx JSON logs: the user field names a user, the request's query is decoded, and
    the user agent's version strings and contact numbers are not addresses or phones."""
    from piiscan.api import scan
    from piiscan.config import Detection, NerMode

    log = tmp_path / "access.log"
    log.write_text(json.dumps({
        "remote_addr": "203.0.113.9", "remote_user": "jdoe",
        "request": "GET /a?email=jane.roe%40example.com HTTP/1.1",
        "http_user_agent": "Agent/2.0.0.1 (+1 202-555-0143)"}) + "\n")
    scan([str(log)], report_dir=tmp_path / "r", detection=Detection(ner=NerMode.OFF))
    rows = [json.loads(x) for x in (tmp_path / "r" / "findings.jsonl").read_text().splitlines()]
    assert [(r["field"], r["entity_type"]) for r in rows] == [
        ("remote_addr", "IP_ADDRESS"), ("remote_user", "USERNAME"), ("request", "EMAIL_ADDRESS")]


def test_an_xml_dump_is_redacted_by_attribute_and_stays_xml(tmp_path, key_file):
    """A Stack Exchange-style dump: the display name is a person by its attribute, the
    HTML of AboutMe is prose, and the copy parses as XML with every row kept."""
    import xml.etree.ElementTree as ET

    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    src = tmp_path / "Users.xml"
    src.write_text('<?xml version="1.0" encoding="utf-8"?>\n<users>\n'
                   '  <row Id="7" DisplayName="Jane Roe" Location="Leeds, UK" '
                   'AboutMe="&lt;p&gt;Mail jane.roe@example.org &amp; call +44 20 7946 0958&lt;/p&gt;" />\n'
                   '  <row Id="8" DisplayName="" />\n</users>\n')
    redact([str(src)], out_dir=tmp_path / "out", key_file=key_file, detection=Detection(ner=NerMode.OFF))
    rows = [json.loads(x) for x in (tmp_path / "out" / "_report" / "findings.jsonl").read_text().splitlines()]
    copy = (tmp_path / "out" / "Users.xml").read_text()
    root = ET.fromstring(copy.split("\n", 1)[1])
    first, second = root.findall("row")
    assert first.get("Id") == "7" and second.get("Id") == "8"
    for raw in ("Jane Roe", "Leeds", "jane.roe@example.org", "7946 0958"):
        assert raw not in copy
    assert first.get("AboutMe").startswith("<p>Mail ") and first.get("AboutMe").endswith("</p>")
    assert " & call " in first.get("AboutMe")  # untouched text between the findings
    assert {(r["field"], r["entity_type"]) for r in rows} == {
        ("DisplayName", "PERSON"), ("Location", "LOCATION"), ("AboutMe", "EMAIL_ADDRESS"),
        ("AboutMe", "PHONE_NUMBER")}


def test_a_forum_pages_posters_and_lines_are_read_from_its_markup(tmp_path, key_file):
    """A phpBB page saved as HTML: the poster named by its markup, a post's sign-off
    and its address block written with <br> (one line of the file), all hidden; the
    copy keeps its markup."""
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    src = tmp_path / "viewtopic.html"
    src.write_text('<dt><a href="./memberlist.php?mode=viewprofile&amp;u=9003" class="username">fixit_felix</a></dt>\n'
                   '<div class="content">Same here.<br><br>Kind regards,<br>Felix<br>'
                   '12 Patrick Street<br>Cork T12 X70A<br>Ireland</div>\n')
    redact([str(src)], out_dir=tmp_path / "out", key_file=key_file, detection=Detection(ner=NerMode.OFF))
    copy = (tmp_path / "out" / "viewtopic.html").read_text()
    rows = [json.loads(x) for x in (tmp_path / "out" / "_report" / "findings.jsonl").read_text().splitlines()]
    for raw in ("fixit_felix", "Felix", "Patrick Street", "Cork", "T12 X70A", "Ireland"):
        assert raw not in copy
    assert copy.count("<br>") == 6 and 'class="username">' in copy
    assert {(r["record"], r["entity_type"]) for r in rows} >= {(1, "USERNAME"), (2, "PERSON"), (2, "LOCATION")}


SQL_DUMP = ("-- MySQL dump 10.13\n"
            "CREATE TABLE `phorum_users` (\n  `user_id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n"
            "  `username` varchar(255) NOT NULL DEFAULT '',\n  `real_name` varchar(255) NOT NULL DEFAULT '',\n"
            "  `city` varchar(64) NOT NULL DEFAULT '',\n  PRIMARY KEY (`user_id`),\n  KEY `username` (`username`)\n"
            ") ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;\n"
            "CREATE TABLE log (id INTEGER PRIMARY KEY, note TEXT, ts INTEGER);\n"
            "INSERT INTO `phorum_users` VALUES (26,'greed','Grace Reed','Wundanyi');\n"
            "INSERT INTO `phorum_users` VALUES (27,'lochoro_a','Akol Lochoro','Kotido');\n"
            "INSERT INTO log VALUES (1,'Wundanyi',1700000000);\n")


@pytest.mark.parametrize("batch_size", [20_000, 3])
def test_a_sql_dumps_rows_are_read_by_the_columns_of_its_create_table(tmp_path, key_file, batch_size):
    """mysqldump writes its INSERTs without their columns: its CREATE TABLE names them
    (followed across chunks), so a login, a name and a town are found by their columns';
    the findings stay on the lines (no field), and the copy keeps every line."""
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    src = tmp_path / "backup.sql"
    src.write_text(SQL_DUMP)
    redact([str(src)], out_dir=tmp_path / "out", key_file=key_file, detection=Detection(ner=NerMode.OFF),
           batch_size=batch_size)
    rows = [json.loads(x) for x in (tmp_path / "out" / "_report" / "findings.jsonl").read_text().splitlines()]
    found = {(r["record"], r["field"], SQL_DUMP.splitlines()[r["record"] - 1][r["start"]:r["end"]], r["entity_type"])
             for r in rows}
    assert found == {(11, None, "greed", "USERNAME"), (11, None, "Grace Reed", "PERSON"),
                     (11, None, "Wundanyi", "LOCATION"), (12, None, "lochoro_a", "USERNAME"),
                     (12, None, "Akol Lochoro", "PERSON"), (12, None, "Kotido", "LOCATION"),
                     (13, None, "Wundanyi", "LOCATION")}  # (the town known, wherever it stands)
    assert {r["recognizer"] for r in rows if r["record"] < 13} == {"sql_column"}
    copy = (tmp_path / "out" / "backup.sql").read_text().splitlines()
    assert len(copy) == len(SQL_DUMP.splitlines()) and copy[:10] == SQL_DUMP.splitlines()[:10]
    assert "Grace Reed" not in copy[10] and copy[10].startswith("INSERT INTO `phorum_users` VALUES (26,'")


def test_number_columns_named_for_pii_are_redacted_and_stay_numbers(tmp_path, key_file):
    """An export keeps phones, cards and coordinates as numbers: those columns are
    scanned by their names, and the copy keeps the schema. A coordinate's pseudonym is
    a coordinate; a replacement that is no number (a card's token) becomes null."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    src = tmp_path / "trips.parquet"
    table = pa.table({
        "trip_id": pa.array([1, 2, 3], pa.int64()),
        "pickup_latitude": pa.array([40.7614, 40.6413, None], pa.float64()),
        "lng": pa.array([-73.9776, -73.7781, 13.405], pa.float32()),
        "phone": pa.array([14155550113, None, 442079460958], pa.int64()),
        "card_number": pa.array([4111111111111111, 1234, None], pa.int64()),
        "fare": pa.array([12.5, 8.0, 40.7614], pa.float64()),  # a number named for none
    })
    pq.write_table(table, src)
    csv = tmp_path / "trips.csv"
    csv.write_text("trip_id,pickup_latitude,fare\n1,40.7614,12.5\n")
    redact([str(src), str(csv)], out_dir=tmp_path / "out", key_file=key_file,
           detection=Detection(ner=NerMode.OFF))
    out = pq.read_table(tmp_path / "out" / "trips.parquet")
    assert out.schema == table.schema
    got = out.to_pydict()
    assert got["trip_id"] == [1, 2, 3] and got["fare"] == [12.5, 8.0, 40.7614]
    lat = got["pickup_latitude"]
    assert lat[2] is None and all(abs(v) < 90 and v not in (40.7614, 40.6413) for v in lat[:2])
    assert all(v is not None and abs(v - w) > 1e-3 for v, w in zip(got["lng"], [-73.9776, -73.7781, 13.405]))
    assert got["phone"][1] is None and 14155550113 not in got["phone"] and got["phone"][0] > 0
    assert got["card_number"] == [None, 1234, None]  # the card's token is no number; 1234 is no card
    # the same coordinate gets the same pseudonym in the CSV, where it stays a number too
    row = (tmp_path / "out" / "trips.csv").read_text().splitlines()[1].split(",")
    assert float(row[1]) == lat[0] and row[2] == "12.5"


@pytest.mark.parametrize("name", ["trips.jsonl", "trips.json"])
def test_json_numbers_named_for_pii_are_redacted_and_stay_valid_json(tmp_path, key_file, name):
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    rows = ['{"id": 1, "pickup": {"lat": 40.7614, "lng": -73.9776}, "phone": 14155550113, '
            '"card_number": 4111111111111111, "fare": 40.7614, "tags": [1, 2]}',
            '{"id": 2, "geometry": {"coordinates": [13.405, 52.52]}, "lat": null, "phone": 1234}']
    src = tmp_path / name
    src.write_text("\n".join(rows) + "\n" if name.endswith("l") else "[" + ",\n".join(rows) + "]\n")
    redact([str(src)], out_dir=tmp_path / "out", key_file=key_file, detection=Detection(ner=NerMode.OFF))
    text = (tmp_path / "out" / name).read_text()
    docs = ([json.loads(x) for x in text.splitlines()] if name.endswith("l") else json.loads(text))
    first, second = docs
    assert first["id"] == 1 and first["fare"] == 40.7614 and first["tags"] == [1, 2]
    for lat_or_lng in (first["pickup"]["lat"], first["pickup"]["lng"], *second["geometry"]["coordinates"]):
        assert isinstance(lat_or_lng, float) and abs(lat_or_lng) < 90
    assert first["pickup"]["lat"] != 40.7614 and second["geometry"]["coordinates"] != [13.405, 52.52]
    assert isinstance(first["phone"], int) and first["phone"] != 14155550113
    assert first["card_number"].startswith("<CREDIT_CARD:")  # a token is no number: a string
    assert second["lat"] is None and second["phone"] == 1234  # too short for a phone
    assert text.count("\n") == 2  # the layout is kept


def test_summary_counts_equal_a_recount_of_findings_jsonl(redacted):
    """The counts kept while findings streamed past (report/aggregate.py) are the counts of
    the findings file itself."""
    _, out = redacted
    from piiscan.findings import findings_schema

    f = pl.read_ndjson(out / "_report" / "findings.jsonl",
                       schema={"schema_version": pl.String, **findings_schema()})
    summary = json.loads((out / "_report" / "summary.json").read_text())
    assert not summary["distinct_values_estimated"]
    expect = (f.group_by("entity_type").agg(pl.len().alias("findings"),
                                            pl.col("value_hash").n_unique().alias("distinct_values"))
              .sort("entity_type").to_dicts())
    assert summary["by_entity"] == expect
    assert summary["totals"]["distinct_values"] == f.get_column("value_hash").n_unique()
    assert summary["totals"]["records_with_findings"] == f.select(pl.struct("source", "record").n_unique()).item()
    cells = {(c["source"], c["entity_type"], c["field"]): (c["findings"], c["distinct_values"], c["records"])
             for c in summary["counts"]}
    recount = f.group_by(["source", "entity_type", "field"]).agg(
        pl.len(), pl.col("value_hash").n_unique(), pl.col("record").n_unique())
    assert cells == {(s, e, fl): (a, b, c) for s, e, fl, a, b, c in recount.iter_rows()}


def test_distinct_counts_switch_to_a_sketch_past_the_exact_limit():
    import hashlib

    from piiscan.report.aggregate import EXACT_LIMIT, DistinctCounter

    c = DistinctCounter()
    hashes = [hashlib.sha256(str(i).encode()).hexdigest()[:32] for i in range(3 * EXACT_LIMIT)]
    for k in range(0, len(hashes), 10_000):
        c.add(hashes[k:k + 10_000])
        c.add(hashes[:50])  # repeats do not count
    assert c.estimated and abs(c.count() - len(hashes)) / len(hashes) < 0.03


def test_csv_chunks_stay_large_unless_ner_reads_their_cells(tmp_path, monkeypatch):
    """An export of short values is processed in large chunks whether NER is on or off
    (each chunk costs a fixed few milliseconds); a column of several-word text, which NER
    reads, makes smaller chunks when NER is on, so that every worker gets some."""
    import piiscan.engines.local as local
    from piiscan.api import scan
    from piiscan.detect.engine import find_model

    heights: list[int] = []
    real = local.process_batch

    def counting(batch, plan):
        heights.append(batch.height)
        return real(batch, plan)

    monkeypatch.setattr(local, "process_batch", counting)
    short = tmp_path / "short.csv"
    short.write_text("id,when,city\n" + "".join(
        f"{n},2026-10-12T08:{n % 60:02d}:00Z,Oakdale\n" for n in range(3000)))
    scan([short], report_dir=tmp_path / "r1", jobs=1)
    assert heights == [9000, 9000]  # one chunk, in each of the two passes
    heights.clear()
    notes = tmp_path / "notes.csv"
    notes.write_text("id,comment\n" + "".join(
        f"{n},the parcel came late again and the box was open {n}\n" for n in range(3000)))
    scan([notes], report_dir=tmp_path / "r2", jobs=1)
    if find_model(None) is None:  # NER off: nothing counts but cells
        assert heights == [6000, 6000]
    else:  # 150 kB of several-word comments: more than one 128 kB chunk
        assert len(heights) == 4 and sum(heights) == 12000


def test_a_name_value_pairs_value_is_typed_by_its_name_and_reported_under_its_own_field(tmp_path, key_file):
    # GitLab's request params, GA4's event params, a helpdesk's custom fields: the value's
    # key path ('params[1].value') says nothing, the pair's name does
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode, Operator, OperatorSpec

    src = tmp_path / "events.jsonl"
    src.write_text(
        '{"params": [{"key": "id", "value": "4411"}, {"key": "assignee_username", "value": "mkowalski"}]}\n'
        '{"ev": [{"key": "page_title", "value": {"string_value": "Checkout"}},'
        ' {"key": "customer_city", "value": {"string_value": "Leeds"}}],'
        ' "custom": [{"id": 7, "name": "Phone", "value": "0161 496 0000"}, {"name": "Plan", "value": "Leeds"}]}\n')
    redact([str(src)], out_dir=tmp_path / "out", key_file=key_file, detection=Detection(ner=NerMode.OFF))
    first, second = [json.loads(x) for x in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert first["params"][0]["value"] == "4411" and first["params"][1]["value"] != "mkowalski"
    assert second["ev"][0]["value"]["string_value"] == "Checkout"
    assert second["ev"][1]["value"]["string_value"] != "Leeds"
    assert second["custom"][0]["value"] != "0161 496 0000"
    assert second["custom"][1]["value"] == "Leeds"  # a plan's name is no place
    findings = [json.loads(x) for x in (tmp_path / "out" / "_report" / "findings.jsonl").read_text().splitlines()]
    assert sorted((f["record"], f["field"], f["entity_type"]) for f in findings) == [
        (1, "params[1].value", "USERNAME"), (2, "custom[0].value", "PHONE_NUMBER"),
        (2, "ev[1].value.string_value", "LOCATION")]
    # operator drop removes the value's own member
    redact([str(src)], out_dir=tmp_path / "out2", key_file=key_file, detection=Detection(ner=NerMode.OFF),
           operators={"USERNAME": OperatorSpec(Operator.DROP)})
    first = json.loads((tmp_path / "out2" / "events.jsonl").read_text().splitlines()[0])
    assert first["params"] == [{"key": "id", "value": "4411"}, {"key": "assignee_username"}]


def test_an_html_tables_cells_are_typed_by_its_header(tmp_path, key_file):
    # a wiki page's table: a serial has no shape of its own, its column says what it is
    from piiscan.api import scan
    from piiscan.config import Detection, NerMode

    src = tmp_path / "shipping.html"
    src.write_text("<table><tr><th>Ticket</th><th>Serial</th><th>Hostname</th></tr>\n<tr>\n<td>ITSD-4484</td>\n"
                   "<td>PF5XPSX5</td>\n<td>SPIKE-LT</td>\n</tr></table>\n<p>The serial PF5XPSX5 is on the box.</p>\n")
    scan([str(src)], report_dir=tmp_path / "r", key_file=key_file, detection=Detection(ner=NerMode.OFF))
    findings = [json.loads(x) for x in (tmp_path / "r" / "findings.jsonl").read_text().splitlines()]
    assert sorted((f["record"], f["field"], f["entity_type"], f["start"]) for f in findings) == [
        (4, "td", "SERIAL_NUMBER", 0), (5, "td", "HOSTNAME", 0), (7, None, "SERIAL_NUMBER", 14)]
