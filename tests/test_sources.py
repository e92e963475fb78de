"""Readers and writers: round trips are byte-identical when nothing is found, records are
numbered by the contract, and malformed records are reported and never lost."""

import csv
import gzip
import io
import json
from dataclasses import replace

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from piiscan.config import InputFormat
from piiscan.sources.base import InputFile, ReadOptions, detect_format, format_handler

from .conftest import SAMPLE

CLEAN_LOG = (
    b'198.51.100.0 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 12 "-" "curl/8.4.0"\n'
    b"\n"
    b"plain line with caf\xc3\xa9 and no personal data\r\n"
    b"last line without newline"
)


DEFAULT_OPTS = ReadOptions()


def _roundtrip(path, fmt, edit=None, opts=DEFAULT_OPTS):
    """Read ``path``; apply ``edit(text)->text`` to each record; write it back; return bytes."""
    handler = format_handler(fmt)
    file = InputFile(path, str(path), path.name, fmt)
    out = path.parent / "out" / path.name
    chunks = []
    with handler.writer(file, out, opts) as write:
        for chunk in handler.read(file, opts):
            chunks.append(chunk)
            texts = chunk.records.get_column("text").to_list()
            new = [edit(t) if edit else t for t in texts]
            redacted = chunk.records.with_columns(
                pl.Series("text", new, dtype=pl.String),
                pl.Series("changed", [a != b for a, b in zip(texts, new)], dtype=pl.Boolean))
            write(chunk, redacted)
    return out.read_bytes(), chunks


def _written_and_read(tmp_path, name, raw: str, fmt, edit=None):
    """``raw`` written to ``name``, then read and written back (see _roundtrip)."""
    path = tmp_path / name
    path.write_bytes(raw.encode())
    return _roundtrip(path, fmt, edit)


def _records(chunks):
    return pl.concat([c.records for c in chunks]).select("record", "field", "text").rows()


def _records_of(tmp_path, name, raw: str, fmt=InputFormat.TEXT):
    """The records ``raw`` is read as, written to ``name``; reading and writing it back
    gives the same bytes."""
    out, chunks = _written_and_read(tmp_path, name, raw, fmt)
    assert out == raw.encode()
    return _records(chunks)


@pytest.mark.parametrize("name", ["a.log", "a.log.gz", "a.txt.zst"])
def test_text_roundtrip_is_byte_identical(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(CLEAN_LOG))
    elif name.endswith(".zst"):
        import zstandard

        path.write_bytes(zstandard.ZstdCompressor().compress(CLEAN_LOG))
    else:
        path.write_bytes(CLEAN_LOG)
    out, chunks = _roundtrip(path, InputFormat.TEXT)
    if name.endswith(".gz"):
        out = gzip.decompress(out)
    elif name.endswith(".zst"):
        import zstandard

        out = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(out)).read()
    assert out == CLEAN_LOG
    recs = _records(chunks)
    assert [r[0] for r in recs] == [1, 2, 3, 4]  # blank lines count
    assert recs[2][2] == "plain line with café and no personal data"


@pytest.mark.parametrize("block", [1, 9, 1 << 20])
def test_text_lines_read_in_blocks_make_the_same_chunks(tmp_path, monkeypatch, block):
    import piiscan.sources.text as text

    path = tmp_path / "a.log"
    raw = CLEAN_LOG + b"\r\nline six\n\nx \xff y\r\nlast"
    path.write_bytes(raw)
    monkeypatch.setattr(text, "_READ_BLOCK", block)
    out, chunks = _roundtrip(path, InputFormat.TEXT, edit=lambda t: t.replace("line", "LINE"),
                             opts=ReadOptions(batch_size=3))
    assert [c.records.height for c in chunks] == [3, 3, 2]
    assert [r[0] for r in _records(chunks)] == list(range(1, 9))
    assert out == raw.replace(b"line", b"LINE")
    assert [p.line for c in chunks for p in c.problems] == [7]


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
@pytest.mark.parametrize("last_eol", [True, False])
def test_a_chunk_whose_lines_mostly_changed_is_written_in_its_encoding(tmp_path, encoding, last_eol):
    # the writer joins such a chunk at once (in polars for UTF-8): same bytes as line by line
    text = "".join(f"{i} café user{i} 203.0.113.{i}\n" for i in range(10)) + "kept"
    text += "\n" if last_eol else ""
    path = tmp_path / "a.log"
    path.write_bytes(text.encode(encoding))
    out, _ = _roundtrip(path, InputFormat.TEXT, edit=lambda t: t.replace("user", "üser"),
                        opts=ReadOptions(batch_size=4, encoding=encoding))
    assert out == text.replace("user", "üser").encode(encoding)


@pytest.mark.parametrize("raw", [
    b"a\nb\n", b"a\r\nb\r\n\r\n", b"a\rb\nc", b"x\r\r\n\n", "caf\u00e9 \u2028 \U0001f600\n".encode(),
    b"\n\n\n", b"last line", b"a\r\nb\nc\r",
], ids=["plain", "crlf", "inner-cr", "double-cr", "unicode", "blank", "no-eol", "final-cr"])
def test_utf8_chunks_split_in_polars_read_as_python_splits_them(tmp_path, monkeypatch, raw):
    import piiscan.sources.text as text

    path = tmp_path / "a.log"
    path.write_bytes(raw)
    used, real = [], text._utf8_chunk
    monkeypatch.setattr(text, "_utf8_chunk", lambda *a: used.append(real(*a)) or used[-1])
    fast = list(format_handler(InputFormat.TEXT).read(InputFile(path, "a.log", "a.log", InputFormat.TEXT),
                                                      ReadOptions(batch_size=2)))
    monkeypatch.setattr(text, "_utf8_chunk", lambda *a: None)
    slow = list(format_handler(InputFormat.TEXT).read(InputFile(path, "a.log", "a.log", InputFormat.TEXT),
                                                      ReadOptions(batch_size=2)))
    assert [c.records.rows() for c in fast] == [c.records.rows() for c in slow]
    assert [c.payload for c in fast] == [c.payload for c in slow]
    assert all(c.records.schema == s.records.schema for c, s in zip(fast, slow))
    assert any(chunk is not None for chunk in used)  # the polars way was taken


def test_text_edit_keeps_line_endings_and_bad_bytes(tmp_path):
    path = tmp_path / "a.log"
    path.write_bytes(b"x \xff y SECRET\r\nok\n")
    out, chunks = _roundtrip(path, InputFormat.TEXT, edit=lambda t: t.replace("SECRET", "<X>"))
    assert out == b"x \xff y <X>\r\nok\n"
    problems = [p for c in chunks for p in c.problems]
    assert [(p.line, p.kind) for p in problems] == [(1, "malformed")]
    assert "a.log:1" in str(problems[0])


def test_jsonl_records_are_string_values_by_key_path(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [
        {"id": 1, "user": {"email": "SECRET"}, "items": [{"note": "n1"}], "ok": True},
        {"body": "caf\u00e9 \"quoted\"", "n": 1.50},
    ]
    raw = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:1]) + "\n\n"
    raw += '{"body":  "caf\\u00e9 \\"quoted\\"",   "n": 1.50}\n'
    path.write_text(raw)
    out, chunks = _roundtrip(path, InputFormat.JSONL)
    assert out == raw.encode()
    assert _records(chunks) == [
        (1, "user.email", "SECRET"),
        (1, "items[0].note", "n1"),
        (3, "body", 'café "quoted"'),
    ]
    out, _ = _roundtrip(path, InputFormat.JSONL, edit=lambda t: t.replace("quoted", "<Q>"))
    # only the edited token changes; spacing, number format and \\u escapes stay
    assert out.decode().splitlines()[2] == '{"body":  "caf\\u00e9 \\"<Q>\\"",   "n": 1.50}'


