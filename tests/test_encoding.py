"""Inputs in a legacy encoding: 'auto' reads a Windows-1252 export as Windows-1252 (its names
whole, no problem on every line) and writes its copy back in it; a named encoding is kept."""

from __future__ import annotations

import json

import pytest

from piiscan.api import redact, scan
from piiscan.config import Detection, NerMode, Pipeline
from piiscan.errors import ConfigError
from piiscan.sources.base import LEGACY_ENCODING, sniff_encoding

# A Norwegian CRM's export as Excel writes it on a Western European Windows: ';', CRLF, Windows-1252
ROWS = [
    "Fornavn;Etternavn;Adresse på kontakt;E-post;Merknad",
    "Sølvi;Ødegård;Kongens gate 5, 0153 Oslo;solvi.odegard@example.no;Ring Sølvi på 912 34 567",
    "Bjørn;Bråthen;Storgata 12, 9008 Tromsø;bjorn.brathen@example.no;Kunde siden 2019",
    "Åse;Lærum;Markveien 3, 0554 Oslo;ase.laerum@example.no;Tlf. 41 23 45 67",
]


def _export(tmp_path, encoding="cp1252"):
    path = tmp_path / "in" / "kontakter.csv"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes("\r\n".join(ROWS).encode(encoding) + b"\r\n")
    return path


def _key(tmp_path):
    key = tmp_path / "k"
    key.write_text("3c" * 32)
    return key


@pytest.mark.parametrize(("raw", "expected"), [
    ("Sølvi Ødegård, Bråthen, Lærum\n".encode("cp1252") * 3, LEGACY_ENCODING),
    ("Sølvi Ødegård, Bråthen, Lærum\n".encode() * 3, "utf-8"),
    (b"plain ASCII only\n", "utf-8"),
    # a UTF-8 file with one stray byte: UTF-8 still (the byte is kept and reported)
    (b"GET /index.html 200\nbad \xff byte\n", "utf-8"),
    # broken bytes among many UTF-8 characters: UTF-8 still
    ("Sølvi Ødegård Bråthen Lærum ".encode() * 20 + b"\xff\xfe", "utf-8"),
])
def test_sniff_encoding(tmp_path, raw, expected):
    path = tmp_path / "f.txt"
    path.write_bytes(raw)
    assert sniff_encoding(path) == expected


def test_a_windows_1252_export_is_read_and_written_in_it(tmp_path):
    src = _export(tmp_path)
    result = redact([str(src)], out_dir=tmp_path / "out", key_file=_key(tmp_path),
                    detection=Detection(ner=NerMode.OFF))
    assert result.summary["problems"] == []
    assert [s["encoding"] for s in result.summary["sources"]] == ["cp1252"]
    fields = {c["field"] for c in result.summary["counts"]}
    assert {"Fornavn", "Etternavn", "Adresse på kontakt"} <= fields  # (the names whole, as the header has them)
    copy = (tmp_path / "out" / "kontakter.csv").read_bytes()
    text = copy.decode("cp1252")  # (still Windows-1252: it decodes, and keeps its CRLF and ';')
    assert text.count("\r\n") == len(ROWS) and text.splitlines()[0] == ROWS[0]
    for value in ("Sølvi", "Ødegård", "Bråthen", "Tromsø", "solvi.odegard@example.no", "912 34 567"):
        assert value not in text, value
    report = (tmp_path / "out" / "_report" / "report.md").read_text(encoding="utf-8")
    assert "| csv | cp1252 |" in report


def test_a_named_encoding_is_kept_and_bad_bytes_are_reported(tmp_path):
    src = _export(tmp_path)
    result = scan([str(src)], report_dir=tmp_path / "r", key_file=_key(tmp_path), encoding="utf-8", detection=Detection(ner=NerMode.OFF))
    # read as UTF-8, as asked: every row's bad bytes reported (and the header's names no crash)
    assert len(result.summary["problems"]) == len(ROWS) - 1
    assert all("not valid utf-8" in p["message"] for p in result.summary["problems"])
    assert [s["encoding"] for s in result.summary["sources"]] == ["utf-8"]
    json.dumps(result.summary)  # (storable: no lone surrogate in a field's name)


def test_a_utf8_export_stays_utf8(tmp_path):
    src = _export(tmp_path, "utf-8")
    result = scan([str(src)], report_dir=tmp_path / "r", key_file=_key(tmp_path), detection=Detection(ner=NerMode.OFF))
    assert result.summary["problems"] == []
    assert [s["encoding"] for s in result.summary["sources"]] == ["utf-8"]


def test_an_unknown_encoding_is_a_usage_error():
    with pytest.raises(ConfigError, match="unknown encoding 'utf-9'"):
        Pipeline(name="x", sources=("a",), encoding="utf-9")
    assert Pipeline(name="x", sources=("a",), encoding="latin-1").encoding == "latin-1"


