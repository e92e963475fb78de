"""LOCATION: Sierra Leone's, Liberia's and The Gambia's towns by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Tubman Boulevard, 15th Street, Sinkor, Monrovia", ["Sinkor", "Monrovia"]),
    ("Rehab Road, Paynesville, 1000 Montserrado County", ["Paynesville", "Montserrado County"]),
    ("Compound 12, Bertil Harding Highway, Kololi", ["Kololi"]), ("I am from Serrekunda", ["Serrekunda"]),
    ("behind the Makeni Lorry Park", ["Makeni"]), ("Bong County office", ["Bong County"]),
    ("Client: Mariem Mint Sidi, Tevragh Zeina, Nouakchott", ["Tevragh Zeina", "Nouakchott"]),  # Mauritania's
    ("livré à Nouadhibou hier", ["Nouadhibou"]), ("Dar Naïm, près du marché", ["Dar Naïm"]),
]

NEGATIVE = [
    "Lamin Jallow", "William Wilberforce", "James Buchanan",  # (people's names: not listed)
    "Freetown Office", "Banjul Airport", "Kololi Beach Hotel", "Freetown Book Fair 2023",  # (a firm's, a body's name)
    "freetown", "Bongo", "Monrovian",  # (no capital; longer words)
    "Yasser Arafat", "Paolo Rosso", "Nema problema",  # (names and words: not listed)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if v in ("Lamin", "Wilberforce", "Buchanan", "Freetown", "Banjul", "Kololi",
                                                  "freetown", "Monrovia")] == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Compound 12, Kololi", E)["Kololi"] > 0.85


@pytest.mark.parametrize(("text", "expected"), [
    # round 69: Ghana's towns and Accra's and Kumasi's quarters; Tema only before a comma or its township's word
    ("I dey Kasoa", ["Kasoa"]), ("Tema Community 25", ["Tema"]), ("Tema, Ashaiman", ["Tema", "Ashaiman"]),
    ("Bolgatanga, Tamale, Sunyani, Koforidua", ["Bolgatanga", "Tamale", "Sunyani", "Koforidua"]),
    ("I'm at East Legon, near Adum", ["East Legon", "Adum"]),
    ("Tema: reunión del lunes", []), ("Accra Mall", []), ("Korle Bu Teaching Hospital", []),  # (Spanish's 'subject';
    # a mall's, a hospital's)
])
def test_round_69s_ghana(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)