def test_jsonl_broken_line_is_reported_and_scanned_as_text(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"a": "x"}\n{"b": SECRET\n{"c": "y"}\n')
    out, chunks = _roundtrip(path, InputFormat.JSONL, edit=lambda t: t.replace("SECRET", "<X>"))
    assert out == b'{"a": "x"}\n{"b": <X>\n{"c": "y"}\n'
    [problem] = [p for c in chunks for p in c.problems]
    assert problem.line == 2 and "not a JSON line" in problem.message
    assert (2, None, '{"b": SECRET') in _records(chunks)


def test_json_array_records_are_elements(tmp_path):
    path = tmp_path / "posts.json"
    raw = '[\n  {"body": "one"},\n  {"body": "two", "tags": ["x"]},\n  "three"\n]\n'
    path.write_text(raw)
    assert detect_format(path) is InputFormat.JSON
    out, chunks = _roundtrip(path, InputFormat.JSON)
    assert out == raw.encode()
    assert _records(chunks) == [(1, "body", "one"), (2, "body", "two"), (2, "tags[0]", "x"), (3, None, "three")]
    out, _ = _roundtrip(path, InputFormat.JSON, edit=lambda t: t.upper())
    assert json.loads(out) == [{"body": "ONE"}, {"body": "TWO", "tags": ["X"]}, "THREE"]


def test_an_api_exports_records_under_one_key_are_its_elements(tmp_path):
    # DHIS2's '{"trackedEntityInstances": [...]}', a paginated API's '{"count", "next",
    # "results"}': the one array of objects holds the records; the wrapper's own members
    # stay record 1, under their own names
    path = tmp_path / "export.json"
    raw = ('{"pager": {"page": "1"}, "results": [\n'
           ' {"name": "Ana Soares", "phones": ["+670 7723 4501"]},\n'
           ' {"name": "Lino Mamur", "notes": [{"value": "ligar Ana"}]}\n], "next": "p2"}\n')
    path.write_text(raw)
    out, chunks = _roundtrip(path, InputFormat.JSON)
    assert out == raw.encode()
    assert _records(chunks) == [(1, "pager.page", "1"), (1, "name", "Ana Soares"),
                                (1, "phones[0]", "+670 7723 4501"), (2, "name", "Lino Mamur"),
                                (2, "notes[0].value", "ligar Ana"), (1, "next", "p2")]
    assert sum(c.units for c in chunks) == 2
    out, _ = _roundtrip(path, InputFormat.JSON, edit=lambda t: t.replace("Ana", "<P>"))
    assert json.loads(out)["results"][1]["notes"][0]["value"] == "ligar <P>"


@pytest.mark.parametrize("raw", [
    '{"users": [{"name": "Ana"}], "groups": [{"name": "staff"}]}',   # two arrays: a document
    '{"tags": ["Ana", "Lino"]}',                                      # an array of strings
    '{"items": []}',
])
def test_an_object_that_is_no_list_of_records_stays_record_one(tmp_path, raw):
    path = tmp_path / "doc.json"
    path.write_text(raw)
    _, chunks = _roundtrip(path, InputFormat.JSON)
    assert {r for r, _, _ in _records(chunks)} <= {1} and sum(c.units for c in chunks) == 1


def test_an_exports_records_beside_a_few_lists_of_its_settings_are_its_records(tmp_path):
    # Allura's tracker export: 'tickets' (its records) beside its 'milestones' and 'saved_bins'; the longest array,
    # many times the others together, holds the records, the others stay record 1
    tickets = ",".join(f'{{"summary": "t{i}", "reported_by": "user{i}"}}' for i in range(25))
    raw = f'{{"tickets": [{tickets}], "milestones": [{{"name": "1.0"}}], "saved_bins": [{{"sort": "a"}}]}}'
    path = tmp_path / "allura.json"
    path.write_text(raw)
    out, chunks = _roundtrip(path, InputFormat.JSON)
    records = _records(chunks)
    assert out == raw.encode() and (25, "reported_by", "user24") in records and (1, "milestones[0].name", "1.0") in records
    assert sum(c.units for c in chunks) == 25
    path.write_text(raw.replace(tickets, tickets.split("},")[0] + "}"))  # (one ticket: no longer many times the others)
    _, chunks = _roundtrip(path, InputFormat.JSON)
    assert {r for r, _, _ in _records(chunks)} == {1}


def test_a_json_document_with_a_bom_keeps_its_bytes_and_gets_its_values_back_in_place(tmp_path):
    # an object is record 1; a number named for PII is a record and stays a number
    path = tmp_path / "doc.json"
    raw = '\ufeff{"user": {"name": "Ana Souza", "lat": 52.5200}, "n": [1, {"note": "caf\\u00e9"}]}\n'
    path.write_text(raw, encoding="utf-8")
    out, chunks = _roundtrip(path, InputFormat.JSON)
    assert out == raw.encode()
    assert _records(chunks) == [(1, "user.name", "Ana Souza"), (1, "user.lat", "52.5200"), (1, "n[1].note", "café")]
    out, _ = _roundtrip(path, InputFormat.JSON, edit=lambda t: {"Ana Souza": "<P>", "52.5200": "1.5"}.get(t, t))
    assert out.decode() == '\ufeff{"user": {"name": "<P>", "lat": 1.5}, "n": [1, {"note": "caf\\u00e9"}]}\n'


CSV_RAW = (
    'id,name,note\r\n'
    '1,Jane Roe,"multi\r\nline, with comma"\r\n'
    '2,,plain\r\n'
    '3,too,many,cells\r\n'
    '4,"Quoted ""Name""",x\r\n'
)


def test_csv_roundtrip_rows_and_ragged_rows(tmp_path):
    out, chunks = _written_and_read(tmp_path, "a.csv", CSV_RAW, InputFormat.CSV)
    assert out == CSV_RAW.encode()
    recs = _records(chunks)
    assert (1, "note", "multi\r\nline, with comma") in recs
    assert (3, None, "3,too,many,cells") in recs  # ragged: the raw row, as text
    assert (4, "name", 'Quoted "Name"') in recs
    assert all(r[0] != 2 or r[1] != "name" for r in recs)  # empty cells are not records
    [problem] = [p for c in chunks for p in c.problems]
    assert problem.line == 5 and "malformed CSV row" in problem.message


@pytest.mark.parametrize("block", [1, 7, 64])
def test_csv_rows_across_read_blocks_and_chunks_read_the_same(tmp_path, monkeypatch, block):
    """The parser takes lines in blocks: a quoted multi-line row split between blocks,
    malformed rows among good ones and chunk ends keep every row's raw text, number and
    line."""
    import piiscan.sources.csvfmt as csvfmt

    raw = CSV_RAW + "5,Ann Lee,x\r\n" + '6,"a\nb\r\nc",y\r\n' + "7,too,many,cells,here\r\n" + "\r\n" + "8,,z"
    path = tmp_path / "a.csv"
    path.write_bytes(raw.encode())
    whole, whole_chunks = _roundtrip(path, InputFormat.CSV)
    monkeypatch.setattr(csvfmt, "_READ_BLOCK", block)
    small = ReadOptions(batch_size=2)
    out, chunks = _roundtrip(path, InputFormat.CSV, edit=lambda t: t, opts=small)
    assert whole == out == raw.encode()
    assert _records(chunks) == _records(whole_chunks)
    assert [(p.line, p.message) for c in chunks for p in c.problems] == \
        [(p.line, p.message) for c in whole_chunks for p in c.problems]
    assert [p.line for c in chunks for p in c.problems] == [5, 11]
    edited, _ = _roundtrip(path, InputFormat.CSV, edit=lambda t: t.upper(), opts=small)
    assert edited.decode().splitlines()[-1] == "8,,Z"


def test_a_byte_order_mark_is_no_part_of_a_column_name_and_stays_in_the_copy(tmp_path):
    import dataclasses

    raw = '\ufeff"Email Address","name"\r\n"ann@example.com","Ann Lee"\r\n"bob@example.com","Bob"\r\n'
    out, chunks = _written_and_read(tmp_path, "a.csv", raw, InputFormat.CSV,
                                    edit=lambda t: t.replace("Ann Lee", "<P>"))
    assert {f for _, f, _ in _records(chunks)} == {"Email Address", "name"}
    # rows written anew are quoted as the header is (Salesforce's reports quote every cell)
    assert out.decode() == raw.replace("Ann Lee", "<P>")
    path = tmp_path / "b.csv"
    path.write_text(raw)
    dropping = dataclasses.replace(DEFAULT_OPTS, drop_fields=frozenset({"name"}))
    out, _ = _roundtrip(path, InputFormat.CSV, opts=dropping)
    assert out.decode() == '\ufeff"Email Address"\r\n"ann@example.com"\r\n"bob@example.com"\r\n'
    only = dataclasses.replace(DEFAULT_OPTS, fields=("Email Address",))
    _, chunks = _roundtrip(path, InputFormat.CSV, opts=only)
    assert {f for _, f, _ in _records(chunks)} == {"Email Address"}


def test_csv_edit_requotes_only_changed_rows(tmp_path):
    out, _ = _written_and_read(tmp_path, "a.csv", CSV_RAW, InputFormat.CSV,
                               edit=lambda t: t.replace("Jane Roe", "<P, 1>"))
    lines = out.decode()
    assert '1,"<P, 1>","multi\r\nline, with comma"\r\n' in lines
    assert lines.endswith('4,"Quoted ""Name""",x\r\n')
    assert list(csv.reader(io.StringIO(lines)))[1][1] == "<P, 1>"


# Each case read by both CSV readers (polars a block at a time, the standard library a
# row at a time): a block polars cannot take exactly goes to the row reader.
CSV_CASES = {
    "plain": b"id,name,note\n1,Jane Roe,x\n2,,z\n3,Ann Lee,\n",
    "crlf": b"id,name,note\r\n1,Jane Roe,x\r\n2,,z\r\n",
    "no final line ending": b"id,name,note\n1,Jane Roe,x\n2,,z",
    "quoted where needed": b'id,name,note\n1,"Roe, Jane","say ""hi"""\n2,,"a,b"\n',
    "quoted line break": b'id,name,note\n1,"Jane\nRoe",z\n2,,"x\n\ny"\n3,Ann,w\n',
    "quoted line break, crlf": b'id,name,note\r\n1,"Jane\r\nRoe",z\r\n2,,w\r\n',
    "quoted where not needed": b'id,name,note\n"1","Jane Roe","x"\n2,,z\n',
    "ragged rows": b"id,name,note\n1,2\n3,4,5,6\n7,Ann Lee,9\n",
    "blank lines": b"id,name,note\n1,Jane Roe,3\n\n  \n4,5,6\n",
    "mixed line endings": b"id,name,note\n1,Jane Roe,3\r\n4,5,6\n",
    "bare carriage returns": b"id,name,note\r1,Jane Roe,3\r4,5,6\r",
    "nul byte": b"id,name,note\n1,\x00Jane,3\n4,5,6\n",
    "quote inside a cell": b'id,name,note\n1,5" screen,3\n4,5,6\n',
    "semicolons": b"id;name;note\n1;Roe, Jane;z\n2;;x\n",
    "byte order mark": b"\xef\xbb\xbfid,name,note\n1,Jane Roe,3\n",
    "every cell quoted": b'"id","name","note"\r\n"1","Jane Roe","x"\r\n"2","","z"\r\n',
    "byte order mark, every cell quoted": b'\xef\xbb\xbf"id","name","note"\n"1","Jane Roe","x"\n',
    "bytes that are not utf-8": b"id,name,note\n1,Jos\xe9,3\n4,Ann Lee,6\n",
    "one column": b"name\nJane Roe\n\nAnn Lee\n",
    "header only": b"id,name,note\n",
    "unterminated quote": b'id,name,note\n1,"Jane Roe,3\n4,5,6\n',
}


def _csv_edits(t: str) -> str:
    # new values that need quoting (comma, quote, line break) or none
    return t.replace("Jane", 'J, "Jo"').replace("Ann", "A\nnn").replace("x", "<X>")


@pytest.mark.parametrize("block", [7, 1 << 20])
@pytest.mark.parametrize("case", sorted(CSV_CASES))
def test_csv_readers_agree(tmp_path, monkeypatch, case, block):
    """Records, problems, row counts and every copy (untouched, edited, a column
    dropped) are the same whichever reader takes a block, in small blocks and chunks
    as in large ones."""
    import dataclasses

    import piiscan.sources.csvfmt as csvfmt

    path = tmp_path / "a.csv"
    path.write_bytes(CSV_CASES[case])
    monkeypatch.setattr(csvfmt, "_READ_BLOCK", block)
    small = ReadOptions(batch_size=3, batch_bytes=12)
    dropping = dataclasses.replace(small, drop_fields=frozenset({"name"}))

    def run():
        out = []
        for opts, edit in ((DEFAULT_OPTS, None), (small, _csv_edits), (dropping, _csv_edits)):
            data, chunks = _roundtrip(path, InputFormat.CSV, edit=edit, opts=opts)
            out.append((data, _records(chunks), [(p.line, p.message) for c in chunks for p in c.problems],
                        sum(c.units for c in chunks)))
        return out, {type(c.payload).__name__ for c in chunks}

    fast, kinds = run()
    monkeypatch.setattr(csvfmt, "_parse_block", lambda *a: None)
    rows, row_kinds = run()
    assert fast == rows
    assert row_kinds == {"tuple"}
    assert fast[0][0] == CSV_CASES[case]  # untouched: byte for byte
    if case in ("plain", "crlf", "no final line ending", "quoted where needed", "quoted line break",
                "quoted line break, crlf", "semicolons", "byte order mark"):
        assert "_FastRows" in kinds  # these go the polars way


@pytest.mark.parametrize("reader", ["polars", "rows"])
def test_csv_chunks_end_at_batch_bytes_of_several_word_values(tmp_path, monkeypatch, reader):
    """With NER on, a CSV chunk ends at batch_bytes of the values NER reads (several
    words); ids, times and one-word values do not count, so an export of short values
    still makes large chunks."""
    import piiscan.sources.csvfmt as csvfmt

    if reader == "rows":
        monkeypatch.setattr(csvfmt, "_parse_block", lambda *a: None)
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,when,comment\n" + b"".join(
        b"%d,2026-10-12T08:00:00Z,%s\n" % (n, b"one two three four" if n % 2 else b"short") for n in range(12)))
    file = InputFile(path, str(path), path.name, InputFormat.CSV)
    chunks = list(format_handler(InputFormat.CSV).read(file, ReadOptions(batch_size=1000, batch_bytes=36)))
    # every other row holds 18 bytes of several words: a chunk per 36 bytes, 4 rows
    assert [c.units for c in chunks] == [4, 4, 4]
    assert [r[0] for r in _records(chunks)] == [n for n in range(1, 13) for _ in range(3)]
    big = list(format_handler(InputFormat.CSV).read(file, ReadOptions(batch_size=1000)))
    assert [c.units for c in big] == [12]


def _chunk_sizes_row_by_row(per_row, max_records, max_chars):
    # the rule as a reader adding rows one by one applies it
    sizes, start, records, chars, n = [], 0, 0, 0, 0
    for n, (r, c) in enumerate(per_row, 1):
        records, chars = records + r, chars + c
        if records >= max_records or chars >= max_chars:
            sizes.append(n - start)
            start, records, chars = n, 0, 0
    return sizes, n - start


@pytest.mark.parametrize("seed", range(6))
def test_chunk_sizes_cut_where_a_row_by_row_reader_would(seed):
    import random

    from piiscan.sources.base import chunk_sizes

    rng = random.Random(seed)
    n = rng.choice([0, 1, 7, 300])
    per_row = [(rng.choice([0, 0, 1, 3, 10]), rng.choice([0, 0, 5, 40])) for _ in range(n)]
    records = pl.Series([r for r, _ in per_row], dtype=pl.Int64)
    chars = pl.Series([c for _, c in per_row], dtype=pl.Int64)
    for max_records, max_chars in [(1, float("inf")), (10, float("inf")), (10, 45), (1000, 40), (2, 1)]:
        want = _chunk_sizes_row_by_row(per_row, max_records, max_chars)
        assert chunk_sizes(records, chars, max_records, max_chars) == want
        if max_records == 1000:  # no record limit: Parquet's NER cuts
            assert chunk_sizes(None, chars, float("inf"), max_chars) == \
                _chunk_sizes_row_by_row(per_row, float("inf"), max_chars)
    assert chunk_sizes(records, chars, float("inf"), float("inf")) == ([], n)


def test_parquet_keeps_schema_codec_and_values(tmp_path):
    path = tmp_path / "a.parquet"
    table = pa.table({
        "id": pa.array([1, 2, 3], pa.int32()),
        "email": pa.array(["SECRET", None, "b"], pa.string()),
        "score": pa.array([0.5, 1.5, None], pa.float64()),
    })
    pq.write_table(table, path, compression="snappy")
    out_bytes, chunks = _roundtrip(path, InputFormat.PARQUET, edit=lambda t: t.replace("SECRET", "<X>"))
    out = pq.ParquetFile(path.parent / "out" / "a.parquet")
    assert out.schema_arrow == table.schema
    assert out.metadata.row_group(0).column(0).compression == "SNAPPY"
    assert out.read().column("email").to_pylist() == ["<X>", None, "b"]
    assert out.read().column("id").to_pylist() == [1, 2, 3]
    assert _records(chunks) == [(1, "email", "SECRET"), (3, "email", "b")]


def test_parquet_text_columns_are_changed_in_place_in_every_chunk(tmp_path):
    # chunks past the first (a row offset), string and large_string columns, nulls kept
    path = tmp_path / "a.parquet"
    names = [f"n{i}" if i % 3 else None for i in range(50)]
    table = pa.table({"name": pa.array(names, pa.large_string()),
                      "city": pa.array([f"c{i}" for i in range(50)], pa.string())})
    pq.write_table(table, path)
    _roundtrip(path, InputFormat.PARQUET, edit=lambda t: t.upper() if t.endswith("7") else t,
               opts=ReadOptions(batch_size=16))
    out = pq.read_table(path.parent / "out" / "a.parquet")
    assert out.schema == table.schema
    assert out.column("name").to_pylist() == [n.upper() if n and n.endswith("7") else n for n in names]
    assert out.column("city").to_pylist() == [f"C{i}" if i % 10 == 7 else f"c{i}" for i in range(50)]