@pytest.mark.parametrize(("name", "content"), [
    ("notes.txt", "Jeg heter Sølvi Ødegård og bor i Tromsø, tlf. 912 34 567.\nKunde siden 2019.\n"),
    ("customers.jsonl", '{"name": "Sølvi Ødegård", "city": "Tromsø", "note": "Ring på 912 34 567"}\n'
                        '{"name": "Bjørn Bråthen", "city": "Bodø", "note": "Kunde siden 2019"}\n'),
])
def test_a_windows_1252_text_or_json_lines_file_is_read_and_written_in_it(tmp_path, name, content):
    src = tmp_path / "in" / name
    src.parent.mkdir()
    src.write_bytes(content.encode("cp1252"))
    result = redact([str(src)], out_dir=tmp_path / "out", key_file=_key(tmp_path), detection=Detection(ner=NerMode.OFF))
    assert result.summary["problems"] == [] and [s["encoding"] for s in result.summary["sources"]] == ["cp1252"]
    text = (tmp_path / "out" / name).read_bytes().decode("cp1252")
    assert text.count("\n") == content.count("\n")
    for value in ("Ødegård", "912 34 567", "Tromsø"):
        assert value not in text, value
    assert "Kunde siden 2019" in text  # (what is no one's stays as it was)


# A store's reviews as Google Play Console exports them: UTF-16 (little-endian, its byte order mark first), ',', CRLF
REVIEWS = [
    "Package Name,Reviewer Language,Star Rating,Review Text",
    'com.example.shop,ku,1,"Hejmara min 0750 123 4567, ji Hewlêr. Navê min Rojda Aydın e."',
    'com.example.shop,tr,5,"Teşekkürler, çok iyi"',
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_sniff_encoding_reads_utf16_by_its_mark(tmp_path, codec):
    path = tmp_path / "r.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(REVIEWS)).encode(codec))
    assert sniff_encoding(path) == codec


def test_a_utf16_export_is_read_and_written_in_it(tmp_path):
    src = tmp_path / "in" / "reviews.csv"
    src.parent.mkdir()
    raw = ("\ufeff" + "\r\n".join(REVIEWS) + "\r\n").encode("utf-16-le")
    src.write_bytes(raw)
    result = redact([str(src)], out_dir=tmp_path / "out", key_file=_key(tmp_path), detection=Detection(ner=NerMode.OFF))
    assert result.summary["problems"] == [] and [s["encoding"] for s in result.summary["sources"]] == ["utf-16-le"]
    assert {c["field"] for c in result.summary["counts"]} == {"Review Text"}  # (the header's names whole, no mark)
    copy = (tmp_path / "out" / "reviews.csv").read_bytes()
    assert copy.startswith(b"\xff\xfe") and copy.count(b"\xff\xfe") == 1  # (its mark once, where it was)
    text = copy.decode("utf-16-le").removeprefix("\ufeff")
    assert text.count("\r\n") == len(REVIEWS) and text.splitlines()[0] == REVIEWS[0] and REVIEWS[2] in text
    for value in ("0750 123 4567", "Rojda Aydın", "Hewlêr"):
        assert value not in text, value


def test_excels_unicode_text_is_a_table(tmp_path):
    src = tmp_path / "contacts.txt"
    rows = ["Name\tEmail\tCity", "Ana Lima\tana@example.com\tBilbao", "Jon Etxe\tjon@example.com\tIrun",
            "Mia Puig\tmia@example.com\tGirona"]
    src.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    result = scan([str(src)], report_dir=tmp_path / "r", key_file=_key(tmp_path), detection=Detection(ner=NerMode.OFF))
    assert [(s["format"], s["status"]) for s in result.summary["sources"]] == [("csv", "ok")]
    assert {c["field"] for c in result.summary["counts"]} >= {"Email", "City"}


def test_a_utf16_json_document_is_read_and_written_in_it(tmp_path):
    src = tmp_path / "in" / "users.json"
    src.parent.mkdir()
    src.write_bytes('{\n  "users": [\n    {"email": "ana@example.com", "name": "Ana Lima"}\n  ]\n}\n'.encode("utf-16"))
    result = redact([str(src)], out_dir=tmp_path / "out", key_file=_key(tmp_path), detection=Detection(ner=NerMode.OFF))
    assert result.summary["problems"] == [] and [s["encoding"] for s in result.summary["sources"]] == ["utf-16-le"]
    copy = (tmp_path / "out" / "users.json").read_bytes()
    assert copy.startswith(b"\xff\xfe") and copy.count(b"\xff\xfe") == 1
    text = copy.decode("utf-16-le")
    assert '"users": [' in text and "ana@example.com" not in text and "Ana Lima" not in text


@pytest.mark.parametrize(("name", "content"), [
    ("notes.log", "user ana@example.com logged in from 10.1.2.3\n"),
    ("events.jsonl", '{"email": "ana@example.com"}\n'),
])
def test_utf16_text_or_json_lines_is_reported_not_read_as_garbage(tmp_path, name, content):
    src = tmp_path / "in" / name
    src.parent.mkdir()
    src.write_bytes(content.encode("utf-16"))  # (its mark first)
    result = scan([str(src)], report_dir=tmp_path / "r", key_file=_key(tmp_path), detection=Detection(ner=NerMode.OFF))
    assert [(p["source"], p["kind"]) for p in result.summary["problems"]] == [(str(src), "unreadable")]
    assert "UTF-16" in result.summary["problems"][0]["message"] and "iconv" in result.summary["problems"][0]["message"]
    assert result.exit_status != 0
