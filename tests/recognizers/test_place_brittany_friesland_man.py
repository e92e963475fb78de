"""LOCATION: Brittany's, Friesland's and the Isle of Man's towns in French, Dutch and English, Breton, Frisian and
Manx (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Roazhon (Rennes), An Oriant (Lorient)", ["Roazhon", "Rennes", "An Oriant", "Lorient"]),
    ("29000 Kemper / Quimper", ["Kemper", "Quimper"]), ("22300 Lannion", ["Lannion"]),
    ("Concarneau, Plougastel-Daoulas, Pont-l'Abbé", ["Concarneau", "Plougastel-Daoulas", "Pont-l'Abbé"]),
    ("o chom e Plougastell-Daoulaz emaon", ["Plougastell-Daoulaz"]),
    ("8914 AZ Ljouwert (Leeuwarden)", ["Ljouwert", "Leeuwarden"]), ("Snits, It Hearrenfean", ["Snits", "It Hearrenfean"]),
    ("Joure (De Jouwer), Wolvega", ["Joure", "De Jouwer", "Wolvega"]), ("8861 BK Harns", ["Harns"]), ("8561 AB Balk", ["Balk"]),
    ("Douglas IM1 1JE, Isle of Man", ["Douglas", "Isle of Man"]), ("Ramsey, Isle of Man", ["Ramsey"]),
    ("Colby IM9 4BP", ["Colby"]), ("Castletown; Port St Mary; Kirk Michael", ["Castletown", "Port St Mary", "Kirk Michael"]),
    ("Ta mee cummal ayns Rhumsaa", ["Rhumsaa"]), ("Ellan Vannin", ["Ellan Vannin"]),
    ("a cider maker in Brittany", ["Brittany"]), ("Kemper, Brittany, France", ["Brittany"]), ("22800 Quintin", ["Quintin"]),
]

NEGATIVE = [
    "Brest Métropole", "Leeuwarden Airport", "Stade Rennais", "Breizh Cola",  # (firms, bodies, things)
    "Douglas", "Ramsey", "Peel the label", "Kemper", "Balk", "Carnac",  # (people's names and words alone)
    "Agence Quimper", "Vestiging Sneek",  # (a firm's site)
    "straed Sant-Malo", "rue de Brest",  # (a street named for the town)
    "Kevin, Brittany and Terri", "Quintin Jones", "Lonan O'Brien", "Mannin",  # (given names and a surname)
    "rennes", "Sneeker", "Quimperoise",  # (no capital; longer words)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
