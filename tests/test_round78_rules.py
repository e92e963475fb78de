"""Detector-level rules from round 78's held-out regions (Bavaria, Alsace and South Tyrol; Hokkaido, Okinawa and Jeju;
Zanzibar, Pemba, Lamu and the Swahili coast): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.known import GENERIC_NAMES, PRODUCT_NAMES, SYSTEM_ACCOUNTS, is_role_login
from piiscan.detect.structure import analyze_structure, column_hints, type_for_name
from piiscan.sources.jsonfmt import json_document_values

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "text", "expected"), [
    # an asset list's editor by login, the tool's import account; a SIM's card number; a MAC's German column
    ("Geändert von", "cecile.meyer", [("USERNAME", "cecile.meyer")]), ("Geändert von", "jdisc-import", []),
    ("SIM-Kartennummer", "8949112738144583374", [("SERIAL_NUMBER", "8949112738144583374")]),
    ("MAC-Adresse", "F48E389A84EF", [("HARDWARE_ID", "F48E389A84EF")]),
    # a firm's site and a rental's flat are the firm's and the host's: no one's places in them
    ("Standort", "Brenner Logistik > Strasbourg > EG > Empfang", []),
    ("Apartment", "Maison du Vigneron Kaysersberg", []),
    ("Ort", "Kaysersberg", [("LOCATION", "Kaysersberg")]),
    # a node's name its owner gave a phone, the model first
    ("given_name", "iphone-hina", [("HOSTNAME", "iphone-hina")]), ("given_name", "iphone-15-pro", []),
    ("given_name", "Hina", [("PERSON", "Hina")]),
    # a German note: a noun after its contraction, labels after a place, a frame's number
    ("Beschreibung", "Wohnt im Sommer in Füssen, Post bitte an Ländgasse 7.",
     [("LOCATION", "Füssen"), ("LOCATION", "Ländgasse 7")]),
    ("Beschreibung", "Kunde aus Südtirol, Rahmennr. SC99U30151",
     [("LOCATION", "Südtirol"), ("SERIAL_NUMBER", "SC99U30151")]),
    ("Beschreibung", "<p>Diensthandy-Nummer 0151/47596886, Anmeldung vmoosrainer / vm@brenner-logistik.eu</p>",
     [("EMAIL_ADDRESS", "vm@brenner-logistik.eu"), ("PHONE_NUMBER", "0151/47596886"), ("USERNAME", "vmoosrainer")]),
    ("Beschreibung", "Ersatzteil bestellt (AU-67402), Versand GLS 587643", []),
    ("Beschreibung", "Servus, KTM Macina Kapoho, Rahmennr. KTM379I49004.", [("SERIAL_NUMBER", "KTM379I49004")]),
    ("Guest name", "Blockiert", []), ("Objekttitel", "iPhone (Andreas)", [("HOSTNAME", "iPhone (Andreas)")]),
    ("Notice", "Hi, we're a family of four arriving from Munich airport around 8pm", []),
    ("Notice", "Grüezi, mir chömed am Friitig am Namittag. Chönd Sie mir de Code per SMS", []),
])
def test_round_78s_column_rules(detector, field, text, expected):
    found = _found(detector, [text], [field])[0]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a text message's 'address' is its other party: a sender's name is no place, a number is a phone's
    ('{"_id":"1","thread_id":"2","address":"M-PESA","date_sent":"1704307673900","body":"Karibu"}', []),
    ('{"address":"Mombasa Road 12","body":"x"}', [("LOCATION", "Mombasa Road 12")]),
    # headscale's zerolog keys: 'user.name' is the login, however short; a CI runner's home in a caller's path
    ('{"caller":"/home/runner/work/headscale/hscontrol/poll.go:478","user.name":"spark","message":"Node has been '
     'renewed"}', [("USERNAME", "spark")]),
    # M-PESA's amounts and products, Swahili's days and verbs, a Gujarati greeting: none is a name or a place
    ("New M-PESA balance is Ksh62,730.00. Transaction cost, Ksh0.00. Pochi la Biashara on *334#.", []),
    ("Tuonane Jumamosi. Nimeangalia, Jumatatu-Ijumaa 08:30", []),
    ("Samahani kwa kuchelewa kulipa. Nitalipa Ijumaa.", []),
    ("Kusanya Moi Avenue branch Jumatatu", []),
    ("Nipigie 0712345678 tafadhali", [("PHONE_NUMBER", "0712345678")]),
    ("We land at Abeid Amani Karume airport on EK 725 at 22:25.", []),
    # a SQL string's closing quote is no part of what the model read
    ("INSERT INTO `wp_bp_xprofile_data` VALUES (63,5,13,'Laptops (HP, Dell, Lenovo), BIOS','2023-10-07');", []),
])
def test_round_78s_line_rules(detector, text, expected):
    found = _found(detector, [text], [None])[0]
    assert sorted(found) == sorted(expected)


def test_round_78s_structure():
    # a rental's bookings: its 'Apartment' is the listing, no address's flat beside the guest's street
    header = ["Booking ID", "Arrival", "Departure", "Apartment", "Guest name", "Street", "City"]
    assert 3 not in column_hints(header)
    assert column_hints(["Street", "Apartment", "City"]).get(1) == "Building Number"
    # BuddyPress' activity's component is no key of a person's value; WordPress' usermeta's key is
    line = "INSERT INTO `wp_bp_activity` VALUES (5,5,'members','new_member','x','','',0,0,'2023-12-16',0,0,0,0);"
    assert analyze_structure(line, None).hints == ()
    line = "INSERT INTO `wp_usermeta` VALUES (12, 3, 'first_name', 'Anna');"
    assert [line[h.start:h.end] for h in analyze_structure(line, None).hints] == ["Anna"]
    # an SMS's address is its party in a JSON lines file too
    hints: dict[int, str] = {}
    json_document_values('{"thread_id":"2","address":"MPESA","body":"x"}', hints)
    assert list(hints.values()) == ["sms.party"] and type_for_name("sms.party") is None


def test_a_towns_name_inside_a_longer_name_is_not_carried():
    from piiscan.detect.engine import RawFinding
    from piiscan.detect.known import propagate

    def make(entity, start, end, score):
        return RawFinding(entity, start, end, score, "known_value")

    texts = ["Nyumba Na. 62 Barabara ya Bububu, Amani", "We land at Abeid Amani Karume airport",
             "Tunakutana Amani kesho"]
    found = [[RawFinding("LOCATION", 34, 39, 0.7, "StreetAddressRecognizer")], [], []]
    out = propagate(texts, found, make)
    assert out[1] == [] and [texts[2][f.start:f.end] for f in out[2]] == ["Amani"]


def test_round_78s_words():
    assert type_for_name("Primäre IP-Adresse") == "IP_ADDRESS" and type_for_name("Zuletzt geändert von") == "USERNAME"
    assert type_for_name("SIM card number") == "SERIAL_NUMBER"
    assert {"griaß gott", "jai shri krishna", "asanteni", "friitig", "jumamosi"} <= GENERIC_NAMES
    assert {"m-pesa", "pochi la biashara", "node", "derpmap"} <= PRODUCT_NAMES
    assert "runner" in SYSTEM_ACCOUNTS
    assert is_role_login("jdisc-import") and not is_role_login("anna.meyer")
