"""Round 74's patterns in the bundled recognizers (Andorra, Gibraltar and the Channel Islands; the Canary Islands,
Madeira, the Azores, Ceuta and Melilla; Guam, the Northern Marianas, Palau and Micronesia), each with what it must not
take (synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Tagalog's 'I am' and 'my name is', Chamorro's, Chuukese's, Pohnpeian's and Jèrriais' 'my name (is)'
    ("Mabuhay! Ako si Jose Rizal Dela Cruz, taga Tamuning.", "PERSON", "Jose Rizal Dela Cruz"),
    ("Ang pangalan ko ay Maria Santos Reyes, nurse", "PERSON", "Maria Santos Reyes"),
    ("I na'an-hu si Rosa Quinata Aguon, sagå-hu gi Dededo.", "PERSON", "Rosa Quinata Aguon"),
    ("Ran annim! Iteiti Kinisou Aisek, I nonnom Weno.", "PERSON", "Kinisou Aisek"),
    ("Kaselehlie! Adai Lorin Panuelo, I kin kousoan Kolonia.", "PERSON", "Lorin Panuelo"),
    ("Mi chièr ami, j'ai nom Philippe Renouf, de St Brelade.", "PERSON", "Philippe Renouf"),
    # a family name's particle after a title; a soldier's rank as a title
    ("Mrs Jane de Garis, Les Vardes", "PERSON", "Jane de Garis"), ("Mr Jan van Dijk, Utrecht", "PERSON", "Jan van Dijk"),
    ("Ask Mrs Jane de la Rue Smith", "PERSON", "Jane de la Rue Smith"),
    ("Delivered to SSgt Maria Cruz at the gate", "PERSON", "Maria Cruz"),
    ("Call Capt. Joe Cruz first", "PERSON", "Joe Cruz"),
    # Horde's log lines that name the account, and its ActiveSync devices
    ("WARN: HORDE [imp] Quota warning for ruymandh: 982 MB of 1024 MB used", "USERNAME", "ruymandh"),
    ("NOTICE: HORDE [horde] Login success for lgarzon to horde (2.143.122.236)", "USERNAME", "lgarzon"),
    ("NOTICE: HORDE [imp] Logout for nieves_cabrera [88.25.222.75] from {imap.x.es:993}", "USERNAME", "nieves_cabrera"),
    ("NOTICE: HORDE [imp] Message sent to a@b.es, c@d.es from drismb (81.44.33.203)", "USERNAME", "drismb"),
    ("INFO: HORDE [horde] [ActiveSync] Device ApplCGY6XGEXXBPS (iPhone14,5) of massinissach requested PROVISION",
     "USERNAME", "massinissach"),
    ("[ActiveSync] Device ApplCGY6XGEXXBPS (iPhone14,5) of x", "HARDWARE_ID", "ApplCGY6XGEXXBPS"),
    ("[ActiveSync] Device androidc2599551137 (SM-A546B) of x", "HARDWARE_ID", "androidc2599551137"),
    ("[ActiveSync] Device SEC5D2DCB3178930 (SM-G991B) of x", "HARDWARE_ID", "SEC5D2DCB3178930"),
    # a help desk's cleared credentials; an office's PC by its 'PC-' name; a tablet's asset name
    ("Cleared cached creds for nguyenh4.", "USERNAME", "nguyenh4"),
    ("/backups/PC-H67ZBF6/PHC_20240314.zip", "HOSTNAME", "PC-H67ZBF6"), ("to MMHN-TB-0808.", "HOSTNAME", "MMHN-TB-0808"),
    # Starlink's kit, dish and router serials
    ("my Starlink (kit KITP94341865, dish 2DWCF9CCB04CE4) drops", "SERIAL_NUMBER", "KITP94341865"),
    ("my Starlink (kit KITP94341865, dish 2DWCF9CCB04CE4) drops", "SERIAL_NUMBER", "2DWCF9CCB04CE4"),
    ("and router MPR3546626C6DE.", "SERIAL_NUMBER", "MPR3546626C6DE"),
    # a person's number by whose; a desk's call; a number kept
    ("Her number: 477-7642", "PHONE_NUMBER", "477-7642"), ("Called Anisia at 330-5645, no answer", "PHONE_NUMBER", "330-5645"),
    ("Old phone number stays the same: 735-7949", "PHONE_NUMBER", "735-7949"),
    # a postcode after its label in a sentence
    ("Código postal 38530 no coincide con municipio", "LOCATION", "38530"), ("o código postal é 9230-116.", "LOCATION", "9230-116"),
    ("el CP es 35003.", "LOCATION", "35003"),
    # a calendar's event with whom; a client's folder named for them; a lease's contract's tenant
    ('event notification "Reunión AMPA con Kishore Assomull" to x', "PERSON", "Kishore Assomull"),
    ("Lunch with Ana Ruiz at noon", "PERSON", "Ana Ruiz"),
    ("/srv/contab/Clientes/Filipa Spínola/Imoveis/x.pdf", "PERSON", "Filipa Spínola"),
    ("/Clientes/Aythami Marrero/2024/Contrato_Arrendamento_Aythami_Marrero.pdf", "PERSON", "Aythami_Marrero"),
    # Chamorro's road before its name and number
    ("Lot 12 Chalan Kanoa, Saipan MP 96950", "LOCATION", "Chalan Kanoa"),
]

NEGATIVE = [
    ("Ako", "PERSON", "Ako"), ("The adai tool", "PERSON", "tool"),  # (the statement's words alone)
    ("Sgt Pepper", "PERSON", "Pepper"),  # (a record's name)
    ("Mr de la Cruz", "PERSON", "de la Cruz"),  # (a particle first: no given name)
    ("Col 3 of the table", "PERSON", "3"), ("Gen 2 hardware", "PERSON", "2"),  # (words without their dot)
    ("Logout for john [1.2.3.4]", "USERNAME", "john"),  # (no Horde line: anyone's words)
    ("GET /x?DeviceId=ApplHX7PESP0W6CE&User=x", "HARDWARE_ID", "ApplHX7PESP0W6CE"),  # (the serial's, after 'Appl')
    ("PC-1234 cable", "HOSTNAME", "PC-1234"), ("KITP123 kit", "SERIAL_NUMBER", "KITP123"),  # (a part; too short)
    ("Called support at 10:30 today", "PHONE_NUMBER", "10:30"), ("zip code 12345678", "LOCATION", "12345678"),
    ("CP 1.500,00", "LOCATION", "1.500"),  # (a time; a longer number; an amount)
    ("café con Leche Condensada.", "PERSON", "Leche Condensada"),  # (no event)
    ("Meeting with Google Cloud Team tomorrow", "PERSON", "Google Cloud Team"),
    ("/Clientes/Arquivo/2024", "PERSON", "Arquivo"),  # (one word: no full name)
    ("/Clientes/Filipa Spínola/Imoveis/Contrato_Rua_Cónego_Agostinho_Figueira_Caniço.pdf", "PERSON",
     "Rua_Cónego_Agostinho"),  # (a lease's street)
    ("Windows Update failure Event ID 10016", "LOCATION", "Event"),  # (Idaho's letters without their comma)
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
