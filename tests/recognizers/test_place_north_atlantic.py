"""LOCATION: Iceland's, the Faroes' and Greenland's towns, in their cases (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Álfhólsvegur 12b, 200 Kópavogi", ["Kópavogi"]),  # (dative, after a postcode)
    ("ég bý í Hafnarfirði og vinn í Reykjavík", ["Hafnarfirði", "Reykjavík"]),
    ("til Reykjavíkur á morgun", ["Reykjavíkur"]), ("frá Akureyri", ["Akureyri"]),
    ("Vesturgøta 4, 700 Klaksvík", ["Klaksvík"]), ("býr í Tórshavn", ["Tórshavn"]),
    ("B-1234, lejl. 12, Qinngorput, 3905 Nuussuaq", ["Qinngorput", "Nuussuaq"]),
    ("I moved to Sisimiut last year", ["Sisimiut"]),
]

NEGATIVE = [
    "Reykjavík Energy", "Nuuk Airport", "Akureyri Hospital", "Reykjavík City Hospital",  # (a firm's, a body's name)
    "reykjavík", "Nuukland", "Akureyrian",  # (no capital; longer words)
    "Vágur", "Hella",  # (common words: not listed)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E)
            if v in ("Reykjavík", "Nuuk", "Akureyri", "reykjavík", "Vágur", "Hella")] == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Qujanaq, B-1234, Qinngorput", E)["Qinngorput"] > 0.85
