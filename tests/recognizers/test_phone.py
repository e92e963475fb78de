"""PHONE_NUMBER: phonenumbers-validated candidates."""

from __future__ import annotations

import pytest

E = "PHONE_NUMBER"

POSITIVE = [
    # a count of minutes or hours after a number is no group of it (round 59's forum)
    ("Will call +353839140753 30 min before.", ["+353839140753"]), ("ring 07939 809 359 2 hours later", ["07939 809 359"]),
    # kana, Han and Hangul glue a number to the word before it too
    ("電話は090-1234-5678です", ["090-1234-5678"]), ("不在の場合は+819073778011までご連絡ください", ["+819073778011"]),
    ("Mijn WhatsApp is 8964303, mi no de na kantoor.", ["8964303"]), ("mi celular es 0991 234 567", ["0991 234 567"]),
    ("Mi celu es 11 5555-1234, escribime", ["11 5555-1234"]), ("wsp: 099 123 456", ["099 123 456"]),
    ("mandame un wasap 809-555-3321", ["809-555-3321"]),
    # China's mobile, eleven digits whole after its country code (round 58)
    ("联系人徐浩 +86-13572308758", ["+86-13572308758"]), ("call +86 13572308758 now", ["+86 13572308758"]),
    ("meh number is 5926599767 please call back", ["5926599767"]),
    # Central America's, Lusophone Africa's and the Indian Ocean's labels
    ("Llamame al 8765 4321 si no contesto", ["8765 4321"]), ("call mi pon 8456-1234, Miss", ["8456-1234"]),
    ("My number na 08031234567, abeg call me", ["08031234567"]),  # Nigerian Pidgin's 'my number is'
    ("SĐT: 0903.123.456, giao giờ hành chính", ["0903.123.456"]), ("Zalo 0912345678 nhé", ["0912345678"]),  # Vietnam's
    ("Contacto: Sr. Abílio, tlm 82 765 4321", ["82 765 4321"]), ("Liga-m pa 991 23 45", ["991 23 45"]),
    ("Mo nimero 5789 1234. Mersi!", ["5789 1234"]), ("Sa ki mon nimero: 2 51 23 45", ["2 51 23 45"]),
    ("kontak mwan lor 5912 3456", ["5912 3456"]),
    ("Ha recibido ₡15.000 de MARIA FERNANDA SOLIS ROJAS (8845-1290).", ["8845-1290"]),
    ("Enviaste L 500.00 a 9876-5432 (CARLOS ALBERTO MEJIA).", ["9876-5432"]),
    ("Recebeu 25.000,00 Kz de 923456789 DOMINGOS KIALA.", ["923456789"]),
    ('desc "Nohemi Sanjur - 7406-7739"", Result', ["7406-7739"]), ('Desc="Franklin Ayala|Col Loarque|9238 3771", L', ["9238 3771"]), ("You can reach me on WhatsApp at 2 86 54 64.", ["2 86 54 64"]),
    ("Ity ny nomerao nandoavako: 0346580634.", ["0346580634"]), ("Apel mwa 5812 3456 svp", ["5812 3456"]),
    ("Afaka miantso ahy amin'ny 034 12 345 67", ["034 12 345 67"]),
    ("Te paso mi número 90412245", ["90412245"]), ("El número de Edwin es 77969644", ["77969644"]),
    ("Mami este es mi número nuevo 8763-2214, el otro", ["8763-2214"]),
    ("Te dejo el número de Xiomara el que arregla celulares: 5254-3450, decile", ["5254-3450"]),
    ("El chip de Mati ya está activo. Línea 11 5747-1942", ["11 5747-1942"]),
    ("Si no contesto, llamen a mi hermana Rosa Elena Ankuash al 0981811017.", ["0981811017"]),
    ("Emergency: Ezekiel Turalir 7655 3309", ["7655 3309"]), ("Kontak darurat: Meiske 0895-2303-14178", ["0895-2303-14178"]),
    # a mobile with its country's code apart and no '+' (Papua New Guinea's, Indonesia's)
    ("Emergency: Naomi Tavur 675 7449 8222", ["675 7449 8222"]), ("HP: 62 812 3456 7890", ["62 812 3456 7890"]),
    ("call +1 202-555-0143 now", ["+1 202-555-0143"]),
    ("Servis fiş no: TP-2024-25739. Numaram 0 (542) 884 60 45", ["0 (542) 884 60 45"]),  # Turkey's trunk
    ("My old number was (+48) 601-234-567 but", ["(+48) 601-234-567"]),  # country code in parentheses
    ("Hann/hon er á (+298) 211360.", ["(+298) 211360"]),  # (the Faroes' six digits: one group)
    ("Tlf. +298 31 17 40 | Fartlf. 912838", ["+298 31 17 40", "912838"]),  # six digits after a label
    ("Mdantsane. Tsalela ku-068 189 0426 xa ufikile.", ["068 189 0426"]),  # Xhosa: call at (its 'ku-' glued)
    ("If not reachable call my husband Kedar on 9850122797", ["9850122797"]),  # a call's words between
    ("Pls call before delivery on 9822464464", ["9822464464"]),
    ("Tel (+44) 20 7946 0958", ["(+44) 20 7946 0958"]),
    ("UK office +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("Berlin +49 30 901820.", ["+49 30 901820"]),
    ("Paris: +33 1 23 45 67 89", ["+33 1 23 45 67 89"]),
    ("+1-202-555-0143", ["+1-202-555-0143"]),
    ("e164 +12025550143", ["+12025550143"]),
    ("Tel: (202) 555-0143.", ["(202) 555-0143"]),
    ("fictional (555) 010-1234", ["(555) 010-1234"]),
    ("dotted 202.555.0143", ["202.555.0143"]),
    ("Tel: (202) 555.0143", ["(202) 555.0143"]),
    ("call +1.415.555.0123 now", ["+1.415.555.0123"]),
    ("Tél 01.99.00.75.11.", ["01.99.00.75.11"]),
    ("intl 0049 30 901820", ["0049 30 901820"]),
    ("+44 (0)20 7946 0958", ["+44 (0)20 7946 0958"]),
    ("Favor ligar antes da entrega (16) 99058-5007 obrigado", ["(16) 99058-5007"]),  # Brazil's mobile, no trunk
    ("передзвоніть на 067 306 72 69 будь ласка", ["067 306 72 69"]),  # Ukraine's mobile, with its trunk
    ("paskambinkite 8 602 26513 rytoj", ["8 602 26513"]), ("звоните 8 (495) 123-45-67", ["8 (495) 123-45-67"]),
    # a mobile-money statement's party: its number without '+', its name in capitals
    ("Pay Bill from 254756376420 - LYDIA MUTHONI MWANGI Acc. 4089", ["254756376420"]),
    ("upi,9693557852@ibl,navjot@icloud.com", ["9693557852"]),  # a UPI address's login: India's mobile
    # nine digits in pairs, no trunk: Spain's and Georgia's; India's mobiles in two fives
    ("truqueu al 612 34 56 78 o al 93 123 45 67", ["612 34 56 78", "93 123 45 67"]),
    ("დამირეკეთ 555 12 34 56", ["555 12 34 56"]), ("bel 03 463 53 55 of", ["03 463 53 55"]),  # (a trunk '0': Belgium's)
    ("मुझे 98765 43210 पर कॉल करें", ["98765 43210"]),
    ("Our technician Sarah (79599-07309) will call", ["79599-07309"]),  # (India's fives with a dash)
    ("call 我 (852) 6631 7485 la", ["(852) 6631 7485"]),  # a country's code in parentheses, no '+'
    ("ガイドの比嘉さんがおすすめ。098(818)7292", ["098(818)7292"]),  # Japan's exchange in parentheses
    ("Sarausa (SR), IT, phone=366 7018951, note", ["366 7018951"]),  # Italy's mobiles, no trunk
    ("SMS queued to 345-6473359 via Skebby", ["345-6473359"]),
    ("Toll free 1800-425-4026; my cell 415-555-0132", ["415-555-0132"]),  # (a person's beside a firm's)
    # a number an Asterisk dial string sends through a trunk, a Grandstream UCM's recording's parties
    ("PJSIP/0050277558320@trunk_2,60,", ["0050277558320"]), ("PJSIP/46955800@trunk_1,60,", ["46955800"]),
    ("auto-1763374363-+50241319564-1040.wav@", ["+50241319564"]), ("auto-1763360852-1013-15419373073.wav@",
                                                                   ["15419373073"]),
    # MTN MoMo's wallet of a subscriber, its mobile's number
    ("FRI:256767562038/MSISDN", ["256767562038"]), ("ID:256766464652/MSISDN", ["256766464652"]),
    # a parcel's receiver and their number; 'call' after a dash
    ("Receiver: Tembo Thokozani 095 5529932", ["095 5529932"]),
    ("Deliver to Chisangu - call 0959487261 on arrival", ["0959487261"]),
    # French: reach (someone) at; or at, after a number (New Caledonia's six digits)
    ("Vous pouvez aussi joindre la maman de Julien au 72 98 16 (le soir).", ["72 98 16"]),
    ("Tu peux m'appeler au 75.44.79 ou au 47.58.81.", ["75.44.79", "47.58.81"]),
    ("Perdu chien marron. Merci d'appeler Eliane au 27 80 82.", ["27 80 82"]), ("Appelez 88 07 33.", ["88 07 33"]),
    # French's 'tél.', English's 'best number', Bislama's 'singaot mi long' (call me at)
    ("lot 18 lotissement Tiaoué, 98821 Ouégoa, tél. 80.67.40 ou +687 71 02 32.", ["80.67.40", "+687 71 02 32"]),
    ("Address: Tribu de Paimboas, best number 29 12 99.", ["29 12 99"]),
    ("Pentecost, Penama Province. Plis singaot mi long 786 1810.", ["786 1810"]),
    ("Le transporteur local vous appellera au 765743 avant de passer.", ["765743"]),
    # a home line in The Hague and a Belgian mobile: no firms' lines though they start as Belgium's do (round 60)
    ("Bel me op 070 123 4567 na vijven", ["070 123 4567"]), ("GSM 0470 12 34 56", ["0470 12 34 56"]),
    # Pakistan's mobiles, '0300' as Brazil's firms' lines start too (round 60)
    ("rider phone 0300 7893239", ["0300 7893239"]), ("My name is Umar, number (0320) 121-6523", ["(0320) 121-6523"]),
    # Italy's, Spain's and Portugal's 'call me at' and a call's note, in their languages (round 60)
    ("Potete chiamarmi al 3710173689 o scrivermi", ["3710173689"]), ("te llamo al 670841277 en cuanto pueda.", ["670841277"]),
    ("Llamada con Mariana (961 170 243): el equipo", ["961 170 243"]), ("ligo-lhe para o 937 179 294 assim", ["937 179 294"]),
    ("Cliente pede contacto para 961 170 243 depois", ["961 170 243"]), ("Em podeu trucar al 781673378 o", ["781673378"]),
    ("Podedes chamarme ao 981 441 631 ou", ["981 441 631"]), ("Deitu 600133865 zenbakira", ["600133865"]),
]

NEGATIVE = [
    "uptime 1532 2332 days", "took 0 1532 23 22 min",  # (counts before their unit)
    'dial-in numbers {"UY":["0800 8765"],"AR":["0800-345-7788"]}',  # (Uruguay's and Argentina's free lines)
    "フリーダイヤル 0120-444-111 まで", "Tel: 0120-444-111",  # (Japan's free dial: a firm's line)
    "Superonline 0850 222 0 555 ise var diyor.", "Çağrı Merkezi 444 1 444",  # (Turkey's firms' lines)
    # Portugal's and Brazil's firms' lines; Go's monotonic clock reading after a time (round 54)
    "ligue 808 200 150 ou 707 500 600", "Central 4003-3939", "SAC 0800 725 0011",
    # Pakistan's, the Netherlands', Belgium's and Luxembourg's free, premium and national-rate lines (round 60)
    "Status ke liye 0800-74426 par call karein", "bel 0900-8844", "bel 078 15 15 15", "Klantenservice: 8002 1234",
    "Klantenservice leverancier: 070 22 44 66", "Central de atendimento 0300 789 6000",
    "Chiamato il tecnico al 15:00 meeting", "Deitu gaur",  # (no number after the call's words)
    "07:22:45.659816204 +0000 UTC m=+86658.693732301 expires",
    "my account number is 40123456",  # (no carrier's or wallet's name before 'number')
    "Orange Money 2024 report", "Receiver Cecelia Saah 2024",  # (a year: no subscriber's number)
    "see p. 123 4567 now", "Jón í 2024", "fundur í 8325341",  # (no 's.'; a year; no name before 'í')
    "the sender of the 0882235244 bill",  # (no name after 'sender')
    "Bookings: 2024", "Bookings: 1234.5678",  # (a year; a decimal)
    "celu 3", "wsp 12 items", "wasap 2024",  # (no phone's digits after the chat's label)
    "llamame al 3", "mo nimero 12", "tlm 2024", "de 20241114 NOTA FISCAL", "de ACME (2024)",
    "error en la línea 1234 del archivo",  # (a file's line)
    "SMTP session successful (Bytes in/out: 2358846/527)",  # two counts
    "ref 2024 1234 5678 ok", "batch 675 1234 5678 ok",  # (no country's code first; no valid mobile after it)
    "INFO  id:157753 - transaction id:6146810 - 1653 ms: planning: 0",  # an id and a duration
    "page 2 of 3 - 240570 0143 B - 1111 page hits",  # (a size)
    "247247 - EQUITY BANK KENYA LIMITED", "Acc. 254756376420 via B2B",  # a paybill; twelve digits, no party
    "Ref 200000000000 - OK CLOSED",  # (no plan's number)
    "order 1234567890@shop.example.com", "5123456789@ybl",  # (an e-mail's domain has a dot; no mobile's digits)
    "call the team on 20240105 ok", "ring the bell at 1200",  # (a date; a short number)
    "Mar  5 07:01:04 mx01 amavis[3172]: (03172-02) Passed CLEAN {RelayedOutbound}",  # amavis' id, a short number
    'via_upstream - "-" 0 1532 23 22 "81.2.69.142"',  # an Envoy log's byte counts and durations
    "on 2023-10-05 at 10:05:03",
    "(+1) vote from (+48) 12",  # a parenthesized code with too few digits after it
    "scored (+3) 2-1 in the (+12) 0-0",
    "due 10/05/2023",
    "build 20231005",
    "host 192.0.2.1",
    "client 81.146.7.215 connected",
    '81.146.7.215 - - [23/Jun/2019:14:12:47 +0000] "GET /index.html HTTP/1.1" 200 3638',
    "from 99.999.99.999 port 22",
    "Chrome/118.0.5993.88",
    "version 10.0.19045.2006",
    "ISBN 978-3-16-148410-0",
    "total $1,234.56",
    "order 12345678901234",
    "card 4111 1111 1111 1111",
    "ref ABC12345678",
    "ref 12345678ABC",
    "ts=1700000000",
    "12:30:45.123",
    "555-0143",  # seven digits, no area code: too ambiguous
    "(852) 1234 5678", "(999) 6631 7485",  # (no number of Hong Kong's plan; no country's code)
    "run 12(345)6789 ok", "0000(000)0000",  # (no trunk '0' before Japan's shape; no plan's number)
    "12345-67890 rows",  # (no Indian mobile's first digit)
    "batch 300-1234567 done", "ticket 312 345678",  # (no Italian operator's range; too short)
    # a business's toll-free, shared-cost or premium line: no person's (a vendor's hotline)
    "Toll free: 1800-123-4455 | care@brightline.in", "Datto support +1 (888) 294-6312 or 1-800-624-9896.",
    "support@srdevices.kz, 8 800 080 4747", "Бесплатная линия: 8 800 004 1010.",  # (Kazakhstan's, Russia's free lines)
    "BTSE helpline 1800-425-4026", "Call our freephone 0800 123 4567 today", "Phone: 1-800-624-9896",
    "Call 1300 655 506 for help",
    # an extension dialled without a trunk, a recording's extensions; an agent's and a biller's wallets
    "PJSIP/1012,60,tTkK", "SIP/1023@default", "auto-1763360852-1013-1040.wav", "FRI:40211873/MM",
    "FRI:256767562038/USER",
    "Receiver: Tembo Thokozani 2024-11-30", "Inbound call 0959487261",  # (a date; 'call' a log's word)
    "Il habite au 12 rue Victor Hugo ou au 14.", "joindre le dossier au 2024",
    "Version 1.2.3, tél. support", "the best number 3 in the league",  # (no number after the label; a rank)
    'شماره سفارش ۱۲۳۴۵۶۷۸',  # (Persian's order number)
    'order nomeri 12345',  # (Georgian's 'number' before an order's five digits)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call 2025550143", "2025550143"),
        ("+1 202-555-0143", "+1 202-555-0143"),
        ("(202) 555-0143", "(202) 555-0143"),
    ],
)
def test_score_bands(scores, text, number):
    score = scores(text, E)[number]
    if number.isdigit():
        assert 0.2 <= score < 0.4  # a bare run needs a context word
    else:
        assert score >= 0.6


