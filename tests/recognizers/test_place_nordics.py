"""LOCATION: Sweden's, Norway's, Denmark's and Finland's towns, Finland's in its cases (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Storgatan 12 B, 114 55 Stockholm", ["Stockholm"]), ("Kungsgatan 4, 411 19 Göteborg", ["Göteborg"]),
    ("bor i Västerås sedan 2019", ["Västerås"]), ("Jönköping, Norrköping, Umeå", ["Jönköping", "Norrköping", "Umeå"]),
    ("Kongens gate 5, 0153 Oslo", ["Oslo"]), ("Storgata 12, 9008 Tromsø", ["Tromsø"]), ("fra Ålesund", ["Ålesund"]),
    ("Nørrebrogade 45, 2200 København N", ["København N"]), ("Vestergade 3, 8000 Aarhus C", ["Aarhus C"]),
    ("Kolding, Helsingør", ["Kolding", "Helsingør"]),
    ("asun Tampereella ja töissä Helsingissä", ["Tampereella", "Helsingissä"]), ("Oulu, Kuopio", ["Oulu", "Kuopio"]),
    ("Hämeenkatu 3, 33100 Tampere", ["Tampere"]), ("Turkuun huomenna", ["Turkuun"]),
    ("asun i Lahti", ["Lahti"]), ("Solna, 171 64", ["Solna"]),
]

NEGATIVE = [
    "Stockholmsvägen 12", "Osloveien 3",  # (a street named for the town: one word with it)
    "Oslo kommune", "Aalborg Universitet", "Bergen Energi", "Helsinki Airport", "Kalmar FF",  # (a body's, a firm's)
    "Jari Lahti soitti", "Anna Lund ringde",  # (people's names: a town only where a place goes)
    "stockholm", "Umeåbo",  # (no capital; a longer word)
    "Moss", "Alta",  # (words: not listed)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlaceNordicsRecognizer").analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Levering til Kolding, Danmark", E)["Kolding"] > 0.85
