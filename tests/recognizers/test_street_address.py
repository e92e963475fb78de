"""LOCATION: street addresses (synthetic addresses only)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    # English: number + name + street type
    ("Ship it to 221 Maple Street, Springfield please", ["221 Maple Street"]),
    ("1234 N Main St Apt 5", ["1234 N Main St", "Apt 5"]),
    ("She lives at 221B Baker Street.", ["221B Baker Street"]),
    ("office: 350 5th Ave, 10th floor", ["350 5th Ave"]),
    ("12-14 High Street\nSuite 3B", ["12-14 High Street", "Suite 3B"]),
    ("the corner of 35 Pentelis Str. and Elm", ["35 Pentelis Str."]),
    # continental: compound street word, or a word of its own, then the number
    ("6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677", ["Koskikatu 25", "Apt. 864"]),
    ("Friedhofstrasse 33, 8000 Zürich", ["Friedhofstrasse 33"]),
    ("eva lives at 255 hersnapvej 18, københavn", ["hersnapvej 18"]),
    ("Passauer Strasse 33", ["Passauer Strasse 33"]),
    ("Trenerys gate 232, Oslo", ["Trenerys gate 232"]),
    ("Erzsébet tér 19.", ["Erzsébet tér 19"]),
    ("Árpád fejedelem útja 3.", ["fejedelem útja 3"]),
    # Romance / Slavic / Greek: street word first
    ("Via Goffredo Mameli 38, Roma", ["Via Goffredo Mameli 38"]),
    ("Rua do Arenque 1634, Goiânia", ["Rua do Arenque 1634"]),
    ("ul. Północna 73", ["ul. Północna 73"]),
    ("Πλατεία Συντάγματος 204", ["Πλατεία Συντάγματος 204"]),
    ("8 Rue de la Paix, Paris", ["8 Rue de la Paix"]),
    ("36 rue de pologne", ["36 rue de pologne"]),
    # boxes
    ("send it to PO Box 123", ["PO Box 123"]),
    ("P.O. Box 287, Tallinn", ["P.O. Box 287"]),
    ("Postbox 53", ["Postbox 53"]),
    ("PSC 3294, Box 9168\nAPO AA 61487", ["PSC 3294, Box 9168\nAPO AA 61487"]),
    ("USNS Miller\nFPO AE 12382", ["USNS Miller\nFPO AE 12382"]),
]

NEGATIVE = [
    "10 May 2015",
    "3 items in cart",
    "5 Main",  # no street type
    "Windows 10",
    "Allika 46",  # a street, but nothing says so
    "upgrade 5 packages",
    "delegate 3 tasks",
    "boarding gate 5",
    "String 5",
    "the test suite 3 passed",
    'GET /api/v1.2 Foo St HTTP/1.1" 200',
    '10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)",
    "kernel: [ 0.000000] Linux version 5.15.0-91-generic",
    "took 2 Streets",  # a plural is not a street type
    "v2 Main St",  # a version, not a house number
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_street_outranks_ner(scores):
    # above spaCy's 0.85, so an overlapping PERSON guess ('Glyn St') does not win
    assert scores("2450 Crown St", E)["2450 Crown St"] > 0.85
    assert scores("Suite 501", E)["Suite 501"] == pytest.approx(0.5)


def test_context(recognizer):
    assert {"address", "street", "billing"} <= set(recognizer("StreetAddressRecognizer").context)