def test_bare_run_needs_context(find, recognizer):
    assert find("id 2025550143", E) == []
    assert find("id 2025550143", E, min_score=0.2) == [(E, "2025550143")]
    assert {"phone", "tel", "call", "mobile"} <= set(recognizer("PhoneNumberRecognizer").context)


def test_default_region_can_be_changed(recognizer):
    rec = recognizer("PhoneNumberRecognizer")
    text = "Festnetz 030 901820"
    assert rec.default_region == "US"
    rec.fallback_regions = rec.long_fallback_regions = ()  # an instance attribute shadows the class default
    try:
        assert rec.analyze(text, [E]) == []
        rec.default_region = "DE"
        [r] = rec.analyze(text, [E])
        assert text[r.start : r.end] == "030 901820"
        rec.default_region = "FR"
        [r] = rec.analyze("tél. 01.23.45.67.89", [E])
        assert r.end - r.start == len("01.23.45.67.89")
    finally:
        rec.default_region = "US"
        del rec.fallback_regions, rec.long_fallback_regions


@pytest.mark.parametrize(
    "text", ["on 2023-10-05 12:30:45.123 ok", "at 05.10.2023 10:05", "app=2.0.0.1 build=20231005"]
)
def test_dates_with_times_are_not_numbers(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call +44 7700 900098.", "+44 7700 900098"),  # Ofcom drama mobile: invalid in phonenumbers
        ("sms +447700900625", "+447700900625"),
        ("mobile 07700 900633", "07700 900633"),  # trunk 0: tried in the fallback regions
        ("Tél 01 99 00 75 11", "01 99 00 75 11"),
        ("AU +61 491 570 158", "+61 491 570 158"),
        ("DE +49 (0)30 23125475", "+49 (0)30 23125475"),
    ],
)
def test_fictional_ranges(find, text, expected):
    assert find(text, E) == [(E, expected)]


# Dotted numbers: a phone is 202.555.0143 (last group 4+ digits) or 01.99.00.75.11 (5+
# two-digit groups). phone_formatted's consuming part spells out only those shapes, so its
# polars prefilter (which drops the lookarounds) does not make a candidate of the client IP
# that starts every access-log line.
DOTTED_PHONES = ["202.555.0143", "(202) 555.0143", "01.99.00.75.11", "01 99.00.75.11"]
DOTTED_NOT_PHONES = ["81.146.7.215", "99.999.99.999", "10.0.0.1", "192.168.100.200", "81.146.7",
                     "1.2.3.4.5"]


def _formatted_prefilter(recognizer):
    from piiscan.detect.prefilter import rust_prefilter

    rec = recognizer("PhoneNumberRecognizer")
    [pattern] = [p for p in rec.patterns if p.name == "phone_formatted"]
    return rust_prefilter(pattern.regex, rec.global_regex_flags)


@pytest.mark.parametrize("number", DOTTED_PHONES)
def test_dotted_phone_is_a_prefilter_candidate(recognizer, number):
    import polars as pl

    pf = _formatted_prefilter(recognizer)
    [found] = pl.Series([f"tel {number}."]).str.extract_all(pf).to_list()
    # the first candidate starts the number (the exact regex runs on from its start)
    assert found and number.startswith(found[0][1:])


