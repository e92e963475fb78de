"""PHONE_NUMBER: phonenumbers-validated candidates."""

from __future__ import annotations

import pytest

E = "PHONE_NUMBER"

POSITIVE = [
    ("call +1 202-555-0143 now", ["+1 202-555-0143"]),
    ("UK office +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("Berlin +49 30 901820.", ["+49 30 901820"]),
    ("Paris: +33 1 23 45 67 89", ["+33 1 23 45 67 89"]),
    ("+1-202-555-0143", ["+1-202-555-0143"]),
    ("e164 +12025550143", ["+12025550143"]),
    ("Tel: (202) 555-0143.", ["(202) 555-0143"]),
    ("fictional (555) 010-1234", ["(555) 010-1234"]),
    ("dotted 202.555.0143", ["202.555.0143"]),
    ("Tel: (202) 555.0143", ["(202) 555.0143"]),
    ("call +1.415.555.0123 now", ["+1.415.555.0123"]),
    ("Tél 01.99.00.75.11.", ["01.99.00.75.11"]),
    ("intl 0049 30 901820", ["0049 30 901820"]),
    ("+44 (0)20 7946 0958", ["+44 (0)20 7946 0958"]),
]

NEGATIVE = [
    "on 2023-10-05 at 10:05:03",
    "due 10/05/2023",
    "build 20231005",
    "host 192.0.2.1",
    "client 83.149.9.216 connected",
    '83.149.9.216 - - [17/May/2015:10:05:03 +0000] "GET /index.html HTTP/1.1" 200 3638',
    "from 99.999.99.999 port 22",
    "Chrome/118.0.5993.88",
    "version 10.0.19045.2006",
    "ISBN 978-3-16-148410-0",
    "total $1,234.56",
    "order 12345678901234",
    "card 4111 1111 1111 1111",
    "ref ABC12345678",
    "ref 12345678ABC",
    "ts=1700000000",
    "12:30:45.123",
    "555-0143",  # seven digits, no area code: too ambiguous
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call 2025550143", "2025550143"),
        ("+1 202-555-0143", "+1 202-555-0143"),
        ("(202) 555-0143", "(202) 555-0143"),
    ],
)
def test_score_bands(scores, text, number):
    score = scores(text, E)[number]
    if number.isdigit():
        assert 0.2 <= score < 0.4  # a bare run needs a context word
    else:
        assert score >= 0.6


def test_bare_run_needs_context(find, recognizer):
    assert find("id 2025550143", E) == []
    assert find("id 2025550143", E, min_score=0.2) == [(E, "2025550143")]
    assert {"phone", "tel", "call", "mobile"} <= set(recognizer("PhoneNumberRecognizer").context)


def test_default_region_can_be_changed(recognizer):
    rec = recognizer("PhoneNumberRecognizer")
    text = "Festnetz 030 901820"
    assert rec.default_region == "US"
    rec.fallback_regions = ()  # an instance attribute shadows the class default
    try:
        assert rec.analyze(text, [E]) == []
        rec.default_region = "DE"
        [r] = rec.analyze(text, [E])
        assert text[r.start : r.end] == "030 901820"
        rec.default_region = "FR"
        [r] = rec.analyze("tél. 01.23.45.67.89", [E])
        assert r.end - r.start == len("01.23.45.67.89")
    finally:
        rec.default_region = "US"
        del rec.fallback_regions


@pytest.mark.parametrize(
    "text", ["on 2023-10-05 12:30:45.123 ok", "at 05.10.2023 10:05", "app=2.0.0.1 build=20231005"]
)
def test_dates_with_times_are_not_numbers(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call +44 7700 900098.", "+44 7700 900098"),  # Ofcom drama mobile: invalid in phonenumbers
        ("sms +447700900625", "+447700900625"),
        ("mobile 07700 900633", "07700 900633"),  # trunk 0: tried in the fallback regions
        ("Tél 01 99 00 75 11", "01 99 00 75 11"),
        ("AU +61 491 570 158", "+61 491 570 158"),
        ("DE +49 (0)30 23125475", "+49 (0)30 23125475"),
    ],
)
def test_fictional_ranges(find, text, expected):
    assert find(text, E) == [(E, expected)]


# Dotted numbers: a phone is 202.555.0143 (last group 4+ digits) or 01.99.00.75.11 (5+
# two-digit groups). phone_formatted's consuming part spells out only those shapes, so its
# polars prefilter (which drops the lookarounds) does not make a candidate of the client IP
# that starts every access-log line.
DOTTED_PHONES = ["202.555.0143", "(202) 555.0143", "01.99.00.75.11", "01 99.00.75.11"]
DOTTED_NOT_PHONES = ["83.149.9.216", "99.999.99.999", "10.0.0.1", "192.168.100.200", "83.149.9",
                     "1.2.3.4.5"]


def _formatted_prefilter(recognizer):
    from piiscan.detect.prefilter import rust_prefilter

    rec = recognizer("PhoneNumberRecognizer")
    [pattern] = [p for p in rec.patterns if p.name == "phone_formatted"]
    return rust_prefilter(pattern.regex, rec.global_regex_flags)


@pytest.mark.parametrize("number", DOTTED_PHONES)
def test_dotted_phone_is_a_prefilter_candidate(recognizer, number):
    import polars as pl

    pf = _formatted_prefilter(recognizer)
    [found] = pl.Series([f"tel {number}."]).str.extract_all(pf).to_list()
    # the first candidate starts the number (the exact regex runs on from its start)
    assert found and number.startswith(found[0][1:])


@pytest.mark.parametrize("dotted", DOTTED_NOT_PHONES)
def test_dotted_quad_is_no_prefilter_candidate(recognizer, dotted):
    import polars as pl

    pf = _formatted_prefilter(recognizer)
    lines = [f"{dotted} - - [x]", f"client {dotted} connected", f"ip={dotted}", dotted]
    assert pl.Series(lines).str.extract_all(pf).list.len().to_list() == [0, 0, 0, 0]


@pytest.mark.parametrize(
    "text",
    [
        "Berlin 030.123.456",  # 3-3-3 dotted: too close to version numbers and ids to keep
        "ref 12.345.678",
        "v 1.22.333.4444",  # a dotted run is a phone only as 2-4 digit groups
    ],
)
def test_other_dotted_shapes_are_not_phones(find, text):
    assert find(text, E) == []