def test_parquet_chunks_count_cells_and_end_at_batch_bytes_of_several_word_values(tmp_path):
    """batch_size counts text cells (records), not rows; with batch_bytes (NER on) a
    chunk also ends at that many characters of several-word values. Record numbers run
    on, and the copy is the same however the rows are cut."""
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({
        "id": pa.array([f"e{n}" for n in range(12)]),
        "when": pa.array(["2026-10-12T08:00:00Z"] * 12),
        "comment": pa.array(["one two three four" if n % 2 else None for n in range(12)]),
        "n": pa.array(range(12), pa.int64()),
    }), path)
    file = InputFile(path, str(path), path.name, InputFormat.PARQUET)
    read = format_handler(InputFormat.PARQUET).read
    assert [c.units for c in read(file, ReadOptions(batch_size=9))] == [3, 3, 3, 3]  # 3 text columns
    cut = ReadOptions(batch_size=1000, batch_bytes=36)
    chunks = list(read(file, cut))
    assert [c.units for c in chunks] == [4, 4, 4]  # 18 characters every other row
    assert sorted(r[0] for r in _records(chunks)) == sorted([n for n in range(1, 13) for _ in range(2)]
                                                            + list(range(2, 13, 2)))
    tables = []
    for opts in (cut, DEFAULT_OPTS):
        _roundtrip(path, InputFormat.PARQUET, edit=str.upper, opts=opts)
        tables.append(pq.read_table(path.parent / "out" / "a.parquet"))
    assert tables[0].equals(tables[1])
    assert tables[0].column("comment").to_pylist()[:2] == [None, "ONE TWO THREE FOUR"]
    assert tables[0].column("id").to_pylist()[11] == "E11"


def test_work_is_counted_by_content_not_file_size(tmp_path):
    """Starting workers is weighed against the work: a Parquet file's text cells and a
    .gz file's uncompressed size, not their bytes on disk."""
    from piiscan.api import _content_bytes

    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"page": pa.array(["/products/red-shoes"] * 50_000)}), path, compression="zstd")
    parquet = InputFile(path, str(path), path.name, InputFormat.PARQUET)
    assert _content_bytes(parquet) == 16 * 50_000 > 100 * path.stat().st_size
    log = tmp_path / "a.log.gz"
    raw = b"203.0.113.7 - - [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1\" 200 1\n" * 5000
    log.write_bytes(gzip.compress(raw))
    assert _content_bytes(InputFile(log, str(log), log.name, InputFormat.TEXT)) == len(raw)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("x.log", b"line\n", InputFormat.TEXT),
        ("x.ndjson", b'{"a":1}\n', InputFormat.JSONL),
        ("x.dump", b'{"a": 1}\n{"a": 2}\n', InputFormat.JSONL),
        ("x.json", b'{\n "a": 1\n}\n', InputFormat.JSON),
        ("x.tsv", b"a\tb\n", InputFormat.CSV),
        ("access.log", b'{"remote_addr": "192.0.2.1", "request": "GET /"}\n', InputFormat.JSONL),
        ("x.json", b'{"a": 1}\n', InputFormat.JSONL),
        ("x.json", b'[\n {"a": 1}\n]\n', InputFormat.JSON),
        ("x.bin", b"\x00\x01\x02", None),
        ("numbers", b"[1, 2,\n 3]\n", InputFormat.JSON),
        ("vector", b"[\n  -0.5e3\n]\n", InputFormat.JSON),
        ("rows", b'[["a", 1]]\n', InputFormat.JSON),
        ("one", b"[1713225621.316]\n", InputFormat.JSON),
    ],
)
def test_format_detection(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) is expected


_TSV = "Student_Number\tLastFirst\tHome_Phone\tCity\r\n" + "".join(
    f"24000{n}\tMahmud, Hawa\t+211 958 058 48{n}\tJuba\r\n" for n in range(4))


@pytest.mark.parametrize("name, content, expected", [
    # a table of tab-separated values under another extension is a table
    ("student.export.text", _TSV, InputFormat.CSV),
    ("All Orders Report.txt", "\ufeff" + _TSV.replace("\r\n", "\n"), InputFormat.CSV),
    # a log's tab-separated fields start with data, not names
    ("a.txt", "2026-11-29 10:00:01\t10.0.0.5\tlogin\tok\n" * 4, InputFormat.TEXT),
    ("x.out", "id\tname\tnote\n1\tAna\n2\tLino\tx\n3\tRui\ty\n", InputFormat.TEXT),  # ragged
    ("x.text", "a\tb\n1\t2\n3\t4\n", InputFormat.TEXT),  # one tab: too little to tell
    ("x.log", _TSV, InputFormat.TEXT),  # a log's extension stays text
    ("x.text", "ana@mail.tl\t10.0.0.5\tlogin\n" * 4, InputFormat.TEXT),
])
def test_a_tab_separated_table_is_found_by_its_header(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) is expected


def test_a_tab_separated_table_is_read_by_its_columns(tmp_path):
    path = tmp_path / "student.export.text"
    path.write_text(_TSV, encoding="utf-8")
    out, chunks = _roundtrip(path, detect_format(path))
    assert out == _TSV.encode()
    assert (1, "City", "Juba") in _records(chunks) and (4, "LastFirst", "Mahmud, Hawa") in _records(chunks)


def test_text_final_bare_carriage_return_is_kept(tmp_path):
    path = tmp_path / "a.log"
    path.write_bytes(b"one\r\ntwo\r")
    out, chunks = _roundtrip(path, InputFormat.TEXT)
    assert out == b"one\r\ntwo\r"
    assert [r[2] for r in _records(chunks)] == ["one", "two\r"]


@pytest.mark.parametrize(
    "name, content",
    [
        ("error.log", b"[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok\n"),
        ("dump", b"[Sun Dec 04 04:47:44 2005] [notice] started\n"),
        ("full", b"[2024-04-16 00:00:21.316] VERBOSE[3276] res_pjsip.c: registered\n"),  # Asterisk
        ("messages", b"[12:00:01] <anna> hi\n"),
        ("trace", b"[1713225621.316] start\n"),
    ],
)
def test_bracketed_log_lines_are_text_not_json(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) is InputFormat.TEXT


@pytest.mark.parametrize("fmt, line", [
    (InputFormat.TEXT, b"a post of about forty bytes, give or take\n"),
    (InputFormat.JSONL, b'{"body": "a post of about forty bytes, give or take"}\n'),
])
def test_line_formats_end_a_chunk_at_batch_bytes_too(tmp_path, fmt, line):
    path = tmp_path / ("posts.txt" if fmt is InputFormat.TEXT else "posts.jsonl")
    path.write_bytes(line * 10)
    file = InputFile(path, str(path), path.name, fmt)
    opts = ReadOptions(batch_size=1000, batch_bytes=len(line) * 3)
    chunks = list(format_handler(fmt).read(file, opts))
    assert [c.units for c in chunks] == [3, 3, 3, 1]
    # record numbers run on across chunks, and the round trip is byte-identical
    assert [r for c in chunks for r in c.records.get_column("record").to_list()] == list(range(1, 11))
    assert _roundtrip(path, fmt, opts=opts)[0] == line * 10


W3C_LOG = (
    "#Software: Microsoft Internet Information Services 10.0\r\n"
    "#Fields: date time cs-uri-query cs-username c-ip cs(User-Agent)\r\n"
    "2026-10-12 00:00:13 login=jdoe42 CORP\\jdoe42 198.51.100.23 Mozilla/5.0+(rv:1.9.2.7)\r\n"
    "2026-10-12 00:00:14 - - 203.0.113.77 curl/8.4.0\r\n"
    "2026-10-12 00:00:15 too few\r\n"
    '#Fields: date c-ip cs(User-Agent) cs-username\r\n'
    '2026-10-12 "192.0.2.8" "Mozilla/5.0 (X11; Linux)" ann\r\n'  # quoted values, blanks and all
    "#Fields: date\tc-ip\tcs-username\n"  # CloudFront: tabs
    "2026-10-12\t192.0.2.9\tmaria\n"
    "##### another file joined on\n"  # not a W3C directive: the columns end here
    "a\tb\tc\n"
)


def test_w3c_extended_logs_are_read_by_column(tmp_path):
    recs = _records_of(tmp_path, "u_ex261012.log", W3C_LOG)
    assert (3, "cs-username", "CORP\\jdoe42") in recs and (3, "c-ip", "198.51.100.23") in recs
    assert (9, "cs-username", "maria") in recs and (9, "c-ip", "192.0.2.9") in recs
    assert (7, "cs(User-Agent)", '"Mozilla/5.0 (X11; Linux)"') in recs and (7, "cs-username", "ann") in recs
    assert not any(r[0] == 4 and r[1] == "cs-username" for r in recs)  # '-' is no value
    assert (5, None, "2026-10-12 00:00:15 too few") in recs  # not the columns' count: text
    # the header directives describe the log, like a CSV's header: no records
    assert not any(r[0] in (1, 2, 6, 8) for r in recs)
    assert (11, None, "a\tb\tc") in recs


ZEEK_LOG = (
    "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\thttp\n"
    "#open\t2024-03-12-08-00-00\n"
    "#fields\tts\tuid\tid.orig_h\tuser_agent\tusername\ttags\n"
    "#types\ttime\tstring\taddr\tstring\tstring\tset[enum]\n"
    "1710237619.98\tCf4kZFlIB7Znz8IhZV\t10.10.1.8\tMozilla/5.0 (X11; Linux x86_64)\tfelamrani\t(empty)\n"
    "1710237620.01\tCDX7qRd5c40zTsIn7K\t10.10.7.65\t-\t-\t(empty)\n"
    "#close\t2024-03-12-09-00-00\n"
)


def test_zeek_logs_are_read_by_column(tmp_path):
    """Zeek's '#fields' names the tab-separated columns, as W3C's '#Fields:' does; its
    other directives describe the log, and '-' and '(empty)' are no value."""
    recs = _records_of(tmp_path, "http.log", ZEEK_LOG)
    assert (9, "username", "felamrani") in recs and (9, "id.orig_h", "10.10.1.8") in recs
    assert (9, "user_agent", "Mozilla/5.0 (X11; Linux x86_64)") in recs
    assert not any(r[2] in ("-", "(empty)") for r in recs)
    assert not any(r[0] in (1, 2, 3, 4, 5, 6, 7, 8, 11) for r in recs)  # directives: no records


def test_a_zeek_value_goes_back_with_its_blanks(tmp_path):
    out, _ = _written_and_read(tmp_path, "http.log", ZEEK_LOG, InputFormat.TEXT,
                               edit=lambda t: t.replace("felamrani", "<USERNAME 1>").replace("x86_64", "x 64"))
    line = out.decode().splitlines()[8]
    assert line.split("\t") == ["1710237619.98", "Cf4kZFlIB7Znz8IhZV", "10.10.1.8",
                                 "Mozilla/5.0 (X11; Linux x 64)", "<USERNAME 1>", "(empty)"]


def test_a_w3c_remark_is_text(tmp_path):
    log = "#Software: Microsoft Internet Information Services 10.0\n#Fields: date c-ip\n" \
          "#Remark: moved for Jane Roe\n2026-10-12 192.0.2.9\n"
    assert _records_of(tmp_path, "u_ex261013.log", log) == [(3, None, "#Remark: moved for Jane Roe"), (4, "date", "2026-10-12"),
                                (4, "c-ip", "192.0.2.9")]


XML_DUMP = (
    '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n'
    "<users>\r\n"
    '  <row Id="7" DisplayName="Jane Roe" Location="Leeds, UK" '
    'AboutMe="&lt;p&gt;Mail me: jane&#64;example.org&lt;/p&gt;&#xA;" Views="3" />\r\n'
    '  <row Id="8" DisplayName="" Note=\'single quotes: text\' />\r\n'  # not one we split
    "</users>\r\n"
)


def test_xml_rows_are_read_by_attribute(tmp_path):
    from piiscan.sources.base import detect_format

    path = tmp_path / "Users.xml"
    path.write_bytes(XML_DUMP.encode())
    assert detect_format(path) is InputFormat.TEXT
    recs = _records_of(tmp_path, "Users.xml", XML_DUMP)
    assert (3, "DisplayName", "Jane Roe") in recs and (3, "Location", "Leeds, UK") in recs
    assert (3, "AboutMe", "<p>Mail me: jane@example.org</p>\n") in recs  # unescaped: HTML, for the views
    assert (3, "Id", "7") in recs and (3, "Views", "3") in recs
    assert (1, None, '\ufeff<?xml version="1.0" encoding="utf-8"?>') in recs  # other lines: text
    assert (2, None, "<users>") in recs and (4, None, XML_DUMP.splitlines()[3]) in recs
    assert not any(r[0] == 3 and r[1] is None for r in recs)


