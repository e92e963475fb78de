"""LOCATION: an address's last line, its town, postcode and country each a finding."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Malé 20026, Maldives", ["Malé", "20026", "Maldives"]),
    ("> Naifaru 06020, Maldives", ["Naifaru", "06020", "Maldives"]),  # quoted in a reply
    ("Cusco 08002, Perú", ["Cusco", "08002", "Perú"]),  # (a country's own name)
    ("Luque, Central 110101, Paraguay", ["Central", "110101", "Paraguay"]),  # the region before the postcode
    ("Huancavelica 09001 Perú\nCel. 987 481 755", ["Huancavelica", "09001", "Perú"]),
    ("confirm the address Oruro, Bolivia and that we can call", ["Bolivia"]),  # after a town, at a clause's end
    ("Amman 11118, Jordan", ["Amman", "11118", "Jordan"]),  # a given name too: after a postcode only
]

NEGATIVE = [
    "Thanks, Jordan", "Cheers, Chad",  # a letter's end: given names
    "Order 1234, China", "since 2019, Germany.", "Invoice 55120, Brazil",  # no postcode after these words
    "Maldives", "Malé 20026",  # (a country alone; no country)
    "Malé 20026, Maldives Airport shuttle",  # the line goes on: no address's end
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = {v for t, v in find(text, E) if t == E}
    assert set(expected) <= found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(loaded, text):
    postal = [lr.recognizer for lr in loaded if type(lr.recognizer).__name__ == "PostalLineRecognizer"]
    assert postal and postal[0].analyze(text, [E], nlp_artifacts=None) == []
