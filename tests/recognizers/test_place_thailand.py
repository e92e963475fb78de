"""LOCATION: Thailand's towns, Bangkok's districts and Thai address words in Latin letters (synthetic)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Delivery to 99/12 Soi Sukhumvit 21, Khlong Toei Nuea, Watthana, Bangkok 10110",
     ["99/12 Soi Sukhumvit 21", "Khlong Toei Nuea", "Watthana"]),  # a lane's address; Bangkok's districts
    ("Address: 45/7 Moo 3, Tambon Suthep, Amphoe Mueang, Chiang Mai 50200",
     ["45/7 Moo 3", "Tambon Suthep", "Amphoe Mueang"]),  # a village's number, the area words
    ("I live in Hat Yai, Songkhla", ["Hat Yai", "Songkhla"]), ("moved to Nonthaburi last year", ["Nonthaburi"]),
    ("88 Thanon Ratchadaphisek, Huai Khwang", ["88 Thanon Ratchadaphisek", "Huai Khwang"]),
    ("ผมอยู่Khon Kaenครับ", ["Khon Kaen"]),  # glued into a Thai sentence ('I live in Khon Kaen')
]

NEGATIVE = [
    "Dusit Thani Hotel booking confirmed", "He works at Khon Kaen University",  # (a firm's, a body's name)
    "Meet me at Silom Complex", "Phuket International Airport",
    "Ari and Surin will join", "Tak photo please",  # (names and words: not listed)
    "Chào chị, em là Trang",  # (Vietnamese's given name, and no town's here)
    "Soi Sukhumvit is busy",  # (a lane, no house)
    "version 2.1/3 Moo",  # (no house's number before it)
    "Hat Yaiwan", "ProHat Yai", "Хат Yai",  # (a longer word, Latin or another script's glued)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlaceThailandRecognizer").analyze(text, [E], nlp_artifacts=None) == []