WXR_EXPORT = (
    "<item>\n"
    "\t<dc:creator><![CDATA[claire_hl]]></dc:creator>\n"
    "\t<wp:comment_author><![CDATA[Ana O.]]></wp:comment_author>\n"
    "\t<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[claire_hl]]></wp:author_login></wp:author>\n"
    "\t<username>daan&amp;co</username>\n"
    "\t<wp:comment_content><![CDATA[Hi Maja, see you\n"
    "<p>Thanks <b>Jane</b> for this</p>\n"  # mixed content: a line of text
    '<dt><a href="./memberlist.php?u=9" class="username">fixit_felix</a></dt>\n'  # a page's markup
    "</item>\n"
)


def test_xml_lines_of_text_elements_are_read_by_element(tmp_path):
    """WordPress' and Disqus' exports write one element per line: its text is a record,
    field = the element's name without its namespace prefix."""
    recs = _records_of(tmp_path, "wordpress.xml", WXR_EXPORT)
    assert (2, "creator", "claire_hl") in recs and (3, "comment_author", "Ana O.") in recs
    assert (4, "author_id", "2") in recs and (4, "author_login", "claire_hl") in recs
    assert (5, "username", "daan&co") in recs  # unescaped
    assert (6, None, "\t<wp:comment_content><![CDATA[Hi Maja, see you") in recs  # no closing tag: text
    assert (7, None, "<p>Thanks <b>Jane</b> for this</p>") in recs
    assert (8, None, WXR_EXPORT.splitlines()[7]) in recs


def test_an_xml_schemas_declaration_of_its_own_element_is_no_record(tmp_path):
    # (an XWiki page's class: the 'author' property's block names itself; a comment's author is a record)
    xar = ("  <class>\n    <author>\n      <name>author</name>\n      <prettyName>Author</prettyName>\n"
           "    </author>\n  </class>\n  <property>\n    <author>XWiki.wyphyo</author>\n  </property>\n")
    recs = _records_of(tmp_path, "page.xml", xar)
    assert not [r for r in recs if r[1] == "name"]
    assert (4, "prettyName", "Author") in recs and (8, "author", "XWiki.wyphyo") in recs


def test_xml_element_text_goes_back_escaped_or_in_its_cdata(tmp_path):
    out, _ = _written_and_read(tmp_path, "wordpress.xml", WXR_EXPORT, InputFormat.TEXT,
                               edit=lambda t: t.replace("Ana O.", "<PERSON:1> & ]]> x").replace("daan&co", "<U:2>"))
    lines = out.decode().splitlines()
    assert lines[2] == "\t<wp:comment_author><![CDATA[<PERSON:1> & ]]&gt; x]]></wp:comment_author>"
    assert lines[4] == "\t<username>&lt;U:2&gt;</username>"
    import xml.etree.ElementTree as ET

    assert ET.fromstring(lines[4].strip()).text == "<U:2>"


def test_xml_references_to_no_character_stay_as_written(tmp_path):
    dump = '<rows>\n<row A="x&#xD800;y&#0;z&#x110000;" B="&#233;&amp;" />\n</rows>\n'
    recs = _records_of(tmp_path, "bad.xml", dump)
    assert (2, "A", "x&#xD800;y&#0;z&#x110000;") in recs and (2, "B", "é&") in recs


def test_xml_values_go_back_escaped_in_their_place(tmp_path):
    def edit(text):
        return text.replace("Jane Roe", '<PERSON:1> & "co"').replace("jane@example.org", "a\tb\r\nc")

    out, _ = _written_and_read(tmp_path, "Users.xml", XML_DUMP, InputFormat.TEXT, edit=edit)
    lines = out.decode().splitlines(keepends=True)
    assert lines[2] == ('  <row Id="7" DisplayName="&lt;PERSON:1&gt; &amp; &quot;co&quot;" Location="Leeds, UK" '
                        'AboutMe="&lt;p&gt;Mail me: a&#x9;b&#xD;&#xA;c&lt;/p&gt;&#xA;" Views="3" />\r\n')
    assert [ln for i, ln in enumerate(lines) if i != 2] == \
        [ln for i, ln in enumerate(XML_DUMP.splitlines(keepends=True)) if i != 2]
    import xml.etree.ElementTree as ET

    row = ET.fromstring(out.decode().lstrip("\ufeff").split("\n", 1)[1]).find("row")
    assert row.get("DisplayName") == '<PERSON:1> & "co"'  # what the writer meant, read back by a parser


JSON_IN_LOG = (
    '198.51.100.7 - - [12/Oct/2026:08:00:01 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8"\n'
    '{"ts": 1760257110.1, "request": {"remote_ip": "203.0.113.9", "uri": "/p?x=1"},'
    ' "user": {"name": "Ana Souza", "note": "caf\\u00e9"}, "status": 200}\r\n'
    '{not json} and a brace\n'
)


def test_json_lines_in_a_text_log_are_read_by_key(tmp_path):
    # an nginx or Caddy JSON access log is named access.log: its keys still say what is what
    recs = _records_of(tmp_path, "access.log", JSON_IN_LOG)
    assert (2, "request.remote_ip", "203.0.113.9") in recs and (2, "user.name", "Ana Souza") in recs
    assert (2, "user.note", "café") in recs and (2, "request.uri", "/p?x=1") in recs
    assert (1, None, JSON_IN_LOG.splitlines()[0]) in recs and (3, None, "{not json} and a brace") in recs
    assert not any(r[0] == 2 and r[1] is None for r in recs)


def test_json_values_in_a_text_log_go_back_in_their_place(tmp_path):
    out, _ = _written_and_read(tmp_path, "access.log", JSON_IN_LOG, InputFormat.TEXT,
                               edit=lambda t: t.replace("Ana Souza", '<PERSON:1> "x"').replace("café", "cafe")
                               .replace("/ HTTP", "/x HTTP"))
    lines = out.decode().splitlines(keepends=True)
    assert lines[0] == JSON_IN_LOG.splitlines(keepends=True)[0].replace("/ HTTP", "/x HTTP")
    assert lines[1] == ('{"ts": 1760257110.1, "request": {"remote_ip": "203.0.113.9", "uri": "/p?x=1"},'
                        ' "user": {"name": "<PERSON:1> \\"x\\"", "note": "cafe"}, "status": 200}\r\n')
    assert lines[2] == JSON_IN_LOG.splitlines(keepends=True)[2]


def test_w3c_values_go_back_in_their_column(tmp_path):
    out, _ = _written_and_read(tmp_path, "u_ex261012.log", W3C_LOG, InputFormat.TEXT,
                               edit=lambda t: t.replace("CORP\\jdoe42", "Jane Roe").replace(
                                   "maria", "").replace("(X11; Linux)", "(X11; x)"))
    lines = out.decode().splitlines(keepends=True)
    assert lines[2] == "2026-10-12 00:00:13 login=jdoe42 Jane+Roe 198.51.100.23 Mozilla/5.0+(rv:1.9.2.7)\r\n"
    assert lines[8] == "2026-10-12\t192.0.2.9\t-\n"  # emptied: the format's "none"
    assert lines[6] == '2026-10-12 "192.0.2.8" "Mozilla/5.0 (X11; x)" ann\r\n'  # quoted: blanks stay
    assert [ln for i, ln in enumerate(lines) if i not in (2, 6, 8)] == \
        [ln for i, ln in enumerate(W3C_LOG.splitlines(keepends=True)) if i not in (2, 6, 8)]


def test_a_changed_json_number_stays_a_number_where_it_can():
    from piiscan.sources.jsonfmt import _splice

    text = '{"phone": 14155550113, "lat": 1.5, "card_number": 4111111111111111}'
    edits = [(10, 21, "04155550113", -1, False),  # keyed digits with a leading 0: still a number
             (30, 33, "-12.7", -1, False),  # a coordinate's pseudonym
             (50, 66, "<CREDIT_CARD:89e80813>", -1, False)]  # a token: a string
    assert json.loads(_splice(text, edits)) == {"phone": 4155550113, "lat": -12.7,
                                                "card_number": "<CREDIT_CARD:89e80813>"}


def test_parquet_nested_columns_are_read_and_written_back_in_place(tmp_path):
    """Struct fields at any depth and the elements of a list of strings are records (as
    Spark and BigQuery exports nest them); the copy keeps the schema, the nulls and every
    value nobody changed, across batches whose slices start mid-file."""
    from dataclasses import replace

    path = tmp_path / "n.parquet"
    rows = [{"id": i,
             "user": None if i % 5 == 1 else {
                 "name": f"Person {i}", "address": None if i % 3 == 0 else {"city": f"Town{i}", "lat": 50.5 + i / 100}}}
            for i in range(12)]
    table = pa.table({
        "id": pa.array([r["id"] for r in rows], pa.int32()),
        "user": pa.array([r["user"] for r in rows]),
        "tags": pa.array([None if i % 4 == 0 else [f"t{i}", f"SECRET{i}"][: 1 + i % 2] for i in range(12)]),
        "a.b": pa.array([f"dotted {i}" for i in range(12)]),  # a dot in a top-level name
    })
    pq.write_table(table, path)
    opts = replace(DEFAULT_OPTS, batch_size=10)  # 4 scanned leaves a row: 2 rows a batch
    _, chunks = _roundtrip(path, InputFormat.PARQUET, opts=opts,
                           edit=lambda t: t.replace("SECRET", "X").replace("Town", "T").replace("dotted", "d"))
    fields = {f for c in chunks for f in c.records.get_column("field").to_list()}
    assert fields == {"user.name", "user.address.city", "user.address.lat", "tags[0]", "tags[1]", "a.b"}
    out = pq.read_table(path.parent / "out" / "n.parquet")
    assert out.schema == table.schema
    want = table.to_pylist()
    for r in want:
        r["tags"] = r["tags"] and [t.replace("SECRET", "X") for t in r["tags"]]
        r["a.b"] = r["a.b"].replace("dotted", "d")
        if r["user"] and r["user"]["address"]:
            r["user"]["address"]["city"] = r["user"]["address"]["city"].replace("Town", "T")
    assert out.to_pylist() == want


def test_parquet_lists_of_structs_are_read_and_written_back_in_place(tmp_path):
    """GA4's BigQuery export keeps an event's parameters as a list of structs: each
    element's text fields (at any depth) are records, 'event_params[1].value.string_value';
    a number field named for PII ('lat') goes back as a number; nulls stay."""
    from dataclasses import replace

    path = tmp_path / "ga4.parquet"
    params = pa.list_(pa.struct([("key", pa.string()), ("value", pa.struct([
        ("string_value", pa.string()), ("int_value", pa.int64()), ("lat", pa.float64())]))]))
    table = pa.table({
        "event": pa.array([f"e{i}" for i in range(7)]),
        "event_params": pa.array([
            None if i % 3 == 2 else [
                {"key": "page", "value": {"string_value": f"SECRET{i}", "int_value": i, "lat": 50.25 + i}},
                None,
                {"key": "k", "value": None},
            ] for i in range(7)], type=params),
    })
    pq.write_table(table, path)
    opts = replace(DEFAULT_OPTS, batch_size=8)  # 4 leaves a row: 2 rows a batch, slices mid-file
    _, chunks = _roundtrip(path, InputFormat.PARQUET, opts=opts,
                           edit=lambda t: t.replace("SECRET", "X").replace("page", "pg").replace("50.25", "51.5"))
    fields = {f for c in chunks for f in c.records.get_column("field").to_list()}
    assert fields == {"event", "event_params[0].key", "event_params[0].value.string_value",
                      "event_params[0].value.lat", "event_params[2].key"}
    out = pq.read_table(path.parent / "out" / "ga4.parquet")
    assert out.schema == table.schema
    want = table.to_pylist()
    for r in want:
        for p in r["event_params"] or []:
            if p:
                p["key"] = p["key"].replace("page", "pg")
                if p["value"]:
                    p["value"]["string_value"] = p["value"]["string_value"].replace("SECRET", "X")
                    p["value"]["lat"] = 51.5 if p["value"]["lat"] == 50.25 else p["value"]["lat"]
    assert out.to_pylist() == want