@pytest.mark.parametrize("dotted", DOTTED_NOT_PHONES)
def test_dotted_quad_is_no_prefilter_candidate(recognizer, dotted):
    import polars as pl

    pf = _formatted_prefilter(recognizer)
    lines = [f"{dotted} - - [x]", f"client {dotted} connected", f"ip={dotted}", dotted]
    assert pl.Series(lines).str.extract_all(pf).list.len().to_list() == [0, 0, 0, 0]


@pytest.mark.parametrize(
    "text",
    [
        "Berlin 030.123.456",  # 3-3-3 dotted: too close to version numbers and ids to keep
        "ref 12.345.678",
        "v 1.22.333.4444",  # a dotted run is a phone only as 2-4 digit groups
    ],
)
def test_other_dotted_shapes_are_not_phones(find, text):
    assert find(text, E) == []


# Extensions, country codes glued to the area code, numbers that phonenumbers finds
# possible but not valid (an explicit country code is evidence enough), and list items
# after a letter and a comma ('Office\,+41 ...').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fax: 349-809-1390x2291", "349-809-1390x2291"),
        ("Desk: +1-907-150-3816x452", "+1-907-150-3816x452"),
        ("Fax: 271.743.2319x386", "271.743.2319x386"),
        ("call 202-555-0143 ext. 12 today", "202-555-0143 ext. 12"),
        ("+1-986-174-0253 mobile", "+1-986-174-0253"),  # NANP exchange 1xx: possible only
        ("Desk: +41 (0)97 582 14 36", "+41 (0)97 582 14 36"),
        ("fax +46 (0)149 746 50", "+46 (0)149 746 50"),
        ("Desk: +447700 951 215", "+447700 951 215"),  # +44 7700: no separator after the code
        ("+447700593184 mobile", "+447700593184"),
        ("2815-Office\\,+41 (0)62 384 15 27-Fax", "+41 (0)62 384 15 27"),
        ("Austria 51230\n(48) 752-019-Office\\,07700 081 532-Fax", "07700 081 532"),
    ],
)
def test_extensions_and_possible_international_numbers(find, text, expected):
    assert find(text, E) == [(E, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "SSN: 078-31-4526",  # the US SSN shape, 3-2-4 with dashes
        "São Paulo - SP, 01304-001", "CEP 80671-332",  # Brazil's postcode, 5-3
        "(16) 19058-5007",  # no Brazilian mobile (those start with 9)
        "8 123 45678",  # no plan with a trunk '8' has it
        "tz +0530 and +1 555",  # offsets, too short for a plan
        "login.jsp - 301 318 462 1 HTTP/1.1 ",  # a one-digit last group: log fields
        'GET /a.mp4 HTTP/1.1" 206 5193472 "http://l',  # status and size of an access-log line
        "connection from 84.71.236.158 (84-71-236-158.dsl.in-addr.example)",  # host name
        "rhost=59-124-83-217.dynamic-ip.example",
        "2019-03-11 14:27:53.418 5127 INFO nova",  # seconds.millis and a pid
        "Dropbox[31577]: [0312/093815:WARNING:dropbox]",
        "amount 1,2025550143",  # a comma after a digit is a decimal
        "hex 0x2025550143",
        "NationalID 001047-3926",  # '00' then a Swedish personal number, not +1 047-3926
        "ref +1 555 0143",  # +1 and seven digits: local-only, not a whole number
    ],
)
def test_new_shapes_keep_log_values_out(find, text):
    assert find(text, E) == []


