"""JSON held in a structured record (an export's properties column): detected by its
values, named by their key paths, and by its keys; findings mapped back into the text."""

from __future__ import annotations

import csv
import json

import pytest

from piiscan.detect.engine import RawFinding
from piiscan.detect.jsoncells import json_parts, through_json


def test_parts_are_values_by_key_path_and_keys_under_the_records_field():
    text = '{"$ip": "203.0.113.5", "user": {"email": "a@b.co"}, "tags": ["x"], "phone": 4915123456789, "n": 3}'
    parts = json_parts(text, "properties")
    named = {(f, t) for f, t, _, _ in parts}
    assert {("properties.$ip", "203.0.113.5"), ("properties.user.email", "a@b.co"),
            ("properties.tags[0]", "x"), ("properties.phone", "4915123456789")} <= named
    assert {("properties.key", "$ip"), ("properties.key", "user"), ("properties.key", "email")} <= named  # keys
    assert ("properties.n", "3") not in named  # a number no key names as PII is no record
    for _, t, at, offsets in parts:
        assert offsets is None and text[at:at + len(t)] == t
    assert [(f, t) for f, t, _, _ in json_parts('["a", {"k": "b"}]', "tags")] == [
        ("tags[0]", "a"), ("tags[1].k", "b"), ("tags.key", "k")]
    # an address cell's keys are no places, its values are
    found = {(f, t) for f, t, _, _ in json_parts('{"locality": "Leeuwarden", "country": "Nederland"}', "address")}
    assert ("address.key", "country") in found and ("address.country", "Nederland") in found


def test_escaped_values_map_back_through_their_escapes():
    value = 'caf\u00e9 \U0001f600 "Jane" https://x.io/u?mail=jane@example.com'
    text = json.dumps({"note": value}).replace("/", "\\/")  # ASCII escapes, and slashes as PHP writes them
    (_, t, at, offsets), = [p for p in json_parts(text, "c") if p[0] == "c.note"]
    assert t == value and len(offsets) == len(value) + 1

    def raw(sub: str, length: int | None = None) -> str:
        i = value.index(sub)
        return text[at + offsets[i]:at + offsets[i + (length or len(sub))]]

    assert raw("jane@example.com") == "jane@example.com"
    assert raw("Jane") == "Jane" and raw('"Jane"') == '\\"Jane\\"'
    assert raw("\U0001f600") == "\\ud83d\\ude00"  # a surrogate pair is one character
    assert raw("https://x.io", 12) == "https:\\/\\/x.io"


def test_json_lines_in_one_text_are_each_lines_parts():
    # an Elasticsearch bulk request's body in its audit log: an action's line, then a document's
    text = '{"index":{"_id":"C-7"}}\n{"full_name":"Lula Tesfay","address":{"city":"Asmara"}}\n'
    named = {(f, t) for f, t, _, _ in json_parts(text, "request.body")}
    assert {("request.body.index._id", "C-7"), ("request.body.full_name", "Lula Tesfay"),
            ("request.body.address.city", "Asmara")} <= named
    for _, t, at, offsets in json_parts(text, "request.body"):
        assert offsets is None and text[at:at + len(t)] == t
    assert json_parts('{"a": 1}\nnot json\n{"b": 2}', "body") is None  # every line or none


@pytest.mark.parametrize("text", ["{not json}", "{} x", "[1, 2", "plain text", "", "{", "[]x", '"a"', "12"])
def test_what_is_no_json_object_or_array_is_no_cell(text):
    assert json_parts(text, "c") is None


def test_each_part_is_detected_once_and_its_findings_land_in_the_record():
    calls = []

    def detect(texts, fields):
        calls.append(list(zip(fields, texts)))
        return [[RawFinding("EMAIL_ADDRESS", t.index("jane"), t.index("jane") + 16, 1.0, "r")]
                if "jane@" in t else [] for t in texts]

    cell = '{"mail": "jane@example.com", "k": "v"}'
    escaped = '{"mail": "jane\\u0040example.com"}'
    out = through_json([cell, cell, "x jane@example.com", cell, escaped, "{}"],
                       ["props", "props", None, "other", "props", "props"], detect)
    assert len(calls) == 1
    # each part once: per field (props, other) the two values and two keys; the text record
    assert len(calls[0]) == len(set(calls[0])) == 9
    assert (None, "x jane@example.com") in calls[0]  # a text record as it is, not parsed
    at = cell.index("jane")
    assert [(r.start, r.end) for r in out[0]] == [(at, at + 16)]
    assert out[1] == out[0] == out[3]
    assert [(r.start, r.end) for r in out[2]] == [(2, 18)]
    start = escaped.index("jane")
    assert [(r.start, r.end) for r in out[4]] == [(start, start + len("jane\\u0040example.com"))]
    assert out[5] == []


def test_a_csv_cell_of_json_is_redacted_by_its_keys_and_stays_json(tmp_path, key_file):
    from piiscan.api import redact
    from piiscan.config import Detection, NerMode

    props = {"$ip": "203.0.113.5", "$current_url": "https://acme.io/settings?user=jane.doe",
             "$geoip_city_name": "Austin", "$browser": "Chrome", "email": "jane@example.com",
             "user_properties": {"name": "Sam Hughes"}}
    cell = json.dumps(props).replace("/", "\\/").replace("@", "\\u0040")
    path = tmp_path / "in" / "events.csv"
    path.parent.mkdir()
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows([["uuid", "event", "properties"], ["0189a1b2", "$pageview", cell],
                                  # no value here any pattern would find: a key says it all
                                  ["0189a1b3", "identify", '{"user_profile": {"name": "Ann Lee"}}']])
    result = redact([str(path)], out_dir=tmp_path / "out", key_file=key_file, detection=Detection(ner=NerMode.OFF))
    with open(tmp_path / "out" / "events.csv", newline="") as fh:
        row, second = list(csv.DictReader(fh))
    assert json.loads(second["properties"])["user_profile"]["name"] != "Ann Lee"
    after = json.loads(row["properties"])  # still JSON
    assert list(after) == list(props)  # every key kept, in order
    assert after["$browser"] == "Chrome"
    for key in ("$ip", "$geoip_city_name", "email"):
        assert after[key] != props[key]
    assert "jane.doe" not in after["$current_url"] and after["user_properties"]["name"] != "Sam Hughes"
    findings = [json.loads(line) for line in (tmp_path / "out" / "_report" / "findings.jsonl").read_text().splitlines()]
    assert {(f["field"], f["entity_type"]) for f in findings} == {
        ("properties", "IP_ADDRESS"), ("properties", "LOCATION"), ("properties", "EMAIL_ADDRESS"),
        ("properties", "USERNAME"), ("properties", "PERSON")}
    assert result.summary["totals"]["findings"] == 6


def test_a_pairs_value_in_a_cell_goes_by_the_pairs_name():
    parts = json_parts('[{"key": "billing_city", "value": "Leeds"}, {"k": "x", "value": "y"}]', "props")
    named = {(f, t) for f, t, _, _ in parts}
    assert ("props[0].billing_city", "Leeds") in named and ("props[0].key", "billing_city") in named
    assert ("props[1].value", "y") in named  # no name member: the key path as it is
