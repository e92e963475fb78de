"""Detector-level rules from round 69's held-out regions (Central Asia and Mongolia; Czechia; Anglophone West
Africa): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.firmrows import (
    firms_finding,
    firms_rows,
    names_a_contact,
    names_a_firm,
    names_its_rows_person,
)
from piiscan.detect.signoff import signed_names
from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "expected"), [
    # a Czech mailing list's given name and surname in the vocative, to greet by (Ecomail's)
    ("vokativ", "PERSON"), ("vokativ_s", "PERSON"), ("Odběratel", "PERSON"), ("Vystavil", None),
])
def test_round_69s_column_names(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("text", "firm"), [
    # Czechia's and Slovakia's shops, schools, universities, foundations; a university in English
    ("Masarykova univerzita", True), ("Lékárna U Černého orla", True), ("Truhlářství Dvořák s.r.o.", True),
    ("Nadační fond Emila Holuba", True), ("Gymnázium Jana Nerudy", True), ("Zubní ordinace MUDr. Veselé", True),
    ("Tomáš Baťa University in Zlín", True), ("Miroslav Jelínek", False), ("Zuzana Balážová", False),
])
def test_round_69s_firms_names(text, firm):
    assert names_a_firm(text) is firm


def test_a_buyers_firm_is_its_rows_subject_beside_its_contact_and_its_issuers_clerk():
    # (Fakturoid's invoices: the buyer 'Odběratel' a university, its contact person named, the seller's clerk who
    # issued it in 'Vystavil'; a buyer who is a person)
    assert not names_its_rows_person("Vystavil") and not names_its_rows_person("Kontaktní osoba")
    assert names_its_rows_person("Jméno") and names_a_contact("Kontaktní osoba") and not names_a_contact("Jméno")
    cells = [(1, "Odběratel", "Masarykova univerzita"), (2, "Odběratel", "Zuzana Balážová"),
             (3, "Odběratel", "Pekárna Kubík s.r.o.")]
    assert firms_rows(cells, people={2, 3}) == {1}  # (row 3: a person named beside its buyer, an attendee's)
    # a firm's row's line is its contact's where the row names one; its desk's mailbox stays the firm's
    assert firms_finding("Telefon", "PHONE_NUMBER", "736 400 913") is True
    assert firms_finding("Telefon", "PHONE_NUMBER", "736 400 913", contact_named=True) is False
    assert firms_finding("Ulice", "LOCATION", "Dlouhá 2137/76", contact_named=True) is True
    assert firms_finding("E-mail", "EMAIL_ADDRESS", "ucetni@it.cz", contact_named=True) is True


def test_round_69s_records(detector):
    texts = [
        "Odběratel: Marie Černá, Nádražní 12, 586 01 Jihlava",  # (a buyer's label: the first piece is their name)
        "Doručovací adresa: Jihlava, Nádražní 12",  # (an address's label: the first piece is the town)
        "assign ZB-118933 -> courier c_manuchehr (Манучеҳр Шарифзода, +992 91 965 0553)",
        "I am at Betom today, you can call 233246927402.",  # ('call' a stop word to spaCy, a phone's cue here)
        "My wallet number is 23233638717.",  # (a mobile-money wallet's number)
        "I will call you back, order 20240312155",  # (an order's number)
    ]
    found = _found(detector, texts, [None, None, None, None, None, None])
    assert ("PERSON", "Marie Černá") in found[0] and ("LOCATION", "Marie Černá") not in found[0]
    assert ("LOCATION", "Jihlava") in found[1]
    assert ("USERNAME", "c_manuchehr") in found[2] and ("PERSON", "Манучеҳр Шарифзода") in found[2]
    assert found[3] == [("PHONE_NUMBER", "233246927402")] and found[4] == [("PHONE_NUMBER", "23233638717")]
    assert found[5] == []


@pytest.mark.parametrize(("field", "value", "expected"), [
    # Czech's and Slovak's notebook in a machine's name
    ("FQDN", "jan-ntb.kvader.sk", "HOSTNAME"), ("FQDN", "NTB-NOVAK.stavbykral.local", "HOSTNAME"),
    ("author", "Momo Mulbah", "PERSON"),  # (Liberia's given name, no mobile-money brand's)
    ("FQDN", "www.kvader.sk", None),  # (a site's)
])
def test_round_69s_values(detector, field, value, expected):
    found = _found(detector, [value], [field])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_69s_model_readings(ner_detector):
    texts = [
        "reach? The receiver said no. Wetin apin to mi account?",  # (Pidgin's 'what')
        "Herh, wey kind wahala be this?",  # (a sigh)
        "I will hear from you.\n\nTarnue",  # (a message's writer, alone on its last line)
        "<div><p>Please send the technician.</p><p>Binta</p></div>",
        "We went to Accra Mall yesterday",  # (a mall's)
        "I live in Kumasi.\n\nAdum, Kumasi",  # (two words on the last line: not a name alone)
    ]
    found = _found(ner_detector, texts, [None, None, None, "content", None, None])
    assert not any(t == "PERSON" for t, _ in found[0]) and found[1] == []
    assert found[2] == [("PERSON", "Tarnue")] and found[3] == [("PERSON", "Binta")] and found[4] == []
    assert not any(t == "PERSON" for t, _ in found[5])


def test_a_frappe_documents_name_is_its_key():
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values('{"data": [{"name": "i9bos78r18", "owner": "Guest", "creation": "2024-02-02", '
                                  '"modified": "2024-02-02", "modified_by": "Administrator", "docstatus": 0, '
                                  '"sender": "sillah.momodou47@hotmail.com", "sender_full_name": "Momodou Sillah"}, '
                                  '{"name": "kwame_22", "email": "kwame@example.com"}]}', hints)[1]
    named = {v[0]: hints.get(n) for n, v in enumerate(values) if v[0].endswith("name")}
    assert named["data[0].name"] == "data[0].doc.id" and type_for_name("data[0].doc.id") is None
    assert named["data[0].sender_full_name"] is None and named["data[1].name"] == "data[1].user.name"  # (no
    # Frappe document's: a user's name beside their e-mail)


def test_a_name_alone_before_its_writers_number_signs_the_message():
    lines = ["Any update on this? A don tray ɔl tin.", "", "Yeabu", "23276788199", "", "Order 12", "2024"]
    rows = list(range(len(lines)))
    texts = dict(enumerate(lines))
    fields = dict.fromkeys(rows)
    sources = dict.fromkeys(rows, "care.mbox")
    records = {i: i + 1 for i in rows}
    assert signed_names(texts, fields, sources, records, rows) == [(2, 0, 5)]


def test_a_claims_desk_is_a_role_mailbox():
    from piiscan.detect.known import is_role_mailbox

    assert is_role_mailbox("claims@komboexpress.gm") and not is_role_mailbox("claimsjohn@komboexpress.gm")
