"""Found values are hidden wherever they recur (detect/known.py)."""

from __future__ import annotations

from piiscan.config import Detection, NerMode, Propagate
from piiscan.detect.engine import RawFinding
from piiscan.detect.known import propagate


def _make(entity, start, end, score):
    return RawFinding(entity, start, end, score, "known_value")


def test_a_found_value_is_found_where_it_recurs_as_a_whole_token():
    texts = ["My colleague Bruno Costa wrote it", "Bruno Costa again; Brunos; William and Liam",
             "mail bruno.costa@x.org", "Liam"]
    found = [[RawFinding("PERSON", 13, 24, 0.85, "SpacyRecognizer")], [], [],
             [RawFinding("PERSON", 0, 4, 0.85, "SpacyRecognizer")]]
    out = propagate(texts, found, _make)
    assert [(texts[1][f.start:f.end], f.entity_type, f.recognizer) for f in out[1]] == [
        ("Bruno Costa", "PERSON", "known_value"), ("Liam", "PERSON", "known_value")]  # not in 'William'
    assert out[2] == []  # not inside an e-mail address
    assert out[0] == found[0]


def test_values_from_elsewhere_in_the_run_are_carried_in():
    out = propagate(["ask Amara"], [[]], _make, {"Amara": ("PERSON", 0.6)})
    assert [(f.start, f.end, f.score) for f in out[0]] == [(4, 9, 0.6)]


def test_run_propagation_hides_a_name_across_files(tmp_path, key_file):
    from piiscan.api import redact

    (tmp_path / "a.txt").write_text("Hi Amara, the invoice is attached.\n")
    (tmp_path / "b.csv").write_text("id,comment\n1,Amara called twice\n")
    out = tmp_path / "out"
    for mode, hidden in [(Propagate.RUN, True), (Propagate.BATCH, False)]:
        result = redact([str(tmp_path / "a.txt"), str(tmp_path / "b.csv")], out_dir=out / mode.value,
                        key_file=key_file, detection=Detection(ner=NerMode.OFF, propagate=mode))
        assert ("Amara" not in (out / mode.value / "b.csv").read_text()) is hidden
        assert result.summary["propagation"]["mode"] == mode.value