@pytest.mark.parametrize("line", [
    *[ln for ln in (SAMPLE / "forum.jsonl").read_text().splitlines()[:20]],
    '{"a": "x", "a": "y", "b": ["", "z\\"q\\\\", {"c": "\\u00e9\\ud83d\\ude00"}], "lat": 52.5200, "n": 1}',
    '{"geometry": {"type": "Point", "coordinates": [13.4050, -52.52e1]}, "ok": true, "v": null}',
    '  {"k\\"ey": "v", "phone": 14155550123, "e": {}, "l": [], "s": "a}b{c\\"]"}  ',
    '["top", "level", {"email": "x@example.org"}]',
    # name/value pairs, a number among them: the hints' walk lists the same values
    '{"params": [{"key": "phone", "value": 4155550113}, {"key": "user", "value": {"login": "a", "n": 2}},'
    ' {"value": "v", "name": "city"}], "phone": 14155550123}',
])
def test_json_values_are_what_locate_strings_finds(line):
    """The JSON-lines reader takes values from json.loads and finds a changed value's
    place afterwards; both must agree with the character walk of locate_strings."""
    from piiscan.sources.jsonfmt import (
        json_document_values,
        locate_strings,
        path_to_field,
        value_spans,
    )

    located = locate_strings(line)
    values = json_document_values(line)[1]
    assert json_document_values(line, {})[1] == values  # (with name/value pairs' hints too)
    assert [(f, v) for f, v, *_ in values] == [(path_to_field(p), v) for p, _, _, v, _ in located]
    assert value_spans(line, [r[2:] for r in values]) == [(s, e, k) for _, s, e, _, k in located]
    strings = [r[2:] for r in values if r[3] >= 0]  # strings only: found by their tokens
    assert value_spans(line, strings) == [(s, e, k) for _, s, e, v, k in located if line[s] == '"']


def test_json_lines_that_json_loads_refuses_are_text():
    from piiscan.sources.jsonfmt import json_document_values

    for bad in ('{"a": NaN}', '{"a": Infinity}', "[" * 100_000 + "]" * 100_000):
        with pytest.raises((ValueError, RecursionError)):
            json_document_values(bad)


MIXED_LOG = (
    b'198.51.100.7 - jdoe [10/Oct/2026:13:55:36 +0000] "GET /a HTTP/1.1" 200 12 "-" "curl/8.4.0"\n'
    b'{"remote_ip":"203.0.113.9","user":{"name":"ann_lee"},"msg":"ok"}\n'
    b"bad \xff bytes for 192.0.2.44\r\n"
    b"#Fields: date c-ip cs-username\n"
    b"2026-10-12 192.0.2.9 maria\n"
    + b"2026-10-12 192.0.2.10 olaf\n" * 5
    + b"# a comment: the columns end\n"
    b'  <row Id="7" DisplayName="Jane Roe" />\n'
    + b"x" * 90 + b"\n"  # longer than the smallest block limit below
    + b"last line without newline"
)
BLOCK_CASES = {
    "clean log": CLEAN_LOG, "mixed": MIXED_LOG, "w3c": W3C_LOG.encode(), "xml": XML_DUMP.encode(),
    "crlf": b"a\r\nb\r\n\r\n", "final cr": b"a\r\nb\nc\r", "blank": b"\n\n\n", "one line": b"x",
    "empty": b"",
}


@pytest.mark.parametrize("case", BLOCK_CASES)
@pytest.mark.parametrize("opts", [ReadOptions(batch_size=2), ReadOptions(batch_size=3, batch_bytes=40),
                                  ReadOptions(batch_size=1000, batch_bytes=1), DEFAULT_OPTS],
                         ids=["lines", "lines or bytes", "a line a block", "default"])
@pytest.mark.parametrize("packed", [None, "gz", "zst"])
def test_text_blocks_decode_to_the_chunks_read_gives(tmp_path, case, opts, packed):
    """An access log's blocks (bytes read in the main process, decoded and encoded where
    the work runs) are cut where read() cuts chunks, decode to the same records and
    problems (W3C columns followed across blocks), and encode to the bytes the writer
    writes for the chunks."""
    import zstandard

    from piiscan.sources.text import TextFormat, encode

    raw = BLOCK_CASES[case]
    path = tmp_path / ("a.log" + (f".{packed}" if packed else ""))
    pack = {None: bytes, "gz": gzip.compress, "zst": zstandard.ZstdCompressor().compress}[packed]
    unpack = {None: bytes, "gz": gzip.decompress,
              "zst": lambda data: zstandard.ZstdDecompressor().decompressobj().decompress(data)}[packed]
    path.write_bytes(pack(raw))
    file = InputFile(path, "a.log", "a.log", InputFormat.TEXT)
    handler = TextFormat()
    chunks = list(handler.read(file, opts))
    blocks = list(handler.blocks(file, opts))
    decoded = [handler.decode(b) for b in blocks]
    assert b"".join(b.data for b in blocks) == raw
    assert [b.units for b in blocks] == [c.units for c in chunks]
    assert [b.first for b in blocks] == [1 + sum(c.units for c in chunks[:i]) for i in range(len(chunks))]
    assert [d.records.rows() for d in decoded] == [c.records.rows() for c in chunks]
    assert [d.payload for d in decoded] == [c.payload for c in chunks]
    assert [d.problems for d in decoded] == [c.problems for c in chunks]

    def edited(chunk):
        texts = chunk.records.get_column("text").to_list()
        new = [_block_edit(t) for t in texts]
        return pl.DataFrame({"text": new, "changed": [a != b for a, b in zip(texts, new)]})

    written, _ = _roundtrip(path, InputFormat.TEXT, edit=_block_edit, opts=opts)
    written = unpack(written)
    assert b"".join(encode(d, edited(d), opts) for d in decoded) == written
    if case == "mixed":  # the edit reached every kind of line
        for changed in ("\u00e4nn_lee", "m\u00e4ri\u00e4", "J\u00e4ne Roe", "b\u00e4d", "l\u00e4st line"):
            assert changed.encode() in written  # a JSON value, a W3C cell, an XML attribute, text
        assert b"\xff bytes for <IP>.44\r\n" in written


def _block_edit(text: str) -> str:
    return text.replace("a", "\u00e4").replace("192.0.2", "<IP>")


@pytest.mark.parametrize("data", [
    b"", b"#Fields: a b\n1 2\n", b"1 2\n#Fields: a b\n3 4", b"GET /a#b HTTP/1.1\n#Date: x\n",
    b"a#\n#\n##\n#", b"\n#x\r\n#y",
    b"GET /p#x 200\n" * 200 + b"#Fields: c\n",  # a few '#' in URLs: the one-byte search
    b"#x\n" * 5000,
    b"x#y\n" * 5000 + b"#Fields: z\n",  # '#' in every line: the two-byte search takes over
])
def test_the_lines_that_start_with_a_hash_are_found_where_they_start(data):
    from piiscan.sources.text import _line_starts_with_hash

    expected = [i for i in range(len(data)) if data[i:i + 1] == b"#" and (i == 0 or data[i - 1:i] == b"\n")]
    assert list(_line_starts_with_hash(data)) == expected


def test_an_output_written_behind_holds_every_write_in_order_and_appears_only_when_complete(tmp_path):
    from piiscan.sources.compression import atomic_output

    final = tmp_path / "out.log.gz"
    parts = [f"line {n}\n".encode() * (n % 7 + 1) for n in range(500)]
    with atomic_output(final, compression="gzip", behind=True) as out:
        for part in parts:
            out.write(part)
        assert not final.exists()
    assert gzip.decompress(final.read_bytes()) == b"".join(parts)


def test_an_error_in_a_write_behind_reaches_the_writer_and_leaves_no_output(tmp_path):
    from piiscan.sources.compression import WriteBehind, atomic_output

    class Full(io.RawIOBase):
        def writable(self):
            return True

        def write(self, data):
            raise OSError(28, "No space left on device")

    behind = WriteBehind(Full())
    behind.write(b"x")
    with pytest.raises(OSError, match="No space"):
        for _ in range(100):  # the error shows at a later write, or at close
            behind.write(b"y")
        behind.close()

    final = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), atomic_output(final, compression=None, behind=True) as out:
        out.write(b"a,b\n")
        raise RuntimeError("the run broke")
    assert list(tmp_path.iterdir()) == []  # no final file, no temporary left behind


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_csv_without_a_header_has_its_first_row_read_as_data(tmp_path, encoding):
    """A firewall's CSV log (PAN-OS) has no header: its first row is data, scanned and
    written back like the others, and the columns are named by number."""
    log = ("1,2024/02/12 08:14:11,TRAFFIC,10.20.44.173,norvane\\amara.okafor\n"
           "1,2024/02/12 08:14:20,TRAFFIC,10.20.31.185,norvane\\jan.devries\n")
    path = tmp_path / "pan_traffic.csv"
    path.write_bytes(log.encode(encoding))
    file = InputFile(path, "pan_traffic.csv", "pan_traffic.csv", InputFormat.CSV)
    chunks = list(format_handler(InputFormat.CSV).read(file, ReadOptions(encoding=encoding)))
    recs = [r for c in chunks for r in c.records.select("record", "field", "text").rows()]
    assert (1, "column_4", "10.20.44.173") in recs and (2, "column_5", "norvane\\jan.devries") in recs
    out, _ = _written_and_read(tmp_path, "pan_traffic.csv", log, InputFormat.CSV)
    assert out == log.encode()  # nothing added: no header appears


def test_a_csv_header_that_repeats_a_name_numbers_the_repeats_and_keeps_its_text(tmp_path):
    """Jira's export has a 'Comment' column per comment: a finding names which one
    ('Comment.1', as pandas names them); the copy's header stays as it was, also when a
    column is dropped."""
    raw = ("Summary,Comment,Comment,Comment.1\n"
           "VPN drops,13/Mar/24;cdubois;Thanks,14/Mar/24;erik;ok,x\n")
    assert _records_of(tmp_path, "jira.csv", raw, InputFormat.CSV) == [
        (1, "Summary", "VPN drops"), (1, "Comment", "13/Mar/24;cdubois;Thanks"),
        (1, "Comment.2", "14/Mar/24;erik;ok"), (1, "Comment.1", "x")]  # (a name it has already)
    path = tmp_path / "drop.csv"
    path.write_bytes(raw.encode())
    out, _ = _roundtrip(path, InputFormat.CSV, opts=replace(DEFAULT_OPTS, drop_fields=frozenset({"Comment.1"})))
    assert out.decode().splitlines()[0] == "Summary,Comment,Comment"


QUICKBOOKS_REPORT = ("\ufeffGreenleaf Grounds & Gardens LLC,,,\r\nCustomer Contact List,,,\r\nAll Dates,,,\r\n,,,\r\n"
                     "Customer,Full Name,Phone Numbers,Email\r\n"
                     "Ethan Okonkwo,Ethan Okonkwo,(916) 671-6457,ethan_okonkwo@example.com\r\n"
                     "Wildflower Dental Inc.,Tanisha Hernandez,(916) 234-4985,tanisha@example.com\r\n"
                     "\"Thursday, June 13, 2024 09:41 AM GMT-07:00\",,,\r\n")
# A bank statement's account details above the header: a label and its value a line
BANK_STATEMENT = ("\ufeffKHAN BANK\nAccount statement\nAccount:,5107352841 MNT\nPeriod:,2025/01/01 - 2025/01/14\n\n"
                  "Date,Branch,Debit,Credit,Description,Counterparty\n"
                  "2025/01/01 00:18:43,5004 - Online,0.00,210000.00,gift +976 80707936,Ochir Narantuya\n"
                  "2025/01/01 00:21:24,5233 - Zaisan,0.00,120000.00,(916) 234-4985,Jargal Batbayar\n")
DATEV = ('"EXTF";700;"Debitoren/Kreditoren"\n'
         "Konto;Name;Vorname;Ort;Telefon;EMail;Anrede;Titel\n"
         '10005;"Becker";"Sören";"Müllheim";"07631 7348611";"sbecker@example.de";"Herr";\n'
         '10006;"Kaya";"Elif";"Freiburg";"0761 123456";"ekaya@example.de";"Frau";\n')


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
@pytest.mark.parametrize("raw, first", [(QUICKBOOKS_REPORT, (1, "Customer", "Ethan Okonkwo")),
                                        (DATEV, (1, "Konto", "10005")),
                                        (BANK_STATEMENT, (1, "Date", "2025/01/01 00:18:43"))])
def test_a_reports_title_above_the_header_is_kept_and_not_read_as_the_header(tmp_path, raw, first, encoding):
    """QuickBooks' report saved as CSV opens with its title (one cell a line, then a blank
    row), DATEV's file with a line of its settings: the header is the row below, records
    are numbered from the row after it, and the copy keeps the title as it was."""
    path = tmp_path / "report.csv"
    path.write_bytes(raw.encode(encoding if "\ufeff" not in raw else "utf-8"))
    enc = "utf-8" if "\ufeff" in raw else encoding
    out, chunks = _roundtrip(path, InputFormat.CSV, opts=ReadOptions(encoding=enc))
    assert out == path.read_bytes()
    recs = _records(chunks)
    assert recs[0] == first
    column, phone = {id(QUICKBOOKS_REPORT): ("Phone Numbers", "(916) 234-4985"), id(DATEV): ("Telefon", "0761 123456"),
                     id(BANK_STATEMENT): ("Description", "(916) 234-4985")}[id(raw)]
    assert (2, column, phone) in recs
    problems = [p for c in chunks for p in c.problems]
    assert [(p.line, "above the header" in p.message) for p in problems] == [(1, True)]


