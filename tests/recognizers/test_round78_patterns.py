"""Round 78's patterns in the bundled recognizers (Bavaria, Alsace and South Tyrol; Hokkaido, Okinawa and Jeju;
Zanzibar, Pemba, Lamu and the Swahili coast), each with what it must not take (synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Japan's mobiles as Japan groups them are no UK freephone ('0808 ...'); one's number, said in Japanese and Korean
    ("Tel 080-8338-0074", "PHONE_NUMBER", "080-8338-0074"),
    ("明日名護市に泊まります。夫の番号は09095520355です。", "PHONE_NUMBER", "09095520355"),
    ("일본 번호 09052193800 로 연락주세요.", "PHONE_NUMBER", "09052193800"),
    # M-PESA's confirmations: the party's name in capitals and its number; Swahili's 'my other number is'
    ("Ksh2,500.00 sent to HAMISI BAKARI MWINYI 0712345678 on 12/3/24", "PHONE_NUMBER", "0712345678"),
    ("Ksh2,500.00 sent to HAMISI BAKARI MWINYI 0712345678 on 12/3/24", "PERSON", "HAMISI BAKARI MWINYI"),
    ("You have received Ksh1,000.00 from ZUHURA ALI 254722345678 on 5/6/24", "PERSON", "ZUHURA ALI"),
    ("Tsh698,000.00 imetumwa kwa MUNA AL-SHANFARI 255771306358 tarehe 8/4/24", "PERSON", "MUNA AL-SHANFARI"),
    ("Namba yangu nyingine ni 255758092017.", "PHONE_NUMBER", "255758092017"),
    # German's landline and call number, Italian's 'my number', a number in Italy's slashed groups
    ("Gast Claire hat Festnetz angegeben: 0387426337.", "PHONE_NUMBER", "0387426337"),
    ("Rufnummer 335/8681586, PIN/PUK im Tresor.", "PHONE_NUMBER", "335/8681586"),
    ("Il mio numero: 333/8478908. Cordiali saluti", "PHONE_NUMBER", "333/8478908"),
    # Japanese names: a common family name, a blank and a given name; who says who they are before 'です'
    ("contact: +81 98-867-1234 比嘉 健二 沖縄県", "PERSON", "比嘉 健二"), ("上原 さくら (Uehara Sakura)", "PERSON", "上原 さくら"),
    ("めんそーれ、宮城 彩花です。", "PERSON", "宮城 彩花"), ("にふぇーでーびる！比嘉です。", "PERSON", "比嘉"),
    ("こんにちは。予約のCHIHIROです。", "PERSON", "CHIHIRO"),
    # Mandarin's 'I am'; Korean's 'I am' after a name, and a name signing a message off
    ("您好，我是吳佩珊，SIM卡无法上网", "PERSON", "吳佩珊"), ("안녕하세요, 강하늘입니다. 유심", "PERSON", "강하늘"),
    ("감사합니다 정유나", "PERSON", "정유나"), ("시리얼 G4BB23AEA3 한지은", "PERSON", "한지은"),
    ("감사합니다~ 하늘 드림. 航班 MU5051", "PERSON", "하늘"), ("안녕하세요, 부승민입니다.", "PERSON", "부승민"),
    # Korea's and Taiwan's romanized names with a hyphenated given name
    ("Hi, I'm Ji-eun Han from Hallim.", "PERSON", "Ji-eun Han"), ("Park Min-jun called", "PERSON", "Park Min-jun"),
    # Japan's addresses: Sapporo's and Obihiro's grids, a district in hiragana, Okinawa's section and lot alone
    ("住所: 札幌市中央区北1条西3丁目2-5", "LOCATION", "札幌市中央区北1条西3丁目2-5"),
    ("地址 帯広市西2条南9丁目11，电话", "LOCATION", "帯広市西2条南9丁目11"),
    ("沖縄県那覇市おもろまち4丁目", "LOCATION", "沖縄県那覇市おもろまち4丁目"),
    ("地址 恩納村字前兼久258，电话", "LOCATION", "恩納村字前兼久258"),
    ("宮古島市平良字西里243", "LOCATION", "宮古島市平良字西里243"),
    # a postcode with its country's car letters; an English speaker's German or Italian street, number first
    ("an D-83471 Berchtesgaden", "LOCATION", "D-83471"), ("I-39031 Bruneck", "LOCATION", "I-39031"),
    ("die Rechnung bitte an 105 Schillerstraße, 10437, Berlin.", "LOCATION", "105 Schillerstraße"),
    ("post it to 63 Corso Vercelli, Torino, 10128?", "LOCATION", "63 Corso Vercelli"),
    # serials: a bike's frame and battery, Korean's 'serial' alone; logins: WeChat's, one before its mailbox
    ("Kunde aus Südtirol, Rahmennr. SC99U30151, Akku-Nr. BBP743261586.", "SERIAL_NUMBER", "SC99U30151"),
    ("Kunde aus Südtirol, Rahmennr. SC99U30151, Akku-Nr. BBP743261586.", "SERIAL_NUMBER", "BBP743261586"),
    ("vélo de location, cadre EM54B14230. Paiement", "SERIAL_NUMBER", "EM54B14230"),
    ("noleggio 3 giorni, telaio BI47M55321. Grazie", "SERIAL_NUMBER", "BI47M55321"),
    ("Cliente altoatesino, telaio n. WSBC23B518972, batteria BPX02168611.", "SERIAL_NUMBER", "WSBC23B518972"),
    ("Cliente altoatesino, telaio n. WSBC23B518972, batteria BPX02168611.", "SERIAL_NUMBER", "BPX02168611"),
    ("포켓와이파이 반납했어요. 시리얼 G4BB23AEA3", "SERIAL_NUMBER", "G4BB23AEA3"),
    ("Hello, this is Wei Wang, WeChat ID wxid_17c3090061. Please call", "USERNAME", "wxid_17c3090061"),
    ("Anmeldung vmoosrainer / vmoosrainer@brenner-logistik.eu", "USERNAME", "vmoosrainer"),
    # a guest's address with blanks around its at-sign; a device lent out, its holder in brackets
    ("email nafisashah34 @ zanlink.co.tz please", "EMAIL_ADDRESS", "nafisashah34 @ zanlink.co.tz"),
    ("iPhone (Andreas)", "HOSTNAME", "iPhone (Andreas)"),
    # Swahili, Gujarati and Omani names: 'I am', 'brother' glued on, a Gujarati name before 'here', the family name
    # after the father's, sign-offs
    ("Mimi ni Riziki Said Mwinyi kutoka Kilifi.", "PERSON", "Riziki Said Mwinyi"),
    ("naitwa Riziki Mwinyi kutoka Kilifi.", "PERSON", "Riziki Mwinyi"),
    ("Mimi ni Mwanaisha Salim, nipo Stone Town.", "PERSON", "Mwanaisha Salim"),
    ("Mimi ni Mohamed Ali Juma kutoka Tanga.", "PERSON", "Mohamed Ali Juma"),
    ("Kem cho Hamisibhai? Maro phone", "PERSON", "Hamisi"),
    ("જય શ્રી કૃષ્ણ Hamisibhai, સુનિલ લાખા here. Laptop", "PERSON", "સુનિલ લાખા"),
    ("ana ismi Khalid bin Salim al-Harthy min Lamu.", "PERSON", "Khalid bin Salim al-Harthy"),
    ("send the receipt to x@y.com. Jai Shri Krishna, Heena", "PERSON", "Heena"),
    ("Sawa, tutaonana. Kwa heri, Rehema", "PERSON", "Rehema"), ("Karibu sana Matteo! Your driver", "PERSON", "Matteo"),
]

NEGATIVE = [
    ("Freephone 0808 338 0074", "PHONE_NUMBER", "0808 338 0074"),  # (the UK's, as the UK groups it)
    ("注文番号は12345678です", "PHONE_NUMBER", "12345678"), ("予約の番号は12345678です", "PHONE_NUMBER", "12345678"),
    ("run simulation 0712345678", "PHONE_NUMBER", "0712345678"),  # (no context word; 'simu' is inside 'simulation')
    ("Ksh500 sent to KPLC PREPAID 888880", "PERSON", "KPLC PREPAID"),  # (a bill's till)
    ("田中 さん", "PERSON", "田中 さん"), ("中村 店長", "PERSON", "中村 店長"), ("東京 本社", "PERSON", "東京 本社"),
    ("정말 감사합니다 안녕히", "PERSON", "안녕히"), ("이것은 문제입니다", "PERSON", "이것은"),
    ("감사 드림", "PERSON", "감사"), ("부모님입니다", "PERSON", "부모님"),
    ("Firmware Bosch Nyon 2.5.0.12 eingespielt", "IP_ADDRESS", "2.5.0.12"),
    ("Check-in Time", "PERSON", "Check-in Time"), ("Sign-in Han", "PERSON", "Sign-in Han"),
    ("我是学生", "PERSON", "学生"), ("那覇市で2-3日", "LOCATION", "那覇市で2-3"),
    ("Part A-1234 Series", "LOCATION", "A-1234"), ("Typ A-1234 Gerät", "LOCATION", "A-1234"),
    ("Akku leer", "SERIAL_NUMBER", "leer"), ("Rahmen gebrochen", "SERIAL_NUMBER", "gebrochen"),
    ("la batteria 2024 è nuova", "SERIAL_NUMBER", "2024"), ("Rufnummer portiert", "PHONE_NUMBER", "portiert"),
    ("my LINE ID is required to join", "USERNAME", "is"), ("WeChat Pay", "USERNAME", "Pay"),
    ("Anmeldung erfolgt / siehe", "USERNAME", "erfolgt"),
    ("Ksh1,000.00 sent to KPLC PREPAID for account PW654099 on 21/2/24", "USERNAME", "PW654099"),  # (a bill's)
    ("price @ 5.99 each", "EMAIL_ADDRESS", "price @ 5.99"), ("me @ home", "EMAIL_ADDRESS", "me @ home"),
    ("iPad (Wi-Fi)", "HOSTNAME", "iPad (Wi-Fi)"), ("iPhone (Space Gray)", "HOSTNAME", "iPhone (Space Gray)"),
    ("Mimi ni Mtanzania", "PERSON", "Mtanzania"),  # (Swahili's 'is', no Tagalog's article)
    ("Mimi ni Mtanzania kutoka Tanga", "PERSON", "Mtanzania"),  # (a nationality, no name)
    ("Jai Shri Krishna, Shabir", "PERSON", "Krishna"),  # (a greeting, no title)
    ("Ruben called", "PERSON", "Ru"),  # (no 'bhai' glued)
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
