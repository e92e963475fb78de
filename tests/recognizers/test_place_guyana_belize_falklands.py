"""LOCATION: Guyana's, Belize's and the Falkland Islands' towns, villages and quarters (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Deliver to Bourda, Georgetown", ["Bourda", "Georgetown"]), ("Lot 12 Public Road, Mahaicony", ["Mahaicony"]),
    ("I live in Diamond, East Bank Demerara", ["East Bank Demerara"]), ("Parika; Bartica; Anna Regina", ["Parika", "Bartica", "Anna Regina"]),
    ("Rose Hall, Corentyne", ["Rose Hall"]), ("Kitty, Georgetown", ["Kitty"]), ("Linden, Region 10", ["Linden"]),
    ("Mi deh da Belmopan", ["Belmopan"]), ("Corozal Town and Benque Viejo del Carmen", ["Corozal Town", "Benque Viejo del Carmen"]),
    ("San Pedro, Ambergris Caye", ["San Pedro", "Ambergris Caye"]), ("Placencia; Caye Caulker; Ladyville", ["Placencia", "Caye Caulker", "Ladyville"]),
    ("San Antonio, Toledo District", ["San Antonio"]), ("Yarborough, Belize City", ["Yarborough", "Belize City"]),
    ("Goose Green, Fox Bay and Port Howard", ["Goose Green", "Fox Bay", "Port Howard"]),
    ("Stanley, Falkland Islands", ["Stanley", "Falkland Islands"]), ("14 Ross Road, Stanley", ["Stanley"]),
    ("Stanley FIQQ 1ZZ", ["Stanley"]), ("Pebble Island; West Falkland", ["Pebble Island", "West Falkland"]),
]

NEGATIVE = [
    "Linden Hotel", "Belmopan Airport", "Branch Linden", "Stanley Services",  # (a firm's, a site's)
    "Stanley Kubrick", "Linden Johnson", "Kitty Forde", "Sophia Persaud", "Rose Hall",  # (names alone)
    "Diamond", "Providence", "Success", "Hopkins", "Darwin", "Kato", "Carmelita",  # (words and names)
    "georgetown", "Bartican",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
