"""Detector-level rules from round 79's held-out regions (Crete, Dalmatia and Transylvania; Kerala, Sikkim and Ladakh;
Mindanao and the Sulu archipelago): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.engine import _could_be
from piiscan.detect.structure import analyze_structure, frappe_hints

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a firm's legal form in Greece's and Croatia's words: the seller's name, no one's
    ("Seller", "Cretan Trails IKE", []), ("Seller", "Jadran Tours d.o.o.", []),
    ("Seller", "Chania Holidays Travel", []),
    # an endpoint manager's group by the firm's site and department
    ("Group", "Managed devices/Sibiu/Resurse Umane", []),
    # a mail's display name that spells its domain, a town after the firm's name; a person's own mailbox
    ("message.headers.from", "Kamp Cetina Omiš <info@kamp-cetina.hr>", []),
    ("message.headers.from", "Villa Adriatica Makarska <rezervacije@villa-adriatica.hr>", []),
    ("message.headers.from", "Ana Kovač <ana@gmail.com>",
     [("EMAIL_ADDRESS", "ana@gmail.com"), ("PERSON", "Ana Kovač")]),
    # a welcome in a subject: the name, not the welcome, nor a German noun
    ("message.headers.subject", "Willkommen, Lena! Anreiseinformationen", [("PERSON", "Lena")]),
    ("message.headers.subject", "Benvenuti, Davide! Informazioni per l'arrivo", [("PERSON", "Davide")]),
    # a tour's pickup: the guest's hotel and town are theirs, a public meeting point no one's
    ("Pick-up place", "Minoa Palace Resort, Platanias",
     [("LOCATION", "Minoa Palace Resort"), ("LOCATION", "Platanias")]),
    ("Pick-up place", "Heraklion Port, Gate 3", []), ("Pick-up place", "Chania KTEL bus station", []),
    # an SMS API's own short code, its subscriber's number
    ("body.inboundSMSMessageList.inboundSMSMessage.1.destinationAddress", "tel:21587741", []),
    ("body.inboundSMSMessageList.inboundSMSMessage.1.senderAddress", "tel:+639667817970",
     [("PHONE_NUMBER", "+639667817970")]),
    ("body.subscriber_number", "9651881897", [("PHONE_NUMBER", "9651881897")]),
    # a Tibetan name in a name's field, whole
    ("guest.name", "ཚེ་རིང་དབང་མོ", [("PERSON", "ཚེ་རིང་དབང་མོ")]),
])
def test_round_79s_column_rules(detector, field, text, expected):
    found = _found(detector, [text], [field])[0]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a role word before a name is no part of it
    ("Guest Nikos Papadakis, Chania", [("LOCATION", "Chania"), ("PERSON", "Nikos Papadakis")]),
    # a homestay's, a repository's, a river's names hold towns, no one's
    ('homestay="Zanskar Sky Homestay" check-in', []), ('homestay="Nubra Organic Retreat" check-in', []),
    ("Kerala Vidya Digital Repository", []), ("Impact of the 2018 floods on Chalakudy river basin", []),
    # an HTTP status's word, an SMS keyword, an app's message id, a telco's name, Tausug's and Cebuano's words
    ("error: Forbidden access", []), ("reboot your ONU and reply KF REPORT.", []),
    ("sent email-confirmation to stanzin7@outlook.com (messageId <141e52c3b7621fa9-befd1f86@email.amazonses.com>)",
     [("EMAIL_ADDRESS", "stanzin7@outlook.com")]),
    ("Magsukul tuud! Marayaw na in internet.", []), ("Dili maka-connect akong laptop sa campus", []),
    ("Mintal Agri Supply", []), ("Bongao Seaside Pension", []),
    # a trip's town, then its traveller's name the sentence goes on after; Malayalam's romanized words; a brand led
    # by lower case; an article first; a Hungarian adjective; an API's filter over a town's listings
    ("Dolazimo trajektom iz Splita, Nikolina Vuković nosi kartice.", [("LOCATION", "Splita")]),
    ("Stay in Kochi, Ernakulam district", [("LOCATION", "Ernakulam"), ("LOCATION", "Kochi")]),
    ("meera_varghese@keralavidya.ac.in aanu ente mail. Thanks",
     [("EMAIL_ADDRESS", "meera_varghese@keralavidya.ac.in")]),
    ("Achiziționat de la eMAG Business, factura FCT-2023-83014", []),
    ("La sua fattura R-868-1-3", []),
    ("Szolgálati telefon – PIN a borítékban", []),
    ("GET /api/homestays?filters[village][$eq]=Likir&populate=* (6 ms) 404", []),
    # a context word lifts a bare Philippine mobile
    ("Viber lang: 639160627590", [("PHONE_NUMBER", "639160627590")]),
    ("Reachable at 639160627590 or a@b.ph.", [("EMAIL_ADDRESS", "a@b.ph"), ("PHONE_NUMBER", "639160627590")]),
    # Frappe's documents by their doctype: a customer's name and phone, an address's title, a serial; an
    # invoice's name is no host
    ("'full_path': '/api/method/frappe.desk.form.load.getdoc?doctype=Customer&name=Pemba%20Lepcha&_=171'",
     [("PERSON", "Pemba%20Lepcha")]),
    ("'full_path': '/api/method/frappe.desk.search.search_link?txt=7478891668&doctype=Customer&x=0'",
     [("PHONE_NUMBER", "7478891668")]),
    ("'full_path': '/api/resource/Address/Binod Sharma-Shipping?', 'method': 'PUT'", [("PERSON", "Binod Sharma")]),
    ("'full_path': '/api/resource/Serial No/358932104460060?', 'method': 'GET'",
     [("HARDWARE_ID", "358932104460060")]),
    ("'full_path': '/api/method/frappe.utils.print_format.download_pdf?doctype=Sales%20Invoice"
     "&name=ACC-SINV-2024-02696&format=x'", []),
    ("'full_path': '/api/resource/Item/Samsung%20Galaxy%20A15', 'method': 'GET'", []),
])
def test_round_79s_line_rules(detector, text, expected):
    found = _found(detector, [text], [None])[0]
    assert sorted(found) == sorted(expected)


def test_round_79s_frappe_hints():
    line = "/api/method/erpnext.selling.page.point_of_sale.point_of_sale.search_for_serial_or_batch_or_barcode_number" \
           "?search_value=SG23D9890047"
    assert [(h.entity_type, line[h.start:h.end]) for h in frappe_hints(line)] == [("SERIAL_NUMBER", "SG23D9890047")]
    assert frappe_hints("/api/resource/Address/Head%20Office-Billing") == []  # (a firm's own address: no name)
    line = "'full_path': '/api/resource/Address/Ugen%20Bhutia-Shipping-1'"  # (a second address of one type)
    assert [(h.entity_type, line[h.start:h.end]) for h in frappe_hints(line)] == [("PERSON", "Ugen%20Bhutia")]
    assert analyze_structure("/api/resource/Item/Kerala%20Tea", None).hints == ()


def test_an_article_first_is_no_place_but_la_is():
    assert not _could_be("LOCATION", "La") and _could_be("LOCATION", "LA")
