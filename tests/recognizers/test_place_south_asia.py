"""LOCATION: Bangladesh's, Sri Lanka's and the Maldives' towns by name, in Latin letters and in
Bengali, Sinhala, Tamil and Thaana script (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("House 12, Road 5, Dhanmondi, Dhaka 1209", ["Dhanmondi", "Dhaka"]), ("ami Chattogram theke", ["Chattogram"]),
    ("Flat B3, Mirpur-10, Dhaka-1216", ["Mirpur-10"]), ("I'm in Sylhet (Zindabazar)", ["Sylhet", "Zindabazar"]),
    ("No. 45/2, Galle Road, Wellawatte, Colombo 06", ["Wellawatte", "Colombo 06"]), ("from Trincomalee", ["Trincomalee"]),
    ("Nallur, Jaffna", ["Nallur", "Jaffna"]), ("H. Blue Lagoon, Majeedhee Magu, Malé 20-02", ["Malé"]),
    ("Ma. Sunny Coast, Male' 20096", ["Male'"]), ("Male 20026, Maldives", ["Male"]),
    ("Hulhumalé Phase 2, Addu City (Hithadhoo)", ["Hulhumalé", "Addu City", "Hithadhoo"]),
    ("ঠিকানা: ধানমন্ডি, ঢাকা ১২০৯", ["ধানমন্ডি", "ঢাকা"]), ("ময়মনসিংহ", ["ময়মনসিংহ"]),
    ("ලිපිනය: ගාලු පාර, කොළඹ 03", ["කොළඹ"]), ("யாழ்ப்பாணம், நல்லூர்", ["யாழ்ப்பாணம்", "நல்லூர்"]),
    ("މާލެ، ހުޅުމާލެ", ["މާލެ", "ހުޅުމާލެ"]), ("Cox's Bazar", ["Cox's Bazar"]),
]

NEGATIVE = [
    "Chest Clinic Gulshan",  # (a clinic's site: round 60)
    "Dhaka Bank", "Colombo Stock Exchange", "Kandy Hospital", "Sylhet Sixers",  # (a firm's, a body's, a team's name)
    "Anke Galle", "Ravi Mannar", "Tom Hatton", "Marco Colombo",  # (a town's name as a family name, after a given name)
    "Galle Road", "Kandy Road", "Dhaka Magu",  # (a road named for the town it leads to)
    "male patient", "Male", "Male nurse", "dhaka", "Dhakaiya", "Ella Smith", "Feni Doe",  # (the word; no capital;
    # a longer word; people's names left out)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text, recognizer):
    rec = recognizer("PlaceSouthAsiaRecognizer")
    assert rec.analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Deliver to Mymensingh, Road 3", E)["Mymensingh"] > 0.85


@pytest.mark.parametrize(("text", "expected"), [
    # round 65: Colombo with its numbered district, whole
    ("No. 23, 2nd Cross Street, Colombo 11, Western, 01100", "Colombo 11"), ("Galle Road, Colombo 03", "Colombo 03"),
    ("office in Colombo 7.", "Colombo 7"),
])
def test_colombos_numbered_districts(find, text, expected):
    assert (E, expected) in find(text, E)


@pytest.mark.parametrize("text", ["Colombo 2024", "Colombo 3.5 km", "Colombo 16"])
def test_colombo_without_a_district(find, text):
    assert [v for t, v in find(text, E) if t == E] == ["Colombo"]
