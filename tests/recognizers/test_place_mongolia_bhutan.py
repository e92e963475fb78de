"""LOCATION: Mongolia's and Bhutan's towns and districts by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Би Эрдэнэт хотоос ирсэн", ["Эрдэнэт"]), ("Улаанбаатарт амьдардаг", ["Улаанбаатарт"]),  # (in Ulaanbaatar)
    ("Эрдэнэтээс ирлээ", ["Эрдэнэтээс"]),  # (from Erdenet)
    ("Khan-Uul duureg, 15-r khoroo, Zaisan", ["Khan-Uul", "Zaisan"]),
    ("Sükhbaatar district, 1st khoroo", ["Sükhbaatar"]),
    ("Gelephu town, Lhamoizingkha road", ["Gelephu", "Lhamoizingkha"]),
    ("House No. 24, Changzamtog, Thimphu 11001", ["Changzamtog", "Thimphu"]),
]

NEGATIVE = [
    "D. Sükhbaatar statue",  # (the hero: a person, unless a district follows)
    "Thimphu Tech Park", "Paro Airport", "Darkhan Office", "Paro Tshechu Festival",  # (a firm's, a body's name)
    "thimphu", "Parotta", "Zaisanov",  # (no capital; longer words)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if v in ("Sükhbaatar", "Thimphu", "Paro", "Darkhan", "thimphu", "Zaisan")] == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Delivery to Zaisan, building 45", E)["Zaisan"] > 0.85


@pytest.mark.parametrize(("text", "expected"), [
    # round 69: a firm's branch in Ulaanbaatar ('arrived at the Ulaanbaatar branch') is no one's place
    ("Таны илгээмж NPMN482646 Улаанбаатарын салбарт ирлээ.", []), ("Улаанбаатарт амьдардаг", ["Улаанбаатарт"]),
])
def test_round_69s_branch(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
