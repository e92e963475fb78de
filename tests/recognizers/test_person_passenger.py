"""PERSON: a passenger's name as airlines write it (the IATA name element)."""

from __future__ import annotations

import pytest

E = "PERSON"


@pytest.mark.parametrize(("text", "expected"), [
    ("SHARMA/VIKRAM MR;IYER/ANANYA MS", ["IYER/ANANYA MS", "SHARMA/VIKRAM MR"]),  # a booking's passengers
    ("pax: MÜLLER/STEFAN MR", ["MÜLLER/STEFAN MR"]), ("DE LA CRUZ/MARIA ELENA MRS", ["DE LA CRUZ/MARIA ELENA MRS"]),
    ("GUYO/HALAKE MSTR", ["GUYO/HALAKE MSTR"]),
])
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", [
    "use A/B MR testing", "SHARMA/VIKRAM", "sharma/vikram mr",  # (one letter; no title; not in capitals)
    "PV/GRID MRSP", "see /VIKRAM MR",  # (no title's word; no family name)
])
def test_negative(find, text):
    assert [f for f in find(text, E) if "/" in f[1]] == []
