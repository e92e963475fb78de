"""SERIAL_NUMBER: serials after a keyword, grouped license / product keys."""

from __future__ import annotations

import pytest

E = "SERIAL_NUMBER"

POSITIVE = [
    # the old and the new part's in Italian, Basque's label (round 60)
    ("S/N vecchio 228K071534833, S/N nuovo 296K722400833.", ["228K071534833", "296K722400833"]),
    ("gailuak (serie-zenbakia 6701PCN901719) ez du", ["6701PCN901719"]),
    # a serial in brackets after its word; Nepali's, Urdu's labels
    ("a photo of the rating label so we can confirm the serial (SG5K2401093) and the date", ["SG5K2401093"]),
    ("हिजोदेखि स्क्रिन कालो हुन्छ। सिरियल नं. MG2301234567", ["MG2301234567"]),
    ("بار بار ری اسٹارٹ ہو رہا ہے۔ سیریل نمبر SN0982341 ہے۔", ["SN0982341"]),
    ("Dell XPS 13. Serial was RXCXP4N, they swapped the board", ["RXCXP4N"]),  # (the past tense's 'was')
    ("Serial was WSUVW4NLS7WA, they swapped", ["WSUVW4NLS7WA"]),
    # Spanish's 'serie' alone; a fibre terminal's serial by its maker's letters
    ("levo la fusionadora Fujikura 41S, serie 41S-20-234297", ["41S-20-234297"]),
    ("me das de alta el ONT HWTCB862D865 en olt-lomas-03", ["HWTCB862D865"]), ("ALCL9F59BD08", ["ALCL9F59BD08"]),
    ("La laptop de la estación (service tag HXZLXHY) volvió de garantía.", ["HXZLXHY"]),
    # 'SN' before capitals and digits; serial labels in more languages; a machine's 'SN mesin:'
    ("- Laptop: Lenovo ThinkPad E14 Gen 5, SN PF0UM4BI\n", ["PF0UM4BI"]), ("SN mesin: KBX2MBC3CASI", ["KBX2MBC3CASI"]),
    ("Poort se reeksnommer: RAK2260208841, MAC", ["RAK2260208841"]), ("nomor seri: 5CG347YRSK", ["5CG347YRSK"]),
    ("სერიული ნომერი: PF1H0MQX", ["PF1H0MQX"]), ("شماره سریال: R58N12ABCDE", ["R58N12ABCDE"]),
    ("مشكل فالراوتر ديال inwi، الرقم التسلسلي M87003518 وما بغاش يخدم", ["M87003518"]), ("السيريال: PF60Z1S4", ["PF60Z1S4"]),
    # 'and the serial number', glued to its 'and'; a Hikvision recorder's whole serial, 48 long (round 54)
    ("نوع الجهاز LG split AC والرقم التسلسلي 229KW1ZKSA.", ["229KW1ZKSA"]),
    ("Xiaomi Robot Vacuum S10 със сериен № 04113/Y49752052. Телефонът", ["04113/Y49752052"]),
    ("фото наклейки с серийным номером PFU4B1CA.", ["PFU4B1CA"]), ("Seria: DST4E9VNXG. Locuiesc", ["DST4E9VNXG"]),
    ("Unit: Hikvision DVR, serial no. DS-7208HGHI-K13183674216817199CCRR337683871WCVU.",
     ["DS-7208HGHI-K13183674216817199CCRR337683871WCVU"]),
    ("List of devices attached\nBF47U636\tdevice\n", ["BF47U636"]),  # adb_device
    ("Serial number on the box: SW-AX2-0087-3321-K", ["SW-AX2-0087-3321-K"]),  # words between
    ("the serial number of my unit is 5CG7342XYZ", ["5CG7342XYZ"]),
    ("Dell Service Tag 7XK2M93, bought 2023", ["7XK2M93"]),
    ("сериялық нөмірі YMT971NV66549971. Менің", ["YMT971NV66549971"]), ("серия рақами 070F43CA635524V.", ["070F43CA635524V"]),
    ("серийник 5J8B86U. WhatsApp", ["5J8B86U"]), ("сериялығы 0EYVB3CA393063G.", ["0EYVB3CA393063G"]),  # Kazakh, Uzbek, Russian
    ("asset tag: LNV-88213", ["LNV-88213"]),
    ("key ABCD-EFGH-JKLM-NPQR end", ["ABCD-EFGH-JKLM-NPQR"]),
    ("Q7K2M-4HX9P-R3T6W-8VB2N-J5C8D", ["Q7K2M-4HX9P-R3T6W-8VB2N-J5C8D"]),
    ("A1B2C-3D4E5-F6G7H-8J9K0-LMNPQ", ["A1B2C-3D4E5-F6G7H-8J9K0-LMNPQ"]),
    ("AB12-CD34-EF56", ["AB12-CD34-EF56"]),
    ("code X9K2P-7HQ4M-22LRT applied", ["X9K2P-7HQ4M-22LRT"]),
    ("SN: C02XK1ZJJGH5", ["C02XK1ZJJGH5"]),
    ("Serial: 5CG1234XYZ", ["5CG1234XYZ"]),
    ("Machine: elif-thinkpad, BIOS serial GZTWRXV", ["GZTWRXV"]),  # a Lenovo's: capitals, no digit
    ("\tSerial Number:      HGXJASWONZ", ["HGXJASWONZ"]),  # dmidecode's aligned value
    ("the eSIM ICCID 8944480312812899408 is installed", ["8944480312812899408"]),
    ("can you check warranty for frame WVBF3Y4006234?", ["WVBF3Y4006234"]),  # a bicycle's frame
    ("Frame number is WVB8O8123456.", ["WVB8O8123456"]),
    ("Serienummer van de omvormer: 5602073949 (staat op de sticker)", ["5602073949"]),  # Dutch
    # Portuguese, Lithuanian, Slovenian, Bulgarian, Hebrew
    ("Vendo notebook ThinkPad T480, número de série KY30WGL580529, com Debian 12", ["KY30WGL580529"]),
    ("Serijos numeris: PF3KQ7ZT", ["PF3KQ7ZT"]), ("serijska št. 5CG1234XYZ", ["5CG1234XYZ"]),
    ("Kompiuteris Lenovo ThinkPad T14, serijos nr. S4EWJC0R544826Y.", ["S4EWJC0R544826Y"]),
    ("Сериен номер: C02XK1ZZJG5H", ["C02XK1ZZJG5H"]), ("מספר סידורי: FVFXC2Q8Q6L4", ["FVFXC2Q8Q6L4"]),
    # (the Baltic languages' cases, Hebrew's article: round 57's help desks)
    ("ThinkPad T14 ar sērijas numuru PF3KQ2ZX pēc", ["PF3KQ2ZX"]), ("T14 seerianumbriga PF3KQ2ZX ei ühendu", ["PF3KQ2ZX"]),
    ("Įrenginiui su serijos numeriu PF3KQ2ZX reikia", ["PF3KQ2ZX"]),
    ("das Notebook (Seriennr. 5CD2340XYZ). Das Gerät", ["5CD2340XYZ"]),  # (German's, Italian's, round 58)
    ("Produktschlüssel auf dem Kleber: VK7JG-NPHTM-C97JM-9MPGT-3V66T. Können", ["VK7JG-NPHTM-C97JM-9MPGT-3V66T"]),
    ("il noleggio della e-bike (numero di telaio WSBC603FD0123) è andato", ["WSBC603FD0123"]),
    ("הנתב מתנתק. המספר הסידורי: 2289R8G069877", ["2289R8G069877"]),
    ("Min cykel (Nordvind Klit Cargo, stelnummer NV21F277587) vil ikke lade", ["NV21F277587"]),  # a Danish frame's
    ("S/N C02XK1ZJJGH5", ["C02XK1ZJJGH5"]),
    ("serial number 5CG1234XYZ", ["5CG1234XYZ"]),
    ("serialNumber=PF3ABC12", ["PF3ABC12"]),
    ("License key: 1234-5678-9012-3456", ["1234-5678-9012-3456"]),
    ("product key = ab12cd34ef56", ["ab12cd34ef56"]),
    ("S/N: PFPRRTAQ - the fan", ["PFPRRTAQ"]),  # letters only, but in capitals after a keyword
    ("the serial number is PFPRRTAQ", ["PFPRRTAQ"]),
    ("the two drives you sent (serials ZRFGXU25 and ZRI72FGZ) arrived", ["ZRFGXU25", "ZRI72FGZ"]),  # a list
    ("serial numbers: AB12345, CD23456 and EF34567", ["AB12345", "CD23456", "EF34567"]),
    ("/Microsoft-Server-ActiveSync?User=ana&DeviceId=ApplHX7PESP0W6CE&DeviceType=iPhone", ["HX7PESP0W6CE"]),
    ("Blocked 'Samsung Portable SSD T7' (Id: USB\\VID_04E8&PID_61F5\\4C530001674117342913)", ["4C530001674117342913"]),
    ("RADIUS authentication with FortiToken FTKMOB053CAB3E8E succeeded", ["FTKMOB053CAB3E8E"]),
    ("Ang SIM ng tablet sa BHS: ICCID 8963 0182 2167 1007 287. Ang", ["8963 0182 2167 1007 287"]),  # (grouped)
    # the South Slavic languages' and Macedonian's 'serial' alone, before 'is', in a label's phrase; a
    # modem's SIM number after its command
    ("kutija i račun postoje, serijski 2150SBN167413. 29.300 ден.", ["2150SBN167413"]),
    ("Серискиот број е 1980SBN172488, дискот", ["1980SBN172488"]),
    ("Evo serijskog sa kutije: EZ72NR726549, račun", ["EZ72NR726549"]),
    ("modem ne vidi SIM, AT+CCID vraća 8938101773982806948", ["8938101773982806948"]),
    # a Dell service tag of capitals alone after 'S/N', and after Tamil's 'serial' (round 64)
    ("Dell Inspiron 15-kayga (S/N PXYNPST) ma shaqeynayo", ["PXYNPST"]),
    ("என் iPad Air (சீரியல் QCMKNYNMWT) வேலை", ["QCMKNYNMWT"]),
]