# After a label, a number that no numbering plan in phonenumbers accepts (synthetic data,
# plans the fallback regions do not cover) is still a phone number.
LABELLED = [
    ("Contact card:\nPhone:\n47-83-16-29\n\nE-mail:", "47-83-16-29"),
    ("Name: Oksana Veretennikova\nPhone: (98) 517-362", "(98) 517-362"),
    ("Phone:\n583 1642\n", "583 1642"),
    ("Bago po ang number ko 09481234567, salamat", "09481234567"),  # Tagalog: my number
    ("Numero niya po ay 0917 123 4567.", "0917 123 4567"),
    ("Duol sa palengke. Akong numero 09980390093.", "09980390093"),  # Cebuano: my number
    ("Pick-up sa Parang. Text 09957832726", "09957832726"), ("Text lang 09665801865", "09665801865"),
    ("Recipient: Nenita Sumugat, 09178120578.", "09178120578"),  # (a comma after the name)
    ("Rider: Liza Tolentino 09910744173. Pakihanda ang bayad.", "09910744173"),
    ("Phone: 31 572 804 1963", "31 572 804 1963"),
    ("Mobile: 518 27 094\n", "518 27 094"),
    ("Desk: 614 925 307", "614 925 307"),
    ("mobile: 97 463218\n", "97 463218"),
    ("Tel. no. 62 418 27 59", "62 418 27 59"),
    ("Could somebody call me on 8361 5024? Thanks", "8361 5024"),
    ("Please call me on (57) 4162-8037 tomorrow", "(57) 4162-8037"),
    ("Please stop sending messages to 715 842 306", "715 842 306"),
    ("Nobody is answering at 86 473 192", "86 473 192"),
    ("no code arrived on my registered 741 2869. Can you", "741 2869"),
    ("Phone: 555-0143", "555-0143"),  # seven digits: ambiguous alone, not after a label
    ("Please call us on 07700900418 for an appointment", "07700900418"),
    # other wordings of the same labels
    ("Nobody picks up at 86 473 192", "86 473 192"),
    ("no code arrived on my registered number 741 2869. Can you", "741 2869"),
    ("Please stop sending texts to 715 842 306", "715 842 306"),
    ("Could somebody phone me on 8361 5024? Thanks", "8361 5024"),
    ("Could somebody call me back on 8361 5024? Thanks", "8361 5024"),
    ("Mob: 518 27 094", "518 27 094"),
    ("vikar: Nora Dahl (tlf 47 83 58 40)", "47 83 58 40"), ("Puh. 040 123 4567", "040 123 4567"),  # other languages'
    ("Vă rog sunați înainte la 0785112511, interfonul", "0785112511"),  # Romanian's 'call at'
    ("klar for visning kl 17. Ring meg på 983 48 880 hvis noe.", "983 48 880"),  # Norwegian's 'call me at'
    # Latvian, Bulgarian, Hebrew, Thai, Icelandic and Greek labels
    ("Jānis Bērziņš, tālr. 2612 3456", "2612 3456"), ("моб. 583 16 42", "583 16 42"),
    ("טל' 583-1642", "583-1642"), ("โทร. 583 1642", "583 1642"),
    ("sími 581 2345", "581 2345"), ("τηλ. 583 1642", "583 1642"), ("Tilefono: 96 317 585", "96 317 585"), ("kinito 99 475 200", "99 475 200"), ("Telefonas: 8 612 34567", "8 612 34567"),
    ("Tenho interesse, pode me ligar no (19) 5831-642? Sou de Fortaleza.", "(19) 5831-642"),  # Portuguese
    ("Contato: (19) 5831-642 (WhatsApp)", "(19) 5831-642"),
    # Indonesian, Tagalog, Afrikaans, Welsh, Swahili, Hindi, Bengali, Persian, Georgian, Armenian
    ("Telp. 583 1642", "583 1642"), ("No. HP: 583 1642", "583 1642"), ("WA: 583 1642", "583 1642"),
    ("CP: 583 1642", "583 1642"), ("Sel: 583 1642", "583 1642"), ("Ffôn: 583 1642", "583 1642"),
    ("simu 583 1642", "583 1642"), ("फ़ोन: 583 1642", "583 1642"), ("মোবাইল: 583 1642", "583 1642"),
    ("تلفن: 583 1642", "583 1642"), ("ტელ: 583 1642", "583 1642"), ("հեռ. 583 1642", "583 1642"),
    # Urdu, Amharic, Somali, Mongolian, Irish, Slovak, Tamil, Telugu, Khmer, Maltese, Galician
    ("رابطہ: 583 1642", "583 1642"), ("ስልክ 583 1642", "583 1642"), ("Taleefanka: 583 1642", "583 1642"),
    ("Утас: 583 1642", "583 1642"), ("Guthán: 583 1642", "583 1642"), ("Telefón: 583 1642", "583 1642"),
    ("ಫೋನ್: 583 1642", "583 1642"), ("ເບີໂທ: 583 1642", "583 1642"), ("Finday: 583 1642", "583 1642"),
    ("Тэл.: 583 1642", "583 1642"), ("ਫੋਨ 583 1642", "583 1642"), ("Waea: 583 1642", "583 1642"),
    ("no recibió el kit, llamar al 7432-2926.", "7432-2926"), ("Pide que la contacten por WhatsApp al 6867-9373 o", "6867-9373"),
    ("Kelepona: 583 1642", "583 1642"), ("Fon: 583 1642", "583 1642"), ("Telefòn: 583 1642", "583 1642"),
    ("Bilbila: 583 1642", "583 1642"), ("Mogala: 583 1642", "583 1642"), ("ଫୋନ: 583 1642", "583 1642"),
    ("تېلېفون: 583 1642", "583 1642"), ("ފޯނު: 583 1642", "583 1642"), ("Pumbyry: 583 1642", "583 1642"),
    ("Poŝtelefono: 583 1642", "583 1642"), ("Fòn-làimhe: 583 1642", "583 1642"), ("Selpon: 583 1642", "583 1642"),
    ("Mátketelefovdna: 583 1642", "583 1642"), ("Oqarasuaat: 583 1642", "583 1642"), ("טעלעפֿאָן: 583 1642", "583 1642"),
    ("Telpon: 583 1642", "583 1642"), ("Selular: 583 1642", "583 1642"), ("Riqingho: 583 1642", "583 1642"),
    ("Essimu: 583 1642", "583 1642"), ("Xov tooj: 583 1642", "583 1642"), ("Pellgowser: 583 1642", "583 1642"),
    ("Foni: 583 1642", "583 1642"), ("Lucingo: 583 1642", "583 1642"), ("Thimũ: 583 1642", "583 1642"),
    ("Telèfunu: 583 1642", "583 1642"), ("手提電話: 583 1642", "583 1642"), ("Niuniu: 583 1642", "583 1642"),
    ("Tareboon: 583 1642", "583 1642"), ("Tiliɣri: 583 1642", "583 1642"), ("ⵜⵉⵍⵉⴼⵓⵏ: 583 1642", "583 1642"),
    ("telebirr: 0912 345 678", "0912 345 678"), ("EVC Plus 615123456 — Faadumo", "615123456"),  # (the Horn's wallets)
    ("Zaad: 063 4123456", "063 4123456"), ("e-Dahab 0621 2345", "0621 2345"),
    ("-> beneficiary 'Ermias Tadesse Kidane' (0989576810), payout=TELEBIRR", "0989576810"),  # a transfer's party
    ("PlusClient [(null)] - API_B2C accountNo=252610324802 amount=553.00", "252610324802"),  # a wallet's account
    ("B2C payout HR24051472178 to 251989576810 ETB 7,032.47", "251989576810"), ("OTP sent to 07477122457 (", "07477122457"),
    ('est en route. Livreur: Saïda 77 14 32 26. Merci!"', "77 14 32 26"),  # a courier's number after the name
    ('waa soo socdaa. Darawalka: Filsan 0610984988. mahadsanid"', "0610984988"),  # (Somali's driver)
    ("Je suis dispo au 0620964949 après 18h.", "0620964949"), ("Appelle-moi sur 0661 23 45 67 ou", "0661 23 45 67"),
    # the South Slavic languages' my number (is), number, call me at, Viber; English's 'her number'
    ("Ako ne ide, zovi me 071919464 posle 18h.", "071919464"), ("Moj broj za koordinaciju: 0628987984", "0628987984"),
    ("moj broj je 0625361787, a njen", "0625361787"), ("samo pod imenom Saša. Broj 062250211.", "062250211"),
    ("zvati na 068626832 posle 16h", "068626832"), ("Viber 065244609", "065244609"), ("her number 0639683920", "0639683920"),
    ("Helistage 5123 4567.", "5123 4567"), ("Zvaniet 2912 3456", "2912 3456"), ("skambinkite 612 34567", "612 34567"),
    ("kolem mi long 583 1642", "583 1642"), ("Tereponi: 583 1642", "583 1642"), ("Telefɔni: 583 1642", "583 1642"),
    ("Tawagan yu ku: 583 1642", "583 1642"), ("If you need a guide, message me: 583 1642", "583 1642"),
    ("已PM，我電話 5747-1918", "5747-1918"), ("有事可以搵阿叔，電話 0920156283，佢住高雄市", "0920156283"),
    ("[31/10/23, 09:41 AM] 73559-51061: Ka phone number chu hei hi a ni", "73559-51061"),  # a chat's speaker
    ("[16/01/24] 8159839140: BHWPU-2109-256019", "8159839140"),
    ("தொலைபேசி: 583 1642", "583 1642"), ("ఫోన్: 583 1642", "583 1642"), ("ទូរស័ព្ទ: 583 1642", "583 1642"),
    ("Mowbajl: 583 1642", "583 1642"), ("Móbil: 583 1642", "583 1642"),
    ("Gate code 1588\nAlt: 2348106970956", "2348106970956"),
    # a signature's 'Ph:', 'Contact:' and 'Mobile - '; a call log's caller; Signal's handle and
    # Cantonese's 'call me' ('call 我', 'WhatsApp我'); Japanese 'by phone'
    ("Regards,\nBadaplin Warjri\nPh: 583 1642", "583 1642"), ("Contact: 72149-57744", "72149-57744"),
    ("Lalrosanga Zadeng\nMobile - 583 1642", "583 1642"), ("Customer called from 583 1642. Issue", "583 1642"),
    ("Inbound call from 583 1642.", "583 1642"), ("我個 Signal：583 1642", "583 1642"),
    ("call 我 583 1642", "583 1642"), ("有興趣，WhatsApp我 583 1642", "583 1642"),
    ("LINEかお電話で 07030626387", "07030626387"),  # an alternative number, a mobile's E.164 without '+'
    # a request to call, a command's subscriber number (URL-encoded too), a fax's file name
    ("If someone can come, call 82 217 4335.", "82 217 4335"), ("Please call 0803 719 8095", "0803 719 8095"),
    ("exec --msisdn=264814788568 now", "264814788568"), ("msisdn: 264814788568", "264814788568"),
    ("/srv/ftp/fax/inbound/fax_from_0889786738_20230305_129771.pdf", "0889786738"),
    ("voicemail-to-61889683109.wav", "61889683109"),
    # an SMS gateway's spooled message (Gammu SMSD's inbox and outbox)
    ("gammu-smsd[4095]: Received IN20261109_063947_00_+4797094649_00.txt", "+4797094649"),
    # Malay's and Indonesian's, Tetum's and Portuguese's requests to call and contact
    ("Hubungi Agapito Pinto di 60109700467 untuk tempahan", "60109700467"),
    ("keluarga bisa dihubungi di 08127931115.", "08127931115"), ("nombor dia 7731 8453.", "7731 8453"),
    ("email ke jeniusbala1@outlook.com atau call 60186536467.", "60186536467"),
    ("Favor kontaktu ha'u iha 76577668 ka haruka email", "76577668"),
    ("Bele telefone ba eskritóriu iha 3339516.", "3339516"), ("Liguem para o escritório: 332 7464.", "332 7464"),
    # a secretary's, a site's contact's and an emergency contact's name, kin or a dash, then the number
    ("Secretária: Anastácia Cossa - 82 873 8303\nLigar de manhã.", "82 873 8303"),
    ("Site contact: Maria Mabunda 87 877 1865", "87 877 1865"),
    ("Noodkontak: Festus Kanyetu (vrou) 0813548901", "0813548901"),
    ("file=OUTC20261109_093645_00_0700562360_sms0.txt", "0700562360"),
    # French as Burkina Faso writes it: my number (is) (the), reachable at; English's 'my number:'
    ("Ne y yibeogo! Mon numéro : 70 12 34 56", "70 12 34 56"), ("mon numéro WhatsApp est le 76 54 32 10", "76 54 32 10"),
    ("Laisser le colis au gardien. Mon autre numéro: 90 48 67 89", "90 48 67 89"),  # (its colon right after it)
    ("Moi c'est Issouf, joignable au 76 54 32 10", "76 54 32 10"), ("Mon numéro c'est le 70 88 99 00", "70 88 99 00"), ("Minjhani, my number: 72 123 4567", "72 123 4567"),
    ('شماره من ۰۹۱۲ ۱۲۳ ۴۵۶۷ است', '۰۹۱۲ ۱۲۳ ۴۵۶۷'), ('شماره تماس: ۰۲۱-۸۸۷۶۵۴۳۲', '۰۲۱-۸۸۷۶۵۴۳۲'),  # Persian's 'my number', 'contact number'
    ('chemi nomeri 599123456. madloba', '599123456'), ('Zangeq 091123456. Shnorhakalutyun', '091123456'),  # the Caucasus'
    ('Զանգեք 091123456։ Շնորհակալություն', '091123456'),
    ("My Unitel number is 8899 1122.", "8899 1122"), ("Abaraka. Wave number 3012345", "3012345"),  # a carrier's,
    ("Africell Money no: 030 123 456", "030 123 456"),  # a wallet's number
    ("Payout to Orange Money 23272717792 failed", "23272717792"), ("msisdn 23299811738 is not registered", "23299811738"),
    ("Cash out at agent. Receiver # 7277938. Verified.", "7277938"),  # (a wallet's by its name; a subscriber's; a
    ("Receiver Cecelia Saah 0882235244, Brewerville", "0882235244"),  # transfer's receiver by a sign and by name)
    ("er Þórunn Helga, s. 835 3410. Góða ferð!", "835 3410"), ("sendið frekar á Jón í 8325341. Takk", "8325341"),
    ("send heldur til Sjúrður á 231621.", "231621"),  # (Icelandic's and Faroese's phone, 'at' after a name)
    ("TEL;type=CELL;type=VOICE;type=pref:732 2742", "732 2742"),  # (a vCard's, its parameters first)
    ("Tour guide. Bookings: 9975 8528", "9975 8528"),  # (a listing's label)
    ("esmi Ziad, ra2me 70 123 456", "70 123 456"), ("jimara min 7504 1234", "7504 1234"),  # (Lebanese Arabic's and
    ("ژمارەکەم 7504 1234", "7504 1234"), ("my Asiacell is 7504 1234", "7504 1234"),  # Kurdish's 'my number'; a carrier's
    ("My Digicel number: 7123 4567", "7123 4567"),                                      # without 'number')
    ("تم الاتصال بالمستفيد على الرقم ٠٧٨١٧٢٦١٤٧٠ وتم حل المشكلة.", "٠٧٨١٧٢٦١٤٧٠"),  # (Arabic's 'the number', a case note's)
    ("Fa'amolemole vala'au 7827699. Fa'afetai", "7827699"), ("Valaʻau mai 7747347. Faʻafetai", "7747347"),  # (Samoan's call;
    ("Namba blong hem 5999999. Tankyu", "5999999"), ("Gude Stanley! Namba 7988 2820 i redi nau.", "7988 2820"),  # Bislama's)
    ("Principal, Neiafu District School\nPh 7867271 | tkioa@gmail.com", "7867271"),  # (a signature's 'Ph' on its line)
    ("رقم الخط: ٠٩٣٢٢٩٤٥٥٦", "٠٩٣٢٢٩٤٥٥٦"),  # (a line's number)
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_labelled_numbers(find, text, expected):
    assert find(text, E) == [(E, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "desk 555 0143",  # generic words are labels only with a colon
        "Your order number is 2025550143, thanks",  # ('number' alone is no phone's word)
        "Invoice number 09481234567 paid", "Account number 4252076018.",
        "Text message 2 of 3 2025550143",  # (a number right after 'text' only)
        "Handyman 555 0143", "mobilisation 12 44 55",  # (a label is a whole word)
        "телевизор 55 12 34 56", "Κινητήρας 583 1642", "מספר הזמנה 1234 5678",  # (TV, engine, order number)
        "office 12 room 4455",
        "call 583 1642",  # a context word alone does not lift an invalid number
        "Bell 583 1642", "ra2me is 583 1642",  # (a carrier's name alone; Arabic's 'my number' before no number)
        "namba 7988 2820", "رقم الطلب 123456789",  # (Tok Pisin's 'number' in lower case is a word; an order's number)
        "pH 7.2 and Ph.D 2019",  # (acidity; a degree)
        "[16/01/24, 01:05 PM] 2 units shipped",  # (a chat's line after its time, no number's shape)
        "see [16/01/24] 8159839140: not a chat's line",
        "Phone: 2023-10-05",
        "Phone: 05.10.23",
        "phone: 20231005",
        "phone: 10.0.0.1",
        "Tel: 12:30:45",
        "Mobile: 1 2 3 4 5 6 7",
        "Phone: 978-3-16-148410-0",
        "Phone: 4111 1111 1111 1111",
        "Phone: 1700000000",
        "Phone: v1.2.3",
        "fax: 12345",
        "Office: 1,234.56",
        "Work: 12.05.2023",
        "home: 81.146.7.215",
        "telemetry: 583 1642",  # the label is a whole word
        "HP 583 1642", "wa 583 1642", "sel 583 1642",  # (a brand, short words: labels with a colon only)
        "Niuniuland 583 1642", "kolem 583 1642", "Tiliɣri: 2023-10-05",  # (a whole word; 'call' alone; a date)
        "račun iz Gigatrona broj 3629/2021", "broj 12 u nizu", "zovi me 2023-10-05",  # (an invoice's; no 0)
        "Tereponiland 583 1642", "Telefɔni: 2023-10-05", "zaad 2024 oogst", "telebirr: v2.1.0", "Helistage 2024-10-05", "dispo au 2024-10-05", "OTP sent to 2024-10-05",
        "123 45 67 89", "12345 67890",  # (pairs and fives no plan of Spain, Georgia or India takes)
        "pH: 7.4", "Signal: 11", "signal 583 1642", "contact 583 1642",  # (no number; a colon needed)
        "Contact: 2023-10-05", "Ph 583 1642", "called 583 1642",
        "Mobile - v1.2.3", "call 我 2023-10-05",
        "Please call 2023-10-05", "OK, call 20231005", "msisdn=2023-10-05",  # (a date after the label)
        "fax_from_20230305_129771.pdf", "fax_from_gateway_0889786738.pdf", "fax_20230305_0889786738.pdf",
        "Secretary: Jane Doe - 2023-10-05", "Site contact: Maria (mother) 12:30:45",  # (a date, a time)
        "hubungi kami di 2023-10-05", "nomor saya v1.2.3", "kontaktu iha 12:30:45",  # (a date, a version, a time)
        "IN20261109_063947_00_12345_00.txt", "LOGIN20261109_063947_00_4797094649_00.txt",  # (too short; a word)
        "2024-03-05 12:00:01 [INFO] call 3205010 answered",  # (a log's call and its id: no request)
        "mon numéro de commande est 2023-10-05", "joignable au 12:30:45", "my number: v2.3.1",  # (a date, a time, a version)
    ],
)
def test_labels_do_not_lift_other_values(find, text):
    assert find(text, E) == []


def _labelled_prefilter(recognizer):
    from piiscan.detect.prefilter import rust_prefilter

    rec = recognizer("LabelledPhoneRecognizer")
    [pattern] = [p for p in rec.patterns if p.name == "phone_labelled"]
    return rust_prefilter(pattern.regex, rec.global_regex_flags)


def test_labelled_prefilter_needs_the_label(recognizer):
    import polars as pl

    pf = _labelled_prefilter(recognizer)
    lines = [
        '81.146.7.215 - - [23/Jun/2019:14:12:47 +0000] "GET /index.html HTTP/1.1" 200 3638',
        "2019-03-11 14:27:53.418 5127 INFO nova.compute",
        "order 583 1642 shipped",
        "Phone: 583 1642",
        "call me at 583 1642",
    ]
    assert pl.Series(lines).str.extract_all(pf).list.len().to_list() == [0, 0, 0, 1, 1]


@pytest.mark.parametrize(("text", "expected"), [
    ("with client 'sip:+46313205500@sip.telia-foretag.se' successful", ["+46313205500"]),  # a SIP URI's user
    ('Dial("PJSIP/2037-000001b0", "PJSIP/+31619832688@telia,60,T")', ["+31619832688"]),  # Asterisk's channel
    ("[INFO] sofia.c:10460 sofia/external/+6913206555@103.1.248.181 receiving invite", ["+6913206555"]),  # FreeSWITCH's
    ("[NOTICE] sofia.c:8580 Channel [sofia/gateway/fsmtc/+6913206707] has been answered", ["+6913206707"]),
    ("/var/spool/asterisk/monitor/2024/04/16/in-+46701834188-20240416-071900-1713244740.32.wav",
     ["+46701834188"]),  # a call recording's file name
    ("<tel:+4930901820>;tag=1", ["+4930901820"]),
    # a SIP proxy's without the '+': a URI's user, an accounting record's parties (Kamailio's)
    ("routing to carrier gw 10.40.0.22 ruri=sip:639366135991@10.40.0.22:5060;transport=udp", ["639366135991"]),
    ("MESSAGE from sip:09125984311@sip.example.ph to sip:7264@sip.example.ph", ["09125984311"]),
    ("code=200;reason=OK;src_user=09072499939;src_domain=sip.example.ph;dst_user=639958762785;dst_domain=10.40.0.21",
     ["09072499939", "639958762785"]),
    ("inp: INVITE sip:87055129044@kaspitl.kz SIP/2.0", ["87055129044"]),  # (Kazakhstan's trunk '8')
    # Xray's client label that is the client's number
    ("accepted tcp:static.xx.fbcdn.net:443 [inbound-443 >> direct] email: 09450654682", ["09450654682"]),
])
def test_numbers_in_telephony_uris_and_channels(find, text, expected):
    assert [v for _, v in find(text, "PHONE_NUMBER")] == expected


@pytest.mark.parametrize("text", [
    'Dial("PJSIP/2037-000001b0")', "sip:200@194.17.212.67",  # an extension, not a number
    "PJSIP/telia-000001a4", "order-+1234567-x",  # a channel's id; no recording's name
    "ruri=sip:999999999999@10.40.0.22", "dst_user=1741163013;dst_domain=x",  # (no plan's number; a time)
    "id=sip:0123@gw.example", "the order 09125984311@shop",  # (too short; no SIP URI's)
    "[inbound-2053 >> direct] email: 294", "[api -> api] email: 20251021",  # (a client's id, a date)
])
def test_extensions_and_channel_ids_are_no_numbers(find, text):
    assert find(text, "PHONE_NUMBER") == []


def test_a_bare_foreign_mobile_is_valid_in_its_plan_and_needs_a_context_word(find):
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    # a Vietnamese and a Korean mobile with a trunk '0', unformatted: valid in their plans, at
    # the bare run's low score
    assert find("gọi 0798618495", E, min_score=0.2) == [(E, "0798618495")]
    assert find("전화 01096468156", E, min_score=0.2) == [(E, "01096468156")]
    texts = ["Nếu không liên lạc được gọi 0798618495 (anh Bùi)", "연락처 전화 01096468156", "ref 0987654321 shipped",
             "nọmba ekwentị m bụ 08031234567", "nọ́mbà fóònù mi ni 08031234567"]  # (Igbo's and Yoruba's 'phone')
    found = Detector(Detection(ner=NerMode.OFF)).detect_records(texts, [None] * 5)
    assert [[t[f.start:f.end] for f in fs if f.entity_type == E] for t, fs in zip(texts, found)] == [
        ["0798618495"], ["01096468156"], [], ["08031234567"], ["08031234567"]]  # a context word in its language
    # lifts it; an id stays


def test_a_bare_mobile_in_e164_without_its_plus_needs_a_context_word():
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    texts = ["IMEI 864231053762767, nomor 628122360817. Bisa", "order 628122360817 shipped",
             "nomor 621234567890"]  # (an Indonesian mobile; an id; no plan's mobile)
    found = Detector(Detection(ner=NerMode.OFF)).detect_records(texts, [None] * 3)
    assert [[t[f.start:f.end] for f in fs if f.entity_type == E] for t, fs in zip(texts, found)] == [
        ["628122360817"], [], []]


def test_a_bare_indian_mobile_needs_a_context_word(find):
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    assert find("ref 9815026832 shipped", E) == []
    assert find("ref 9815026832 shipped", E, min_score=0.2) == [(E, "9815026832")]
    texts = ["Alternate contact Bankitbok Dkhar 9815026832. Payment ref", "order 9815026832 shipped",
             "contact 5000000000"]  # (a mobile after a context word; an id; no plan's number)
    found = Detector(Detection(ner=NerMode.OFF)).detect_records(texts, [None] * 3)
    assert [[t[f.start:f.end] for f in fs if f.entity_type == E] for t, fs in zip(texts, found)] == [
        ["9815026832"], [], []]


def test_a_fields_name_is_context_for_its_value_as_presidios_analyze_dict_passes_keys():
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector
    from piiscan.detect.structure import field_context

    assert field_context("Device UID") is None and field_context("Device GUID") is None  # an RMM's record ids
    # an HR export's 'Emergency contact' holds a name, a relation and a bare mobile: the
    # column's name lifts it; an id's column, and a word that only holds a context word
    # ('hotel' is no 'tel'), do not
    detector = Detector(Detection(ner=NerMode.OFF))
    texts = ["Hugo (brother) 01062158735"] * 4 + ["01062158735"]
    fields = ["custom_fields[0].Emergency contact", "emergencyContact", "contact_id",
              "hotel_booking", "Telefonnummer"]
    for fast in (True, False):
        found = (detector.detect_records if fast else detector.detect_reference)(texts, fields)
        assert [[t[f.start:f.end] for f in fs if f.entity_type == E] for t, fs in zip(texts, found)] == [
            ["01062158735"], ["01062158735"], [], [], ["01062158735"]]


@pytest.mark.parametrize(("text", "expected"), [
    # Belgium's and Switzerland's zone, a slash and dotted pairs
    ("GSM: 0491/99.26.98", ["0491/99.26.98"]), ("Tél. 02/512.34.56 (bureau)", ["02/512.34.56"]),
    ("Natel 079/123.45.67", ["079/123.45.67"]),
    # a document named for its number: its extension is no host's part
    ("Fiche urgence - Bertille Dupuich - 0498 43 50 12.pdf", ["0498 43 50 12"]),
    ("Fiche urgence - 0491/99.26.98.docx", ["0491/99.26.98"]),
])
def test_belgian_slashed_numbers_and_a_documents_number(find, text, expected):
    assert find(text, E) == [(E, e) for e in expected]


@pytest.mark.parametrize("text", [
    "le 01/12.20.24",  # too short for a plan
    "host 0498 43 50 12.example.net",  # a host's name goes on after it
    "tel 0486 06 99 09.pdfx",  # no document's extension
])
def test_no_number_where_a_slash_or_an_extension_does_not_make_one(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("AUTH FAILED for 34688619780@voz.pirineunet.es src=79.213.105.233", ["34688619780"]),  # at a SIP realm
    ("AUTH FAILED for 34919456413@voz.pirineunet.es", ["34919456413"]),  # (a landline's: the realm labels it)
    ("REGISTER 351912345678@ims.operator.pt", ["351912345678"]),
    ("AUTH FAILED for 100@voz.pirineunet.es", []),  # an extension's number
    ("fatura 34688619780@voz.com.br", []),  # a brand's own domain, no SIP realm
])
def test_a_subscribers_number_at_a_sip_realm(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("honest bloke, his number is 70142348. Tell him", ["70142348"]),  # a possessive's number
    ("salim long naomi@datec.net.pg o tekst 7278 3647.", ["7278 3647"]),  # Tok Pisin's text (to)
    ("Sapos yu kam, kolim mi long 7075 6624 o", ["7075 6624"]),  # Tok Pisin's call me at
])
def test_a_possessives_number_and_tok_pisins_labels(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", ["my number is 2024 in the queue", "text 2 more times", "tekst 2024-11-04 ripot"])
def test_no_label_without_a_numbers_shape(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Если что, позвоните мне по номеру 8 928 512 34 67, я дома", ["8 928 512 34 67"]),  # Russian's call me at
    ("Звоните по телефону +7 928 512 34 67 после обеда", ["+7 928 512 34 67"]),
    ("თუ რამე, დამირეკეთ 599 12 34 56 საღამოს", ["599 12 34 56"]),  # Georgian's call me
    ("Pour la livraison à Wé, appelez-moi au 45 12 36 le matin", ["45 12 36"]),  # French's, New Caledonia's six digits
])
def test_russians_georgians_and_frenchs_requests_to_call(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", ["позвоните мне по номеру 3 в очереди", "appelez-moi au 2e étage",
                                  "Звоните по телефону 2024 года"])
