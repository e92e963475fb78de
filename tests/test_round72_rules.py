"""Detector-level rules from round 72's held-out regions (Macau, Brunei and Timor-Leste; Chad, Niger and the
Central African Republic; Hawaii, Alaska and Louisiana): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.known import is_role_mailbox
from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "expected"), [
    # a CRM's composite field and its part (Twenty's export): the part says the type, not the whole
    ("Created by / Source", None), ("Created by / Name", "PERSON"), ("Name / First Name", "PERSON"),
    ("Emails / Primary Email", "EMAIL_ADDRESS"), ("Address / Post Code", "LOCATION"),
    # a phone's country code is its plan's; a further phone's number is a phone's
    ("Phones / Primary Phone Country Code", None), ("Phones / Additional Phones[0].number", "PHONE_NUMBER"),
    ("Phones / Additional Phones[0].countryCode", None), ("additionalPhones[0].number", "PHONE_NUMBER"),
    # a survey's question in two languages is one question; one that asks how to reach the one who answers
    ("O que podemos melhorar? / Apa yang boleh kami perbaiki?", None),
    ("Podemos contactá-lo? Deixe o seu e-mail ou telemóvel / May we contact you?", "PHONE_NUMBER"),
    ("May we contact you?", None),
    # a name in a language by the language's name, a complainant, a device's owner; an account's number
    ("nom_arabe", "PERSON"), ("plaignant", "PERSON"), ("propriétaire", "PERSON"), ("Account #", None),
    ("ticket.customfields.Account #", None),  # (a help desk's custom field by its name: Teamwork Desk's)
    ("Account", "USERNAME"),
    # a call's or a text's sender's state
    ("raw.FromState", "LOCATION"), ("CallerState", "LOCATION"), ("Device state", None),
])
def test_round_72s_column_names(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("field", "value", "expected_value", "expected"), [
    # JSON in a CRM's cell: a phone object's number beside its dialling code
    ("Phones / Additional Phones", '[{"number":"3317589","callingCode":"+670","countryCode":"TL"}]', "3317589",
     "PHONE_NUMBER"),
    ("Phones / Additional Phones", '[{"number":"3317589","callingCode":"+670","countryCode":"TL"}]', "TL", None),
    # a session recorder's custom variables, one key=value pair an item
    ("variables.1", "deviceImei=353351342145034", "353351342145034", "HARDWARE_ID"),
    ("variables.3", "simIccid=8967013734357154112", "8967013734357154112", "SERIAL_NUMBER"),
    ("variables.0", "msisdn=8516907", "8516907", "PHONE_NUMBER"), ("variables.2", "plan=FIBRA-1000", "FIBRA-1000", None),
    # a visitor's network's owner by GeoIP is a firm's name
    ("isp", "3 Macau", "Macau", None), ("city", "Macau", "Macau", "LOCATION"),
    # a platform's record id of a device is no device's; its guid is
    ("events.0.payload.message.source.device.id", "021c9358fcbad982102bdd7d", "021c9358fcbad982102bdd7d", None),
    ("events.0.payload.message.source.device.guid", "5b14ccb64dfb62a990e8d4c2e815dc38",
     "5b14ccb64dfb62a990e8d4c2e815dc38", "HARDWARE_ID"),
    # a chat platform's name for an anonymous visitor; a WhatsApp client's number as its external id and 'from'
    ("events.0.payload.message.author.displayName", "Web User fe7d54", "fe7d54", None),
    ("events.0.payload.message.author.displayName", "Web User fe7d54", "Web User fe7d54", None),
    ("events.0.payload.message.source.client.externalId", "18084602241", "18084602241", "PHONE_NUMBER"),
    ("events.0.payload.message.source.client.raw.from", "18084602241", "18084602241", "PHONE_NUMBER"),
    ("events.0.payload.message.source.client.externalId", "MKM1410012", "MKM1410012", None),
    ("events.0.payload.message.source.client.raw.from", "Ryan", "Ryan", None),
    # a help desk's own inbox; a customer's mailbox stays
    ("ticket.inbox.email", "support-ak@tidewatersat.com", "support-ak@tidewatersat.com", None),
    ("ticket.customer.email", "kainoa.k@gmail.com", "kainoa.k@gmail.com", "EMAIL_ADDRESS"),
    # a free line after the trunk '0', a country's code and '800'; a contact's own number stays
    ("Podemos contactá-lo? Deixe o seu e-mail ou telemóvel / May we contact you?",
     "Liguem para 0800 211? no, use (+670) 7692 0565", "0800 211", None),
    ("Podemos contactá-lo? Deixe o seu e-mail ou telemóvel / May we contact you?", "821 9939", "821 9939",
     "PHONE_NUMBER"),
])
def test_round_72s_values(detector, field, value, expected_value, expected):
    found = _found(detector, [value], [field])[0]
    assert [t for t, v in found if v == expected_value] == ([expected] if expected else [])


def test_a_desks_mailbox_per_region_is_a_role_mailbox():
    assert is_role_mailbox("support-ak@tidewatersat.com") and is_role_mailbox("sales-uk@example.com")
    assert not is_role_mailbox("john-ak@example.com") and not is_role_mailbox("support-kainoa@example.com")


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a French log's key=value pairs: a device's owner by login, a complainant by name, a name in Arabic letters
    ("Tablette enregistrée: wlan0=9C:2E:A1:ED:E6:69 propriétaire=priscan", "priscan", "USERNAME"),
    ("Plainte créée: plaignant=Bernadette Ouefio, tél=0023670686398", "Bernadette Ouefio", "PERSON"),
    ("        'nom_arabe' => 'يوسف حسب الله'", "يوسف حسب الله", "PERSON"),
    # Papua New Guinea's Lae is Tetum's 'no' alone
    ("Lae", "Lae", None), ("Lae, Morobe Province", "Lae", "LOCATION"),
    # carriers and a data collector are no places or persons
    ("SMS reçu de +236 70 15 79 26 (Orange CF) via modem 358476092909365: x", "Orange CF", None),
    ("Synchronisation Kobo formulaire aK7xf6c67c terminée", "Kobo", None),
])
def test_round_72s_read_rules(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_72s_model_readings(ner_detector):
    texts = [
        "Servisu di'ak loos, obrigadu!",  # (Tetum's 'service', 'very')
        "Shoots, mahalo! Nālani",  # (Hawaii Pidgin's 'OK')
        "Cama-i, my new SIM no work",  # (Yup'ik's hello)
        "Error Info: Array",  # (a PHP error's label)
        "Débito direto autorizado; cartão 3551",  # (Portuguese's direct debit)
        "ussd.UssdMenu: CON Bara ala! 1. Sara plainte 2. Bâ plainte",  # (a USSD reply's mark and Sango's hello)
        "<p>Still down. Build 05b7023 is rolling out; checksum gVUmuhMGewBLAm</p>",  # (a build's hash)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert not [v for t, v in found[0] if v in ("Servisu", "loos")]
    assert not [v for t, v in found[1] if v == "Shoots"]
    assert not [v for t, v in found[2] if v == "Cama-i"]
    assert not [v for t, v in found[3] if v == "Error Info"]
    assert not [v for t, v in found[4] if v == "Débito"]
    assert not [v for t, v in found[5] if "CON" in v or "Bara" in v]
    assert not [v for t, v in found[6] if v == "05b7023"]
