"""Detector-level rules from round 80's held-out regions (Yucatán, Oaxaca and Chiapas; Goa, Assam, Meghalaya and
Nagaland; Chechnya, Dagestan and Ingushetia): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.engine import _could_be
from piiscan.detect.structure import column_hints, html_user_hints, sip2_hints, type_for_name
from piiscan.sources.jsonfmt import json_document_values

from .helpers import found_by_record

_found = found_by_record

_SIP2 = ("[2024/03/04 11:11:01] [32921] [INFO] selfcheck1@10.20.1.31: OUTPUT MSG: '64     Y        00120240304    "
         "1110590000000100020000000000000000AOLDC|AALDC539571|AERikman Sangma|BZ0005|CA0005|CB0000|BLY|CQY|BHINR|"
         "BV45.00|CC50|BDChandmari Near Baptist Church Sohra Meghalaya 793108 India|BEr.sangma@gmail.com|"
         "BF9617387957|PB1966|AFThank you|AY5AZDD71'")
_SIP2_ITEM = ("[2024/03/04 08:37:47] [33454] [INFO] rfid-gate@10.20.1.40: OUTPUT MSG: '101YNN20240304    083744AOLDC|"
              "AB30002196415|AQLDC|AJHistory of North-East India|AA23643843|CK001|CS547 MOR 2012|"
              "AMLumdiengjri College, Tura Campus|AFThank you|AY4AZDBD0'")


def test_a_sip2_messages_patron_by_its_fields_and_no_one_in_its_books_and_librarys():
    hints, sups = sip2_hints(_SIP2)
    assert sorted((h.entity_type, _SIP2[h.start:h.end]) for h in hints) == [
        ("EMAIL_ADDRESS", "r.sangma@gmail.com"),
        ("LOCATION", "Chandmari Near Baptist Church Sohra Meghalaya 793108 India"),
        ("PERSON", "Rikman Sangma"), ("PHONE_NUMBER", "9617387957")]
    hints, sups = sip2_hints(_SIP2_ITEM)
    assert hints == [] and {_SIP2_ITEM[s.start:s.end] for s in sups} >= {
        "History of North-East India", "547 MOR 2012", "Lumdiengjri College, Tura Campus"}
    assert sip2_hints("GET /books?AO=1|AE=2 HTTP/1.1") is None  # (no SIP2 message)
    placeholder = "OUTPUT MSG: '64   00120240304    084230AOKOH|AA23643843|AEInavi Chishi|BEnone|BFn/a|AY4AZB6F3'"
    assert [placeholder[h.start:h.end] for h in sip2_hints(placeholder)[0]] == ["Inavi Chishi"]


def test_a_sip2_lines_findings(detector):
    found = _found(detector, [_SIP2, _SIP2_ITEM], [None, None])
    assert ("EMAIL_ADDRESS", "r.sangma@gmail.com") in found[0]  # (not its field's code glued to it: 'BEr.sangma')
    assert ("PERSON", "Rikman Sangma") in found[0] and ("PHONE_NUMBER", "9617387957") in found[0]
    assert [f for f in found[1] if f[0] in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a lodging's host by name in a 'host_name' field; a machine's name there is no person's
    ("host_name", "Everlasting Rymbai", [("PERSON", "Everlasting Rymbai")]), ("host_name", "web-01.example.com", []),
    # a payment card's holder as embossed; a board's card's title
    ("payload.card.name", "TEMSUNARO JAMIR", [("PERSON", "TEMSUNARO JAMIR")]),
    ("payload.card.name", "BALSRANG R. MARAK", [("PERSON", "BALSRANG R. MARAK")]),
    ("action.data.card.name", "Fix login bug", []),
    # the firm's own support mailbox beside a booking; a person's address there is still one
    ("support_email", "support@hornbillstays.in", []),
    ("support_email", "ravi.das@gmail.com", [("EMAIL_ADDRESS", "ravi.das@gmail.com")]),
    # a rental's or a homestay's name is the host's product
    ("property", "Villa Fontainhas", []), ("property", "Majuli Riverside Chang Ghar", []),
    ("Listing's nickname", "MID · Casa Xkeken · 2BR", []),
    # English's possessive in a column's name: whose, then what
    ("Guest's hometown", "Halifax, NS, Canada",
     [("LOCATION", "Halifax"), ("LOCATION", "NS"), ("LOCATION", "Canada")]),
    ("Guest's name", "Rachel Nakamura-Hill", [("PERSON", "Rachel Nakamura-Hill")]),
    # InstantCMS' member's town by name
    ("city_cache", "Магас", [("LOCATION", "Магас")]),
    # a product's line names its craft's town, no one's; a gift's receiver is someone
    ("Product Name", "Huipil de Zinacantán bordado x2", []),
    ("Product Name", "Sombrero de jipi Becal x1 – regalo para Heriberto", [("PERSON", "Heriberto")]),
    ("Product Name", "Mezcal Tobalá 500 ml x1 – regalo para Navidad", []),
    # a greeting in Yucatec Maya, a currency's code after its amount
    ("Internal note", "Llaves en caja fuerte, código 8205. Ma'alob k'iin.", []),
    ("Internal note", "Cobrar depósito $2,000 MXN. Soporte Guesty: support@guesty.com", []),
    # a listings' collection searched by its place; a member's town in a users' search is theirs
    ("request", "GET /api/v1/properties/?state=goa&page=1", []),
    ("request", "GET /api/v1/users/?city=Shillong", [("LOCATION", "Shillong")]),
    # an article alone in lower case is no place; Spanish's 'duplicate' first in a note is no name
    ("Note", "Si no contesta, llamar a el vecino al +52 (962) 563 2081.", [("PHONE_NUMBER", "+52 (962) 563 2081")]),
    ("Internal note", "Duplicada de HMGXRDPEPM (ver ticket #59711)", []),
    # a street named for a person, with no number (S/N)
    ("Street", "Calle Francisco I. Madero S/N", [("LOCATION", "Calle Francisco I. Madero S/N")]),
])
def test_round_80s_column_rules(detector, field, text, expected):
    found = _found(detector, [text], [field])[0]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a postcode's label between an address's pieces is no town: the code alone
    ("Av. Juárez 415, Oaxaca, CP 68000",
     [("LOCATION", "Av. Juárez 415"), ("LOCATION", "Oaxaca"), ("LOCATION", "68000")]),
    ("Calle Mayor 5, Madrid, CP 28013, España",
     [("LOCATION", "Calle Mayor 5"), ("LOCATION", "Madrid"), ("LOCATION", "28013"), ("LOCATION", "España")]),
    ("Rua Augusta 12, Lisboa, CEP 01310-100",
     [("LOCATION", "Rua Augusta 12"), ("LOCATION", "Lisboa"), ("LOCATION", "01310-100")]),
    # the rest of a model's name in lower case, before a name a pattern found, is a word (Turkish's 'I')
    ("Merhaba, ben Ahmet Yılmaz, Ankara'dan geliyorum", [("LOCATION", "Ankara"), ("PERSON", "Ahmet Yılmaz")]),
    # WhatsApp as Russian writes it, before a bare mobile
    ("Ватсап 89640001122", [("PHONE_NUMBER", "89640001122")]),
    # a key in lower case before its value, a program's hyphenated word: no place
    ('Pay: kalpa.in/p/92d2dc" msgid=f2c77f58-6125-4e38-ae77-641b232b5396",', []),
    ("event 2 PERIODIC, conn-req-url http://100.79.27.9:7547/", [("IP_ADDRESS", "100.79.27.9")]),
    # Logstash's event keys are no one's handles
    ('    "@timestamp" => 2024-03-05T04:50:00.122Z,', []),
    # an ISP's customer code in capitals after 'A/c' is no login
    ("Dear customer, your bill of Rs.1499 for A/c KFGA653606 is due on 10-03-2024.", []),
    # a Latin town's name with Assamese's case ending glued on
    ("মই Guwahatiৰ পৰা আহিম, ৰাতি ৯ বজাত উপস্থিত হ'ম।", [("LOCATION", "Guwahati")]),
    ("মই Calanguteৰ পৰা আহিম", [("LOCATION", "Calangute")]),
    # a name after Hindi's thanks, not 'sir'
    ("हमें एक अतिरिक्त गद्दा चाहिए। धन्यवाद, Amit", [("PERSON", "Amit")]),
    ("धन्यवाद, सर", []),
])
def test_round_80s_line_rules(detector, text, expected):
    found = _found(detector, [text], [None])[0]
    assert sorted(found) == sorted(expected)


def test_a_sale_rows_description_beside_its_sku_is_the_products():
    assert column_hints(["EXTERNAL_REFERENCE", "DESCRIPTION", "PRODUCT_SKU"]) == {1: "Product Name"}
    assert 1 not in column_hints(["id", "DESCRIPTION", "amount"])


def test_possessive_column_names():
    assert type_for_name("Guest's name") == "PERSON" and type_for_name("Guest's hometown") == "LOCATION"
    assert type_for_name("Listing's nickname") is None  # (a listing's name, no login)


def test_a_chats_id_by_its_channel():
    hints: dict[int, str] = {}
    json_document_values('{"messages":[{"chatType":"whatsapp","chatId":"79298698719","text":"x"},'
                         '{"chatType":"instagram","chatId":"tsakaeva_malika"},'
                         '{"chatType":"telegram","chatId":"8834121"}]}', hints)
    assert sorted(hints.values()) == ["messages[0].chat.phone", "messages[1].chat.login"]
    assert type_for_name("messages[0].chat.phone") == "PHONE_NUMBER"
    assert type_for_name("messages[1].chat.login") == "USERNAME"


def test_ucoz_forums_poster():
    row = ('<a class="postUser" href="javascript://" rel="nofollow" onClick="emoticon(\'[b]Khamzat961[/b],\');'
           'return false;">Khamzat961</a>')
    assert sorted(row[h.start:h.end] for h in html_user_hints(row)) == ["Khamzat961", "Khamzat961"]
    avatar = '<img alt="" title="Турпал Межидов" class="userAvatar" border="0" src="/avatar/59/337025.jpg">'
    assert [(h.entity_type, avatar[h.start:h.end]) for h in html_user_hints(avatar)] == [("PERSON", "Турпал Межидов")]
    assert html_user_hints('<img alt="" title="Вверх" src="/.s/img/fr/p_up.gif">') == []


def test_a_currencys_code_is_no_name():
    assert not _could_be("PERSON", "MXN") and _could_be("PERSON", "Maxine")


def test_a_dumps_title_column_names_a_topics_town_no_ones(detector):
    from piiscan.detect.structure import sql_row_hint

    hint = sql_row_hint(["id", "target_title", "content"])
    row = "INSERT INTO `cms_comments` VALUES (7, 'Отключения света в Грозном — график', 'Салам! Живу в Грозном.');"
    found = [v for t, v in _found(detector, [row], [hint])[0] if t == "LOCATION"]
    assert found == ["Грозном"]  # (once: the comment's, not the title's)


@pytest.mark.parametrize(("text", "expected"), [
    # a forum topic's title in its markup, its town the topic's (and no person's: a case ending the model read)
    ('<div class="gTableRight"></div><span class="forum-title">Ростелеком в Грозном: скорость упала</span>', []),
    ('<td><a class="forumBarA" href="/forum/7-1370-1">Bakıdan gələnlər: telefon təmiri</a></td>', []),
    ('<span class="post">Живу в Грозном</span>', [("LOCATION", "Грозном")]),
    # Russian's 'forum' after a page's title, a wish's first word, the region's name
    ("<title>Нашёл телефон у рынка - Форум</title>", []),
])
def test_round_80s_markup_rules(detector, text, expected):
    assert sorted(_found(detector, [text], [None])[0]) == sorted(expected)