NEGATIVE = [
    "la seria noastra de produse", "The serial (optional) field", "serial (see label)",  # (a bracket's words, no digit)
    "the serial was never checked", "Serial was replaced",  # (a word after 'was', no serial)
    "la serie 2024 de Netflix", "serie A del futbol", "HWTCB862D86", "XXXX9F59BD08",  # (no serial; too short;
    # no maker's letters)
    "ICCID 7963 0182 2167 1007 287",  # (no ICCID starts but with 89)
    "the service tag ROUTINE was", "Service Tag EXAMPLE",  # (words: vowels)
    "{ref: 'CASE-2026-46099', note: 'parcel'}", "see INV-2024-000123-77",  # a reference by its year
    "SN ABCDEFGH", "SN 2 of them", "the SN mesin is fine",  # no digit; too short; no serial after the label
    "List of devices attached\nemulator-5554\tdevice\n", "the printer\tdevice\tready",  # an emulator; no serial
    "serials are printed on the box and the label",
    "het serienummer van de omvormer staat op de sticker",  # no serial after it
    "o número de série está na etiqueta", "Serijos numeris nurodytas lipduke",  # (Portuguese, Lithuanian)
    "serijski broj je u redu", "Серискиот број е на кутијата",  # (no serial after 'is')
    "FTKMOB is the mobile app", "FTKMOB053CAB3E8E9F0A1",  # FortiToken's prefix alone, a longer hex run
    "USB\\VID_046D&PID_C52B\\6&2A3B4C5D&0&1",  # Windows' made-up instance id, for a device without a serial
    "DeviceId=Androidc259e3f1a2b4&DeviceType=Android",  # another maker's id: no serial in it  # words, not a list of serials
    "the serial number of the device matters",  # words, not a serial
    "see the serial number in the manual",
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240312T100000Z",  # an algorithm's name
    "ssl_cipher=ECDHE-RSA-AES128-GCM-SHA256",
    "the tag 7XK2M93 on the box",  # 'tag' alone is no keyword
    "req 550E8400-E29B-41D4-A716-446655440000",  # UUID
    "serial: 550e8400-e29b-41d4-a716-446655440000",  # UUID even after a keyword
    "md5 d41d8cd98f00b204e9800998ecf8427e",
    "sha256 0212244d25b26e173237cf0dbcfbc243bedc0344db8c866e28a6a58e81519927",
    "on 2023-10-05 at 2023-10-05T10:05:03Z",
    "SKU-1234",
    "HTTP-GET-POST",
    "READ-ONLY-MODE-FLAG",  # letters only, every group has a vowel
    "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",  # placeholder
    "call 202-555-0143",
    "host 192.0.2.1",
    "ticket 1234-5678-9012",  # digits only, no keyword
    "SN 2 reaction",  # bare SN needs ':'
    "serial console attached",
    "NO SERIAL DOWNVOTING PLEASE",  # letters only, no ':' after the keyword: a shouted word
    "the serial KILLERS documentary", "serial SCREAMING here", "a serial killers list",  # words after 'serial'
    "at frame 12000 the video stutters", "the frame is bent",  # a video's frame; no number
    "Card Number: XXXX-XXXX-XXXX-2560", "card xxxx-xxxx-xxxx-0034 on file",  # a masked card
    "Serial Number: UNKNOWN",
    "serial number: Default",
    "DESKTOP-4F7KQ2M",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_digit_only_key_needs_context(scores, recognizer):
    assert 0 < scores("ticket 1234-5678-9012", E)["1234-5678-9012"] < 0.4
    assert {"serial", "license", "activation"} <= set(recognizer("SerialNumberRecognizer").context)


@pytest.mark.parametrize(("text", "expected"), [
    ("Wolf CGB-2-20, Fabr.-Nr. 2114283455881086, Bj. 2019", ["2114283455881086"]),  # German labels
    ("Viessmann Vitodens 200-W, SN 2243210717, Bj. 2016", ["2243210717"]),  # 'SN' in capitals, digits
    ("C: 953.9 GB NVMe (WDC PC SN730, S/N 0025_38BF_3AF3_1DD3.)", ["0025_38BF_3AF3_1DD3"]),  # an NVMe drive's
    ("Numéro de série : FR8812345", ["FR8812345"]),
    ("Resit untuk mesin basuh Samsung. No siri 997SK8213515. Tolong", ["997SK8213515"]),  # Malay's 'No siri'
])
def test_other_labels_and_shapes_of_serials(find, text, expected):
    assert find(text, "SERIAL_NUMBER") == [("SERIAL_NUMBER", e) for e in expected]


@pytest.mark.parametrize("text", ["the SN 2 is fine", "sn 2243210717 in lower case", "Sn 12345 x",
                                  "zone example.lan/IN: sending notifies (serial 2024052202)"])  # a zone's
def test_a_bare_sn_needs_capitals_and_digits(find, text):
    assert find(text, "SERIAL_NUMBER") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("**Charger S/N:** VW7-22D49665", ["VW7-22D49665"]),  # Markdown's emphasis (Linear, GitHub)
    ("Serial: **PF5XPSX5** shipped", ["PF5XPSX5"]), ("serial number is `ABC12345`", ["ABC12345"]),
])
def test_a_serial_in_markdown(find, text, expected):
    assert find(text, "SERIAL_NUMBER") == [("SERIAL_NUMBER", e) for e in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ang serial ng solar inverter sa dryer: R58BEH566Z9, naka-warranty pa.", ["R58BEH566Z9"]),  # Tagalog
    ("Serial blong inverter long haos blong Ruth Tain: VE2122BH78853 (SKU x).", ["VE2122BH78853"]),  # Bislama, 7 words
    ("Windows key sa bagong PC sa faculty room: PF3AHE8Y Si Liza", ["PF3AHE8Y"]),
    ("Serial of the replacement unit they sent: 5CG7342XYZ", ["5CG7342XYZ"]),
    ("numéro de série du boîtier de la salle 2 : FR8812345B", ["FR8812345B"]),  # French's space before ':'
    ("Office product key for Maria's laptop: KX7PQ-99RTM", ["KX7PQ-99RTM"]),
])
def test_a_serial_after_a_label_of_a_few_words(find, text, expected):
    assert find(text, "SERIAL_NUMBER") == [("SERIAL_NUMBER", e) for e in expected]