def test_no_number_after_a_request_to_call_that_is_none(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Se precisar, liga-me para 7723 4567 amanhã", ["7723 4567"]),  # Timor-Leste's Portuguese: call me at
    ("Por favor ligue-me para o 7723 4567", ["7723 4567"]), ("O meu número é 7723 4567", ["7723 4567"]),
    ("Ha'u nia númeru 7723 4567", ["7723 4567"]),  # Tetum's my number
    ("Maria Lequi husu ita telefone fali ba 77489832. Hela iha Funar.", ["77489832"]),  # Tetum's phone back at
    ("Favor telefone ba 7465 2337 ohin.", ["7465 2337"]),
    # Indonesian's and Malay's phone (someone) at, phone to, contact; English's WhatsApp me at
    ("gkat, telpon sa pung adik Ipak Rahmi di 08175432309", ["08175432309"]),
    ("Mama Bisilisin sudah telpon ke 085211048716", ["085211048716"]),
    ("Kalau ketemu mohon hubungi 60145734285 a/n Along.", ["60145734285"]),
    ("You can WhatsApp me at 6281251425205, I can explain it.", ["6281251425205"]),
    ("Cualquier cosa márcame al 5512 3456 en la tarde", ["5512 3456"]),  # Chiapas' and Guatemala's Spanish
    ("Mi número es 5512 3456", ["5512 3456"]),
    ("Kalau perlu, telepon saya di 7723 4567 ya", ["7723 4567"]),  # Indonesian's phone me at
    ("Namba bilong mi em 7123 4567", ["7123 4567"]),  # Tok Pisin's my number is
    ("Salamat kaayo! Text lang ko sa 09281234567.", ["09281234567"]),  # Cebuano's and Tagalog's text (me) at
    ("Pwede po akong matawagan sa 09171234567", ["09171234567"]),
    ("إذا احتجت شيئا اتصل بي على 7123456 مساء", ["7123456"]),  # Arabic's call me on, my number
    ("رقمي 7123456 شكرا", ["7123456"]), ("اسمي سالم ورقمي 91234567", ["91234567"]),  # ('and my number', glued)
    ("Nimewo m se 3712-3456", ["3712-3456"]), ("Rele m nan 4812 3456 pou plis enfòmasyon", ["4812 3456"]),  # Kreyòl's
    ("mon num c 77 654 32 10", ["77 654 32 10"]),  # a French text's 'my num is'
    # a wallet's party's number, grouped, its name after it (French's 'du', 'vers'; Lingala's 'na')
    ("Vous avez reçu 10000 FCFA du 77 123 45 67 (Moussa Ndiaye).", ["77 123 45 67"]),
    ("Transfert de 5 000 FCFA vers 0708123456 KOUAME KOFFI reussi.", ["0708123456"]),
    ("Ozwi 50 USD kowuta na 0812345678 (KALALA ILUNGA).", ["0812345678"]),
    ('Unmatched inbound message from 967719905019 (Fahad): "Hi"', ["967719905019"]),  # a sender, its name after it
    ("do you deliver to Sohar? My number 94838152. Regards", ["94838152"]),  # 'my number' without 'is'
    ("Livreur : Aïssatou (76 282 50 67). Jërëjëf", ["76 282 50 67"]),  # a courier's, in brackets
    ("my number changed, new one 9738 9914 (old 0701930796 no longer works)", ["0701930796", "9738 9914"]),
    ("زبون دائم، يفضل التواصل واتساب 54193363", ["54193363"]), ("جوال ٩٥٩٦٦٩٧٤", ["٩٥٩٦٦٩٧٤"]),  # Arabic's labels
    ('at home after that. My other number is 36 723 037"', ["36 723 037"]),
    ("我係李美玲，請打 6123 4567 搵我", ["6123 4567"]), ("有咩事打俾我 9876 5432", ["9876 5432"]),  # Cantonese's
    ("موبايلي 01012345678", ["01012345678"]), ("w da raqamy 01112345678", ["01112345678"]), ("ممكن تكلمني على 01223456789", ["01223456789"]),  # Egyptian's
])
def test_requests_to_call_and_my_number_in_the_rounds_languages(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", ["liga-me para o escritório amanhã", "mi número es 3 en la lista",
                                  "رقمي 3 في القائمة", "موبايلي فيه مشكلة", "請打 2 次", "telepon saya di rumah rusak", "namba bilong mi em 2",
                                  "telefone ba eskritóriu ohin", "telefone fali ba 2024 tinan",
                                  "telpon ke kantor jam 3", "hubungi 2 orang", "whatsapp me at 5",
                                  "text lang sa 2 pm", "tawagan sa 3 araw", "rele m nan 2 minit",
                                  "nimewo m se pa bon", "mon num c bon", "vers 12 345 (Paris)", "du 12 34 56 78 (voir)",
                                  "item from 20240512 (Batch) ok", "my number 3 on the list", "Driver Ram (2024) arrived",
                                  "new one 2 items", "(old 2019 model)", "هاتف 3 قطع"])
