"""LOCATION: India's towns, localities, PIN codes and addresses after a label in India's scripts (synthetic)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Address: 45 Gandhi Nagar, Lucknow 226001", ["Gandhi Nagar", "Lucknow", "226001"]),
    ("B-12, Vasant Vihar, New Delhi - 110057", ["Vasant Vihar", "New Delhi", "110057"]),
    ("12, Shivaji Nagar, Pune 411005", ["Shivaji Nagar", "Pune", "411005"]),
    ("C-45 Defence Colony, Noida, Uttar Pradesh", ["Defence Colony", "Noida", "Uttar Pradesh"]),
    ("Plot 7, HSR Layout, 2nd Stage", ["HSR Layout"]), ("near Indiranagar metro", ["Indiranagar"]),
    ("Chennai - 600040", ["Chennai", "600040"]), ("pincode 500032", ["500032"]), ("PIN: 700 019", ["700 019"]),
    ("पता: 45, गांधी नगर, लखनऊ, उत्तर प्रदेश 226001", ["45, गांधी नगर", "लखनऊ", "उत्तर प्रदेश", "226001"]),  # (by
    # its pieces, a house's number with its street)
    ("नाव: प्रशांत पाटील, पत्ता: शिवाजी नगर, पुणे 411005", ["शिवाजी नगर", "पुणे", "411005"]),  # (Marathi's label)
    ("முகவரி: 12, காந்தி தெரு, மதுரை 625001 | status=ok", ["12, காந்தி தெரு", "மதுரை", "625001"]),
    ("చిరునామా: బంజారా హిల్స్, హైదరాబాద్ 500034", ["బంజారా హిల్స్", "హైదరాబాద్", "500034"]),
    ("ঠিকানা: ১২/৩ বালিগঞ্জ, কলকাতা ৭০০০১৯", ["১২/৩ বালিগঞ্জ", "কলকাতা"]),
    ("'address: ৭/২, বালিগঞ্জ প্লেস, কলকাতা 700019'", ["৭/২, বালিগঞ্জ প্লেস", "কলকাতা", "700019"]),  # (English's label)
    ("ऑर्डर मुंबई भेजा गया", ["मुंबई"]), ("சென்னை வந்தேன்", ["சென்னை"]),
]

NEGATIVE = [
    "Shruti Nagar joined the call",  # (a family name: no number nor comma before it)
    "order 411005 shipped", "PIN 0123",  # (no town nor label; no PIN starts with 0, nor has four digits)
    "Mumbai Indians won the toss", "Delhi Public School", "Hyderabad Data Center",  # (a team's, a school's, a DC's)
    "पता: N/A",  # (no address in the label's value)
    "Salem and Erode",  # (not listed: a name and a word too)
    "pune",  # (no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


def test_a_conference_pin_and_a_clinics_name_are_no_places(find):
    # (a longer number after six digits; a health centre named for its locality, no one's place)
    assert find("ConferenceMapper.lookup#94: PIN 649 681 5775# resolved", E) == []
    assert find("bridge PIN 448 210 9#", E) == []
    assert find("session location: Model Town MCH Centre (818e)", E) == []
