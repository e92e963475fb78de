"""Detector-level rules from round 74's held-out regions (Andorra, Gibraltar and the Channel Islands; the Canary
Islands, Madeira, the Azores, Ceuta and Melilla; Guam, the Northern Marianas, Palau and Micronesia): each with what it
must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.engine import RawFinding
from piiscan.detect.known import propagate
from piiscan.detect.structure import firms_name_value, type_for_name

from .helpers import found_by_record

_found = found_by_record


def _make(entity, start, end, score):
    return RawFinding(entity, start, end, score, "known_value")


@pytest.mark.parametrize(("field", "expected"), [
    # a country's code by its standard's name; a card's holder after its gateway's words; a forum's login; a
    # WhatsApp account's id (its number's digits)
    ("Addresses 1 Country ISO2 code", "LOCATION"), ("country_iso_code", "LOCATION"), ("Item ISO2 code", None),
    ("DS_MERCHANT_TITULAR", "PERSON"), ("cpf_titular", None), ("DS_MERCHANT_AMOUNT", None),
    ("USER.LOGON", "USERNAME"), ("waId", "PHONE_NUMBER"), ("contacts.0.wa_id", "PHONE_NUMBER"),
])
def test_round_74s_column_names(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("value", "expected"), [
    # Catalan's and Spanish's trades and Spain's legal forms name a firm
    ("Construccions Casal Coma SL", True), ("Gestoria Naudi & Associats", True), ("Farmàcia Escaler", True),
    ("Straits Bunkering Co", True), ("Pirineu Rock Hotels", True), ("Joan Casal Coma", False), ("Núria Escaler", False),
])
def test_round_74s_firm_names(value, expected):
    assert firms_name_value(value) is expected


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a town's list's town before a page's title's dash: the title goes on, no town after it
    ("Ocean Village Gibraltar - Rooms", "Rooms", None), ("Sunborn Gibraltar - Suites", "Suites", None),
    # a street's line before its quarter and its town, each after a dash
    ("Rua de Lisboa, 192 - Fazenda - Praia", "Fazenda", "LOCATION"),
    # a firm's branch's town is its site ('Vazon Home & Garden')
    ("Click & Collect Vazon Home & Garden - St Sampson", "Vazon", None),
    # a payment gateway's holder in a log's JSON
    ('Redsys request {"DS_MERCHANT_AMOUNT":"1299","DS_MERCHANT_TITULAR":"FRANCISCO DORTA SANTANA"}',
     "FRANCISCO DORTA SANTANA", "PERSON"),
    # a town in quotes after its municipality's label
    ('Código postal 38530 no coincide con municipio "Candelaria" para pedido', "Candelaria", "LOCATION"),
])
def test_round_74s_read_rules(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_74s_model_readings(ner_detector):
    texts = [
        "Thanks, Sgt. Mike Thompson",  # (a rank before the name)
        "Si Yu'os ma'åse', Rosa Quinata Aguon",  # (Chamorro's thanks)
        "Llanito: Oye, mi nombre es Charlie Caruana",  # (Gibraltar's language)
        "I live in Yigo near Andersen AFB; my husband is stationed there.",  # (a base)
        "Gift card bought for Sarah Mauger, send voucher by post",  # (a present, no Zimbabwean's name)
        "Scanner not working - MMHN-WS-2363",  # (an IT desk's subject)
        "Si Yu'os Ma'ase, Rosa Aguon",  # ('Si', Chamorro's and Tagalog's article before a name, read so)
        "Please call back.\n\nGhilisow ngalei,\nLino",  # (Carolinian's thanks)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert not [v for t, v in found[0] if v == "Sgt"] and ("PERSON", "Mike Thompson") in found[0]
    assert not [v for t, v in found[1] if v.startswith("Si Yu")] and ("PERSON", "Rosa Quinata Aguon") in found[1]
    assert not [v for t, v in found[2] if v == "Llanito"]
    assert not [v for t, v in found[3] if "Andersen" in v] and ("LOCATION", "Yigo") in found[3]
    assert not [v for t, v in found[4] if v == "Gift"] and ("PERSON", "Sarah Mauger") in found[4]
    assert not [v for t, v in found[5] if v == "Scanner"]
    assert not [v for t, v in found[6] if "Yu'os" in v] and ("PERSON", "Rosa Aguon") in found[6]
    assert not [v for t, v in found[7] if v.startswith("Ghilisow")]
    assert ("PERSON", "Gift Moyo") in _found(ner_detector, ["Thanks Gift Moyo for the call"], [None])[0]


def test_a_town_known_elsewhere_is_not_carried_to_a_firms_site_or_its_quarter():
    texts = ["Malakal", "Your box has arrived at our Koror agent (Malakal). Reply 1", "We moved to Malakal (Koror)"]
    found = [[RawFinding("LOCATION", 0, 7, 0.85, "field_name")], [], []]
    out = propagate(texts, found, _make, fields=["City", "text", "text"])
    assert out[1] == []
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Malakal"]


@pytest.mark.parametrize(("text", "span", "expected"), [
    # Chamorro's thanks, cut anywhere by the model, after an escaped line's end as a SQL dump keeps it too
    ("pero ti mamåtkilo i internet.\\nSi Yu\\'os ma\\'åse\\'');", "Si Yu\\'os ma\\'åse\\''", True),
    ("Kao siña un ayuda yo\\'?\\nSaina ma\\'åse\\'');", "Saina ma\\'åse\\''", True),
    ("Si Yu'os Ma'ase, Rosa Aguon", "Yu'os Ma'ase", True),
    ("Si Yu'os Ma'ase, Rosa Aguon", "Rosa Aguon", False), ("Saina Lopez called", "Saina Lopez", False),
])
def test_chamorros_thanks_is_a_greetings_phrase(text, span, expected):
    from piiscan.detect.engine import _in_a_greetings_phrase

    start = text.index(span)
    assert _in_a_greetings_phrase(text, start, start + len(span)) is expected