def test_no_number_after_a_label_that_has_none(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("您好，电话13812345678。", ["13812345678"]),  # Simplified Chinese's label, glued, and a full stop
    ("联系电话：13812345678", ["13812345678"]),
    ("手機0912345678，謝謝", ["0912345678"]),  # a mobile's, glued
    ("携帯：090-1234-5678です", ["090-1234-5678"]),  # Japanese: a mobile's; a particle glued after it
    ("電話 0912-345-678給我", ["0912-345-678"]),
    ("연락처: 010-1234-5678로 주세요", ["010-1234-5678"]),  # Korean: a particle glued after it
])
def test_cjk_labels_and_words_glued_to_a_number(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", ["訂單號 20261103888號", "2026年11月03日 出貨 1280元", "型號 AX3000 版本 1.0.2",
                                  "手機殼 3 個", "电话费 128 元", "携帯 2 台"])
def test_no_cjk_number_where_none_is_a_phone(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Accessed resources: /客服中心/客戶聯絡/賴欣怡_0930459333.vcf, Action: Write", ["0930459333"]),  # Taiwan's
    ("STOR /印刷檔/Liu_Chun-Chieh_0946566696_報名表.pdf", ["0946566696"]),
    ("/contacts/Maria_+639171234567.vcf", ["+639171234567"]), ("/contacts/Juan_09171234567.vcf", ["09171234567"]),
])
def test_a_mobiles_number_as_a_documents_name(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", ["RETR /invoices/INV_0123456789.pdf", "/scans/20240304_1234567890.pdf",
                                  "/forms/0012345678901_form.pdf", "/orders/order_0212345678.pdf",
                                  "/contacts/Maria_0930459333"])
def test_no_mobile_in_a_documents_name_where_none_is(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Whatsapp: https://wa.me/525512345678?text=Hola", ["525512345678"]),
    # (WhatsApp's Mexican mobile with the '1' the plan dropped)
    ("pedidos por https://wa.me/5219671234567", ["5219671234567"]),
    ('<a href="https://api.whatsapp.com/send?phone=60123456789&text=Hi">chat</a>', ["60123456789"]),
    ("whatsapp://send?phone=9779841234567", ["9779841234567"]), ("viber://chat?number=+9779841234567", ["+9779841234567"]),
])
def test_a_click_to_chat_links_number(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", [
    "https://wa.me/message/ABCDEF123", "https://wa.me/12",
    "https://wa.me/1234567890123",  # (no country's number)
    "https://example.com/send?phone=60123456789x", "https://wa.me/catalog/60123456789/item",
])
def test_no_number_in_a_chat_link_that_has_none(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    # Nepali's 'my number (is)', romanized and in Devanagari (with its own digits)
    ("Namaste dai, mero number 9841234567 ho, Pemba Sherpa", ["9841234567"]), ("mero no. 9801234567", ["9801234567"]),
    ("मेरो नम्बर ९८४१२३४५६७ हो", ["९८४१२३४५६७"]),
])
def test_nepalis_my_number(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("no hp saya 0123456789", ["0123456789"]), ("Nombor telefon saya ialah 0198765432", ["0198765432"]),
])
def test_malays_handphone_number_label(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", ["mero number 5 ho", "mero number 2024-01-05 ho", "mero no. 12345", "no hp 12",
                                  "no tel saya 2024-01-05"])