@pytest.mark.parametrize("raw", [
    "email\nann@example.com\nbo@example.com\n",  # one column: its one name is the header
    "a,b,c\nx,y,z,\nu,v,w,\n",  # rows with a trailing delimiter: still the header above them
    "id,,name\n1,,Ann\n2,,Bo\n",  # a header with a blank name
    "key:,value\na,b\nc,d\n",  # a header of two names, the first with a colon
])
def test_a_header_is_not_taken_for_a_title(tmp_path, raw):
    from piiscan.sources.csvfmt import _title_lines

    rows = [r.split(",") for r in raw.splitlines()]
    assert _title_lines(rows[0], rows[1:]) == 0


@pytest.mark.parametrize("first_row", ["event_id,event_time,user_email,client_ip", "Name,Score,Rank,Team",
                                       "region,2024-01-01,2024-01-02,2024-01-03", "product,2022,2023,2024"])
def test_a_csv_header_of_names_is_a_header(first_row):
    from piiscan.sources.csvfmt import _headerless

    assert not _headerless(first_row.split(","))


EXCHANGE_LOG = (
    "#Software: Microsoft Exchange Server\n#Version: 15.02.1258.012\n#Log-type: Message Tracking Log\n"
    "#Fields: date-time,client-ip,event-id,message-id,recipient-address,message-subject,sender-address\n"
    '2024-02-12T08:02:46.833Z,10.20.44.17,RECEIVE,<Y76FDJ@google.com>,amara.okafor@norvane.com,'
    '"Re: Q1 forecast, draft",jan.devries@example.org\n'
)


def test_an_exchange_tracking_log_is_read_by_its_comma_separated_columns(tmp_path):
    recs = _records_of(tmp_path, "MSGTRK2024021208-1.LOG", EXCHANGE_LOG)
    assert (5, "client-ip", "10.20.44.17") in recs and (5, "message-id", "<Y76FDJ@google.com>") in recs
    assert (5, "message-subject", '"Re: Q1 forecast, draft"') in recs  # quoted, comma and all
    out, _ = _written_and_read(tmp_path, "MSGTRK2024021208-1.LOG", EXCHANGE_LOG, InputFormat.TEXT,
                               edit=lambda t: t.replace("amara.okafor@norvane.com", "a, b").replace("Q1", "<X>"))
    assert out.decode().splitlines()[4] == ('2024-02-12T08:02:46.833Z,10.20.44.17,RECEIVE,<Y76FDJ@google.com>,'
                                            '"a, b","Re: <X> forecast, draft",jan.devries@example.org')


@pytest.mark.parametrize("members, name", [
    ([("key", "assignee_username"), ("value", "x")], "assignee_username"),  # GitLab's params
    ([("Name", "Identity"), ("Value", "x")], "Identity"),  # Microsoft 365's audit parameters
    ([("id", 7), ("key", "cf_7"), ("name", "Phone"), ("value", "x")], "Phone"),  # a name over a key
    ([("display_name", "Delivery Address"), ("variable_name", "delivery_address"), ("value", "x")],
     "Delivery Address"),  # Paystack's metadata: its label over its variable
    ([("key", "user.email"), ("value", {"stringValue": "x"})], "user_email"),  # OpenTelemetry's
    ([("field", "serialNumber"), ("from", ""), ("to", "x")], "serialNumber"),  # JumpCloud's change
    ([("field", "assignee"), ("from", "5b10"), ("fromString", "x"), ("to", "5b11"), ("toString", "y")],
     "assignee"),  # Jira's changelog item
    # Jotform's question: its 'text' over its 'name', a stub of it; a form's question and answer
    ([("name", "numeroDe"), ("order", "11"), ("text", "Número de serie de la tableta (S/N)"),
      ("type", "control_textbox"), ("answer", "x")], "Número de serie de la tableta (S/N)"),
])
def test_a_name_value_pair_names_its_value(members, name):
    from piiscan.sources.jsonfmt import pair_name

    assert pair_name(members) == name


@pytest.mark.parametrize("members", [
    [("question", "My name is Ana Lima, where is my order?"), ("answer", "x")],  # a chat's: the user's prose
    [("text", "Approve"), ("answer", "x")],  # (a 'text' names a pair only as Jotform's question)
    [("name", "Ana Souza"), ("email", "x")],  # no value member: a person's record
    [("key", "id"), ("amount", "x")],
    [("name", ""), ("value", "x")],  # an empty name names nothing
    [("name", 7), ("value", "x")],
    [("name", "n" * 65), ("value", "x")],  # a sentence is no name
    [*((f"k{i}", "v") for i in range(8)), ("name", "Phone"), ("value", "x")],  # a wide record
    [("name", "Invite"), ("from", "x")],  # a message's sender: no change without what it became
])
def test_other_objects_are_no_name_value_pairs(members):
    from piiscan.sources.jsonfmt import pair_name

    assert pair_name(members) is None


def test_a_pairs_value_is_hinted_by_its_name_in_every_json_reader(tmp_path):
    line = ('{"params": [{"key": "id", "value": "4411"}, {"key": "username", "value": "mkowalski"}], '
            '"ev": [{"key": "city", "value": {"string_value": "Leeds"}}], "key": "k", "value": "v"}')
    # the top level's own pair ("key": "k", "value": "v") is a pair too: 'v' goes by 'k'
    want = {("params[0].key", "id", None), ("params[0].value", "4411", "params[0].id"),
            ("params[1].key", "username", None), ("params[1].value", "mkowalski", "params[1].username"),
            ("ev[0].key", "city", None), ("ev[0].value.string_value", "Leeds", "ev[0].city"),
            ("key", "k", None), ("value", "v", "k")}
    for name, raw, fmt in (("a.jsonl", line + "\n", InputFormat.JSONL),
                           ("a.json", f"[{line}]", InputFormat.JSON),
                           ("access.log", line + "\n", InputFormat.TEXT)):
        path = tmp_path / name
        path.write_text(raw)
        chunks = list(format_handler(fmt).read(InputFile(path, name, fmt), DEFAULT_OPTS))
        got = {r for c in chunks for r in c.records.select("field", "text", "hint").iter_rows()}
        assert got == want, name
    # below an object value its own keys go on; a typed value's wrapper names nothing
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values('[{"key": "user", "value": {"login": "a", "password": "[FILTERED]"}},'
                                  ' {"key": "tags", "values": ["p"]}, {"key": "c", "value": {"stringValue": "x"}}]',
                                  hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "[0].key": None, "[0].value.login": "[0].user.login", "[0].value.password": "[0].user.password",
        "[1].key": None, "[1].values[0]": "[1].tags[0]", "[2].key": None, "[2].value.stringValue": "[2].c"}
    # a change's both values go by what changed; a message's sender and recipient by their own keys
    hints = {}
    values = json_document_values('{"changes": [{"field": "serialNumber", "from": "", "to": "C02X"}], '
                                  '"mail": {"name": "Invite", "from": "Ana", "cc": "Bo"}}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "changes[0].field": None, "changes[0].from": "changes[0].serialNumber",
        "changes[0].to": "changes[0].serialNumber", "mail.name": None, "mail.from": None, "mail.cc": None}
    # a bare 'name' beside the object's own e-mail or login is its person's; beside an owner's, no one's
    hints = {}
    values = json_document_values('{"metadata": {"name": "Jana Novak", "email": "j@x.io"}, '
                                  '"job": {"name": "nightly", "owner_email": "ops@x.io"}, "p": {"name": "Cup"}, '
                                  '"employments": [{"name": "UX Researcher", "email": "j@x.io"}]}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "metadata.name": "metadata.user.name", "metadata.email": None, "job.name": None, "job.owner_email": None,
        "p.name": None, "employments[0].name": None, "employments[0].email": None}  # (a job's, Deel's)
    plain = tmp_path / "b.jsonl"
    plain.write_text('{"user": {"name": "Ana"}}\n')
    [chunk] = format_handler(InputFormat.JSONL).read(InputFile(plain, "b.jsonl", InputFormat.JSONL), DEFAULT_OPTS)
    assert "hint" not in chunk.records.columns  # no pair, no column


def test_a_json_api_attribute_resources_value_goes_by_its_id():
    from piiscan.sources.jsonfmt import json_document_values

    # SimpleMDM's custom attributes: the value by the resource's id; its other members by their keys
    hints: dict[int, str] = {}
    values = json_document_values(
        '{"data": [{"type": "custom_attribute_value", "id": "assigned_user", "attributes": '
        '{"value": "grace.nguyen", "secret": false, "source": "device"}}, '
        '{"type": "device", "id": "dev_7", "attributes": {"value": "x"}}, '
        '{"type": "custom_attribute_value", "id": 7, "attributes": {"value": "y"}}]}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "data[0].type": None, "data[0].id": None, "data[0].attributes.value": "data[0].assigned_user",
        "data[0].attributes.source": None,
        # a resource that is no attribute's, an id that is no name
        "data[1].type": None, "data[1].id": None, "data[1].attributes.value": None,
        "data[2].type": None, "data[2].attributes.value": None}


def test_a_bare_number_column_after_a_street_is_its_house_number_in_both_csv_readers(tmp_path, monkeypatch):
    import piiscan.sources.csvfmt as csvfmt

    raw = ('"Nome";"Endereço";"Número";"Número do pedido";"Endereço entrega";"Número entrega";"Cidade";"Número"\n'
           + '"Ana Souza";"Rua Tiradentes";"2149";"48211";"Av. Brasil";"12";"Curitiba";"7"\n' * 3)
    path = tmp_path / "pedidos.csv"
    path.write_text(raw)

    def hints():
        chunks = list(format_handler(InputFormat.CSV).read(InputFile(path, "pedidos.csv", InputFormat.CSV),
                                                           DEFAULT_OPTS))
        return {r for c in chunks for r in c.records.select("field", "hint").iter_rows()}, \
            {type(c.payload).__name__ for c in chunks}

    fast, kinds = hints()
    monkeypatch.setattr(csvfmt, "_parse_block", lambda *a: None)
    rows, row_kinds = hints()
    assert "_FastRows" in kinds and row_kinds == {"tuple"}
    # (the last 'Número', after a town, says nothing; the repeated name is numbered by the reader)
    assert fast == rows == {("Nome", None), ("Endereço", None), ("Número", "housenumber"), ("Número do pedido", None),
                            ("Endereço entrega", None), ("Número entrega", "housenumber"), ("Cidade", None),
                            ("Número.1", None)}


def test_a_jobs_location_beside_a_candidates_address_is_no_ones_place_in_both_csv_readers(tmp_path, monkeypatch):
    import json

    import piiscan.sources.csvfmt as csvfmt
    from piiscan.api import scan
    from piiscan.config import Detection, NerMode

    raw = ("Name,Address,Job,Department,Location,Stage\n"
           + "Derek Sanchez,\"Albuquerque, NM, United States\",Editor,Production,\"Thessaloniki, Greece\",Hired\n" * 3)
    path = tmp_path / "candidates.csv"
    path.write_text(raw)

    def places(report):
        scan([str(path)], report_dir=tmp_path / report, detection=Detection(ner=NerMode.OFF))
        rows = [json.loads(x) for x in (tmp_path / report / "findings.jsonl").read_text().splitlines()]
        return sorted((r["record"], r["field"]) for r in rows if r["entity_type"] == "LOCATION")

    fast = places("fast")
    monkeypatch.setattr(csvfmt, "_parse_block", lambda *a: None)
    assert places("rows") == fast
    # the candidate's town, region and country; the job's place is the firm's
    assert fast == [(row, "Address") for row in (1, 2, 3) for _ in range(3)]


