"""Detector-level rules from round 67's held-out regions (Japan and Korea; France, Monaco and Quebec; Russia and
Belarus): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.firmrows import company_name_field, names_its_rows_person, subject_name_field
from piiscan.detect.structure import (
    is_a_works_title,
    is_label_field,
    json_member_hints,
    positional_params_hints,
    sql_column_name,
    starts_like_a_log_record,
    type_for_name,
    value_hint,
)

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "expected"), [
    # French puts whose after what with no preposition: a ticketing form's payer and participant
    ("Nom payeur", "PERSON"), ("Prénom participant", "PERSON"), ("Ville payeur", "LOCATION"),
    ("Code postal payeur", "LOCATION"), ("Téléphone payeur", "PHONE_NUMBER"),
    ("Statut participant", None), ("Référence payeur", None), ("Nom produit", None),
    # whom to call in an emergency, what first
    ("Téléphone en cas d'urgence", "PHONE_NUMBER"), ("Personne à prévenir en cas d'urgence", "PERSON"),
    ("Contact d'urgence", "PERSON"), ("Téléphone du contact d'urgence", "PHONE_NUMBER"),
    ("Teléfono de emergencia", "PHONE_NUMBER"), ("Service des urgences", None), ("Date urgence", None),
    # Countly's user's region; a key fob's and a transit card's number
    ("rgn", "LOCATION"), ("custom.cle_rfid", "SERIAL_NUMBER"), ("custom.carte_opus", "SERIAL_NUMBER"),
    ("custom.abonnement", None),
    # Korea's public-sector standard terms (eGovFrame's columns), EC-CUBE's name and address parts
    ("MBER_NM", "PERSON"), ("APPLCNT_NM", "PERSON"), ("FRST_REGISTER_ID", "USERNAME"), ("MBTLNUM", "PHONE_NUMBER"),
    ("EMAIL_ADRES", "EMAIL_ADDRESS"), ("DETAIL_ADRES", "LOCATION"), ("ESNTL_ID", None), ("RSV_STTUS", None),
    ("name01", "PERSON"), ("kana02", "PERSON"), ("addr01", "LOCATION"), ("name03", None),
    # a tracker's user's shown name, not a status's
    ("createdBy.display", "PERSON"), ("assignee.display", "PERSON"), ("status.display", None), ("display", None),
])
def test_round_67s_column_names(field, expected):
    assert type_for_name(field) == expected


def test_round_67s_things_columns():
    assert is_label_field("Postes") and is_label_field("Lieux de travail") and is_label_field("Billet")
    assert is_label_field("Club / Association") and not is_label_field("Nom payeur")
    assert is_a_works_title("custom.station_favorite") and not is_a_works_title("custom.adresse_domicile")
    assert type_for_name(sql_column_name("name", "public.ofproperty")) is None  # (a server's settings' names)
    assert type_for_name(sql_column_name("name", "wp_options")) is None
    assert type_for_name(sql_column_name("name", "public.ofuser")) == "PERSON"


@pytest.mark.parametrize(("value", "kept"), [
    ("a13", False), ("58c", False), ("f9", False), ("7", False),  # a sequence's id in base 36 (Countly's 'uid')
    ("a0b", False), ("ab3", False),
    ("jd", True), ("bob", True), ("dave12", True), ("a1b2", True),
])
def test_round_67s_short_logins(value, kept):
    assert (value_hint("uid", value, 0, len(value), "field_name") is not None) == kept


def test_a_french_legal_name_column_is_a_company_column():
    # HelloAsso's optional 'Raison sociale' beside its payer's own name: the row's subject only where no person is
    assert company_name_field("Raison sociale") and not subject_name_field("Raison sociale")
    assert subject_name_field("Nom du client")
    # a JSON record's own 'name', as sources.jsonfmt hints it, names its row's person (beside its 'organization')
    assert names_its_rows_person("user.name") and not names_its_rows_person("device.name")


def test_a_firms_invoice_name_keeps_its_payers_address(detector):
    header = ["Nom payeur", "Raison sociale", "Adresse payeur", "Ville payeur", "Téléphone"]
    row = ["PELLETIER", "Boulangerie Ben Salah", "2 ter boulevard Paul Bert", "Dijon", "0718928661"]
    found = _found(detector, row, header)
    assert ("LOCATION", "Dijon") in found[3] and found[4] == [("PHONE_NUMBER", "0718928661")]


def test_a_json_objects_name_beside_its_email_is_a_persons():
    line = '[x] admin.INFO - 会員編集 {"customer_id":2727,"name":"高橋 結衣","email":"yui@ezweb.ne.jp"} [POST]'
    assert [(h.entity_type, line[h.start:h.end]) for h in json_member_hints(line)] == [("PERSON", "高橋 結衣")]
    for other in ('{"product":{"name":"Sencha Gold","sku":"X"},"email":"a@b.jp"}',  # (another object's e-mail)
                  '{"name":"Sencha Gold","sku":"X"} {"email":"a@b.jp"}', '{"name":"Sencha Gold","price":1}'):
        assert not any(h.entity_type == "PERSON" for h in json_member_hints(other))


def test_a_statements_placeholders_take_their_logged_values():
    insert = ('INSERT INTO dtb_customer (name01, name02, postal_code, email, phone_number, point) VALUES '
              '(?, ?, ?, ?, ?, ?) {"params":{"1":"岡田","2":"拓也","3":"1660001","4":"okada@yahoo.co.jp",'
              '"5":"08015001510","6":"0"},"types":{"1":2}}')
    found = {(h.entity_type, insert[h.start:h.end]) for h in positional_params_hints(insert)}
    assert found == {("PERSON", "岡田"), ("PERSON", "拓也"), ("LOCATION", "1660001"), ("PHONE_NUMBER", "08015001510")}
    # (the address is the e-mail recognizer's; 'point' no one's)
    update = ('UPDATE dtb_customer SET email = ?, kana01 = ?, name01 = ? WHERE id = ? {"params":["k@docomo.ne.jp",null,'
              '"木村","2727"]}')  # (a list counts from the first; a null takes its place)
    assert [(h.entity_type, update[h.start:h.end]) for h in positional_params_hints(update)] == [("PERSON", "木村")]
    assert positional_params_hints('SELECT * FROM t WHERE id = ? {"params":{"1":"Anna"}}') == []
    assert positional_params_hints("INSERT INTO t (name01) VALUES (?)") == []  # (no values logged)


@pytest.mark.parametrize(("line", "machine"), [
    ("Dec  2 10:19:12 rtx1210-honsha Restart by reload command", True),  # (a router's untagged record)
    ("Dec  2 10:42:50 rtx830-seoul [DHCPD] LAN1 Release 192.168.100.27: lease time", True),
    ("Dec  2 10:42 Anna Lee called from Seoul", False), ("Dec  2 10:42:50 Anna Lee called", False),
])
def test_a_syslog_record_with_a_machines_host_is_a_log_record(line, machine):
    assert starts_like_a_log_record(line) == machine


def test_round_67s_records(ner_detector):
    texts = [
        "Zdravstvuyte, menya zovut Dmitry Sokolov, moy nomer +7 926 111 22 33",  # (translit: no English NER reading)
        "новый в смс на 89035426404", "Перезвоним на 80339147651. Ринат",  # (a bare mobile, its context word)
        "Заказ 89035426404 отправлен",  # (no context word)
        "Добрый день, Коллеги",  # (no one's name)
        '{"bcc":"order@kotonoha-chaho.jp"}',  # (a shop's desk)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert found[0] == [("PERSON", "Dmitry Sokolov"), ("PHONE_NUMBER", "+7 926 111 22 33")]
    assert found[1] == [("PHONE_NUMBER", "89035426404")] and ("PHONE_NUMBER", "80339147651") in found[2]
    assert found[3] == [] and found[4] == [] and found[5] == []