def test_no_number_after_nepalis_label_that_has_none(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


def test_nepals_free_line_is_a_firms(find):
    assert [v for t, v in find("Renew via the app or call 1660-01-55555", E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Contrat CT-2014-2003. Appelez moi au 63 50 38 55 svp", "63 50 38 55"),
    ("appelle-moi sur le 70 12 34 56 demain", "70 12 34 56"),
    ("Son numero 78 82 41 51", "78 82 41 51"),
    ("mon nouveau numéro est le 76 54 32 10", "76 54 32 10"),
])
def test_french_call_me_and_whose_number_labels(find, text, expected):
    assert find(text, E) == [(E, expected)]


@pytest.mark.parametrize("text", [
    "appelez-moi au bureau demain", "mon numero 3 de commande", "son numéro de dossier est le 2024",
])
def test_no_number_after_those_labels_without_a_phones_shape(find, text):
    assert find(text, E) == []


def test_a_country_code_after_its_00_in_parentheses(find):
    assert find("son numéro (00226) 53 53 90 64. Moi", E) == [(E, "(00226) 53 53 90 64")]
    assert find("ref (0012) 34 56 78 90", E) == []  # (no country's code: '0012' is no '00' and a code)


def test_portuguese_and_a_signatures_labels(find):
    assert find("O dono pode contactar-me: 87 979 5044. Vou dar o IMEI", E) == [(E, "87 979 5044")]
    assert find("Tenho um. Manda-me mensagem: 84 916 5354", E) == [(E, "84 916 5354")]
    assert find("Direct: 2 869 692 | Toll-free: 4 22 55 00", E)[0] == (E, "2 869 692")
    assert find("direct: 12 items shipped", E) == []


@pytest.mark.parametrize(("text", "expected"), [
    # two numbers, a slash between spaces: each its own (the second's trunk '0' or the first's '+' says so)
    ("Tél : 0590 82 12 34 / 0690 12 34 56", ["0590 82 12 34", "0690 12 34 56"]),  # Guadeloupe's
    ("Tel: +974 5512 3344 / +974 3344 5566", ["+974 3344 5566", "+974 5512 3344"]),
    ("Tel: +974 5512 3344 / 5512 3345", ["+974 5512 3344"]),  # (the second in the first's plan: the engine's)
    # a German line's area code before its slash stays one number
    ("Tel. 089 / 123456", ["089 / 123456"]), ("Tel. 0911 / 12 34 56", ["0911 / 12 34 56"]),
    # France's overseas regions, by their own plans: Guyane, Martinique, Réunion
    ("Guyane 0694 12 34 56", ["0694 12 34 56"]), ("fixe 0596 71 23 45", ["0596 71 23 45"]),
    ("portable 0692 12 34 56", ["0692 12 34 56"]),
])
def test_two_numbers_a_slash_apart_and_frances_overseas_plans(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("receiver مهسا ابراهیمی ۰۹۹۰۲۵۵۸۳۳۳ ok", "۰۹۹۰۲۵۵۸۳۳۳"), ("شماره تماس ۰۲۱-۸۸۷۶۵۴۳۲", "۰۲۱-۸۸۷۶۵۴۳۲"),
    ("تماس: ۰۷۹۹ ۱۲۳ ۴۵۶", "۰۷۹۹ ۱۲۳ ۴۵۶"),  # Iran's and Afghanistan's numbers in Persian digits, no label needed
])
def test_numbers_in_persian_digits(find, text, expected):
    assert (E, expected) in find(text, E)


@pytest.mark.parametrize("text", ["کدپستی ۱۹۶۷۸۴۳۵۱۱", "سفارش ۰۱۲۳", "تاریخ ۱۴۰۳/۰۲/۱۵", "کد ۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴"])
def test_no_number_in_persian_digits_without_a_phones_shape(find, text):
    assert find(text, E) == []  # (a postcode starts with no '۰'; an order's, a date's, a long code's digits)


@pytest.mark.parametrize(("text", "expected"), [
    # Benin's and Côte d'Ivoire's eight-digit numbers from before their plans took ten (2024, 2021)
    ("Remettre à Blandine (+229 90 91 13 60) si je suis absent", "+229 90 91 13 60"),
    ("Appelez le +225 08 12 34 56", "+225 08 12 34 56"), ("Appelez le +225 07 08 12 34 56", "+225 07 08 12 34 56"),
])
def test_numbers_of_a_plan_before_its_renumbering(find, text, expected):
    assert [v for t, v in find(text, "PHONE_NUMBER")] == [expected]


def test_a_renumbered_plans_old_numbers_stay_eight_digits():
    import phonenumbers

    from recognizers.phone import _valid_before_renumbering

    assert _valid_before_renumbering(phonenumbers.parse("+229 97 21 99 00", None))
    assert not _valid_before_renumbering(phonenumbers.parse("+229 12 21 99 00", None))  # (no plan's '01 12 ...')


@pytest.mark.parametrize(("text", "number"), [("Tel 011 15-0580-4144 <cr>", "011 15-0580-4144"),
                                              ("llamar al (0341) 15-555-1234", "(0341) 15-555-1234")])
def test_argentinas_mobiles_as_dialled_at_home(find, text, number):
    """The trunk, the area code and '15' before the number: thirteen digits, no card's or ISBN's."""
    assert [v for t, v in find(text, E)] == [number]


@pytest.mark.parametrize(("text", "expected"), [
    # round 61: Norway's and Denmark's eight digits grouped (no trunk), Poland's mobiles in threes, Hungary's trunk
    # '06' (an SMS gateway's opt-out before a number in E.164 without its '+' is the detector's: test_round61_rules)
    ("Ring Sølvi på 912 34 567", ["912 34 567"]), ("tlf. 20 12 34 56", ["20 12 34 56"]),
    ("Jan Kowalski, 60-785 Poznań, 605 221 661, gabaryt A", ["605 221 661"]),
    ("Delivery failed for 884-900-709: status=UNDELIVERED", ["884-900-709"]),
    ("tel.: 06 20 987 6543", ["06 20 987 6543"]),
])
def test_round_61s_numbers(find, text, expected):
    assert [v for t, v in find(text, E)] == expected


@pytest.mark.parametrize("text", [
    "Adószám: 12345678-2-42", "cégjegyzékszám 01-09-123456",  # (Hungary's tax and company register numbers)
    "kennitala 010185-2349", "Org.nr 556677-8899",  # (the Nordics' personal and firms' numbers)
    "code 12 34 56 78", "order 123-456-789 shipped",  # (no plan's: a leading '1'; Poland's mobiles start 4-8)
    # firms' lines: Norway's shared-cost and free lines, Sweden's free and shared-cost lines
    "ring 815 34 355", "ring 0200-56 31 12", "ring 020-58 81 72", "ring 0771-20 62 60", "ring 800 30 500",
    "Infó: 06 80 200 300",  # (Hungary's free line)
])
def test_no_number_in_round_61s_ids_and_firms_lines(find, text):
    assert find(text, E) == []



@pytest.mark.parametrize(("text", "number"), [
    # round 62: Albanian's number, the South Slavic languages' and Albanian's 'call (before connecting)', Turkish's
    # 'call', the Levant's 'his number' and 'contact me at', in Arabic's letters and in Latin ones
    ("Numri: 043359441", "043359441"), ("Thirr para lidhjes: 043548625", "043548625"),
    ("Numri për rikuperim: 045152051", "045152051"), ("Zvati pre povezivanja: 0991942780", "0991942780"),
    ("Evde yoksam ara: 35797735895", "35797735895"), ("khayye Muntadhar ra2mo 79-190038 l IMEI", "79-190038"),
    ("تواصلوا معي على 0932037785 أو", "0932037785"), ("أخوي فاطمة رقمه 0942244158 عنده", "0942244158"),
])
def test_round_62s_labelled_numbers(find, text, number):
    assert (E, number) in find(text, E)


@pytest.mark.parametrize("text", [
    "msgheader=HIZLIKARGO jobid=3164343869 mesaj=", "order_id=2025550143", "uid=2025550143",  # (an id's value)
    "Numri i faturës: 043359441",  # (an invoice's number)
])
def test_no_number_in_round_62s_ids(find, text):
    assert find(text, E) == []


def test_a_callers_id_key_still_holds_a_number(find):
    assert find("cid=+442071838750 x", E) == [(E, "+442071838750")]
    assert find("callerid=+442071838750 y", E) == [(E, "+442071838750")]
    assert find("wa_id=+254712345678 x", E) == [(E, "+254712345678")]  # (a WhatsApp user's id is their number)


@pytest.mark.parametrize(("text", "number"), [
    # round 63: Central America's 'to this same number or at', English's 'my new number is', Khmer's 'call back
    # at number' glued to the words before it, Lao's 'phone new:' romanized
    ("Cualquier cosa a este mismo número o al 7271-2407", "7271-2407"),
    ("Hello, this is Yim Sothea, my new number is 089967102. Please", "089967102"),
    ("បងសុំទូរស័ព្ទមកលេខ 089967102 វិញបានទេ?", "089967102"),
    ("khoy Manivanh Douangchak phone mai: 02095586073. Khop jai", "02095586073"),
])
def test_round_63s_labelled_numbers(find, text, number):
    assert (E, number) in find(text, E)


