"""LOCATION: Chad's, Niger's and the Central African Republic's towns and their capitals' quarters, in Latin and
Arabic letters (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Livraison à Niamey, quartier Yantala", ["Niamey", "Yantala"]), ("N'Djamena, Chagoua", ["N'Djamena", "Chagoua"]),
    ("Ndjamena", ["Ndjamena"]), ("'adresse' => 'B.P. 4433 N\\'Djamena'", ["N\\'Djamena"]),
    ("Moundou, Sarh, Abéché", ["Moundou", "Sarh", "Abéché"]), ("ina zaune a Zinder", ["Zinder"]),
    ("Bangui, quartier Boy-Rabe, PK5", ["Bangui", "Boy-Rabe", "PK5"]), ("mbi lango na Bimbo", ["Bimbo"]),
    ("Birni N'Konni; Tillabéri", ["Birni N'Konni", "Tillabéri"]), ("Am Timan", ["Am Timan"]),
    ("عنوان: انجمينا، حي ديقيل", ["انجمينا"]), ("ساكن بانجمينا", ["انجمينا"]),
    ("Fatima, 6e arrondissement", ["Fatima"]), ("quartier Fouh", ["Fouh"]),
]

NEGATIVE = [
    "Niamey Airport", "Agence Moundou", "Hotel Bangui",  # (a firm's, a site's)
    "Fatima Ahmat", "Mongo DB", "Nola", "Bria", "Mao", "Gore", "Lai", "Tera", "Konni",  # (names and words)
    "niamey", "Niameyx", "PK50",  # (no capital; a longer word or number)
    "سار الرجل", "بول",  # (Arabic's words: he walked; urine)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
