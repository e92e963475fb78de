"""LOCATION: an address's last line, its town, postcode and country; a country after a town."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Malé 20026, Maldives", ["Malé 20026, Maldives"]),  # (the engine splits it: test_addresses)
    ("> Naifaru 06020, Maldives", ["Naifaru 06020, Maldives"]),  # quoted in a reply
    ("Cusco 08002, Perú", ["Cusco 08002, Perú"]),  # (a country's own name)
    ("Rue Labourdonnais, Port Louis 11328, Mauritius", ["Port Louis 11328, Mauritius"]),  # (a port's town)
    ("Huancavelica 09001 Perú\nCel. 987 481 755", ["Huancavelica 09001 Perú"]),
    ("Boroko 111, NCD\nLae 0411, Papua New Guinea.", ["Lae 0411, Papua New Guinea"]),  # a country of three words
    ("confirm the address Oruro, Bolivia and that we can call", ["Bolivia"]),  # after a town, at a clause's end
    ("Amman 11118, Jordan", ["Amman 11118, Jordan"]),  # a given name too: after a postcode only
    # France's postcode and town after a post box, a tribe's or a quarter's name (New Caledonia's too)
    ("BP 284, 98850 Koumac", ["98850 Koumac"]), ("Tribu de Jokin, 98820 Lifou.", ["98820 Lifou"]),
    ("CS 70123, 75002 PARIS CEDEX 02", ["75002 PARIS CEDEX 02"]),
    # the Maghreb's: a quarter alone on its line, or after a flat's number, then the postcode and the town
    ("Bassatine, 50000 Meknès.", ["50000 Meknès"]), ("Bloc 26, Appt 88, Kiffane, 13000 Tlemcen", ["13000 Tlemcen"]),
    # Italy's postcode, its town and its province's letters in brackets (round 71)
    ("consegna: Contrada Bufalefi snc, 96017 Noto (SR)", ["96017 Noto (SR)"]),
    ("Via Roma 23, 07100 Sassari (SS)", ["07100 Sassari (SS)"]),
]

NEGATIVE = [
    "Thanks, Jordan", "Cheers, Chad",  # a letter's end: given names
    "Order 1234, China", "since 2019, Germany.", "Invoice 55120, Brazil",  # no postcode after these words
    "Maldives", "Malé 20026", "Malé 20026, Atlantis",  # (a country alone; no country)
    "Malé 20026, Maldives Airport shuttle",  # the line goes on: no address's end
    "total 12345 Items (CA)", "12345 Euro (PA)", "96017 Noto (XY)",  # (a count's; no province's letters)
    "We sold, 20000 Units", "Invoice total, 12000 XPF", "Total, 12345 Items", "Downloads, 12345 Users", "BP 284, 98850 Koumac Airport shuttle",
]


@pytest.fixture(scope="module")
def postal(loaded):
    return next(lr.recognizer for lr in loaded if type(lr.recognizer).__name__ == "PostalLineRecognizer")


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(postal, text, expected):
    assert [text[r.start:r.end] for r in postal.analyze(text, [E], nlp_artifacts=None)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(postal, text):
    assert postal.analyze(text, [E], nlp_artifacts=None) == []


def test_a_countrys_letters_before_a_country_make_a_list_no_address(postal):
    # 'PNG' before 'Vanuatu' is no town: a list of countries; a region's letters are an address's
    assert postal.analyze("Re: Living & working in PNG, Vanuatu and the Cooks", [E], nlp_artifacts=None) == []
    assert postal.analyze("offices in the UK, Ireland and Spain", [E], nlp_artifacts=None) == []
    text = "Brisbane QLD, Australia"
    assert [text[r.start:r.end] for r in postal.analyze(text, [E], nlp_artifacts=None)] == ["Australia"]
