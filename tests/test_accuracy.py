"""Accuracy regression on the project's own labelled samples (runs in `make test`).

Floors sit just under the last measured scores (benchmarks/RESULTS.md): a change that
loses recall or precision on any entity type fails here.
"""

from __future__ import annotations

import pytest

from .conftest import SAMPLE

SAMPLES = ["access.log", "forum.jsonl", "analytics.csv", "analytics.parquet", "notes.txt"]
FLOORS = {
    "CREDIT_CARD": 0.99,
    "EMAIL_ADDRESS": 0.99,
    "HARDWARE_ID": 0.99,
    "HOSTNAME": 0.99,
    "IP_ADDRESS": 0.99,
    "LOCATION": 0.98,
    "PERSON": 0.98,
    "PHONE_NUMBER": 0.99,
    "SERIAL_NUMBER": 0.98,
    "USERNAME": 0.99,
    "overall": 0.99,
}


@pytest.fixture(scope="module")
def scores():
    from piiscan.api import evaluate

    result = evaluate([str(SAMPLE / n) for n in SAMPLES],
                      gold=[SAMPLE / "gold" / f"{n}.gold.jsonl" for n in SAMPLES])
    return {r["entity_type"]: r for r in result["scores"]}


@pytest.mark.parametrize("entity", sorted(FLOORS))
def test_f1_floor_on_sample_data(scores, entity):
    assert scores[entity]["f1"] >= FLOORS[entity], scores[entity]


def test_eval_cli_scores_and_refuses_ambiguous_file_names(run_cli, tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"file": "a.log", "record": 1, "field": null, "start": 0, "end": 11, '
                    '"entity_type": "IP_ADDRESS"}\n')
    (tmp_path / "a.log").write_text("203.0.113.9 - - [10/Oct/2026:13:55:36 +0000] \"GET / HTTP/1.1\" 200 1\n")
    r = run_cli("eval", "--gold", gold, tmp_path / "a.log", "--ner", "off", "--format", "json")
    assert r.exit_code == 0, r.stderr
    import json

    [ip] = [s for s in json.loads(r.stdout)["scores"] if s["entity_type"] == "IP_ADDRESS"]
    assert (ip["tp"], ip["fp"], ip["fn"]) == (1, 0, 0)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.log").write_text("nothing\n")
    r = run_cli("eval", "--gold", gold, tmp_path / "a.log", tmp_path / "sub" / "a.log", "--ner", "off")
    assert r.exit_code == 2 and "share the file name a.log" in r.stderr


def test_gold_file_errors_name_the_line(run_cli, tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"file": "a.log"}\n')
    (tmp_path / "a.log").write_text("x\n")
    r = run_cli("eval", "--gold", gold, tmp_path / "a.log", "--ner", "off")
    assert r.exit_code == 2 and "g.jsonl:1" in r.stderr
