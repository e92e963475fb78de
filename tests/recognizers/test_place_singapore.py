"""LOCATION: Singapore's towns and estates by name (synthetic)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Anyone got same problem in Toa Payoh?", ["Toa Payoh"]), ("will dial in from Bukit Batok; bridge PIN", ["Bukit Batok"]),
    ("I stay Choa Chu Kang, near the market", ["Choa Chu Kang"]), ("moved from Ang Mo Kio to Sengkang", ["Ang Mo Kio", "Sengkang"]),
]

NEGATIVE = [
    "Meet at Tampines Mall", "Clementi MRT exit B", "Bedok Reservoir Park run",  # (a mall's, a station's, a park's)
    "Blk 362 Tampines St 81", "Toa Payoh Lor 1",  # (a street's name: street_address.py's)
    "Orchard Road shopping", "Changi Airport T3",  # (not listed: words, an airport's)
    "Bedokville", "SuperBedok",  # (a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E and v in expected) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlaceSingaporeRecognizer").analyze(text, [E], nlp_artifacts=None) == []
