"""LOCATION: English-speaking Canada's towns and First Nations' communities (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Orders from Yellowknife and Inuvik were delayed.", ["Yellowknife", "Inuvik"]),
    ("Moved from Mississauga to Saskatoon", ["Mississauga", "Saskatoon"]),
    ("Contact: Jaswinder Gill <jgill@telus.net>, Brampton", ["Brampton"]),
    ("Medicine Hat, Red Deer and Sault Ste. Marie", ["Medicine Hat", "Red Deer", "Sault Ste. Marie"]),
    ("Sent to Wapekeka First Nation via Sioux Lookout", ["Wapekeka First Nation", "Sioux Lookout"]),
    ("Norway House Cree Nation, MB", ["Norway House Cree Nation"]),  # (a nation's own name, with its people's)
    ("Six Nations of the Grand River", ["Six Nations of the Grand River"]),
]

NEGATIVE = [
    "Kelowna Rockets won 4-2", "Saskatoon Airport", "Mississauga Office",  # (a team's, an airport's, a firm's)
    "The First Nation said no", "Our Nation is proud", "United Nations",  # (no community's name; plural)
    "Regina George", "Brandon Lee", "Nelson Mandela", "Prince George",  # (people's names left out)
    "mississauga", "Kelownax",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
