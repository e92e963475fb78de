"""LOCATION: the Swahili coast's towns and quarters, Zanzibar and Pemba, Kenya's and Tanzania's coasts, and a
Swahili house's number and street (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("ninaishi Stone Town, Zanzibar.", ["Stone Town", "Zanzibar"]), ("Bi. Fatma, Chake Chake, Pemba", ["Chake Chake"]),
    ("nitafika Jambiani kesho", ["Jambiani"]), ("dukani Darajani", ["Darajani"]), ("Mkokotoni", ["Mkokotoni"]),
    ("kutoka Mombasa, Nyali", ["Mombasa", "Nyali"]), ("Watamu, Kilifi", ["Watamu", "Kilifi"]),
    ("Kariakoo, Dar es Salaam", ["Kariakoo", "Dar es Salaam"]), ("Kilwa Kisiwani", ["Kilwa Kisiwani"]),
    ("ninaishi Kilimani", ["Kilimani"]), ("kutoka Konde", ["Konde"]), ("in Pate", ["Pate"]),
    ("Anwani: Nyumba Na. 134 Mtaa wa Machomane", ["Nyumba Na. 134 Mtaa wa Machomane"]),
]

NEGATIVE = [
    "Mombasa Cement", "Zanzibar Ferries", "Malindi Secondary School", "Lamu County Government",  # (bodies and firms)
    "Bamburi Beach Hotel", "Kilimani", "Konde", "Pate", "Tudor", "Hindi",  # (names and words alone)
    "mombasa", "Mombasani",  # (no capital; a longer word)
    "Amani Karume",  # (a given name: not listed)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
