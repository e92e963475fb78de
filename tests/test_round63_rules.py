"""Detector-level rules from round 63's held-out reading (a Romanian courier's export, a newsletter's
subscribers and a shop's mail events in Romania, Moldova and Bulgaria; an access log, a syslog and a slow
query log in Cambodia, Laos and Myanmar; a WhatsApp help desk's dump, a help desk's tickets and a mailing
list in Mexico, Central America and Cuba): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.structure import sql_row_hint, type_for_name

from .helpers import found_by_record

# (the detector fixtures, NER off and on, are conftest's)
_found = found_by_record


# -- a SQL dump's rows by its CREATE TABLE's columns ------------------------------------------------

_CUSTOM_FIELDS = sql_row_hint(["id", "name", "value", "contactId", "createdAt", "updatedAt"])


@pytest.mark.parametrize(("row", "expected"), [
    ("INSERT INTO `ContactCustomFields` VALUES (13,'Teléfono alterno','6025-2017',25,'2024-03-26 20:23:11',"
     "'2024-03-26 20:23:11');", [("PHONE_NUMBER", "6025-2017")]),
    ("INSERT INTO `ContactCustomFields` VALUES (15,'Correo','mvargas@racsa.co.cr',26,'2024-03-13 21:17:11',"
     "'2024-03-13 21:17:11');", [("EMAIL_ADDRESS", "mvargas@racsa.co.cr")]),
    # (a field's name no one's; a value whose name says nothing is left to the recognizers)
    ("INSERT INTO `ContactCustomFields` VALUES (1,'NIT','69657876-2',11,'2024-03-26 15:52:11',"
     "'2024-03-26 15:52:11');", []),
    ("INSERT INTO `ContactCustomFields` VALUES (2,'Nota','Garantía vence 15/08/2024',11,'2024-03-26 15:52:11',"
     "'2024-03-26 15:52:11');", []),
])
def test_a_custom_fields_row_types_its_value_by_its_name(detector, row, expected):
    assert _found(detector, [row], [_CUSTOM_FIELDS]) == [sorted(expected)]


def test_a_contacts_tables_number_is_a_phone():
    from piiscan.detect.structure import sql_column_name

    assert type_for_name(sql_column_name("number", "`Contacts`")) == "PHONE_NUMBER"
    assert type_for_name(sql_column_name("number", "crm.wa_contacts")) == "PHONE_NUMBER"
    assert type_for_name(sql_column_name("number", "Invoices")) is None  # (an invoice's number is no one's)


def test_a_vcard_shared_in_a_chat_gives_its_names_and_phones(detector):
    row = ("INSERT INTO `Messages` VALUES ('3EB0','BEGIN:VCARD\\nVERSION:3.0\\nN:Vargas;Mónica;;;\\nFN:Mónica Vargas"
           "\\nitem1.TEL;waid=50496735388:9673-5388\\nitem1.X-ABLabel:Móvil\\nEND:VCARD',0,1);")
    found = _found(detector, [row], [None])[0]
    assert ("PERSON", "Mónica Vargas") in found and ("PERSON", "Vargas") in found
    assert ("PHONE_NUMBER", "9673-5388") in found and ("PHONE_NUMBER", "50496735388") in found
    assert ("PERSON", "VERSION") not in found and not any(v == "Móvil" for _, v in found)
    cuban = "FN:Yusimí Valdés\\nitem1.TEL;waid=5358928872:(+53) 58928872\\nitem1.X-ABLabel:Móvil\\nEND:VCARD"
    found = _found(detector, ["'BEGIN:VCARD\\nVERSION:3.0\\nN:Valdés;Yusimí;;;\\n" + cuban + "'"], [None])[0]
    assert ("PHONE_NUMBER", "5358928872") in found and ("PHONE_NUMBER", "(+53) 58928872") in found


def test_a_burmese_address_value_is_read_in_its_pieces(detector):
    hint = sql_row_hint(["order_no", "receiver_name", "delivery_address"])
    row = "INSERT INTO `orders` VALUES ('SE2403092248','Min Khant Kyaw','အမှတ် ၂၁၆၊ ပြည်လမ်း၊ ကမာရွတ်မြို့နယ်၊ ရန်ကုန်');"
    assert [v for t, v in _found(detector, [row], [hint])[0] if t == "LOCATION"] == sorted(
        ["အမှတ် ၂၁၆၊ ပြည်လမ်း", "ကမာရွတ်မြို့နယ်", "ရန်ကုန်"])


# -- mail ---------------------------------------------------------------------------------------------

def test_a_mail_events_tag_is_the_senders_own_label(detector):
    # (SES's event: '"tags":{"country":["BG"], ...}', the shop's market; a user's country is theirs)
    fields = ["mail.tags.country.0", "user.country"]
    assert _found(detector, ["BG", "BG"], fields) == [[], [("LOCATION", "BG")]]


def test_an_encoded_subject_in_another_language_is_not_read_by_the_english_model(ner_detector):
    bulgarian = "=?UTF-8?B?0JrQvtC70LXQtNC90Lgg0L3QsNC80LDQu9C10L3QuNGPINC00L4gLTM1JQ==?="  # Christmas discounts
    assert _found(ner_detector, [bulgarian], ["mail.commonHeaders.subject"]) == [[]]


def test_a_mailing_lists_footer_and_subject_tag_are_the_lists(ner_detector):
    lines = ["Linux-CA mailing list", "Subject: Re: [Linux-CA] Instalar LibreOffice sin conexión"]
    assert _found(ner_detector, lines, [None, None]) == [[], []]


@pytest.mark.parametrize("address", ["suport@verdia.ro", "comenzi@magazin.md", "zakazi@shop.bg",
                                     "unsubscribe@verdia.bg"])
def test_romanian_and_bulgarian_desks_mailboxes_are_no_ones(address):
    from piiscan.detect.known import is_role_mailbox

    assert is_role_mailbox(address)
    assert not is_role_mailbox("ion.suport@verdia.ro".replace("suport", "popescu"))


# -- a help desk's API, a courier's export ----------------------------------------------------------

@pytest.mark.parametrize(("field", "expected"), [
    ("owner.businessName", "PERSON"), ("actions.1.createdBy.businessName", "PERSON"),
    ("clients.0.businessName", "PERSON"),
    ("clients.0.organization.businessName", None), ("businessName", None),  # (a firm's)
    ("Persoana contact expeditor", "PERSON"), ("Nume expeditor", "PERSON"),  # (Romanian's sender's)
    ("guest", "PERSON"),  # (a booking's guest)
])
def test_fields_by_whose_they_are(field, expected):
    assert type_for_name(field) == expected


def test_a_bookings_guest_flag_is_no_name(detector):
    assert _found(detector, ["yes", "Ly Piseth"], ["guest", "guest"]) == [[], [("PERSON", "Ly Piseth")]]


# -- an SMS gateway's log, rsyslog's --------------------------------------------------------------

_SMS_IN = ('Jan  8 00:06:02 vte-smsgw-01 smsrelay[1490]: 2024-01-08 00:06:02,689 INFO  [relay] sms.in '
           'path=/org/freedesktop/ModemManager1/SMS/13 modem=0 from=+8562058407470 smsc=+85620540687 text="Hi, I '
           'moved to Ban Phonxay, Hadxayfong. Please send the loan officer there. Souksavanh Phommachanh"')


def test_an_sms_gateways_line_its_sender_its_place_and_its_signature_not_its_service_centre(detector):
    found = _found(detector, [_SMS_IN], [None])[0]
    assert ("PHONE_NUMBER", "+8562058407470") in found and ("PHONE_NUMBER", "+85620540687") not in found
    assert ("PERSON", "Souksavanh Phommachanh") in found and ("LOCATION", "Ban Phonxay") in found


@pytest.mark.parametrize(("text", "name"), [
    # a Khmer and a Lao greeting inside a message, then the name and the message going on; a message signed
    # at its end after its last sentence or the number to call
    ('to=+85587632739 text="គីរី MFI៖ ជម្រាបសួរ សុខ ដារ៉ា ប្រាក់បង់ប្រចាំខែ 45 ដុល្លារ"', "សុខ ដារ៉ា"),
    ('text="Kiri Microfinance Lao: ສະບາຍດີ ລັດສະໝີ ແກ້ວພິລາ ງວດຊຳລະ 936,000 ກີບ"', "ລັດສະໝີ ແກ້ວພິລາ"),
    ('text="ខ្ញុំរស់នៅ ខណ្ឌសែនសុខ ឥឡូវនេះ សូមផ្លាស់ប្តូរអាសយដ្ឋាន។ យឹម សុធា"', "យឹម សុធា"),
    ('text="ຂໍໂທດ ເດືອນນີ້ຈ່າຍຊ້າ ຈະຈ່າຍວັນທີ 15. ໂທ 2023537804 ມະນີວັນ ດວງຈັກ"', "ມະນີວັນ ດວງຈັກ"),
])
def test_names_in_khmer_and_lao_text_messages(detector, text, name):
    assert ("PERSON", name) in _found(detector, [text], [None])[0]


def test_no_name_in_a_khmer_messages_thanks_nor_an_english_status(detector):
    assert [v for t, v in _found(detector, ['text="សូមផ្លាស់ប្តូរអាសយដ្ឋាន។ អរគុណ ច្រើន"'], [None])[0]
            if t == "PERSON"] == []
    assert [v for t, v in _found(detector, ['status="Done. Build Succeeded"'], [None])[0] if t == "PERSON"] == []


def test_a_listeners_unspecified_address_is_none(detector):
    line = "Jan  8 00:35:16 pnh-syslog-01 rsyslogd: imtcp: 13 connections open, listener on port 514 (0.0.0.0) active"
    assert _found(detector, [line], [None]) == [[]]


# -- Romanian and Central American prose -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Daca nu raspunde, lasati la vecina Simona ap. 4", [("PERSON", "Simona")]),  # (the neighbour)
    ("Se poate preda si sotiei/sotului: Ionut Dobre", [("PERSON", "Ionut Dobre")]),  # (the wife or husband)
    ("Inlocuire in garantie, S/N vechi F26QWJ3WBPGS, S/N nou JU0AP65",
     [("SERIAL_NUMBER", "F26QWJ3WBPGS"), ("SERIAL_NUMBER", "JU0AP65")]),
])
def test_romanian_courier_notes(detector, text, expected):
    assert _found(detector, [text], ["Observatii"]) == [sorted(expected)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nicolae, your order #123456 has shipped", [("PERSON", "Nicolae")]),  # a shop's mail's subject, to its customer
    ("Lucian, ai uitat ceva in cos", [("PERSON", "Lucian")]), ("Liviu, comanda ta #1234 a fost expediata", [("PERSON", "Liviu")]),
    ("Unfortunately, your order was cancelled", []), ("Good news, your order is here", []),
])
def test_a_shops_subject_to_its_customer(detector, text, expected):
    assert _found(detector, [text], ["mail.commonHeaders.subject"]) == [sorted(expected)]


@pytest.mark.parametrize(("text", "expected"), [
    ("El número de serie que trae abajo es PFPWC2KA", [("SERIAL_NUMBER", "PFPWC2KA")]),
    ("serie ZMAWZPN , y la MAC del wifi", [("SERIAL_NUMBER", "ZMAWZPN")]),
    ("imei 351814748322111 y el chip es 895356758427584608",
     [("HARDWARE_ID", "351814748322111"), ("SERIAL_NUMBER", "895356758427584608")]),
    ("Cualquier cosa a este mismo número o al 7271-2407", [("PHONE_NUMBER", "7271-2407")]),
    ("se queda en 1% Soy Dilcia de Tegucigalpa.", [("LOCATION", "Tegucigalpa"), ("PERSON", "Dilcia")]),
    ("Estoy en San Pedro Sula esta semana, regreso el lunes.", [("LOCATION", "San Pedro Sula")]),
    ("Soy Fan de Messi, estoy en Línea", []),
])
def test_central_american_chat_messages(detector, text, expected):
    assert _found(detector, [text], [None]) == [sorted(expected)]
