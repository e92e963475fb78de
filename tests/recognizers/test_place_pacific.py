"""LOCATION: the Pacific islands' towns and villages by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("au tiko mai Lautoka", ["Lautoka"]), ("23 Ratu Sukuna Road, Nasese, Suva", ["Nasese", "Suva"]),
    ("ou te nofo i Apia, Vaitele", ["Apia", "Vaitele"]), ("Village: Lufilufi, Atua district, Upolu", ["Lufilufi", "Upolu"]),
    ("'oku ou nofo 'i Nuku'alofa, Kolofo'ou", ["Nuku'alofa", "Kolofo'ou"]), ("Nukuʻalofa, Tongatapu", ["Nukuʻalofa", "Tongatapu"]),
    ("Contact: Salote, 'Eua, +676 8812345", ["'Eua"]), ("mi stap long Gordons, Port Moresby", ["Gordons", "Port Moresby"]),
    ("Honiara, Guadalcanal", ["Honiara", "Guadalcanal"]), ("I maeka i Bairiki, Tarawa", ["Bairiki", "Tarawa"]),
    ("from Labasa, Vanua Levu", ["Labasa", "Vanua Levu"]),
]

NEGATIVE = [
    "Suva Private Hospital", "Nadi Airport", "Apia Park", "Honiara Hotel",  # (a body's, a firm's name)
    "Jimmy Tari", "Mele Kupu", "suva", "Apian", "Laevo",  # (people's names left out; no capital; longer words)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text, recognizer):
    rec = recognizer("PlacePacificRecognizer")
    assert rec.analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Deliver to Vatuwaqa, Lot 3", E)["Vatuwaqa"] > 0.85
