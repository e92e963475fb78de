"""LOCATION: Iran's and the South Caucasus' towns in Latin and Cyrillic letters (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("I live in Mashhad", ["Mashhad"]), ("Shiraz, Bolvare Keshavarz", ["Shiraz"]),
    ("Tabriz, Rasht, Karaj, Kermanshah", ["Tabriz", "Rasht", "Karaj", "Kermanshah"]),
    ("vahed 4, Saadat Abad, Tehran", ["Saadat Abad", "Tehran"]),
    ("Gyumri and Vanadzor", ["Gyumri", "Vanadzor"]), ("Saburtalo, Tbilisi", ["Saburtalo", "Tbilisi"]),
    ("Sumqayit, Yasamal", ["Sumqayit", "Yasamal"]), ("Я из Тбилиси, живу в Ереване", ["Тбилиси"]),
    ("Salam, Urmiadan yazıram", ["Urmiadan"]), ("Tehranda yaşayıram", ["Tehranda"]),  # (Azerbaijani's endings)
]

NEGATIVE = [
    "Yerevan State University", "Tehran Stock Exchange", "Baku Marathon",  # (a body's, a market's, an event's)
    "Michael Jordan", "a silk sari from Arak",  # (not listed: a name, a word, a drink's town)
    "tehran",  # (no capital)
    "Bakuvian",  # (a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
