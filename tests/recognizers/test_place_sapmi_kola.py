"""LOCATION: Sápmi's towns in Norway, Sweden and Finland, in their Nordic and Sami names; Svalbard's settlements and
roads; the Kola Peninsula's towns (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("9520 Kautokeino / Guovdageaidnu", ["Kautokeino", "Guovdageaidnu"]), ("orun Guovdageainnus", ["Guovdageainnus"]),
    ("9730 Karasjok / Kárášjohka", ["Karasjok", "Kárášjohka"]), ("Vadsø (Čáhcesuolu)", ["Vadsø", "Čáhcesuolu"]),
    ("leatgo dál Hámmárfeasttas?", ["Hámmárfeasttas"]), ("9845 Tana", ["Tana"]), ("9500 Alta", ["Alta"]),
    ("962 31 Jokkmokk (Jåhkåmåhkke)", ["Jokkmokk", "Jåhkåmåhkke"]), ("Gällivare, Arjeplog", ["Gällivare", "Arjeplog"]),
    ("99870 Inari (Anár), Utsjoki", ["Inari", "Anár", "Utsjoki"]), ("asun Kittilässä", ["Kittilässä"]),
    ("Longyearbyen 9170, Svalbard; Ny-Ålesund", ["Longyearbyen", "Svalbard", "Ny-Ålesund"]),
    ("Heakta Vei 222-5, Longyearbyen", ["Vei 222-5"]),
    ("Murmansk 183038; Apatity, Kirovsk", ["Murmansk", "Apatity", "Kirovsk"]),
    ("живу в Мурманске, работаю в Апатитах", ["Мурманске", "Апатитах"]),
]

NEGATIVE = [
    "Alta Kraftlag", "Kiruna Airport", "Murmansk Shipping",  # (firms and bodies)
    "Alta", "Tana", "Levi", "Salla", "Kola", "Porsanger", "Vilhelmina", "Dorotea",  # (words and people's names alone)
    "Avdeling Karasjok",  # (a firm's site)
    "kautokeino", "Inarijärvi", "Vei 22",  # (no capital; a longer word; a road's short number)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
