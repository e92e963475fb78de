"""Detector-level rules from round 71's held-out regions (Lesotho, Eswatini and Malawi; Sicily, Sardinia and
Corsica; Tatarstan, Bashkortostan and Chuvashia): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "expected"), [
    # a help desk's custom field by its name after 'cf_' (Freshdesk's), a forum's addresses by what was done
    ("custom_fields.cf_district", "LOCATION"), ("custom_fields.cf_next_of_kin", "PERSON"),
    ("createip", "IP_ADDRESS"), ("loginip", "IP_ADDRESS"), ("twitter_id", "USERNAME"), ("UNIQUE_NAME", "USERNAME"),
    ("cap", "LOCATION"), ("CP", "LOCATION"),  # (Italy's and France's postcodes: value_hint checks the shape)
    ("cf_", None), ("cfg_district", None),  # (no custom field's prefix)
])
def test_round_71s_column_names(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("custom_fields.cf_district", "Southern Region", "LOCATION"), ("custom_fields.cf_district", "Mzimba", "LOCATION"),
    ("cap", "07020", "LOCATION"), ("CP", "20100", "LOCATION"),
    ("cap", "100", None), ("cp", "cpu0", None), ("CP", "2A100", None),  # (a limit's; no five digits)
    ("FIRST_NAME", "Siteki Co-op", None), ("user.telegram_id", "elena_vasileva", "USERNAME"),
])
def test_round_71s_values(detector, field, value, expected):
    found = _found(detector, [value], [field])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_an_address_in_a_sql_dumps_hex_blob(detector):
    # Question2Answer keeps its users' addresses as bytes (VARBINARY(16)); mysqldump --hex-blob writes them in hex
    from piiscan.detect.structure import sql_row_hint

    row = "INSERT INTO `qa_users` VALUES (1,0x5F6927A5,'aybulat_102',0x7F000001,0x20010DB8000000000000000000000001);"
    hint = sql_row_hint(["qa_users.userid", "qa_users.createip", "qa_users.handle", "qa_users.loginip",
                         "qa_users.writeip"])
    found = _found(detector, [row], [hint])[0]
    assert ("IP_ADDRESS", "0x5F6927A5") in found and ("IP_ADDRESS", "0x20010DB8000000000000000000000001") in found
    assert ("IP_ADDRESS", "0x7F000001") not in found  # (the loopback's bytes)
    assert ("USERNAME", "aybulat_102") in found


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a public resolver a user pinged, Russian's and English's; a client's stays
    ("Проверял пинг до 127.0.0.1 и до 8.8.8.8 — всё ок", "8.8.8.8", None),
    ("I pinged 8.8.8.8 fine", "8.8.8.8", None), ("client 8.8.8.8 connected", "8.8.8.8", "IP_ADDRESS"),
    # a record's number after the numero sign; a Russian mobile after its label
    ("принято в ремонт по заявке № 398-294393. Размер", "398-294393", None),
    ("Мой номер 89512786278, звоните после 18:00.", "89512786278", "PHONE_NUMBER"),
    ("мобильный 8900437-83-89. Заранее спасибо.", "8900437-83-89", "PHONE_NUMBER"),
    ("мобильный банк 900 рублей", "900", None),
    # seconds before a capitalized word are no village ('с.')
    ("загрузка заняла 59 мин 15 с. You can reach me", "с. You", None),
    ("живу в с. Дубъязы", "с. Дубъязы", "LOCATION"),
    # an IPv6 address before a sentence's colon
    ("from 2001:b07:df03:b7e1:90f4:ffe4:166d:6baa: Invalid credentials", "2001:b07:df03:b7e1:90f4:ffe4:166d:6baa",
     "IP_ADDRESS"),
    # Italian's participles in '-gata' are no Norwegian street
    ("ISBN guida allegata 978-88-6624-246-1", "allegata 978-88", None),
    # a mail app's signature is no place ('sent from Mail.ru's mail')
    ("--\nОтправлено из Почты Mail.ru для Android", "Почты Mail", None),
])
def test_round_71s_prose(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "value"), [
    # Jamf's computers by their quoted names, a device of its owner's ('Portatile de Paola'), an MDM's lower-case
    # model names
    ('Processing inventory report for computer "sebastiano-macmini" (Serial Number: F5KNM0JSRWAD)',
     "sebastiano-macmini"),
    ('Policy "QGIS" (ID 140) failed on computer "NXT-NU-USAI" (id 199), exit code 255', "NXT-NU-USAI"),
    ('User "p.fadda" requested "QGIS 3.34.7" on "Portatile de Paola"', "Portatile de Paola"),
    ("после замены материнской платы, компьютер AZAT-NOUT. Серийный", "AZAT-NOUT"),
    ("Good afternoon, My laptop GAYSIN-HP (MAC A4:C3:F0:C6:0A:1F) gets no IP", "GAYSIN-HP"),
])
def test_round_71s_machines(detector, text, value):
    assert ("HOSTNAME", value) in _found(detector, [text], [None])[0]


@pytest.mark.parametrize("text", [
    'for computer "Unknown" (id 3)', "printer LASERJET-HP", 'the "Portatile di Ufficio" spare',
])
def test_round_71s_no_machines(detector, text):
    assert not [v for t, v in _found(detector, [text], [None])[0] if t == "HOSTNAME"]


@pytest.mark.parametrize(("text", "value", "expected"), [
    # obfuscated addresses with Italian's and Russian's words for the at-sign
    ('mittente scrive email come "ccaruso9 (chiocciola) hotmail.it" e tel.', "ccaruso9 (chiocciola) hotmail.it",
     "EMAIL_ADDRESS"),
    ("Почта для ответа: narspi_ignateva собака inbox.ru.", "narspi_ignateva собака inbox.ru", "EMAIL_ADDRESS"),
    ("собака лает на кота", "собака", None),
    # serials by Russian's adjective alone, Chuvash's and Tatar's labels, 'on the sticker'
    ("Телефон POCO X5 Pro (серийный 73568/85Q3ZG2S) после ремонта", "73568/85Q3ZG2S", "SERIAL_NUMBER"),
    ("Серийлӗ номерӗ: 2272462204456.", "2272462204456", "SERIAL_NUMBER"),
    ("кызыл утлар белән яна. Сериясе: S2307KN952670.", "S2307KN952670", "SERIAL_NUMBER"),
    ("Серийный номер на наклейке S2201GS138038, MAC", "S2201GS138038", "SERIAL_NUMBER"),
    ("серийный выпуск журнала", "выпуск", None),
    # phones after Southern Africa's carriers, wallets and languages' labels, an 'alt number'
    ("Econet: 7612 3456", "7612 3456", "PHONE_NUMBER"), ("Mpamba 0888123456", "0888123456", "PHONE_NUMBER"),
    ("Nomoro ea ka ke 50988464. Ke lula Ha Mahase", "50988464", "PHONE_NUMBER"),
    ("Inombolo yami ngu 7612 3456", "7612 3456", "PHONE_NUMBER"),
    ("Called Zodwa on 2023-02-15; alt number 7840 9738. Kit", "7840 9738", "PHONE_NUMBER"),
    ("MTN 2023 annual report", "2023", None), ("alt number 2 of 3", "2", None),
])
def test_round_71s_labels(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_71s_model_readings(ner_detector):
    texts = [
        "Dott. Antonello Deiana, Olbia",  # (an Italian graduate's title is no place)
        "Ke tsoa Teyateyaneng",  # (Sesotho's 'I', no name)
        "Poçtam: aygul2002@inbox.ru.",  # (Tatar's 'my mail', no name)
        "[02-Jul-2024 13:43:31 UTC] WPMailSMTP: Mailer: Other SMTP. SMTP Error",  # (a log's word)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert not [v for t, v in found[0] if v == "Dott"]
    assert not [v for t, v in found[1] if v == "Ke"]
    assert not [v for t, v in found[2] if v == "Poçtam"]
    assert not [v for t, v in found[3] if v == "Mailer"]


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a field's value wrapped in an object of its own inside a log line (Mautic's lead in a webhook's log)
    ('retry {"lead":{"fields":{"core":{"firstname":{"value":"Giovanna"},"mobile":{"value":"3282842924"}}}}}',
     "Giovanna", "PERSON"),
    ('retry {"lead":{"fields":{"core":{"firstname":{"value":"Giovanna"},"mobile":{"value":"3282842924"}}}}}',
     "3282842924", "PHONE_NUMBER"),
    ('x {"status":{"value":"Active"}}', "Active", None),
    # a family name in its own member that a town's list holds too; the town in a town's member stays one
    ('x {"results":{"prenom":"Vincenzo","nom":"Messina","email":"vmessina7@tiscali.it"}}', "Messina", "PERSON"),
    ("    [cognome] => Sciacca", "Sciacca", "PERSON"), ("vivo a Messina", "Messina", "LOCATION"),
    # a house's word before Corsican's article is no initialled name
    ('x {"Adresse":"Villa U Pinu","CP":"20169"}', "Villa U Pinu", "LOCATION"),
    # MDM's renamed computers, a serial in a duplicate key's error, an API's path and filter
    ('Renamed computer from "NXT-565C" to "NXT-CA-ATZENI"', "NXT-565C", "HOSTNAME"),
    ('Renamed computer from "NXT-565C" to "NXT-CA-ATZENI"', "NXT-CA-ATZENI", "HOSTNAME"),
    ("Duplicate entry 'DMP31M474JJD' for key 'computers_denormalized.serial_number'", "DMP31M474JJD",
     "SERIAL_NUMBER"),
    ("Duplicate entry 'abc12345' for key 'PRIMARY'", "abc12345", None),
    ("GET /JSSResource/mobiledevices/serialnumber/DMPLZUZ8H4LW 200", "DMPLZUZ8H4LW", "SERIAL_NUMBER"),
    ("inventory?filter=hardware.serialNumber==C07Q1PRLQ0WF 200", "C07Q1PRLQ0WF", "SERIAL_NUMBER"),
    ("Оборудование 2273409333358 числится за вашим договором.", "2273409333358", "SERIAL_NUMBER"),
    ("Ноутбук PFSC9XZ9 хатӗр.", "PFSC9XZ9", "SERIAL_NUMBER"), ("Телефон 2024 готов", "2024", None),
    ("Serial ke KP200-2312-1040697. Nomoro", "KP200-2312-1040697", "SERIAL_NUMBER"),
    ("I-serial ngu KP80-2103-7452839.", "KP80-2103-7452839", "SERIAL_NUMBER"),
    # Russian's and Bashkir's phone labels; an SMS API's 'To' number
    ("Звоните 8917064-49-19, Гузель.", "8917064-49-19", "PHONE_NUMBER"),
    ("Миңә 89276942391 номерына шылтыратығыҙ.", "89276942391", "PHONE_NUMBER"),
    ("звоните завтра 5 раз", "5", None),
    ("The 'To' number 3888870327 is not a valid phone number.", "3888870327", "PHONE_NUMBER"),
    # a neighbour's name in brackets; siSwati's locative before a village; Russia's postcode first in an address;
    # Russia's avenue in Latin letters
    ("Ask for Nomsa Nxumalo (neighbour Siphiwe)", "Siphiwe", "PERSON"),
    ("Ngihlala eNdzingeni, Piggs Peak.", "Ndzingeni", "LOCATION"),
    ("Живу по адресу 429949, Чувашия, г. Новочебоксарск", "429949", "LOCATION"),
    ("Заказ 429949, Чувашия", "429949", None),
    ("Adres: Raevskiy, pr. Yubileynyy, d. 124, kv. 230", "pr. Yubileynyy, d. 124", "LOCATION"),
    ("Сейчас вижу: 453822, Башкортостан, г. Сибай", "453822", "LOCATION"),
    ("заказ 123456, г. Уфа", "123456", None), ("№ 123456, г. Уфа", "123456", None),  # (an order's, a record's)
    # the device a signature says it was sent from; a purchase order's letters, a co-operative's name
    ("Отправляю с ranis-telefon.", "ranis-telefon", "HOSTNAME"), ("Отправлено с iPhone", "iPhone", None),
    ("Invoice INV-2022-15098 due 27/05/2022; PO #76992.", "PO", None),
    ("Spasibo, Samat Ishmukhametov", "Samat Ishmukhametov", "PERSON"),
    ("Ping statistics for 127.0.0.1: Packets: Sent = 4", "127.0.0.1", None),
    ("Building=Sede Sassari, Room=3.09", "Sassari", None),
])
def test_round_71s_read_rules(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_a_town_known_from_a_persons_record_is_not_carried_to_a_firms_site(detector):
    # a town a contact's record names, then the firm's building named for it ('Building=Sede Nuoro'), its smart group
    texts = ['{"city":"Nuoro","firstname":"Gavino"}', "Building=Sede Nuoro, Room=0.29",
             'Smart Computer Group "Tutti i Mac Sede Nuoro" (id 17)', "Mobile 3331234567, city Nuoro"]
    found = _found(detector, texts, [None] * len(texts))
    assert ("LOCATION", "Nuoro") in found[0] and ("LOCATION", "Nuoro") in found[3]
    assert ("LOCATION", "Nuoro") not in found[1] and ("LOCATION", "Nuoro") not in found[2]


@pytest.mark.parametrize(("text", "expected"), [
    # a sign-off before an initial and a family name, in romanized Russian and in English
    ("6, п. 11.5. Ya iz Oktyabrskiy. Spasibo, G. Amineva", "G. Amineva"),
    ("ease call me at 8 917 5212520.\n\nThanks, V. Stepanov\n\n09.04.2024, 08:00, СервисПлюс", "V. Stepanov"),
    ("Best regards,\nR. Safin", "R. Safin"),
])
def test_a_sign_off_before_an_initial_and_a_family_name(detector, text, expected):
    assert ("PERSON", expected) in _found(detector, [text], [None])[0]


def test_a_sign_off_before_an_initial_alone_takes_nothing(detector):
    assert not [v for t, v in _found(detector, ["Thanks, A. B"], [None])[0] if t == "PERSON"]


def test_a_vcards_name_line_ends_before_its_carriage_return(detector):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Евгений Горбунов\r\nN:Горбунов;Евгений;;;\r\nEND:VCARD"
    found = _found(detector, [card], [None])[0]
    assert ("PERSON", "Евгений Горбунов") in found and ("PERSON", "Горбунов") in found
    assert not [v for t, v in found if v.endswith("\r")]


def test_a_card_holders_name_before_a_note_in_brackets(detector):
    text = "but the portal shows R0.00. Card holder Precious Kamanga (my sister)."
    assert ("PERSON", "Precious Kamanga") in _found(detector, [text], [None])[0]
    assert not [v for t, v in _found(detector, ["Card holder name (as on card)"], [None])[0] if t == "PERSON"]
