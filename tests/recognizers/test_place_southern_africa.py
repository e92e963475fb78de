"""LOCATION: Southern Africa's towns and suburbs by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Stand 4521, Zengeza 3, Chitungwiza", ["Zengeza", "Chitungwiza"]), ("I stay in Tlokweng", ["Tlokweng"]),
    ("Chipata, can you collect it?", ["Chipata"]), ("from Victoria Falls to Maun", ["Victoria Falls", "Maun"]),
    ("Plot 17, Chinika, Ndola", ["Ndola"]), ("Selebi-Phikwe office", ["Selebi-Phikwe"]),
    # Namibia's and South Africa's (round 61)
    ("193 Robert Mugabe Avenue, Eros, Windhoek", ["Windhoek"]), ("Erf 1234, Klein Windhoek", ["Klein Windhoek"]),
    ("from Stellenbosch", ["Stellenbosch"]), ("3 Florida Road, Umhlanga Rocks, Durban", ["Umhlanga Rocks", "Durban"]),
    ("Oshakati, Rundu, Soweto, Gqeberha", ["Oshakati", "Rundu", "Soweto", "Gqeberha"]),
    # Lesotho's, Eswatini's and Malawi's (round 71): siSwati's locative before a town, Lilongwe's numbered areas
    ("Ke tsoa Teyateyaneng, Mafeteng", ["Teyateyaneng", "Mafeteng"]), ("Ngihlala eManzini", ["eManzini"]),
    ("Mohale's Hoek, Qacha's Nek", ["Mohale's Hoek", "Qacha's Nek"]), ("Siteki, Lubombo", ["Siteki", "Lubombo"]),
    ("Deliver to Area 25, Lilongwe", ["Area 25", "Lilongwe"]), ("Nkhata Bay, Mulanje", ["Nkhata Bay", "Mulanje"]),
]

NEGATIVE = [
    "Kanye West", "Salima Banda", "David Livingstone", "Highfield Road",  # (people's names: not listed)
    "harare", "Lusakan", "Mauna Kea",  # (no capital; longer words)
    "Harare Field Team", "Lusaka Office", "Mosi Lodge Victoria Falls", "Lilongwe & Blantyre",  # (a firm's, a team's)
    "George Botha", "Kimberley Smith", "Welkom by ons winkel", "Durban Office",  # (people's names, a word: not listed)
    "Area 25 of the warehouse", "Berea College", "eManziniX",  # (no Lilongwe after the area; not listed; longer)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if v in ("Kanye", "Salima", "Livingstone", "Highfield", "harare", "Lusaka", "Maun",
                                                  "Harare", "Victoria Falls", "Lilongwe", "George", "Kimberley",
                                                  "Welkom", "Durban", "Area 25", "Berea", "eManzini")] == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("I stay in Tlokweng", E)["Tlokweng"] > 0.85
