"""Detector-level rules from round 68's held-out regions (India; Brazil; Iran and the South Caucasus): each with
what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.firmrows import firms_rows
from piiscan.detect.known import TIME_ZONE, is_role_mailbox
from piiscan.detect.structure import (
    firm_field,
    is_free_text_name,
    is_label_field,
    json_member_hints,
    key_value_hints,
    type_for_name,
    value_hint,
)

from .helpers import found_by_record

_found = found_by_record


def _hinted(hints, text):
    return sorted((h.entity_type, text[h.start:h.end]) for h in hints)


@pytest.mark.parametrize(("field", "expected"), [
    # an event form's developer handle and machine, a help desk's requester and attendant (Portuguese)
    ("Usuário no GitHub", "USERNAME"), ("Perfil no GitLab", "USERNAME"), ("Nome do computador (hackathon)", "HOSTNAME"),
    ("Solicitante", "PERSON"), ("Atendente", "PERSON"), ("E-mail do solicitante", "EMAIL_ADDRESS"),
    ("Número do ingresso", None), ("Tipo de ingresso", None),
])
def test_round_68s_column_names(field, expected):
    assert type_for_name(field) == expected


def test_round_68s_things_and_prose_columns():
    assert is_label_field("Tipo de ingresso") and not is_label_field("Nome")  # (a ticket's type: 'Hackathon - ...')
    assert is_free_text_name("Descrição") and is_free_text_name("Mensagem") and not is_free_text_name("Cidade")
    assert firm_field("Organização") and firm_field("Organización") and not firm_field("Nome do comprador")


@pytest.mark.parametrize(("field", "value", "expected"), [
    # a Brazilian sole trader's legal name: its CNPJ's root before, or its CPF after, the owner's name
    ("company", "76.210.430 CAMILA OKADA", "CAMILA OKADA"), ("name", "FELIPE BECKER 51173635408", "FELIPE BECKER"),
    ("company", "Caio Ribeiro 74865608796", "Caio Ribeiro"), ("name", "12345678 Ana Souza", "Ana Souza"),
    ("company", "Padaria Pão Dourado LTDA", None), ("company", "Loja 2000", None),  # (a firm's; a shop's number)
    # a surname typed in lower case, its particles too
    ("Sobrenome", "de paula araújo", "de paula araújo"), ("Sobrenome", "do carmo", "do carmo"),
])
def test_round_68s_values(field, value, expected):
    hint = value_hint(field, value, 0, len(value), "field_name")
    assert (value[hint.start:hint.end] if hint and hint.entity_type == "PERSON" else None) == expected


def test_an_unquoted_name_takes_its_further_words_up_to_the_next_pair():
    text = "INFO customer_name=Meenakshi Sundaram dob=1988-04-12 status=ok"
    assert ("PERSON", "Meenakshi Sundaram") in _hinted(key_value_hints(text), text)
    text = "INFO email=a@b.com name=Rajesh Kumar Sharma mobile=9876543210"
    assert ("PERSON", "Rajesh Kumar Sharma") in _hinted(key_value_hints(text), text)
    text = "INFO name=Meenakshi Sundaram dob=1988-04-12"  # (a birth date: a person's record, its bare 'name' theirs)
    assert ("PERSON", "Meenakshi Sundaram") in _hinted(key_value_hints(text), text)
    text = "INFO customer_name=Rohit logged in from 10.0.0.1"  # (the words after are no name's)
    assert not any(t == "PERSON" and " " in v for t, v in _hinted(key_value_hints(text), text))
    text = "INFO email=a@b.com name=Checkout Service"  # (a thing's name)
    assert not any(t == "PERSON" for t, _ in _hinted(key_value_hints(text), text))
    text = "INFO name=nginx dob=none"
    assert not any(t == "PERSON" for t, _ in _hinted(key_value_hints(text), text))


def test_an_objects_name_beside_its_street_or_phone_is_its_recipients():
    text = ("desibot.orders: ship_to={'name': 'Abhishek Khan', 'line1': '14/2 Gariahat Road', 'city': 'Kolkata', "
            "'pincode': '700019', 'phone': '+91 98300 12345'}")
    hinted = _hinted(json_member_hints(text), text)
    assert ("PERSON", "Abhishek Khan") in hinted and ("LOCATION", "Kolkata") in hinted
    text = "cfg={'name': 'Build Server', 'city': 'Pune', 'retries': '3'}"  # (no street's nor phone's key)
    assert not any(t == "PERSON" for t, _ in _hinted(json_member_hints(text), text))
    text = "{'name': 'checkout', 'phone': '+91 98300 12345'}"  # (no full name)
    assert not any(t == "PERSON" for t, _ in _hinted(json_member_hints(text), text))


def test_a_partys_firm_is_its_rows_subject_only_where_no_person_is_named():
    # (an attendee list: the buyer a bank, the attendee a person; a firm bought for itself)
    cells = [(1, "Nome do comprador", "Banco do Brasil S.A."), (2, "Nome do comprador", "Gerdau Ltda."),
             (3, "Nome", "Papelaria Central da Beira, Lda.")]
    assert firms_rows(cells, people={1, 3}) == {2, 3}


def test_round_68s_mailboxes_and_time_zones():
    assert is_role_mailbox("nf@totvs.com.br") and is_role_mailbox("eventos@banco.com.br")
    assert not is_role_mailbox("nfernandes@x.com.br")
    assert TIME_ZONE.search('"timezone":"Asia\\\\/Tbilisi"') and TIME_ZONE.search("Asia\\/Baku")


def test_round_68s_records(detector):
    texts = [
        "Roteador V2.1.6, gateway 192.168.0.1, DNS 127.0.0.53, PC 192.168.0.23",  # (the router's, the machine's own
        # resolver in a ticket's description; the PC's)
        "sending magic packet to 00:11:32:b6:0b:d7 via 192.168.1.255:9",  # (a home network's broadcast)
        "CEC: TV vendor Sony, physical address 1.0.0.0",  # (an HDMI device's address)
        "Preciso de nota fiscal em nome da empresa Gerdau, CNPJ 17.946.888/0001-52.",
        "gateway 8.8.4.5 unreachable",  # (a public address: no private network's gateway)
    ]
    found = _found(detector, texts, ["Descrição", None, None, "Observações", None])
    assert found[0] == [("IP_ADDRESS", "192.168.0.23")] and found[1] == [("HARDWARE_ID", "00:11:32:b6:0b:d7")]
    assert found[2] == [] and found[3] == [] and found[4] == [("IP_ADDRESS", "8.8.4.5")]


def test_round_68s_model_readings(ner_detector):
    texts = [
        "Cliente possui cobranças vinculadas",  # (an API's reason in Portuguese: no one's name)
        "40.92.103.28 [FF0C] 01:18:14 Connected",  # (a session's hex id)
        "<amirhossein02> sim-e Irancell-am fa'al nemishe",  # (Finglish: doesn't work)
        "can I pick up from the Koramangala store?",  # (a chain's shop)
        "mera number 9812345678 hai, Priya Sharma",
        "Olá equipe TecnoMais, vi no site que a garantia estendida cobre",  # (a brand's two words run together)
    ]
    found = _found(ner_detector, texts, ["cannotBeDeletedReason", None, None, None, None, "Descrição"])
    assert found[0] == [] and found[1] == [("IP_ADDRESS", "40.92.103.28")]
    assert ("LOCATION", "nemishe") not in found[2] and found[3] == []
    assert ("PHONE_NUMBER", "9812345678") in found[4] and found[5] == []


def test_lower_case_words_are_a_sentences_where_the_text_starts_with_a_capital():
    from piiscan.detect.engine import _CAMEL_BRAND_WORD, _a_lower_phrase_among_capitals

    text = "Cliente possui cobranças vinculadas"
    assert _a_lower_phrase_among_capitals(text, 8, len(text))
    text = "andrew mccabe fuck flynn then we fuck trump - Google"  # (a tweet all in lower case writes names so)
    assert not _a_lower_phrase_among_capitals(text, 0, 24)
    text = "Ligar para maria da silva"  # (a name's particle: two words and a particle)
    assert not _a_lower_phrase_among_capitals(text, 11, len(text))
    assert _CAMEL_BRAND_WORD.fullmatch("TecnoMais") and not _CAMEL_BRAND_WORD.fullmatch("McAllen")
    assert not _CAMEL_BRAND_WORD.fullmatch("DeKalb")


def test_a_town_found_is_not_carried_into_a_time_zone(detector):
    texts = ["Mən Bakıda yaşayıram, Baku", '{"timezone":"Asia\\/Baku","editor":""}', "back in Baku today"]
    found = _found(detector, texts, [None, None, None])
    assert ("LOCATION", "Baku") in found[0] and found[1] == [] and ("LOCATION", "Baku") in found[2]


def test_a_chat_bots_own_names_are_no_ones():
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values('{"message": {"from": {"id": 1, "is_bot": true, "first_name": "سپهر موبایل", '
                                  '"username": "sepehrmobile_bot"}, "chat": {"id": 2, "first_name": "Behzad", '
                                  '"username": "behzad.taheri"}, "reply": {"from": {"is_bot": false, '
                                  '"first_name": "Sara"}}}}', hints)[1]
    assert {v[0]: hints.get(n) for n, v in enumerate(values)} == {
        "message.from.first_name": "message.from.bot.name", "message.from.username": "message.from.bot.name",
        "message.chat.first_name": None, "message.chat.username": None, "message.reply.from.first_name": None}
    assert type_for_name("message.from.bot.name") is None
