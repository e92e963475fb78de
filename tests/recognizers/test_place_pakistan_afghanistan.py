"""LOCATION: Pakistan's and Afghanistan's towns, areas and provinces by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("House 12, Street 7, F-8/3, Islamabad", ["F-8/3", "Islamabad"]),
    ("Flat 4B, Block 13-D, Gulshan-e-Iqbal, Karachi", ["Gulshan-e-Iqbal", "Karachi"]),
    ("Sector G-11/2 near the market", ["G-11/2"]), ("DHA Phase 6, Lahore", ["DHA Phase 6", "Lahore"]),
    ("Chak No. 45/12-L, Sahiwal, Punjab", ["Chak No. 45/12-L", "Sahiwal", "Punjab"]),
    ("city=Rawalpindi", ["Rawalpindi"]), ("Kart-e-Seh, Kabul", ["Kart-e-Seh", "Kabul"]),
    ("Karte Char, Kabul", ["Karte Char"]), ("Shahr-e Naw", ["Shahr-e Naw"]),
    ("moved to Mazar-i-Sharif", ["Mazar-i-Sharif"]), ("Mazar-e Sharif, Balkh", ["Mazar-e Sharif", "Balkh"]),
    ("Dasht-e-Barchi, Kabul", ["Dasht-e-Barchi"]), ("Johar Town, Lahore 54782", ["Johar Town", "Lahore"]),
    ("Zaranj, Farah", ["Zaranj", "Farah"]), ("from Wardak", ["Wardak"]), ("Gilgit Baltistan", ["Gilgit Baltistan"]),
    ("لاہور سے آیا ہوں", ["لاہور"]),
]

NEGATIVE = [
    "Farah Khan", "Ahmad Wardak", "Chaman Gul",  # (people's names)
    "Karachi Kings", "Lahore Qalandars", "Kabul Bank", "Multan Sultans", "Punjab Police",  # (a team's, a firm's)
    "Lahore Road", "Shahrah-e-Faisal", "Clifton", "F-16", "Form I-9", "G-7 summit",  # (a street; no place)
    "Darwaza-e Balkh", "TB Clinic Korangi", "Model Town MCH Centre", "Dasht-e-Barchi Health Post", "Jebrael CHC Herat",  # (a clinic's)
    "DHA supplements", "karachi", "Lahori", "Defence budget",  # (no capital; longer; a word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlacePakistanAfghanistanRecognizer").analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Delivery to Sahiwal, Punjab", E)["Sahiwal"] > 0.85
