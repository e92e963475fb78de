"""LOCATION: Quebec's, Acadia's, Newfoundland's, the Arctic's and Alaska's towns by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("app. 5, Québec (Québec) G1R 2B5", ["Québec"]), ("Marc-André Gagnon de Chicoutimi", ["Chicoutimi"]),
    ("Je reste à Sept-Îles depuis 2019", ["Sept-Îles"]), ("Yvon, Trois-Rivières", ["Trois-Rivières"]),
    ("Réjean, de Caraquet, N.-B.", ["Caraquet"]), ("Wayne here from Corner Brook, NL", ["Corner Brook"]),
    ("Box 28, Pangnirtung NU X0A 0R0", ["Pangnirtung"]), ("Iqalungmi inuujunga", ["Iqalungmi"]),  # (in Iqaluit)
    ("ᐃᖃᓗᖕᒥ ᐃᓅᔪᖓ", ["ᐃᖃᓗᖕᒥ"]), ("PO Box 101, Kotzebue, AK 99752", ["Kotzebue"]), ("Kuujjuaq, QC", ["Kuujjuaq"]),
]

NEGATIVE = [
    "Moncton Wildcats", "Iqaluit Airport", "Québec Solidaire", "Bethel College",  # (a body's, a firm's name)
    "Homer Simpson", "quebec", "Monctonian", "ᐃᖃᓗᒃ",  # (people's names left out; no capital; 'fish', no town)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text, recognizer):
    rec = recognizer("PlaceCanadaNorthRecognizer")
    assert rec.analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Bonne journée! Chantal, Moncton", E)["Moncton"] > 0.85
