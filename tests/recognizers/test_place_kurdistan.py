"""LOCATION: Kurdistan's towns in Turkey's southeast, north-east Syria and Iran, in Turkish, Kurmanji, Zazaki,
Sorani and Persian (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Mardin'e taşındım", ["Mardin"]), ("ji Mêrdînê hatim", ["Mêrdînê"]), ("Diyarbakır (Amed)", ["Diyarbakır"]),
    ("ji gundekî nêzî Colemêrgê (Hakkari)", ["Colemêrgê", "Hakkari"]), ("Tunceli / Dersim", ["Tunceli", "Dersim"]),
    ("li Qamişlo dijîm", ["Qamişlo"]), ("Kobanî, Efrîn, Amûdê", ["Kobanî", "Efrîn", "Amûdê"]),
    ("Mahabad, Seqiz, Merîwan, Bokan", ["Mahabad", "Seqiz", "Merîwan", "Bokan"]),
    ("مەهاباد، سەقز، مەریوان", ["مەهاباد", "سەقز", "مەریوان"]), ("خەڵکی سنەم", ["سنە"]),
    ("من اهل سنندج هستم", ["سنندج"]), ("Van'dan yazıyorum", ["Van"]), ("Batman'da yaşıyorum", ["Batman"]),
    ("ez ji Amedê me", ["Amed"]), ("li Wan dijîm", ["Wan"]), ("Van, Türkiye", ["Van"]),
]

NEGATIVE = [
    "Amedspor", "Diyarbakır Büyükşehir Belediyesi", "Van Yüzüncü Yıl Üniversitesi", "Mardin Havalimanı",  # bodies
    "Van Dijk", "Batman", "Batman v Superman", "a sine wave", "Sine", "Amed", "Wan", "Bane",  # (names and words alone)
    "mardin", "Mardinli",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
