"""Round 77's patterns in the bundled recognizers (the Basque Country, Catalonia, Valencia, the Balearic Islands and
Occitania; Siberia, Yakutia, Buryatia and the Russian Far East; Kurdistan), each with what it must not take
(synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Basque's case ending after a hyphen, on a Basque and on a French town's name
    ("helduko gara Bayonne-tik. Mesedez", "LOCATION", "Bayonne"), ("Irun-era noa", "LOCATION", "Irun"),
    # Russia's numbers with the area code's brackets glued on, after '+7' or the trunk '8'
    ("тел. +7(4152)41-22-33", "PHONE_NUMBER", "+7(4152)41-22-33"),
    ("получатель, тел. 8(4112)42-11-22", "PHONE_NUMBER", "8(4112)42-11-22"),
    # a name in Latin letters in brackets after the Cyrillic one with its patronymic; a given name and a Russian
    # family name that ends a payment's line; a parcel's recipient in quotes before the postcode
    ('consignee="Пак Елена Николаевна" (Elena Pak) tel', "PERSON", "Elena Pak"),
    ("via Сбербанк Онлайн, txn 713272270381, Андрей Кейметинов", "PERSON", "Андрей Кейметинов"),
    ('via Почта России to "Sarah Lindqvist", 683024, Камчатский край', "PERSON", "Sarah Lindqvist"),
    ('to "王伟", 692519, Приморский край', "PERSON", "王伟"),
    ('to "Кэвэв Тымнэ", 689000, Чукотский автономный округ', "LOCATION", "689000"),
    ("E> order VB-1: passenger Aiyyna Vinokurova rejected by GDS", "PERSON", "Aiyyna Vinokurova"),
    # RADIUS' client's MAC as mpd logs the attribute it sends
    ("rad_put_string(RAD_CALLING_STATION_ID): 001e5839b526", "HARDWARE_ID", "001e5839b526"),
    # Kurdish, Zazaki and Turkish: 'my name is', 'I (am)', sign-offs (with '!'), a signature after a blank line
    ("Namey mı Memed Kılıç o.", "PERSON", "Memed Kılıç"),
    ("Merhaba Şiyar, ben Karwan, Zagros Mobile destek ekibinden.", "PERSON", "Karwan"),
    ("Weş bê, Gülistan Doğan", "PERSON", "Gülistan Doğan"), ("Xwedê ji te razî be Azad.", "PERSON", "Azad"),
    ("Spas ji bo bersivê Hawre!", "PERSON", "Hawre"),
    ("Bihayê wê 737,000 IQD.\n\nAko Shwani", "PERSON", "Ako Shwani"),
    ("Bihayê wê 737,000 IQD.\\r\\n\\r\\nAko Shwani',0);", "PERSON", "Ako Shwani"),
    # serials after Turkish's, Kurmanji's and Sorani's labels; a fibre terminal's serial in hex; a SIM's number
    ("Seri no: 5CD049HTJ1. Siirt'dayım.", "SERIAL_NUMBER", "5CD049HTJ1"),
    ("ڕاوتەرەکەم هەر دەپچڕێت، ژمارەی سیریاڵ F4ZGVKH96C25 و", "SERIAL_NUMBER", "F4ZGVKH96C25"),
    ("Modemê min 5CD195RLE7 e, teknîsyen nehat", "SERIAL_NUMBER", "5CD195RLE7"),
    ("Router 485754437C95E9D2 shows code 651.", "SERIAL_NUMBER", "485754437C95E9D2"),
    ("سیمکارتی نوێ 8996402058196681020 چالاک نابێت.", "SERIAL_NUMBER", "8996402058196681020"),
    ("Shilan gîyan, IMEI-ya telefonê 350942107139221 e", "HARDWARE_ID", "350942107139221"),
    ("bilgisayar adı DESKTOP-LNFAAMA.", "HOSTNAME", "DESKTOP-LNFAAMA"),
    # phones after Kurmanji's, Zazaki's, Arabic's and Sorani's labels, after a mailbox and 'or', before Turkish's word
    ("Ez Van de ya. Numreyê mi: 04122305864", "PHONE_NUMBER", "04122305864"),
    ("min bi hejmara 07700275386 telefon kir", "PHONE_NUMBER", "07700275386"),
    ("هاتفي 0933718477", "PHONE_NUMBER", "0933718477"), ("هێڵەکەم 07708702240 سێ ڕۆژە", "PHONE_NUMBER", "07708702240"),
    ("you can reach me at karwand@gmail.com or 05328016764.", "PHONE_NUMBER", "05328016764"),
    ("Bana 05339312552 numarasından ulaşabilirsiniz.", "PHONE_NUMBER", "05339312552"),
    ("Uygulama çöküyor. 04823875246 hattım için fatura", "PHONE_NUMBER", "04823875246"),
    # a phone's number after a mailbox and Kurmanji's 'or'; a full name a forum quotes; Persian's and Sorani's 'I am'
    # before a name in Latin letters; a review's signature after its last sentence; Sorani's and Arabic's sign-offs
    ("ma xwe li berivan_ahmed@yahoo.com an jî 04129999232 bi min re", "PHONE_NUMBER", "04129999232"),
    ("[quote=Arash Veisi]Hello, you can reach me", "PERSON", "Arash Veisi"),
    ("سلام زهرا، من Sîdar هستم از Zagros Mobile.", "PERSON", "Sîdar"),
    ("سڵاو لانا، من Karwanم لە Zagros Mobile.", "PERSON", "Karwan"),
    ("nêgureno. Numreyê mi 0 (535) 185 38 11. Ako Mustafa", "PERSON", "Ako Mustafa"),
    ("لەگەڵ ڕێزدا، گۆران مستەفا", "PERSON", "گۆران مستەفا"), ("سوپاس ئاواز گیان، کێشەکە چارەسەر بوو.", "PERSON", "ئاواز"),
    ("شكراً جزيلاً أخي يوسف", "PERSON", "يوسف"),
    # a back office's staff member by login; a member's profile page by login
    ("refund 80.00 RUB, reason=weather_PKC, operator=kim.roman", "USERNAME", "kim.roman"),
    ("GET /profile/aisen94/orders?page=2 HTTP/1.1", "USERNAME", "aisen94"),
    # a Samsung serial after a router's word; a phone named for its model and its owner
    ("Router R58N5XTB4Z4 shows port 8291.", "SERIAL_NUMBER", "R58N5XTB4Z4"),
    ("bilgisayar adı Redmi-Note-13-ako.", "HOSTNAME", "Redmi-Note-13-ako"),
    # Erbil's ring road by its width, its quarter and house; a numbered Turkish 'Cadde'
    ("adresa min 100m Road, Bakhtiari quarter, house 221, Soran e.", "LOCATION",
     "100m Road, Bakhtiari quarter, house 221"),
    ("Adresim: 1. Cadde No:112 Artuklu, Batman.", "LOCATION", "1. Cadde No:112"),
]

NEGATIVE = [
    ("Bayonne-ko merkatua", "LOCATION", "Bayonne-ko"),  # (the span is the town's name)
    ("Ольга Викторовна (Moscow Office)", "PERSON", "Moscow Office"),  # (a firm's office in brackets)
    ("проспект Юрия Гагарина, д. 5", "PERSON", "Юрия Гагарина"),  # (a street named for a person)
    ("Иван Петров Сергеевич", "PERSON", "Иван Петров"),  # (the patronymic's pattern takes it whole)
    ("passenger Name Record", "PERSON", "Name Record"), ("the passenger Service Charge", "PERSON", "Service Charge"),
    ("hash calling 001e5839b526", "HARDWARE_ID", "001e5839b526"),  # (no key)
    ("Ben Karwan, hi", "PERSON", "Karwan"),  # (English's 'Ben' is a given name, capitalized)
    ("See you.\n\nBest Regards", "PERSON", "Best Regards"), ("Done.\n\nSent From My iPhone", "PERSON", "Sent From My"),
    ("seri no 2 maçta", "SERIAL_NUMBER", "2"),
    ("hash 485754431234567890abcdef", "SERIAL_NUMBER", "4857544312345678"),  # (a longer run; digits alone)
    ("the machine learning model", "HOSTNAME", "learning"),
    ("Bana 2024 yılında 3 numaralı", "PHONE_NUMBER", "2024"),
    ("the 100m race was fast", "LOCATION", "100m race"),
    ("وصلت من Erbil اليوم", "PERSON", "Erbil"),  # (Arabic's 'from' before a town)
    ("Please help. Best Regards", "PERSON", "Best Regards"), ("سوپاس گیان", "PERSON", "گیان"),
    ("my Redmi-Note-13-pro is broken", "HOSTNAME", "Redmi-Note-13-pro"),  # (a model's own word)
    ("sim operator=MTS region=14", "USERNAME", "MTS"), ("operator=beeline_ru", "USERNAME", "beeline_ru"),  # (carriers)
    ("GET /profile/settings/orders HTTP/1.1", "USERNAME", "settings"),  # (a route's word)
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
