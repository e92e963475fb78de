"""LOCATION: Hawaii's and Louisiana's towns and quarters, Louisiana's parishes and Alaska's boroughs, with
Hawaiian's ʻokina and kahakō or without them (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("from Kāneʻohe, O‘ahu", ["Kāneʻohe", "O‘ahu"]), ("Kane'ohe and Kaneohe", ["Kane'ohe", "Kaneohe"]),
    ("my tutu stay Hilo side", ["Hilo"]), ("Waiʻanae, Nānākuli", ["Waiʻanae", "Nānākuli"]),
    ("Kailua-Kona, Kīhei, Lāhainā", ["Kailua-Kona", "Kīhei", "Lāhainā"]), ("Līhuʻe, Kauaʻi", ["Līhuʻe", "Kauaʻi"]),
    ("I live Kona side", ["Kona"]),
    ("Breaux Bridge, St. Martin Parish", ["Breaux Bridge", "St. Martin Parish"]),
    ("Houma, Terrebonne Parish", ["Houma", "Terrebonne Parish"]), ("Natchitoches and Thibodaux", ["Natchitoches",
                                                                                                  "Thibodaux"]),
    ("Jennings, LA 70546", ["Jennings"]), ("Grant Parish", ["Grant Parish"]),
    ("Matanuska-Susitna Borough", ["Matanuska-Susitna Borough"]), ("Kusilvak Census Area", ["Kusilvak Census Area"]),
    ("Tremé, New Orleans", ["Tremé"]),
]

NEGATIVE = [
    "Honolulu Airport", "Hilo Hattie", "Lafayette General", "Kona coffee", "Kona Brewing",  # (firms, a coffee)
    "Jennings", "Chauvin", "Eunice", "Kaplan", "Grant", "Jackson", "Lanai",  # (names and words alone)
    "honolulu", "Hiloa",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
