"""LOCATION: the Caucasus' towns with their languages' case endings (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("ჩემი სახელია გიორგი, თბილისიდან", ["თბილისიდან"]),  # Georgian: from Tbilisi
    ("ვცხოვრობ ბათუმში", ["ბათუმში"]), ("ი. ჭავჭავაძის გამზ. 12, თბილისი", ["თბილისი"]),
    ("Ես Անահիտն եմ, Երևանից", ["Երևանից"]), ("Երևան, Արաբկիր", ["Երևան", "Արաբկիր"]),  # Armenian
    ("Bakıdan yazıram", ["Bakıdan"]), ("Nizami küç. 88, AZ1010 Bakı", ["Bakı"]),  # Azerbaijani
    ("Gəncədə yaşayıram", ["Gəncədə"]), ("Sumqayıt, Sülh küç. 5", ["Sumqayıt"]),
    ("Nigar bəy, mən Bakıdayam, gəlib baxa bilərəm", ["Bakıdayam"]),  # (round 68: 'I am in Baku')
    ("Հասցե՝ Աբովյան, Աբովյան փ. 65", ["Աբովյան"]),  # (a town before an address's comma)
]

NEGATIVE = [
    "Qubad said hi",  # (a longer word: a name)
    "bakı",  # (no capital)
    "ვერა მოვიდა",  # (Vera, a woman's name: not listed)
    "Nərimanov zəng etdi",  # (a surname too: not listed)
    "Kentron",  # (Latin letters, and a common word in Armenian)
    "Աբովյանի անվան դպրոց",  # (Abovyan's: a writer's name, no comma after it)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []
