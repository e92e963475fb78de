"""LOCATION: Mindanao's and the Sulu archipelago's towns, provinces and districts (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("taga Jolo, Sulu", ["Jolo", "Sulu"]), ("Davao City", ["Davao City"]), ("Cagayan de Oro City", ["Cagayan de Oro City"]),
    ("General Santos City, South Cotabato", ["General Santos City", "South Cotabato"]), ("GenSan", ["GenSan"]),
    ("Cotabato City, Maguindanao del Norte", ["Cotabato City", "Maguindanao del Norte"]),
    ("Bongao, Tawi-Tawi", ["Bongao", "Tawi-Tawi"]), ("Marawi City, Lanao del Sur", ["Marawi City", "Lanao del Sur"]),
    ("Matina Aplaya", ["Matina Aplaya"]), ("Brgy. Lapasan", ["Lapasan"]), ("Barangay Tetuan", ["Tetuan"]),
    ("taga Mati", ["Mati"]), ("gikan sa Samal", ["Samal"]), ("na Isabela", ["Isabela"]), ("from Ipil", ["Ipil"]),
    ("sa Valencia City", ["Valencia City"]),
]

NEGATIVE = [
    "Davao Light", "Ateneo de Davao", "Mindanao State University", "Zamboanga Chronicle",  # (bodies)
    "SM City Davao", "Davao airport",  # (a mall, a trip's)
    "Mati", "Parang", "Carmen", "Isabela", "Samal",  # (words and names alone)
    "la casa de Carmen", "anak ng Isabela",  # (after 'of': a person's as often)
    "Davaoeño", "joloan", "jolo",  # (a longer word; no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
