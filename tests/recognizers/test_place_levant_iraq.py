"""LOCATION: Iraq's and the Levant's towns and districts by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Address: Erbil, Ankawa, Street 40", ["Erbil", "Ankawa"]), ("ez li Duhokê dijîm", ["Duhokê"]),  # (Kurmanji's 'in')
    ("la Hewler dazhim", ["Hewler"]), ("My address is Karrada, Baghdad", ["Karrada", "Baghdad"]),
    ("Beirut, Achrafieh, Rue Monot", ["Beirut", "Achrafieh"]), ("Amman, Jabal Al Weibdeh", ["Amman", "Jabal Al Weibdeh"]),
    ("Ramallah, Al-Masyoun, Bldg 22", ["Ramallah", "Al-Masyoun"]), ("Damascus, Mezzeh", ["Damascus", "Mezzeh"]),
    ("لە هەولێر دەژیم", ["هەولێر"]), ("أسكن في السليمانية", ["السليمانية"]), ("وصلت بكركوك", ["بكركوك"]),  # (Sorani;
    # Arabic, with 'in' glued before)
]

NEGATIVE = [
    "Erbil Citadel", "Amman Stock Exchange", "Beirut Airport", "Gaza Marathon",  # (a body's, a firm's, an event's name)
    "Jordan said hi", "Soran Ahmed", "beirut", "Homsy", "Erbilian",  # (people's names left out; no capital; longer words)
    "العمارة الجديدة",  # (the building, no town)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text, recognizer):
    rec = recognizer("PlaceLevantIraqRecognizer")
    assert rec.analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Deliver to Khalda, building 4", E)["Khalda"] > 0.85


def test_amman_with_its_shadda_and_the_capitals_districts(find):
    text = "السلام عليكم، أنا من عمّان، جبل الحسين، وأخي في دمشق، المزة"
    assert sorted(v for t, v in find(text, E) if t == E and v != "دمشق") == sorted(["عمّان", "جبل الحسين", "المزة"])
    assert [v for t, v in find("جبل عال", E) if t == E] == []  # (a mountain, no district)


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: the Gulf's towns and quarters in Latin letters
    ("8228 Sari St, Additional No. 2931, Madinah – reception, ask for Sarah", ["Madinah"]),
    ("Rajesh Kumar Nair, Abu Dhabi, Mussafah M-10, Plot 45", ["Abu Dhabi", "Mussafah"]),
    ("Block 5, Street 12, Salmiya, Kuwait", ["Salmiya"]), ("Flat 21, Road 3221, Juffair", ["Juffair"]),
    ("Riyadh Bank branch", []), ("Dubai Marina Mall", []), ("Medina Sidonia", []),  # (a firm's; a mall; a surname)
    ("Hail to the chief", []), ("Ahmadi Khan", []),
])
def test_round_66s_gulf_towns(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E and v in expected + ["Medina", "Hail", "Ahmadi", "Riyadh"]) \
        == sorted(expected)
