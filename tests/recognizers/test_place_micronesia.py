"""LOCATION: Guam's villages, the Northern Marianas', Palau's and the FSM's towns (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("from Dededo, Guam 96929", ["Dededo", "Guam"]), ("I live in Yigo", ["Yigo"]), ("123 Rd, Hagåtña, GU 96910", ["Hagåtña"]),
    ("Tamuning, Tumon, Mangilao", ["Tamuning", "Tumon", "Mangilao"]), ("Talofofo; Inarajan; Piti, Guam", ["Talofofo", "Inarajan", "Piti"]),
    ("Mongmong-Toto-Maite and Chalan Pago-Ordot", ["Mongmong-Toto-Maite", "Chalan Pago-Ordot"]),
    ("Garapan, Susupe, Chalan Kanoa", ["Garapan", "Susupe", "Chalan Kanoa"]), ("San Vicente, Saipan MP 96950", ["San Vicente", "Saipan"]),
    ("Tinian and Rota (Songsong)", ["Tinian", "Rota", "Songsong"]),
    ("from Koror, Palau", ["Koror", "Palau"]), ("Melekeok; Ngaraard; Peleliu", ["Melekeok", "Ngaraard", "Peleliu"]),
    ("Weno, Chuuk, FM 96942", ["Weno", "Chuuk"]), ("Kolonia, Pohnpei", ["Kolonia", "Pohnpei"]),
    ("Tofol, Lelu, Kosrae; Yap: Colonia, Yap", ["Tofol", "Lelu", "Yap", "Colonia"]),
]

NEGATIVE = [
    "Tumon Bay Resort", "Saipan Tribune", "Guam Memorial Hospital", "Koror State Government",  # (firms and bodies)
    "San Roque", "San Jose", "Capitol Hill", "Colonia", "Santa Rita", "Rota",  # (towns elsewhere, words alone)
    "Branch Dededo", "dededo", "Yigos",  # (a site; no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