@pytest.mark.parametrize("text", [
    "Serial console on the first port: 115200",  # a speed, no letter
    "Serial killer documentary on the list: EPISODE 3",  # no digit in the token
    "serial cable, then the port: COM3X7Y9",  # a comma ends the label's clause
    "the serial number is missing. Ticket: AB12345",  # a sentence's end too
    "Windows key on your keyboard: press it twice",  # a word
    "serial one two three four five six seven eight nine: AB12345",  # nine words are no label
])
def test_a_label_of_a_few_words_needs_its_clause_and_a_key_shape(find, text):
    assert find(text, "SERIAL_NUMBER") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Fon i lus. IMEI 010501971937458 sim 8961425682701248541 - Noel", ["8961425682701248541"]),
    ("IMEI em 351016700464028, simkad 8967567901825408988. Mi ripot", ["8967567901825408988"]),  # Tok Pisin
    ("SIM card no. 89254021234567890123", ["89254021234567890123"]),
])
def test_a_sims_number_after_sim(find, text, expected):
    assert [v for t, v in find(text, "SERIAL_NUMBER") if t == "SERIAL_NUMBER"] == expected


@pytest.mark.parametrize("text", ["sim 8912345 left", "sim 1234567890123456789", "simple 8961425682701248541"])
def test_no_sims_number_without_its_shape_or_the_word(find, text):
    assert find(text, "SERIAL_NUMBER") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-14T00:00:48.466Z [INFO] 2c0f:fe40::4e7 E0B9E5-F660-ZTEGB823813C: ACS request", "ZTEGB823813C"),
    ("[INFO] 196.216.19.165 0C96E6-B535%2D232-N313QTGBZZV9MTTS: Inform", "N313QTGBZZV9MTTS"),
    ("[INFO] 102.208.42.10 50C7BF-Archer%20C6%20v3-22226230275: Script", "22226230275"),
    ("device 00259E-HG8245H5-485754435E313576 booted", "485754435E313576"),
])
def test_a_tr069_devices_serial_in_its_id(find, text, expected):
    assert find(text, E) == [(E, expected)]


