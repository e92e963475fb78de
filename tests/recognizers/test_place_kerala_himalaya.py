"""LOCATION: Kerala's, Sikkim's and Darjeeling's, and Ladakh's towns in English, Malayalam, Devanagari, Urdu and
Tibetan (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Houseboat at Alappuzha", ["Alappuzha"]), ("Munnar, Idukki", ["Munnar", "Idukki"]), ("Fort Kochi", ["Fort Kochi"]),
    ("Kakkanad, Ernakulam", ["Kakkanad", "Ernakulam"]), ("ആലപ്പുഴ", ["ആലപ്പുഴ"]), ("ആലപ്പുഴയിൽ ഒരു വീട്", ["ആലപ്പുഴ"]),
    ("വിലാസം തൃശ്ശൂർ", ["തൃശ്ശൂർ"]), ("Gangtok, Sikkim", ["Gangtok"]), ("Kurseong and Mirik", ["Kurseong"]),
    ("दार्जिलिङबाट आएको", ["दार्जिलिङ"]), ("गान्तोकमा", ["गान्तोक"]), ("Leh, Ladakh", ["Leh", "Ladakh"]),
    ("Choglamsar, Leh 194101", ["Choglamsar", "Leh", "194101"]), ("Gangtok - 737101", ["Gangtok", "737101"]),
    ("Nubra Valley via Diskit", ["Nubra", "Diskit"]), ("लेह", ["लेह"]), ("کرگل", ["کرگل"]), ("གླེ", ["གླེ"]),
    ("from Lava", ["Lava"]), ("in Pala", ["Pala"]), ("near Shey", ["Shey"]),
]

NEGATIVE = [
    "Kerala Blasters", "Munnar Tea Estates", "Leh Airport", "Darjeeling Himalayan Railway",  # (bodies, sites)
    "Darjeeling tea", "a Darjeeling first flush",  # (a tea)
    "Lava", "Pala", "Shey", "Stok", "Lachen", "Mangan",  # (words and names alone)
    "Lehman", "Munnarite", "leh",  # (a longer word; no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]


def test_no_pin_in_a_longer_number(find):
    assert [v for t, v in find("Leh 1941012", E) if t == E] == ["Leh"]
