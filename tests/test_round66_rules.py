"""Detector-level rules from round 66's held-out regions (Germany and Austria; Saudi Arabia and the Gulf; Colombia,
Venezuela and the Dominican Republic): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.engine import _foreign_prose
from piiscan.detect.known import goes_on_to_a_firms_kind, is_role_mailbox, on_a_firms_line
from piiscan.detect.structure import (
    analyze_structure,
    starts_like_a_log_record,
    type_for_name,
    value_hint,
)
from piiscan.detect.views import json_unescaped_view, make_view

from .helpers import found_by_record

# (the detector fixtures, NER off and on, are conftest's)
_found = found_by_record

# TYPO3's file log as PHP's json_encode writes its context by default: '\/' and '\uXXXX'
_TYPO3 = ('Tue, 09 Apr 2024 03:58:35 +0200 [NOTICE] request="16d128eb0e775" component="In2code.Powermail.Domain.'
          'Validator.SpamShieldValidator": Spamcheck failed for mail - {"spamFactor":"85%","ip":"77.164.169.231",'
          '"answers":{"vorname":"Franz","nachname":"\\u015eahin","strasse":"Favoritenstra\\u00dfe 23\\/4\\/11",'
          '"plz":"4982","ort":"Obernberg am Inn","telefon":"0681\\/57693173","email":"sahin.franz@chello.at"}}')


def test_a_log_lines_json_escapes_are_read():
    view = make_view(_TYPO3)
    assert "Şahin" in view.text and "Favoritenstraße 23/4/11" in view.text
    start = view.text.index("Şahin")
    assert _TYPO3[slice(*view.to_raw(start, start + 5))] == "\\u015eahin"  # (a span covers whole escapes)
    unescaped = json_unescaped_view(_TYPO3)
    assert unescaped is not None and "Şahin" in unescaped.text and "%" in unescaped.text  # (nothing else decoded)
    assert json_unescaped_view("C:\\\\users\\\\x") is None and json_unescaped_view("no escapes") is None
    assert json_unescaped_view('"\\\\u00e4"') is None  # (an escaped backslash: the 'u' after it is a letter)
    surrogate = json_unescaped_view('"\\ud83d\\ude00 Anna"')
    assert surrogate is not None and surrogate.text == '"\U0001F600 Anna"'


def test_a_log_lines_json_escapes_in_the_structures_hints_and_findings(detector):
    hints = {(h.entity_type, _TYPO3[h.start:h.end]) for h in analyze_structure(_TYPO3, None).hints}
    assert ("PERSON", "\\u015eahin") in hints and ("LOCATION", "Favoritenstra\\u00dfe 23\\/4\\/11") in hints
    found = _found(detector, [_TYPO3], [None])[0]
    assert ("PERSON", "\\u015eahin") in found and ("PHONE_NUMBER", "0681\\/57693173") in found
    assert ("LOCATION", "Favoritenstra\\u00dfe 23\\/4\\/11") in found and ("PERSON", "Franz") in found


@pytest.mark.parametrize(("field", "expected"), [
    # German's compounds: whose, then what ('Kundenname', 'Lieferadresse', 'Rechnungs-PLZ', 'Empfänger-Telefon')
    ("Kundin", "PERSON"), ("Kundenname", "PERSON"), ("Kunden-E-Mail", "EMAIL_ADDRESS"), ("Lieferadresse", "LOCATION"),
    ("Rechnungs-PLZ", "LOCATION"), ("Empfänger", "PERSON"), ("Empfänger-Telefon", "PHONE_NUMBER"),
    ("Mitarbeiter-E-Mail", "EMAIL_ADDRESS"), ("Rechnername", "HOSTNAME"), ("Gerätename", "HOSTNAME"),
    ("Lizenzschlüssel", "SERIAL_NUMBER"), ("Rufnummer", "PHONE_NUMBER"), ("Kontoinhaber", "PERSON"),
    ("data.pushName", "PERSON"),  # (WhatsApp's profile name in a gateway's webhook)
    # (a number, a date, a state, a service of the same words; a bare 'Patient', a patient's number as often)
    ("Kundennummer", None), ("Kunden-ID", None), ("Rechnungsnummer", None), ("Lieferdatum", None),
    ("Lieferstatus", None), ("Kundendienst", None), ("Patient", None),
])
def test_germans_compound_columns(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a WhatsApp address in its own field is a phone's number (a gateway's webhook: 'remoteJid', 'sender'); a
    # group's is no one's
    ("data.key.remoteJid", "584266344475@s.whatsapp.net", [("PHONE_NUMBER", "584266344475")]),
    ("sender", "18494691856@s.whatsapp.net", [("PHONE_NUMBER", "18494691856")]),
    ("data.key.remoteJid", "120363025512348817@g.us", []),
    # a contact saved by whose kin they are: the name after it; a shop's profile name is no one's
    ("data.pushName", "Mamá de Yunior", [("PERSON", "Yunior")]), ("data.pushName", "Starling Pérez", [("PERSON", "Starling Pérez")]),
    ("data.pushName", "Moto Repuestos Valencia", []), ("data.pushName", "Tienda Celulares La Romana", []),
    # a name's part in its own column whatever else the word is; the Philippines' particles
    ("Middle Name", "Mae", [("PERSON", "Mae")]), ("Last Name", "dela Cruz", [("PERSON", "dela Cruz")]),
    ("user.last_name", "delos Santos", [("PERSON", "delos Santos")]), ("Middle Name", "Mr", []),
    ("displayName", "Mae", []),  # (a display name's column keeps its check: Central America's 'dude')
    # an order's state in Arabic ('جاري التجهيز': being prepared), no one's name
    ("حالة الطلب", "جاري التجهيز", []), ("حالة الطلب", "جاري التوصيل", []),
    # a program's name before its version, as a note writes it
    ("note", "Esper agent 7.13.1.1322 upgrade pending", []),
])
def test_round_66s_fields(detector, field, text, expected):
    assert _found(detector, [text], [field]) == [expected]


def test_a_phone_columns_fifteen_digits_after_an_00():
    assert value_hint("phone", "0049151149265697", 0, 16, "x").entity_type == "PHONE_NUMBER"
    assert value_hint("phone", "004915114926569701", 0, 18, "x") is None  # (sixteen after it: no plan's)
    assert value_hint("phone", "4915114926569701", 0, 16, "x") is None  # (sixteen, no '00')


def test_kin_before_a_name_only_in_a_persons_field():
    assert value_hint("data.pushName", "Yunior", 0, 6, "x").entity_type == "PERSON"
    hints = analyze_structure("Mamá de Yunior", "data.pushName").hints
    assert [("Mamá de Yunior"[h.start:h.end]) for h in hints] == ["Yunior"]
    assert analyze_structure("Mamá de Yunior", "comment").hints == ()  # (no person's field: nothing said)


def test_a_router_event_logs_dotted_date_and_seconds_start_a_log_record():
    assert starts_like_a_log_record("17.03.24 18:52:59 WLAN-Gerät über Gastzugang angemeldet (2,4 GHz), 72 Mbit/s")
    assert starts_like_a_log_record("17.03.2024 18:52:59 Anna Berger rief an")
    assert not starts_like_a_log_record("[17.03.24, 18:52:59] Anna: hallo")  # (a chat's export)
    assert not starts_like_a_log_record("17.03.24, 18:52 - Anna: hallo")
    assert not starts_like_a_log_record("17.03.24 18:52 Kunde Anna rief an")  # (a person's note: no seconds)


def test_germans_nouns_make_prose_foreign():
    assert _foreign_prose("Zählerstand Wasser: 12345 m³, Zählernummer 12-345, Rechnung folgt")
    assert not _foreign_prose("Please send the Understanding report to John Smith at Young Street")


@pytest.mark.parametrize(("text", "expected"), [
    # the firm's line ends at a page's '<br>': an agent's own phone on the next is theirs
    ("<p>Agente · ConectaCaribe Telecomunicaciones S.A.S.<br />Línea gratuita 01 8000 51 3030 · Cel. +57 302 8542178</p>",
     [("PHONE_NUMBER", "+57 302 8542178")]),
    # (the firm's line itself: its phone is the firm's)
    ("Nordlicht Home GmbH · Speicherstadt 4, Tel. +49 40 1234567", []),
])
def test_a_firms_line_ends_at_a_pages_break(detector, text, expected):
    assert [f for f in _found(detector, [text], [None])[0] if f[0] == "PHONE_NUMBER"] == expected


def test_german_and_austrian_legal_forms():
    assert goes_on_to_a_firms_kind("SHK Nowak e.K.", 9) and goes_on_to_a_firms_kind("Elektro Wimmer OG", 14)
    assert not goes_on_to_a_firms_kind("Anna Nowak ein", 10) and not goes_on_to_a_firms_kind("Mehl 5 KG", 4)
    text = "Elektro Wimmer OG · Hauptplatz 3"
    assert on_a_firms_line(text, text.index("Hauptplatz"))


@pytest.mark.parametrize(("text", "expected"), [
    # a log's labelled party in German; a product's and a firm's name are no one's
    ("2026-11-03 09:06:00 INFO Kontoinhaber: Stefan Gruber, IBAN AT61 1904 3002 3457 3201", [("PERSON", "Stefan Gruber")]),
    ("Kunde Deutsche Telekom, Vertrag 4711", []), ("Anruf von Deutsche Bahn, Gleis 4", []),
    ("de parte de Claro Colombia, su factura", []),
])
def test_round_66s_log_parties(detector, text, expected):
    assert [f for f in _found(detector, [text], [None])[0] if f[0] == "PERSON"] == expected


def test_round_66s_system_accounts_and_desks(detector):
    assert _found(detector, ["Login failed for user 'typo3' from 10.0.0.1"], [None])[0] == [("IP_ADDRESS", "10.0.0.1")]
    assert is_role_mailbox("buergerservice@oberaich-am-inn.gv.at") and is_role_mailbox("personal@firma.de")
    assert not is_role_mailbox("anna.personal@firma.de")


def test_a_help_desks_things_tables_name_no_one():
    from piiscan.detect.structure import sql_column_name

    assert type_for_name(sql_column_name("name", "hdz_priority")) is None
    assert type_for_name(sql_column_name("name", "`hdz_departments`")) is None
    assert type_for_name(sql_column_name("name", "hdz_users")) == "PERSON"  # (a person's table keeps its column)


@pytest.mark.parametrize(("text", "expected"), [
    ("ServiTec Cúcuta", []), ("Mark McKenzie", [("PERSON", "Mark McKenzie")]),  # (a brand run together; a name's
    ("DeShawn Jones", [("PERSON", "DeShawn Jones")]), ("Ewan MacLeod", [("PERSON", "Ewan MacLeod")]),  # prefix)
])
def test_a_brands_camel_case_is_no_ones_name(detector, text, expected):
    assert _found(detector, [text], ["data.pushName"]) == [expected]