@pytest.mark.parametrize("text", [
    "pod web-7d4f8b9c6d-x2x7k restarted",  # a pod's name: lower case, no maker's id
    "build ABCDEF-release-2024",  # no digit in the first group: a word, no OUI
    "ref 123456-abc-789012",  # no letter in it: an order's number as often
    "E0B9E5-F660-zt12",  # too short for a serial
])
def test_no_tr069_serial_without_its_ids_shape(find, text):
    assert find(text, E) == []


def test_a_serial_with_its_makers_letters_after_a_bare_sn(find):
    assert find("mon kit SHS-80 SN LS-165F74565 ne charge plus", E) == [(E, "LS-165F74565")]
    assert find("the SN AB-CD is fine", E) == [] and find("SN 2 of 3", E) == []


def test_a_fibre_terminals_serial_as_an_olt_writes_it(find):
    assert find('Command="ont add 7 14 sn-auth 4857544330681217 omci ont-lineprofile-id 20"', E) == [
        (E, "4857544330681217")]  # ('HWTC' in hex)
    assert find("(FrameID=0, SlotID=5, SN=ZTEG-1F3B202B, Desc=x)", E) == [(E, "ZTEG-1F3B202B")]
    assert find("order 4857544330681217 paid", E) == []  # (the maker's letters in hex only after a serial's label)