@pytest.mark.parametrize("text", [
    "el número o al menos 2024", "my new number is ready",  # (no number after the words)
    "ទូរស័ព្ទមកលេខ",
])
def test_no_number_after_round_63s_labels_without_one(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(("text", "number"), [
    # round 64: Singapore's and Malaysia's hand phone in English; 'contact' and 'reach' a person at a number
    ("My HP is 9123 4567", "9123 4567"), ("H/P: 9123 4567", "9123 4567"), ("her H/P no. 8123 4567", "8123 4567"),
    ("Pls contact my wife Mdm Lee Siew Lan at 6789 1234 (home).", "6789 1234"),
])
def test_round_64s_labelled_numbers(find, text, number):
    assert (E, number) in find(text, E)


@pytest.mark.parametrize("text", [
    "my HP laptop is 2019 model", "Contact our office at 9:30 tomorrow",  # (no number after the words)
    "rodné číslo 850512/1234", "RČ: 905723/456",  # (Slovakia's and Czechia's birth number: a date, a slash)
])
def test_no_number_after_round_64s_labels_without_one(find, text):
    assert find(text, E) == []


def test_a_number_with_its_area_code_before_a_slash_is_still_a_phone(find):
    assert find("tel 0905/123456", E) == [(E, "0905/123456")]  # (not a birth number: no date)


@pytest.mark.parametrize(("text", "number"), [
    # round 64's files: Sudan's and Libya's chat in Latin letters, Somali's and Italian's 'my number is', Chinese's
    # 'please contact me:', 'call me' before the number
    ("dayir musa3da law sama7t. rigmi 249913217141 shukran", "249913217141"),
    ("3ayetli 3la 0946367120 shokran", "0946367120"), ("Lambarkaygu waa 251706334488, waxaan", "251706334488"),
    ("Il mio numero è 393515356953. Grazie", "393515356953"), ("请联系我：82004628，谢谢！", "82004628"),
    ("Call me 99257546 pls", "99257546"),
])
def test_round_64s_files_labelled_numbers(find, text, number):
    assert (E, number) in find(text, E)


@pytest.mark.parametrize("text", ["call me later", "call me 2 hours later", "rigmi ghalat"])
def test_no_number_after_round_64s_files_labels_without_one(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(("text", "number"), [
    # round 64's files: Malta's and Italian's 'call (me) on'; Slovenia's mobiles from 070 grouped as Slovenia groups
    # them (not Belgium's national-rate line)
    ("jekk jogħġbok ċemplu fuq 9925 6377. Grazzi", "9925 6377"), ("jekk joghgbok cemplu fuq 2705 2871.", "2705 2871"),
    ("uporabnik Urška Turk, tel. 070 225 983", "070 225 983"), ("chiamare 070-358-606 prima di intervenire", "070-358-606"),
])
def test_round_64s_files_numbers(find, text, number):
    assert (E, number) in find(text, E)


@pytest.mark.parametrize("text", [
    "Driver Realtek 10.57.992.2023 rollback",  # (a driver's version after its maker, no courier's number)
    "Service: 078 15 15 15", "tel 070/22.44.66",  # (Belgium's national-rate lines: a firm's)
])
def test_no_number_in_round_64s_files_other_shapes(find, text):
    assert find(text, E) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 65: the Andes' top-ups and wallets, Bangladesh's wallets, French's 'call me back at' and an emergency
    # contact's number after their name, Bengali's and Dhivehi's 'my number', English's 'we called you on', and a
    # Spanish back office's sent code and changed number
    ("Recarga Tigo 70012345 Bs 50.00", "70012345"), ("Recarga Entel al 71234567", "71234567"),
    ("Yape a 987654321", "987654321"), ("Bhai amar bKash number 01812345678, please refund", "01812345678"),
    ("Nagad no: 01712345678", "01712345678"), ("rappelez-moi sur WhatsApp au 59738295", "59738295"),
    ("Personne à prévenir: Mei Lin Wong Chong - 56104714; Comment", "56104714"),
    ("amar number 01908551695 - call diyen plz", "01908551695"), ("aharen ge number 9770401 - gulhuvvaa dhen", "9770401"),
    ("We called you on 774-4687 but could not reach you.", "774-4687"),
    ("SmsGateway - OTP enviado a 62794782 proveedor=Tigo-SMPP", "62794782"),
    ("Celular actualizado socioId=216742 de 65983574 a 59160587815 por rojast", "59160587815"),
    ("Celular actualizado socioId=216742 de 65983574 a 59160587815 por rojast", "65983574"),
])
def test_round_65s_labels(find, text, expected):
    assert (E, expected) in find(text, E)


@pytest.mark.parametrize("text", [
    "recarga de 50 Bs", "recarga 100 soles", "bKash TrxID 8N7A6B5C4D",  # (an amount; a payment's id)
])
def test_no_phone_in_round_65s_other_shapes(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: Venezuela's dash, then dotted groups; fifteen digits after an '00'; Arabic's 'my second number',
    # and an '00' in Arabic's digits
    ("mi número es 0414-123.45.67", ["0414-123.45.67"]), ("tlf: 0212-555.12.34", ["0212-555.12.34"]),
    ("call from 004917612345678", ["004917612345678"]),
    ("رقمي الثاني ٩٦٦٥٨٠٣٨٦٧٤٦ واتساب", ["٩٦٦٥٨٠٣٨٦٧٤٦"]), ("رقمي الثاني ٠٠٩٦٨ ٧٦٣٩٤٥٤٣ واتساب", ["٠٠٩٦٨ ٧٦٣٩٤٥٤٣"]),
    ("versión 2024-123.45.67", []), ("ref 0001-234.56.78", []),  # (a year's, a zero's start)
    ("id 0012345678901234567", []),  # (too long after its '00')
])
def test_round_66s_numbers(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


def test_colombias_free_line_is_a_firms():
    from recognizers.phone import PhoneNumberRecognizer

    recognizer = PhoneNumberRecognizer()
    assert recognizer._a_firms_line("01 8000 51 3030") and recognizer._a_firms_line("018000513030")
    assert not recognizer._a_firms_line("+57 302 8542178")


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: Korean's and Japanese's number labels as a log keys them; Russia's mobile after the trunk '8' and a
    # dash (bare, its context word lifts it: the detector's, test_round67_rules)
    ("알림톡 발송 수신번호=01098765432 결과=성공", ["01098765432"]), ("발신번호: 0212345678", ["0212345678"]),
    ("携帯番号=09012345678", ["09012345678"]), ("Звоните на личный 8-929-560-22-05.", ["8-929-560-22-05"]),
    ("수신번호=20240312", []), ("Заказ 89035426404 отправлен", []), ("трек 80085793934413", []),  # (a date; no
    # context word; a tracking number)
    ("문의 1588-4100", []), ("callback=1588-4100", []),  # (Korea's firms' one number for the country)
])
def test_round_67s_numbers(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 68: Hinglish's 'my number (is)'
    ("mera number 9812345678 hai", ["9812345678"]), ("Bhai mera number 9123456789 hai, call kar lena", ["9123456789"]),
    ("uska naya no. 9812345678", ["9812345678"]),
    ("mera order number 4829138812 hai", []), ("number 4829138812", []),  # (an order's; no one's)
    # Persian's his number, Finglish's my (contact) number; Portuguese's landline, 'called from'
    ("زنگ زد از اهواز، شماره‌اش 09136881999. گوشی", ["09136881999"]), ("shomare tamasam 09904518002 e", ["09904518002"]),
    ("Cliente ligou do fixo (11) 3357-3703 pedindo 2ª via", ["(11) 3357-3703"]), ("fixo: (21) 4069-3001", ["(21) 4069-3001"]),
    ("shomare sefaresh 0990451800", []), ("prefixo 1133573703", []),  # (an order's number; a word's ending)
    # Georgian's 'call' and 'my number is', Armenian's colon-like mark after its label
    ("დარეკეთ: 555670788 (სალომე)", ["555670788"]), ("ჩემი ნომერია 099213613, დამირეკე", ["099213613"]),
    ("Հեռ.՝ 099213613", ["099213613"]),
])
def test_round_68s_numbers(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 69: West Africa's 'line' for a number; 'call' or 'text' right before it (a context word's lift,
    # 'wallet': test_round69_rules.py)
    ("His line is 0244003660.", ["0244003660"]), ("my Orange line na 0889149812", ["0889149812"]),
    ("I am at Betom today, you can call 233246927402.", ["233246927402"]),
    ("Outbound call to 233279682249, no answer.", ["233279682249"]), ("text me on 0244003660", ["0244003660"]),
    ("I will call you back, order 20240312155", []), ("Call 20240312 logged", []),  # (no number after it; a date)
    ("[INFO] call to 3205010 answered", []),  # (a log's call id: a whole number's ten digits needed)
    ("their line is 24/7 available", []), ("the line is busy, 0244003660", []),  # (no number; not whose line)
])
def test_round_69s_numbers(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 70: English's 'reach (me) at', 'Call ahead:', a call to a person by name; Papiamentu's and Dutch's 'my
    # number is', 'call me at'; Kinyarwanda's, Kirundi's and Swahili's; Cameroon's Pidgin's 'flash me for'; a desk's
    # 'also uses', 'by phone (', 'called the customer on'; a second number after a labelled one
    ("Tenant in basement suite - reach at 9022785609 / g@x.ca", ["9022785609"]),
    ("Call ahead:\n7092655073 (Wei)", ["7092655073"]), ("call Heather (nephew) at 9025471410 to confirm.", ["9025471410"]),
    ("Mi number ta 561-2230. Danki!", ["561-2230"]), ("Yama mi na 5612230 ora boso yega", ["5612230"]),
    ("bel mij op 0612345678", ["0612345678"]),
    ("Mwampamagara kuri 0788123456.", ["0788123456"]), ("Nimero yanjye ni 250788123456.", ["250788123456"]),
    ("Namba yangu ni 0712345678.", ["0712345678"]), ("code nshya yoherejwe kuri 0788123456.", ["0788123456"]),
    ("Flash me for 677-12-34-56 or 699-12-34-56, I go call back.", ["677-12-34-56", "699-12-34-56"]),
    ("Note: Uwera Angélique also uses 0788123456.", ["0788123456"]),
    ("Customer confirmed by phone (6 77 12 34 56).", ["6 77 12 34 56"]),
    ("Called customer on 79 12 34 56, identity confirmed", ["79 12 34 56"]),
    ("Call me on 0788123456 or 0722123456.", ["0788123456", "0722123456"]),
    ("reach at 10:30 tomorrow", []), ("Call ahead: 2 days", []), ("Call Support at 18005551234", []),  # (a time;
    # no number; a toll-free line)
    ("Flash me for 2 days or 3", []), ("also uses 2 GB or 4", []),  # (no number's digits)
    ("say make we call am back for 677-12-34-56. E get", ["677-12-34-56"]),
    ("network bad. Send me SMS for 677123456 if urgent.", ["677123456"]), ("Ma number na 677123456, call me", ["677123456"]),
    ("Numero ya Kayitesi Angélique: 0788123456", ["0788123456"]), ("inomero ye ni 79 12 34 56, aba i", ["79 12 34 56"]),
    ("Send me SMS for 2 days", []), ("Numero ya konti: 2024", []),  # (no number; an account's, no name's capitals)
])
def test_round_70s_numbers(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)
