"""The held-out rounds' scorer (benchmarks/heldout.py): its rules on top of piiscan eval's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from piiscan.evaluate import pair_spans

_spec = importlib.util.spec_from_file_location(
    "heldout", Path(__file__).resolve().parent.parent / "benchmarks" / "heldout.py")
heldout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(heldout)


def _g(start, end, etype="LOCATION", **kw):
    return {"file": "a.log", "record": 1, "field": None, "start": start, "end": end,
            "entity_type": etype, **kw}


def _counts(scores):
    total = heldout._total(scores.values())
    return total.tp, total.fp, total.fn


def test_pairs_take_the_largest_overlap_first():
    # The finding overlaps both spans; it goes to the one it overlaps most.
    assert pair_spans([(0, 4), (5, 20)], [(2, 18)]) == [(1, 0)]
    assert pair_spans([(0, 4)], [(10, 12)]) == []


def test_strict_and_lenient_pieces():
    gold = [_g(0, 10), _g(12, 20)]           # street, town: two gold pieces
    found = [_g(0, 20)]                       # found whole
    assert _counts(heldout.match(gold, found, no_server=False, lenient=False)[0]) == (1, 0, 1)
    assert _counts(heldout.match(gold, found, no_server=False, lenient=True)[0]) == (2, 0, 0)
    gold, found = [_g(0, 20)], [_g(0, 10), _g(12, 20)]   # gold whole, found in pieces
    assert _counts(heldout.match(gold, found, no_server=False, lenient=False)[0]) == (1, 1, 0)
    assert _counts(heldout.match(gold, found, no_server=False, lenient=True)[0]) == (1, 0, 0)


def test_servers_are_left_out_with_their_findings():
    gold = [_g(0, 6, "HOSTNAME", role="server"), _g(10, 19, "IP_ADDRESS"), _g(25, 30)]
    found = [_g(0, 6, "LOCATION"), _g(10, 19, "IP_ADDRESS"), _g(25, 30)]
    scores, missed, false, wrong = heldout.match(gold, found, no_server=False, lenient=False)
    assert _counts(scores) == (2, 1, 1) and [w["gold_type"] for w in wrong] == ["HOSTNAME"]
    scores, missed, false, wrong = heldout.match(gold, found, no_server=True, lenient=False)
    assert _counts(scores) == (2, 0, 0) and not (missed or false or wrong)


def test_a_finding_of_a_type_the_gold_lacks_is_ignored():
    gold, found = [_g(0, 5, "PERSON")], [_g(0, 5, "PERSON"), _g(8, 12, "CREDIT_CARD")]
    assert _counts(heldout.match(gold, found, no_server=False, lenient=False)[0]) == (1, 0, 0)


@pytest.mark.parametrize("line, field, value", [
    ("  <sEmail>ana@mail.tl</sEmail>", "sEmail", "ana@mail.tl"),
    ('<case ixBug="4" sEmail="ana@mail.tl"/>', "sEmail", "ana@mail.tl"),
    ("<sEmail><![CDATA[ana@mail.tl]]></sEmail>", "sEmail", "ana@mail.tl"),
    ('<row><c n="1"/><sEmail kind="to">ana@mail.tl</sEmail></row>', "row.sEmail", "ana@mail.tl"),
])
def test_an_element_finding_moves_to_its_line(line, field, value):
    base = heldout.element_base(line, field)
    assert line[base:base + len(value)] == value


def test_no_element_no_move():
    assert heldout.element_base("<sName>Ana</sName>", "sEmail") is None


def test_a_compact_json_documents_records_are_its_lists_elements(tmp_path):
    # kintone's 'records.json' on one line: piiscan reads one JSON line, the spec counts the
    # elements of its one list
    (tmp_path / "app.json").write_text('{"records":[{"a":{"value":"x"}},{"a":{"value":"y"}}],"totalCount":"2"}')
    data = heldout.Inputs(tmp_path)
    assert data.records_key("app.json") == "records"
    gold = [{"file": "app.json", "record": 2, "field": "a.value", "start": 0, "end": 1, "entity_type": "PERSON"}]
    findings = [{"file": "app.json", "record": 1, "field": "records[1].a.value", "start": 0, "end": 1,
                 "entity_type": "PERSON"}]
    heldout.same_conventions(findings, gold, data)
    assert (findings[0]["record"], findings[0]["field"]) == (2, "a.value")


def test_a_writers_folder_holds_its_inputs_and_nothing_of_the_spec(tmp_path):
    # (a writer may leave the spec and its list of excluded products in the folder)
    for name in ("access.log", "gold.jsonl", "gen.py", "NOTES.md", "SPEC.md", "EXCLUDED.txt", ".hidden"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in heldout.inputs(tmp_path)] == ["access.log"]
