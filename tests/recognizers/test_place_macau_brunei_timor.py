"""LOCATION: Macau's, Brunei's and Timor-Leste's towns and quarters, in Portuguese, Cantonese's romanization,
Malay and Tetum (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Rua de Bragança, Taipa; Coloane; Cotai", ["Taipa", "Coloane", "Cotai"]),
    ("Areia Preta, Fai Chi Kei, Iao Hon, NAPE", ["Areia Preta", "Fai Chi Kei", "Iao Hon", "NAPE"]),
    ("Bandar Seri Begawan BE1518, Brunei", ["Bandar Seri Begawan BE1518"]),
    ("Kuala Belait KA1131", ["Kuala Belait KA1131"]), ("Kampong Ayer, Tutong; Seria, Bangar", ["Kampong Ayer",
                                                                                                "Tutong", "Seria"]),
    ("Hela iha Becora, Díli", ["Becora", "Díli"]), ("Baucau, Maliana, Lospalos", ["Baucau", "Maliana", "Lospalos"]),
    ("Pante Macassar, Oe-Cusse", ["Pante Macassar", "Oe-Cusse"]), ("Posto Dom Aleixo", ["Dom Aleixo"]),
]

NEGATIVE = [
    "Macau Tower", "Dili Convention Centre", "Kedai Gadong",  # (a landmark's, a firm's, a shop's site)
    "Seria possível ajudar?",  # (Portuguese's 'would be')
    "Barra", "Same", "Hera", "Fomento", "Mascarenhas", "Danau",  # (words and family names)
    "macau", "Taipas",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
