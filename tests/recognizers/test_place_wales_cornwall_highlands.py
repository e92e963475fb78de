"""LOCATION: Wales', Cornwall's and the Scottish Highlands' and Islands' towns, in English, Welsh, Cornish and
Scottish Gaelic (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("12 Heol y Frenhines, Caerdydd CF10 1AA", ["Caerdydd"]), ("rwy'n byw yng Nghaerdydd", ["Nghaerdydd"]),
    ("Abertawe (Swansea), Casnewydd", ["Abertawe", "Swansea", "Casnewydd"]),
    ("Llangefni, Ynys Môn LL77 7AA", ["Llangefni", "Ynys Môn"]), ("o Fangor i Aberystwyth", ["Fangor", "Aberystwyth"]),
    ("3 Lemon Street, Truro TR1 2LS, Kernow", ["Truro", "Kernow"]), ("Penzance (Pennsans)", ["Penzance", "Pennsans"]),
    ("Launceston / Lannstefan", ["Launceston", "Lannstefan"]),
    ("Steòrnabhagh HS1 2AA, Na h-Eileanan Siar", ["Steòrnabhagh", "Na h-Eileanan Siar"]),
    ("à Port Rìgh, An t-Eilean Sgitheanach", ["Port Rìgh", "An t-Eilean Sgitheanach"]),
    ("Kirkwall KW15 1AA, Orkney; Lerwick, Shetland", ["Kirkwall", "Orkney", "Lerwick", "Shetland"]),
    ("Inverness (Inbhir Nis)", ["Inverness", "Inbhir Nis"]), ("Brae, Shetland ZE2 9QJ", ["Brae"]),
    ("Wick KW1 4AA", ["Wick"]), ("Barry, Vale of Glamorgan", ["Barry"]), ("ferry to the Isle of Lewis", ["Isle of Lewis"]),
]

NEGATIVE = [
    "Cardiff City FC", "Inverness Caledonian Thistle", "Orkney Islands Council", "Shetland Times",  # (firms, clubs, bodies)
    "Ffordd Caernarfon", "Branch Cardiff", "University of Bangor",  # (a street, a firm's site, a body)
    "Barry Jones", "Lewis", "Harris Tweed", "Mull", "Iona", "Skye", "Brae", "Wick",  # (people's names and words alone)
    "caerdydd", "Truronian",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
