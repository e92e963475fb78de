"""LOCATION: the Dutch Caribbean's and Suriname's towns, quarters and districts (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Klant Shurenska Martina uit Willemstad belde", ["Willemstad"]),
    ("Kaya Grandi 24, Kralendijk, Bonaire", ["Kralendijk", "Bonaire"]),
    ("mi ta biba na Tera Kora, Kòrsou", ["Tera Kora", "Kòrsou"]),  # (Papiamentu's name for Curaçao)
    ("Punda, Otrobanda and Pietermaai", ["Punda", "Otrobanda", "Pietermaai"]),
    ("Philipsburg, Sint Maarten", ["Philipsburg", "Sint Maarten"]),
    ("The Bottom, Saba", ["The Bottom"]),  # (Saba's capital, before the island's name only)
    ("Klant woont in Paramaribo-Noord, Wanica", ["Paramaribo-Noord", "Wanica"]),
    ("mi e libi na Lelydorp, mi komoto fu Moengo", ["Lelydorp", "Moengo"]),
]

NEGATIVE = [
    "Willemstad Office", "Paramaribo Zoo", "Oranjestad Marathon",  # (a firm's, a zoo's, an event's)
    "The Bottom line is", "at the bottom of the page",  # (no island after it)
    "Noord en Zuid", "Barber shop", "Para mi",  # (words left out: north, a barber, 'for')
    "paramaribo", "Willemstadx",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
