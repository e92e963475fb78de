"""LOCATION: Bermuda's, the Cayman Islands', the Turks and Caicos' and the British Virgin Islands' places (synthetic
sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("14 Front Street, Hamilton HM 12, Bermuda", ["Hamilton HM 12", "Bermuda"]),
    ("3 Middle Road, Warwick WK 06, Bermuda.", ["Warwick WK 06"]), ("Devonshire DV 03", ["Devonshire DV 03"]),
    ("lives in Flatts Village FL 04", ["Flatts Village"]), ("Sandys parish; Tucker's Town", ["Sandys parish", "Tucker's Town"]),
    ("HM 08, Bermuda", ["HM 08"]),
    ("George Town, Grand Cayman KY1-1104, Cayman Islands", ["George Town", "Grand Cayman", "KY1-1104", "Cayman Islands"]),
    ("Bodden Town, Cayman Brac and Little Cayman", ["Bodden Town", "Cayman Brac", "Little Cayman"]),
    ("Savannah, Grand Cayman KY1-1501", ["Savannah"]), ("North Side, Grand Cayman", ["North Side"]),
    ("Five Cays, Providenciales TKCA 1ZZ", ["Five Cays", "Providenciales", "TKCA 1ZZ"]),
    ("Grand Turk, Cockburn Town; Bottle Creek", ["Grand Turk", "Cockburn Town", "Bottle Creek"]),
    ("Blue Hills, Providenciales", ["Blue Hills"]),
    ("Road Town, Tortola VG1110, British Virgin Islands", ["Road Town", "Tortola", "VG1110", "British Virgin Islands"]),
    ("Anegada; Jost Van Dyke; Cane Garden Bay", ["Anegada", "Jost Van Dyke", "Cane Garden Bay"]),
    ("The Valley, Virgin Gorda", ["The Valley", "Virgin Gorda"]),
]

NEGATIVE = [
    "Bermuda shorts", "Bermuda Hospitals Board", "Cayman Airways", "Grace Bay Club", "Tortola Pier Park",  # (things,
    "Road Town Yoga & Spa", "Grace Bay Road", "Providenciales pickup",  # firms, a street, a pickup point)
    "Warwick", "Paget", "Savannah", "The Valley", "George Town", "Hamilton", "Spotts",  # (words, names, towns
    # elsewhere)
    "HM 12", "KY4-1104", "VG1170",  # (a postcode's shape alone; no such codes)
    "Branch Tortola", "anegada", "Tortolas",  # (a site; no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
