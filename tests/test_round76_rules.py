"""Detector-level rules from round 76's held-out regions (Patagonia, Tierra del Fuego and the Galápagos; Wales,
Cornwall and the Scottish Highlands and Islands; Xinjiang, Tibet and Inner Mongolia): each with what it must not
take."""

from __future__ import annotations

import pytest

from piiscan.detect.firmrows import firms_rows
from piiscan.detect.structure import is_label_field, is_random_token, type_for_name

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a Chinese tracker's people by their role (ZenTao's bug export); a state there is no one; names listed
    ("指派给", "张伟", [("PERSON", "张伟")]), ("由谁创建", "娜仁图雅", [("PERSON", "娜仁图雅")]),
    ("指派给", "Closed", []),
    ("抄送给", "杨帆,周敏", [("PERSON", "杨帆"), ("PERSON", "周敏")]),
    # a message archive's sender and addressees by their logins; a contact's opaque id is the platform's
    ("from", "TenzinNorbu", [("USERNAME", "TenzinNorbu")]), ("tolist.0", "Dolma.kefu", [("USERNAME", "Dolma.kefu")]),
    ("from", "wmErxtDgAAkGGCoNOdD1MQq-Zfzq9eje", []), ("tolist.0", "wmYRx6DgAAb_pvHHkanTBCDNI4AzOjMg", []),
    ("from", "LHR", []),  # (a code, no login)
    # a booking's guests listed, its booker by family name first; no postal line's towns in them
    ("Guest name(s)", "Dafydd Roberts, Aled Evans", [("PERSON", "Dafydd Roberts"), ("PERSON", "Aled Evans")]),
    ("Booked by", "Villalba, Facundo", [("PERSON", "Villalba, Facundo")]),
    ("Name", "Acme, Inc", []),  # (a firm and its legal form, no list of names)
    # a rented device's serial by its Spanish column with the numero sign
    ("N° de serie del equipo", "3VH286866", [("SERIAL_NUMBER", "3VH286866")]),
    # a location message's place by its title
    ("location.title", "那曲汽车站", [("LOCATION", "那曲汽车站")]), ("title", "那曲汽车站", []),
    # a room's type is a label
    ("Unit type", "Habitación Doble Superior con vista al Canal Beagle", []),
])
def test_round_76s_column_rules(detector, field, text, expected):
    found = _found(detector, [text], [field])[0]
    assert sorted(found) == sorted(expected)


def test_round_76s_field_names():
    assert type_for_name("Guest name(s)") == "PERSON" and type_for_name("Booked by") == "PERSON"
    assert type_for_name("tolist") == "USERNAME"
    assert is_label_field("Unit type") and not is_label_field("Guest name(s)")


@pytest.mark.parametrize(("value", "expected"), [
    ("wmErxtDgAAkGGCoNOdD1MQq-Zfzq9eje", True),  # (URL-safe base64's dashes and underscores, long)
    ("john_smith-1990", False), ("jean-pierre.dupont_officiel", False),  # (a login's, short or wordy)
])
def test_a_long_token_with_dashes_is_random(value, expected):
    assert is_random_token(value) is expected


def test_a_browser_in_a_client_column_makes_no_firms_row():
    cells = [(1, "clientName", "Chrome Mobile"), (1, "city", "London"),
             (2, "clientName", "Papelaria Central da Beira, Lda."), (2, "city", "Beira"),
             (3, "clientName", "Edge Consulting Ltd"), (3, "city", "Leeds")]  # (a firm a browser's word starts)
    assert firms_rows(cells) == {2, 3}


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a Chinese mobile after its label, '1860...' no free line of India's there
    ("手机：18605034437", "18605034437", "PHONE_NUMBER"), ("手机号 183 6122 0004", "183 6122 0004", "PHONE_NUMBER"),
    # serials and ids after labels glued to Chinese
    ("SIM卡ICCID 89860008415870402255 激活不了", "89860008415870402255", "SERIAL_NUMBER"),
    ("查保修 光猫SN 485754433B8A8E4C", "485754433B8A8E4C", "SERIAL_NUMBER"),
    ("设备ID(OAID) 762265c0-e7d7-9a3d-9725-37a4bfbf84a3", "762265c0-e7d7-9a3d-9725-37a4bfbf84a3", "HARDWARE_ID"),
    # a Latin town's name glued to Chinese; a postcode after its Chinese label
    ("我在Nagqu，可以来我店里", "Nagqu", "LOCATION"), ("地址：拉萨市城关区北京中路371号，邮编 850000", "850000", "LOCATION"),
    # names after a Chinese ticket's role word, in Han, Latin, Cyrillic and Uyghur's script
    ("1. 骑手 赵磊（工号 R71989）开启接单", "赵磊", "PERSON"), ("维修师傅Parhat会联系您", "Parhat", "PERSON"),
    ("收件人 Ерлан Жақыпұлы (0471)5641671", "Ерлан Жақыпұлы", "PERSON"),
    ("客服备注：张伟 已补偿", "张伟", "PERSON"),  # (the agent's note by its writer)
    ("备注：张伟路 已修", "张伟路", None),  # (a note's other words: no role before them)
    ("管理员 Admin", "Admin", None),
])
def test_round_76s_text_rules(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_76s_model_readings(ner_detector):
    texts = [
        "Quiere combinar Torres del Paine y Glaciar Perito Moreno en enero.",  # (a glacier named for someone)
        "Hola! Viajamos con un perro chiquito, ¿hay drama?",  # (Spanish's 'we travel')
        "Prynhawn da, Ydy brecwast wedi'i gynnwys?",  # (Welsh's 'is')
        "Envío por Correo Argentino RR755326636AR.",  # (a post office)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert not [v for t, v in found[0] if t == "PERSON"]
    assert not [v for t, v in found[1] if v == "Viajamos"]
    assert not [v for t, v in found[2] if v == "Ydy"]
    assert not [v for t, v in found[3] if "Correo" in v]