def test_a_serial_glued_to_its_keys_word_or_in_a_usb_drives_id(find):
    assert find("(ItemName=LCX8BRAS16K, LicenseSerialNo=LIC20230915189350)", E) == [(E, "LIC20230915189350")]
    line = r"Dispositivo: USBSTOR\DISK&VEN_WD&PROD_ELEMENTS_2620&REV_1018\1D47778BE1C55816FF48B3F5&0"
    assert find(line, E) == [(E, "1D47778BE1C55816FF48B3F5")]
    assert find(r"USB\VID_0781&PID_5567\4C530001234567890123 conectado", E) == [(E, "4C530001234567890123")]
    assert find(r"USB\ROOT_HUB30\4&2A8F6F1B&0&0", E) == []  # (a hub's instance, no drive's serial)
    assert find("Número de serie del equipo: ZMZ0CTP", E) == [(E, "ZMZ0CTP")]
    assert find("Nimewo seri : R58G306TKKR", E) == [(E, "R58G306TKKR")]  # (Haitian Kreyòl's serial number)
    assert find("Clave de licencia: 2B6A-000451-7C5A82F3", E) == [(E, "2B6A-000451-7C5A82F3")]


def test_a_sims_number_after_a_few_words_or_a_spaced_colon(find):
    assert find("ICCID de ma carte SIM : 8933204492765957003. Version", E) == [(E, "8933204492765957003")]
    assert find("ICCID SIM : 8926151953516415077. Laharako", E) == [(E, "8926151953516415077")]


