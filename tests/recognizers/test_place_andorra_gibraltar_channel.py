"""LOCATION: Andorra's parishes, Gibraltar's districts and estates, the Channel Islands' parishes (synthetic
sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Av. Meritxell 45, AD500 Andorra la Vella", ["AD500", "Andorra la Vella"]),
    ("visc a Escaldes-Engordany", ["Escaldes-Engordany"]), ("Carrer Major 12, AD400 La Massana", ["AD400", "La Massana"]),
    ("Sant Julià de Lòria, Encamp, Canillo", ["Sant Julià de Lòria", "Encamp", "Canillo"]),
    ("Soldeu; Pas de la Casa; Arinsal", ["Soldeu", "Pas de la Casa", "Arinsal"]),
    ("12 Glacis Estate, Gibraltar GX11 1AA", ["Glacis Estate", "Gibraltar"]),
    ("I live up in Laguna Estate, block 5", ["Laguna Estate"]), ("Flat 3, Varyl Begg Estate", ["Varyl Begg Estate"]),
    ("Catalan Bay and Europa Point", ["Catalan Bay", "Europa Point"]),
    ("Rue de la Pointe, St Ouen, Jersey JE3 2AB", ["St Ouen", "Jersey"]),
    ("4 Le Marchant Street, St Peter Port, Guernsey", ["St Peter Port", "Guernsey"]),
    ("Les Vardes, Vale, Guernsey GY3 5BL", ["Les Vardes", "Vale"]), ("St Martin, Jersey", ["St Martin"]),
    ("de St Brelade; St Helier; Grouville", ["St Brelade", "St Helier", "Grouville"]),
    ("Braye, Alderney; St Anne, GY9 3TN; Sark", ["Braye", "Alderney", "St Anne", "Sark"]),
    ("Torteval and St Pierre du Bois", ["Torteval", "St Pierre du Bois"]),
]

NEGATIVE = [
    "Gibraltar Airport", "Jersey Evening Post", "Andorra Telecom", "Store Encamp",  # (a firm's, a site's)
    "New Jersey", "a jersey dress", "Guernsey Dairy",  # (another state; a word; a firm's)
    "St Martin", "St Lawrence", "Vale", "Forest", "Trinity",  # (a saint's name, words, alone)
    "Laguna", "the laguna", "Meritxell", "ordino",  # (a word alone; a given name; no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
