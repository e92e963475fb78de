"""LOCATION: Poland's, Ukraine's and Hungary's towns, in their common cases (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("ul. Długa 12, 80-831 Gdańsk", ["Gdańsk"]), ("os. Piastów 21/7, 31-624 Kraków", ["Kraków"]),
    ("mieszkam w Krakowie", ["Krakowie"]), ("we Wrocławiu, z Łodzi", ["Wrocławiu", "Łodzi"]),
    ("Łódź, Poznań, Białystok", ["Łódź", "Poznań", "Białystok"]), ("w Kaliszu", ["Kaliszu"]),
    ("вул. Городоцька 45, Львів", ["Львів"]), ("живу у Львові", ["Львові"]), ("м. Київ, 01001", ["Київ"]),
    ("Kharkiv, Odesa, Ivano-Frankivsk", ["Kharkiv", "Odesa", "Ivano-Frankivsk"]), ("в Харькове", ["Харькове"]),
    ("1052 Budapest, Váci utca 12.", ["Budapest"]), ("Debrecenben lakom", ["Debrecenben"]),
    ("Győr, Székesfehérvár", ["Győr", "Székesfehérvár"]), ("3300 Eger, Dobó tér 1.", ["Eger"]),
]

NEGATIVE = [
    "Nagy Gyula", "Jan Kalisz",  # (people's names: a town only where a place goes)
    "ul. Krakowska 5", "вул. Київська 3", "budapesti cég",  # (an adjective of the town, a street's)
    "Lviv Polytechnic", "Kraków Airport", "Debrecen Egyetem", "Dnipro Arena",  # (a body's, an airport's)
    "krakow", "Warszawianka",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlacePolandUkraineHungaryRecognizer").analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Dostawa do Gdańska, Polska", E)["Gdańska"] > 0.85