def test_a_devices_own_name_and_uuid_are_hinted_as_a_devices(tmp_path):
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values('{"Devices": [{"name": "MacBook-Pro-shel-Ariel", "uuid": "1137DC8E", '
                                  '"serial_no": "C02XK1ZZJG5H", "hw_model": "MacBookPro18,3", "os": "macOS"}, '
                                  '{"name": "Widget", "uuid": "7f1c", "sku": "W-1", "model": "X"}]}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "Devices[0].name": "Devices[0].device.name", "Devices[0].uuid": "Devices[0].device.uuid",
        "Devices[0].serial_no": None, "Devices[0].hw_model": None, "Devices[0].os": None,
        "Devices[1].name": None, "Devices[1].uuid": None, "Devices[1].sku": None, "Devices[1].model": None}
    # an agent's own 'uuid' beside the machine's (SentinelOne's); an analytics event's: no device's
    hints = {}
    values = json_document_values('{"data": {"computerName": "AJ-LT", "serialNumber": "5CG1", "machineUuid": "4C4C", '
                                  '"osName": "Windows 11", "uuid": "8d56"}, "event": {"uuid": "07059be3", '
                                  '"os_name": "ios", "device_model": "iPhone15,2", "platform": "iOS"}}', hints)[1]
    assert not any(hints.get(n) for n, v in enumerate(values))
    # an MDM's device, its hardware in its parts (Esper's): its UUID 'id' is the device's; an
    # order's 'id' is none, nor a device's that is no UUID
    hints = {}
    values = json_document_values('{"results": [{"id": "b4bb37ad-dc3c-405d-96fb-b4f0bbda6313", "device_name": "ESR-1", '
                                  '"hardware_info": {"serialNumber": "R58N1", "model": "SM-T295"}}, '
                                  '{"id": "c4bb37ad-dc3c-405d-96fb-b4f0bbda6313", "name": "Order 7"}, '
                                  '{"id": "17", "hardware_info": {"serialNumber": "R58N2", "model": "SM-T295"}}]}', hints)[1]
    assert {v[0]: hints[n] for n, v in enumerate(values) if hints.get(n)} == {"results[0].id": "results[0].device.uuid"}


def test_an_objects_type_says_whose_its_name_is():
    # Miro's audit log (Box's, Slack's objects alike): a board's or a system's name is no one's,
    # even beside an e-mail key; a user's is a person's; another type says nothing
    from piiscan.sources.jsonfmt import json_document_values

    hints = {}
    values = json_document_values('{"object": {"id": "1", "name": "Ñuu Savi", "type": "board"}, '
                                  '"createdBy": {"type": "system", "name": "Miro", "email": null}, '
                                  '"target": {"type": "user", "id": "7", "name": "Xunka Pérez"}, '
                                  '"rule": {"type": "allow", "name": "Office"}}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values) if v[0].endswith("name")} == {
        "object.name": "object.board.name", "createdBy.name": "createdBy.system.name",
        "target.name": "target.user.name", "rule.name": None}
    # a change's new value alone, named by its field (Miro's profile update)
    hints = {}
    values = json_document_values('{"details": {"field": "location", "newValue": "Zinacantán, Chiapas"}}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "details.field": None, "details.newValue": "details.location"}
    # a chatbot's tracker events (Rasa's): an action's name is no one's, nor a slot's name, which
    # names its value
    hints = {}
    values = json_document_values('{"events": [{"event": "action", "name": "action_listen", "policy": "p"}, '
                                  '{"event": "slot", "name": "nombre", "value": "Eulalia Jim"}]}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "events[0].event": None, "events[0].name": "events[0].action.name", "events[0].policy": None,
        "events[1].event": None, "events[1].name": "events[1].fieldname", "events[1].value": "events[1].nombre"}


HTML_TABLE = (
    '<table class="confluenceTable"><tbody>\n'
    '<tr><th>Ticket</th><th class="h">Starter</th><th>Serial</th><th>Wi-Fi MAC</th><th>Personal mobile</th></tr>\n'
    "<tr>\n"
    '<td><a href="https://sd.example/ITSD-1">ITSD-1</a></td>\n'
    '<td class="c">Samuel Pike</td>\n'
    '<td class="c">PF5X&amp;PSX5</td>\n'
    "<td>F0:8D:9E:53:21:D0</td><td>07836 090835</td>\n"
    "</tr>\n"
    "<tr><td>ITSD-2</td><td>Ann Lee</td><td>G5KY9Q9HZZ5W</td><td>see <b>note</b></td><td>-</td></tr>\n"
    "</tbody></table>\n"
    "<p>Serial numbers are on the box.</p>\n"
)


def test_html_table_cells_of_a_named_kind_are_records_hinted_by_their_header(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_TABLE)
    [chunk] = format_handler(InputFormat.TEXT).read(InputFile(path, "page.html", InputFormat.TEXT), DEFAULT_OPTS)
    got = chunk.records.select("record", "field", "text", "hint").rows()
    lines = HTML_TABLE.splitlines()
    # a column whose name says what it holds: its cells of text, alone on their lines
    assert (6, "td", "PF5X&PSX5", "Serial") in got
    assert [r for r in got if r[0] == 7] == [(7, "td", "F0:8D:9E:53:21:D0", "Wi-Fi MAC"),
                                            (7, "td", "07836 090835", "Personal mobile")]
    # another column's cell ('Starter': NER reads the line), a cell of markup, a line with
    # other text (a cell of markup among them), the table's header: the lines as they are
    assert (5, None, lines[4], None) in got and (4, None, lines[3], None) in got
    assert (9, None, lines[8], None) in got and (2, None, lines[1], None) in got
    assert (11, None, lines[10], None) in got


def test_html_table_cells_go_back_escaped_and_the_header_carries_across_chunks(tmp_path):
    from dataclasses import replace

    edit = {"PF5X&PSX5": "<SERIAL_NUMBER:1a>", "07836 090835": "07700 900123"}
    path = tmp_path / "p.html"
    path.write_text(HTML_TABLE)
    for opts in (DEFAULT_OPTS, replace(DEFAULT_OPTS, batch_size=3)):
        out, chunks = _roundtrip(path, InputFormat.TEXT, edit=lambda t: edit.get(t, t), opts=opts)
        assert out.decode() == HTML_TABLE.replace("PF5X&amp;PSX5", "&lt;SERIAL_NUMBER:1a&gt;").replace(
            "07836 090835", "07700 900123")
        hinted = [r for c in chunks if "hint" in c.records.columns
                  for r in c.records.select("text", "hint").rows() if r[1]]
        assert ("PF5X&PSX5", "Serial") in hinted  # in the second chunk of three lines too


SPREADSHEET = (
    '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\n<Worksheet ss:Name="Sheet1">\n'
    "<Table>\n<Row>\n"
    '<Cell><Data ss:Type="String">Name</Data></Cell>\n<Cell><Data ss:Type="String">Status</Data></Cell>\n'
    '<Cell><Data ss:Type="String">Router serial</Data></Cell>\n</Row>\n<Row>\n'
    '<Cell><Data ss:Type="String">Ram Kumar Jha</Data></Cell>\n<Cell><Data ss:Type="String">Open</Data></Cell>\n'
    '<Cell><Data ss:Type="String">22805X0086750</Data></Cell>\n</Row>\n<Row>\n'
    '<Cell ss:Index="3"><Data ss:Type="String">22818X9138136</Data></Cell>\n</Row>\n</Table>\n</Worksheet>\n</Workbook>\n'
)


def _text_lines_hinted(path, text: str, batch_size: int) -> set[tuple[int, str]]:
    """(record, hint) of a text file's hinted records, read whole and in chunks of ``batch_size``
    lines (a header carries across chunks); each record is its line, whole."""
    path.write_text(text)
    lines = text.splitlines()
    seen = []
    for opts in (DEFAULT_OPTS, replace(DEFAULT_OPTS, batch_size=batch_size)):
        chunks = list(format_handler(InputFormat.TEXT).read(InputFile(path, path.name, InputFormat.TEXT), opts))
        got = [r for c in chunks for r in c.records.select("record", "field", "text", *(
            ["hint"] if "hint" in c.records.columns else [])).rows()]
        assert all(r[1] is None and r[2] == lines[r[0] - 1] for r in got)  # the record is the line
        seen.append({(r[0], r[3]) for r in got if len(r) > 3 and r[3]})
    assert seen[0] == seen[1]
    return seen[0]


def test_a_spreadsheets_cells_are_hinted_by_their_columns_name_and_stay_lines(tmp_path):
    path = tmp_path / "tickets.xml"
    hinted = _text_lines_hinted(path, SPREADSHEET, 9)
    # a typed column's cells (a cell after an empty one: ss:Index); not 'Status', nor the header
    assert hinted == {(11, "Name"), (13, "Router serial"), (16, "Router serial")}
    out, _ = _roundtrip(path, InputFormat.TEXT, edit=lambda t: t.replace("22805X0086750", "<SERIAL_NUMBER:1>"))
    assert out.decode() == SPREADSHEET.replace("22805X0086750", "<SERIAL_NUMBER:1>")


def test_a_spreadsheets_serial_is_found_by_its_column():
    from piiscan.detect.structure import analyze_structure

    line = '<Cell><Data ss:Type="String">22818X9138136</Data></Cell>'
    assert [(h.entity_type, line[h.start:h.end]) for h in analyze_structure(line, "Router serial").hints] == [
        ("SERIAL_NUMBER", "22818X9138136")]
    assert analyze_structure(line, None).hints == ()


WINDOWS_EVENT = (
    "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Sysmon'"
    " Guid='{5770385f-c22a-43e0-bf4c-06f5698ffbd9}'/><EventID>1</EventID><Computer>NVL-L20649.corp.example.net</Computer>"
    "<Security UserID='S-1-5-18'/></System><EventData><Data Name='RuleName'>-</Data>"
    "<Data Name='User'>CORP\\j&amp;doe</Data><Data Name='CommandLine'>notepad.exe</Data></EventData></Event>\n"
)


def test_a_windows_events_data_elements_are_read_by_their_name_attribute(tmp_path):
    recs = _records_of(tmp_path, "sysmon.xml", WINDOWS_EVENT)
    assert (1, "User", "CORP\\j&doe") in recs and (1, "CommandLine", "notepad.exe") in recs
    assert (1, "Computer", "NVL-L20649.corp.example.net") in recs and (1, "EventID", "1") in recs
    assert not any(r[1] is None for r in recs)  # the tags and their attributes are no text to read
    out, _ = _written_and_read(tmp_path, "sysmon.xml", WINDOWS_EVENT, InputFormat.TEXT,
                               edit=lambda t: "CORP\\<USERNAME:1>" if t.startswith("CORP") else t)
    assert out.decode() == WINDOWS_EVENT.replace("CORP\\j&amp;doe", "CORP\\&lt;USERNAME:1&gt;")


def test_an_x_archives_data_file_is_read_as_the_json_it_assigns(tmp_path):
    raw = ('window.YTD.tweets.part0 = [\n  {\n    "tweet" : {\n      "id_str" : "6153204275528542197",\n'
           '      "full_text" : "call me on 07700 900123",\n      "user_mentions" : [ { "screen_name" : "ana_l" } ]\n'
           "    }\n  }\n]")
    path = tmp_path / "tweets.js"
    path.write_text(raw)
    assert detect_format(path) is InputFormat.JSON
    out, chunks = _roundtrip(path, InputFormat.JSON)
    assert out == raw.encode()
    assert (1, "tweet.full_text", "call me on 07700 900123") in _records(chunks)
    out, _ = _roundtrip(path, InputFormat.JSON, edit=lambda t: t.replace("07700 900123", "<PHONE_NUMBER:1>"))
    assert out.decode() == raw.replace("07700 900123", "<PHONE_NUMBER:1>")  # the assignment stays
    other = tmp_path / "app.js"
    other.write_text("var config = {\n  a: 1\n};\n")
    assert detect_format(other) is InputFormat.TEXT  # a program's source is no archive


def test_a_sql_dumps_inserts_without_columns_get_its_create_tables_columns_as_their_hint(tmp_path):
    from piiscan.detect.structure import sql_row_hint

    dump = ("CREATE TABLE comments (id INTEGER PRIMARY KEY, sep TEXT DEFAULT '), (', author VARCHAR(255), email VARCHAR);\n"
            "INSERT INTO comments VALUES (1,',','Ana Lima','ana@x.example');\n"
            "INSERT INTO comments (id, author) VALUES (2,'Bo');\n"  # (its own columns: sql_hints' to read)
            "INSERT INTO other VALUES (3,'x');\n")
    path = tmp_path / "isso.sql"
    path.write_text(dump)
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(path, "isso.sql", InputFormat.TEXT), DEFAULT_OPTS))
    rows = [r for c in chunks for r in c.records.select("record", "field", "text", "hint").rows()]
    assert [(r[0], r[3]) for r in rows if r[3]] == [(2, sql_row_hint(["id", "sep", "author", "email"]))]
    assert all(r[1] is None and r[2] == dump.splitlines()[r[0] - 1] for r in rows)  # the records are the lines
    post = tmp_path / "post.txt"  # a CREATE TABLE begun in prose, never closed: no table after a blank line
    post.write_text("CREATE TABLE t (\nid int, name text\n\nINSERT INTO t VALUES (1,'Ana');\n"
                    "CREATE TABLE u (id int, name text);\nINSERT INTO u VALUES (1,'Ana');\n")
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(post, "post.txt", InputFormat.TEXT), DEFAULT_OPTS))
    rows = [r for c in chunks for r in c.records.select("record", "hint").rows()]
    assert [r for r in rows if r[1]] == [(6, sql_row_hint(["id", "name"]))]
    plain = tmp_path / "notes.txt"
    plain.write_text("INSERT INTO comments VALUES (1,'a');\n")  # (no CREATE TABLE: no columns known)
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(plain, "notes.txt", InputFormat.TEXT), DEFAULT_OPTS))
    assert all("hint" not in c.records.columns for c in chunks)


