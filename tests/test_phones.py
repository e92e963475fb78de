"""A phone number listed after another, in the first one's plan (detect/phones.py)."""

from __future__ import annotations

import pytest

from piiscan.config import Detection, NerMode
from piiscan.detect.engine import Detector


@pytest.fixture(scope="module")
def detector():
    return Detector(Detection(ner=NerMode.OFF))


def _phones(detector, text):
    found = detector.detect_records([text], ["body"])[0]
    return [text[f.start:f.end] for f in sorted(found, key=lambda f: f.start) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize("text, numbers", [
    ("Tel: +974 5512 3344 / 5512 3345", ["+974 5512 3344", "5512 3345"]),  # Qatar's, the code written once
    ("Tel: +237 677 12 34 56 / 699123456", ["+237 677 12 34 56", "699123456"]),  # a bare run after it
    ("Rele m nan +509 3712 3456 oswa 4812-3456 tanpri", ["+509 3712 3456", "4812-3456"]),  # Kreyòl's 'or'
    ("+968 9123 4567, 9912 3456 ou 7123 4567", ["+968 9123 4567", "9912 3456", "7123 4567"]),  # a third after the second
    ("رقمي +968 9123 4567 أو ٩٩١٢٣٤٥٦", ["+968 9123 4567", "٩٩١٢٣٤٥٦"]),  # Arabic's 'or', Arabic-Indic digits
])
def test_a_national_number_after_an_international_one_is_in_its_plan(detector, text, numbers):
    assert _phones(detector, text) == numbers


@pytest.mark.parametrize("text, numbers", [
    ("Order +1 415 555 0100 / 12345678 items", ["+1 415 555 0100"]),  # not valid in the first's plan
    ("Call +974 5512 3344 at 10:30 / 2024", ["+974 5512 3344"]),  # (a time and a year: no list)
    ("Tel: +974 5512 3344 ref 5512 3345", ["+974 5512 3344"]),  # no list's mark between them
])
def test_no_number_where_none_is_listed_in_the_first_ones_plan(detector, text, numbers):
    assert _phones(detector, text) == numbers
