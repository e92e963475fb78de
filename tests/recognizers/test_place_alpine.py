"""LOCATION: Bavaria's, Alsace's, South Tyrol's and their neighbours' towns in German, French, Italian, Ladin and
Alsatian (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("i bin da Sepp aus Garmisch.", ["Garmisch"]), ("Dorfstraße 7, Berchtesgaden", ["Berchtesgaden"]),
    ("Garmisch-Partenkirchen", ["Garmisch-Partenkirchen"]), ("wohnt in Bad Tölz", ["Bad Tölz"]),
    ("vo Colmar", ["Colmar"]), ("Strossburi un Millhüse", ["Strossburi", "Millhüse"]), ("Riquewihr", ["Riquewihr"]),
    ("Bolzano / Bozen", ["Bolzano", "Bozen"]), ("Sëlva / Wolkenstein", ["Sëlva", "Wolkenstein"]),
    ("Urtijëi", ["Urtijëi"]), ("St. Ulrich in Gröden", ["St. Ulrich in Gröden"]), ("Kitzbühel", ["Kitzbühel"]),
    ("St. Gallen", ["St. Gallen"]), ("aus Lana", ["Lana"]), ("à Barr", ["Barr"]), ("da Ora", ["Ora"]),
    ("vacanze in Trentino", ["Trentino"]),
]

NEGATIVE = [
    "FC Bayern München", "Stadtwerke München", "Sparkasse Rosenheim", "Université de Strasbourg",  # (bodies)
    "Munster cheese", "Flughafen München", "Bayern München", "Basel III",
    "Lana", "Ora", "Auer", "Barr", "to Barr", "Stern",  # (names and words alone, or after English's 'to')
    "Ms. Sandra Trentino",  # (a family name too)
    "Münchner", "Strasbourgeois", "münchen",  # (an adjective, a longer word; no capital)
    "IT-Lager Rosenheim", "Disposition Bozen",  # (a firm's warehouse and department)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
