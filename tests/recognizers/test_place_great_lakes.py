"""LOCATION: Rwanda's, Burundi's and Anglophone Cameroon's towns and quarters, Kigali's coded streets
(synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("ninaishi Rubavu, nitwa Grace", ["Rubavu"]), ("Akarere: Huye, Umurenge: Tumba", ["Huye"]),
    ("Nyabugogo, Remera, Kicukiro, Nyamirambo", ["Nyabugogo", "Remera", "Kicukiro", "Nyamirambo"]),
    ("Ndi i Bujumbura, Rohero", ["Rohero"]), ("Gitega, Ngozi, Kirundo", ["Gitega", "Ngozi", "Kirundo"]),
    ("from Kumbo, the parcel reached Kumba and Mamfe", ["Kumbo", "Kumba", "Mamfe"]),
    ("I de for Buea, Molyko, near Mile 17", ["Buea", "Molyko", "Mile 17"]),
    ("Delivered to Kimihurura, KG 7 Ave, Kigali", ["Kimihurura", "KG 7 Ave"]),
    ("KG 11 Ave, No 24", ["KG 11 Ave, No 24"]),  # (with the house's number)
]

NEGATIVE = [
    "Kigali Heights", "Bamenda Branch", "Huye Campus Hospital", "Nyabugogo Bus Park",  # (a building's, a firm's,
    # a hospital's, a bus park's)
    "Ngoma drums", "Mile 45 marker", "Mile 1",  # (a drum; no quarter's mile)
    "download 5 MB 12 St", "KG 7 Avenue_x",  # (no district's code; a longer word)
    "rubavu", "Kumbox",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize("text", [
    # round 70: a co-operative's name the town ends, its kind's word or its acronym before it
    "Ndi Samuel wo muri Koperative Ubumwe Nyagatare, ntuye", "COPROCA Kirundo members", "COOPEC Ngozi savings",
])
def test_no_town_in_a_cooperatives_name(find, text):
    assert [v for t, v in find(text, E) if t == E and v in ("Nyagatare", "Kirundo", "Ngozi")] == []