def test_a_key_after_the_word_licence_alone(find):
    assert find("We bought the Pro licence SKN-PRO-Z2YC-9M9Q-CAYE (invoice INV-2024-05208)", "SERIAL_NUMBER") == [
        ("SERIAL_NUMBER", "SKN-PRO-Z2YC-9M9Q-CAYE")]
    assert find("the licence ABC was fine, licence 2024-05-01", "SERIAL_NUMBER") == []


def test_round_63s_serials_and_sims(find):
    # Romanian's old and new part's serial, Spanish's 'the serial it carries underneath is ...', 'serie' before
    # capitals, a SIM's number after 'chip' and a modem's '+QCCID:' answer
    assert find("Inlocuire in garantie, S/N vechi F26QWJ3WBPGS, S/N nou JU0AP65", E) == [
        (E, "F26QWJ3WBPGS"), (E, "JU0AP65")]
    assert find("El número de serie que trae abajo es PFPWC2KA", E) == [(E, "PFPWC2KA")]
    assert find("serie ZMAWZPN , y la MAC del wifi", E) == [(E, "ZMAWZPN")]
    assert find("imei 351814748322111 y el chip es 895356758427584608", E) == [(E, "895356758427584608")]
    assert find("[ttyUSB2/at] <-- '<CR><LF>+QCCID: 89855017133444272067<CR><LF>OK'", E) == [
        (E, "89855017133444272067")]
    # (a series' name, a word in capitals with its vowels, a chip's other number)
    assert find("la serie NUEVA", E) == [] and find("mi serie favorita es BREAKING", E) == []
    assert find("chip es 12345", E) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: Spanish's 'the serial that the label shows is ...' (five words between)
    ("El serial que sale en la etiqueta es PFXUWVAE.", ["PFXUWVAE"]),
    ("El serial que sale en la etiqueta es 2102311QGK10.</p>", ["2102311QGK10"]),
    ("El serial que sale en la etiqueta es muy largo", []),
])
def test_round_66s_serial_clause(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: Tatar's and Belarusian's serial number
    ("ASUS VivoBook 15 эшләми, серия номеры 1HKE0G3. Телефон", ["1HKE0G3"]),
    ("VivoBook 15 не працуе, серыйны нумар R58Q4L2ZSFX. Мой", ["R58Q4L2ZSFX"]),
    ("серия номеры юк", []),  # (no serial's shape)
])
def test_round_67s_serial_labels(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 68: Persian's serial, a warranty's and a device's; a SIM's number five words after its name
    ("سریال HE5638YH2XK توی سیستم گارانتی ثبت نشده", ["HE5638YH2XK"]),
    ("سلام خسته نباشید. سریال گارانتی دستگاه: R5CC94M95J5 — لطفا فعال کنید", ["R5CC94M95J5"]),
    ("O ICCID que veio no cartão é 8955155027294819894. O aparelho", ["8955155027294819894"]),
    ("سریال جدید", []), ("سریال‌ها", []),  # (no serial's shape; a plural)
])
def test_round_68s_serial_labels(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 69: Czech's and Slovak's serial, abbreviated, the device's, the maker's ('výrobní číslo')
    ("Servisní zásah – sériové č. zařízení CZC6707613A, technik Vojtěch Zeman", ["CZC6707613A"]),
    ("Samsung 990 PRO, FW 4B2QJXD7), sériové č. S3WMS6K8493HGDS", ["S3WMS6K8493HGDS"]),
    ("výrobní číslo PF1243241F", ["PF1243241F"]), ("výrobné číslo: 5CD2340XYZ", ["5CD2340XYZ"]),
    ("sériové č. neuvedeno", []), ("výrobní číslo faktury", []),  # (no serial's shape)
])
def test_round_69s_serial_labels(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
