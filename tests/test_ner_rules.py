"""Rules applied to what spaCy's NER reports (detect/engine.py)."""

from __future__ import annotations

import pytest

from piiscan.detect.engine import RawFinding, _could_be_a_name, _towns_after_streets


@pytest.mark.parametrize("span, ok", [
    ("Bruno Costa", True), ("José Álvarez", True), ("O'Neil", True), ("Jean-Luc", True),
    ("Admin", False), ("Cheers", False),  # a role, a greeting
    ("T-48163 Escalated", False), ("KB-2207", False),  # ids
    ("@jalvarez", False), ("kenji.andersson", False),  # a handle, a login
])
def test_what_could_be_a_name(span, ok):
    assert _could_be_a_name(span) is ok


def test_the_word_after_a_street_address_and_a_comma_is_the_town():
    text = "Ship it to 582 Chestnut Court, Oakdale, please. Oakdale said hi."
    street = RawFinding("LOCATION", 11, 29, 0.9, "StreetAddressRecognizer")
    town = RawFinding("PERSON", 31, 38, 0.85, "SpacyRecognizer")
    later = RawFinding("PERSON", 48, 55, 0.85, "SpacyRecognizer")  # not after an address
    out = _towns_after_streets(text, [street, town, later])
    assert [(f.entity_type, text[f.start:f.end]) for f in out] == [
        ("LOCATION", "582 Chestnut Court"), ("LOCATION", "Oakdale"), ("PERSON", "Oakdale")]