def test_a_create_tables_comment_after_its_parenthesis_is_no_column(tmp_path):
    from piiscan.detect.structure import sql_row_hint

    # (Quassel's schema, as sqlite3's .dump writes it: a comment after the '(', the columns on their lines)
    dump = ("CREATE TABLE sender ( -- THE ORDER OF THE ELEMENTS IS IMPORTANT! (see migration to v11)\n"
            "\tsenderid INTEGER PRIMARY KEY AUTOINCREMENT,\n\tsender TEXT NOT NULL,\n\trealname TEXT,\n"
            "\tavatarurl TEXT\n);\nINSERT INTO sender VALUES(3,'yonas_t!yonas@196.200.98.37','Yonas Tesfamariam',NULL);\n")
    path = tmp_path / "quassel.sql"
    path.write_text(dump)
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(path, "quassel.sql", InputFormat.TEXT), DEFAULT_OPTS))
    rows = [r for c in chunks for r in c.records.select("record", "hint").rows()]
    assert [r for r in rows if r[1]] == [(7, sql_row_hint(["senderid", "sender", "realname", "avatarurl"]))]


def test_a_pg_dumps_copy_rows_get_their_blocks_columns_as_their_hint(tmp_path):
    from piiscan.detect.structure import sql_row_hint

    dump = ("SET client_encoding = 'UTF8';\n"
            "COPY public.users (id, username, email) FROM stdin;\n"
            "1\tchanda_m\tchanda@example.org\n"
            "2\tmwila\t\\N\n"
            "\\.\n"
            "\n"
            "3\tnot\ta row\n")  # (after the block's end: a line of text)
    path = tmp_path / "forum.sql"
    path.write_text(dump)
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(path, "forum.sql", InputFormat.TEXT), DEFAULT_OPTS))
    rows = [r for c in chunks for r in c.records.select("record", "field", "text", "hint").rows()]
    assert [(r[0], r[3]) for r in rows if r[3]] == [(n, sql_row_hint(["id", "username", "email"], copy=True))
                                                    for n in (3, 4)]
    assert all(r[1] is None and r[2] == dump.splitlines()[r[0] - 1] for r in rows)  # the records are the lines


def test_phpmyadmins_rows_after_their_inserts_head_get_its_columns(tmp_path):
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector
    from piiscan.detect.structure import sql_row_hint

    dump = ("CREATE TABLE `ow_base_user` (\n  `id` int(11) NOT NULL,\n  `username` varchar(32) NOT NULL,\n"
            "  `joinIp` int(11) UNSIGNED NOT NULL\n) ENGINE=MyISAM;\n"
            "INSERT INTO `ow_base_user` (`id`, `email`, `username`, `joinIp`) VALUES\n"
            "(1, 'crystalk1985@example.org', 'cknowles', 3358768628),\n"
            "(2, 'anil.r@example.org', 'anilr', 406011213);\n"
            "(3, 'not', 'a row', 1);\n"  # (after the statement's ';')
            "INSERT INTO `ow_base_user` VALUES\n"  # (no columns: its CREATE TABLE's)
            "(4, 'delroy_t', 1161422196);\n")
    path = tmp_path / "forum.sql"
    path.write_text(dump)
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(path, "forum.sql", InputFormat.TEXT), DEFAULT_OPTS))
    rows = [r for c in chunks for r in c.records.select("record", "text", "hint").rows()]
    named = sql_row_hint(["id", "email", "username", "joinIp"], rows=True)
    assert [(r[0], r[2]) for r in rows if r[2]] == [(7, named), (8, named),
                                                    (11, sql_row_hint(["id", "username", "joinIp"], rows=True))]
    found = Detector(Detection(ner=NerMode.OFF)).detect_records([rows[6][1], rows[10][1]], [rows[6][2], rows[10][2]])
    values = [{(f.entity_type, t[f.start:f.end]) for f in fs} for t, fs in zip((rows[6][1], rows[10][1]), found)]
    assert {("USERNAME", "cknowles"), ("IP_ADDRESS", "3358768628")} <= values[0]
    assert {("USERNAME", "delroy_t"), ("IP_ADDRESS", "1161422196")} <= values[1]


def test_a_dotclear_backups_rows_get_their_tables_columns_as_their_hint(tmp_path):
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector
    from piiscan.detect.structure import sql_row_hint

    dump = ("///DOTCLEAR|2.28.1|single\n\n"
            "[comment comment_id,post_id,comment_author,comment_email,comment_content,comment_ip]\n"
            '"1","7","Brenda Gonz\u00e1lez","gonzalezb563@example.org","<p>Hola \\"che\\"</p>","190.64.178.180"\n'
            "\n"
            '"2","7","not","a row"\n')  # (after the block's blank line: a line of text)
    path = tmp_path / "blog-backup.txt"
    path.write_text(dump)
    chunks = list(format_handler(InputFormat.TEXT).read(InputFile(path, "blog-backup.txt", InputFormat.TEXT),
                                                        DEFAULT_OPTS))
    rows = [r for c in chunks for r in c.records.select("record", "text", "hint").rows()]
    columns = ["comment_id", "post_id", "comment_author", "comment_email", "comment_content", "comment_ip"]
    assert [(r[0], r[2]) for r in rows if r[2]] == [(4, sql_row_hint(columns, quoted=True))]
    row = rows[3][1]
    found = Detector(Detection(ner=NerMode.OFF)).detect_records([row], [rows[3][2]])[0]
    assert ("PERSON", "Brenda González") in {(f.entity_type, row[f.start:f.end]) for f in found}
    short = Detector(Detection(ner=NerMode.OFF)).detect_records(['"1","Brenda González"'], [rows[3][2]])[0]
    assert [f for f in short if f.entity_type == "PERSON"] == []  # (a row of another length: no columns' types)


def test_a_pages_void_elements_stay_its_lines_and_a_dumps_rows_are_split(tmp_path):
    recs = _records_of(tmp_path, "page.html", '<meta name="Author" content="Grace Dubois" />\n'
                                              '<row Id="7" DisplayName="Jane Roe" />\n')
    assert (1, None, '<meta name="Author" content="Grace Dubois" />') in recs  # (no 'name' record of 'Author')
    assert (2, "DisplayName", "Jane Roe") in recs


def test_a_mesh_vpns_node_is_a_devices_record_whatever_its_type_says():
    # ZeroTier's network member: its node's id and the client it runs make it a device's record,
    # though its type says 'Member' (a user's kind): its 'name' is the machine's
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values('[{"id": "8bd5124fd6a3c7e1-bc5bd543cb", "type": "Member", "nodeId": "bc5bd543cb", '
                                  '"name": "xuan-laptop", "clientVersion": "1.14.2"}, '
                                  '{"type": "Member", "name": "Xuan Pérez", "email": "xuan@example.org"}]', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values) if v[0].endswith("name")} == {
        "[0].name": "[0].device.name", "[1].name": "[1].user.name"}


def test_a_places_name_beside_its_coordinates_is_a_place():
    # a chat's shared location (Wire's backup): its name is where someone was, as its coordinates
    # are; an object with a name and no coordinates, or a user's, says nothing of the kind
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values('[{"type": "conversation.location", "data": {"latitude": -19.2, "longitude": 168.4, '
                                  '"name": "Loltong", "zoom": 15}}, {"name": "Loltong", "lat": "n/a"}, '
                                  '{"type": "user", "name": "Ana Lima", "lat": 1.5, "lng": 2.5}]', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values) if v[0].endswith("name")} == {
        "[0].data.name": "[0].data.location", "[1].name": None, "[2].name": "[2].user.name"}


def test_jotforms_answers_go_by_their_questions_and_their_labels_are_no_data(tmp_path):
    """Jotform's API: each answer named by its question's text, its parts (a full name's
    'first' and 'last', a phone's 'full') and its written-out 'prettyFormat' by the same; the
    question's own words ('text', 'sublabels') are found in no value."""
    from piiscan.api import scan

    record = {"id": "58900", "ip": "201.162.68.143", "answers": {
        "3": {"name": "nombreDel", "order": "2", "sublabels": json.dumps({"first": "Nombre(s)", "last": "Apellidos"}),
              "text": "Nombre del estudiante", "type": "control_fullname",
              "answer": {"first": "María José", "last": "Jiménez Díaz"}, "prettyFormat": "María José Jiménez Díaz"},
        "6": {"name": "telefonoCelular", "order": "5", "text": "Teléfono celular (WhatsApp)", "type": "control_phone",
              "sublabels": json.dumps({"country": "Country Code", "area": "Area Code"}),
              "answer": {"full": "(81) 2237-4738"}, "prettyFormat": "(81) 2237-4738"},
        "8": {"name": "domicilio", "order": "7", "text": "Domicilio", "type": "control_address",
              "sublabels": json.dumps({"addr_line1": "Calle y número", "city": "Municipio", "state": "Estado"}),
              "answer": {"addr_line1": "Calle Ignacio Allende 87-B", "city": "Monterrey", "postal": "64460"},
              "prettyFormat": "Street Address: Calle Ignacio Allende 87-B<br>Street Address Line 2: Mitras Centro"
                              "<br>City: Monterrey<br>State / Province: Nuevo León<br>Postal / Zip Code: 64460"},
        "11": {"name": "grado", "order": "10", "text": "Grado", "type": "control_dropdown", "answer": "3° secundaria"},
        "12": {"name": "numeroDe", "order": "11", "text": "Número de serie de la tableta (S/N)",
               "type": "control_textbox", "answer": "HAV6UJ71"},
        "14": {"name": "nombreDel14", "order": "13", "text": "Nombre del dispositivo (Ajustes › Acerca de la tableta)",
               "type": "control_textbox", "answer": "Tab-Crispin"}}}
    path = tmp_path / "submissions.json"
    path.write_text(json.dumps({"responseCode": 200, "content": [record]}, ensure_ascii=False), encoding="utf-8")
    scan([path], report_dir=tmp_path / "report")
    found = {(f["field"].split("answers.", 1)[-1], f["entity_type"], f["start"], f["end"])
             for f in map(json.loads, (tmp_path / "report" / "findings.jsonl").read_text().splitlines())}
    assert {("3.answer.first", "PERSON", 0, 10), ("3.answer.last", "PERSON", 0, 12), ("3.prettyFormat", "PERSON", 0, 23),
            ("6.answer.full", "PHONE_NUMBER", 0, 14), ("12.answer", "SERIAL_NUMBER", 0, 8),
            ("14.answer", "HOSTNAME", 0, 11)} <= found
    pretty = {(s, e) for f, t, s, e in found if f == "8.prettyFormat" and t == "LOCATION"}
    assert {(16, 42), (69, 82), (92, 101), (123, 133), (156, 161)} <= pretty  # street, line 2, city, state, code
    assert not [f for f in found if f[0].endswith((".text", ".sublabels", ".name", ".type"))]


# A query's result drawn as a table in a log (log4jdbc's 'jdbc.resultsettable', eGovFrame's default), synthetic values
RESULT_TABLE = (
    "2024-10-07 09:29:47,536  INFO [jdbc.resultsettable] \n"
    "|-------|-------|-------------|-----|\n"
    "|mber_id|mber_nm|mbtlnum      |state|\n"
    "|-------|-------|-------------|-----|\n"
    "|dpark26|박다은    |010-6941-8658|A    |\n"
    "|-------|-------|-------------|-----|\n"
    "2024-10-07 09:29:49,957 DEBUG [DispatcherServlet] Completed 200 OK\n"
    "|not|a|table row|\n"
)


def test_a_drawn_tables_rows_are_hinted_by_its_header_and_stay_lines(tmp_path):
    path = tmp_path / "catalina.log"
    hinted = _text_lines_hinted(path, RESULT_TABLE, 4)
    assert {record for record, _ in hinted} == {5}  # the data row: not the header, the borders, nor a row-like line
    # after the table
    out, _ = _roundtrip(path, InputFormat.TEXT, edit=lambda t: t.replace("dpark26", "<USERNAME:1>"))
    assert out.decode() == RESULT_TABLE.replace("dpark26", "<USERNAME:1>")


def test_a_drawn_tables_cells_are_typed_by_their_columns():
    from piiscan.detect.structure import sql_row_hint, sql_row_structure

    line = RESULT_TABLE.splitlines()[4]
    hint = sql_row_hint(("mber_id", "mber_nm", "mbtlnum", "state"), piped=True)
    found = {(h.entity_type, line[h.start:h.end]) for h in sql_row_structure(line, hint).hints}
    assert found >= {("USERNAME", "dpark26"), ("PERSON", "박다은"), ("PHONE_NUMBER", "010-6941-8658")}
    assert not any(v == "A" for _, v in found)  # (an untyped column's cell)
    assert sql_row_structure("|dpark26|박다은|", hint).hints == ()  # (another length: no typing)
