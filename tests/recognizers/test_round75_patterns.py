"""Round 75's patterns in the bundled recognizers (Bermuda, the Cayman Islands, the Turks and Caicos and the British
Virgin Islands; Brittany, Friesland and the Isle of Man; Sápmi, Svalbard and the Kola Peninsula), each with what it
must not take (synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Northern and Inari Sami's, Breton's, Frisian's and Manx's 'my name is', 'I am'; Finnish's after a greeting
    ("Bures! Mu namma lea Máret Ánne Sara, orun Guovdageainnus.", "PERSON", "Máret Ánne Sara"),
    ("Mun lean Ánde Somby, Kárášjogas.", "PERSON", "Ánde Somby"),
    ("Ma anv zo Maïwenn Le Floc'h, o chom e Kemper.", "PERSON", "Maïwenn Le Floc'h"),
    ("Myn namme is Sytske Hoekstra en ik wenje yn Snits.", "PERSON", "Sytske Hoekstra"),
    ("Ik bin Jelle Wiersma út Harns", "PERSON", "Jelle Wiersma"),
    ("Awang Muhammad Hafiz bin Awang Jaludin", "PERSON", "Awang Muhammad Hafiz bin Awang Jaludin"),  # (Malay's, whole)
    ("Moghrey mie, ta mee Illiam Quayle.", "PERSON", "Illiam Quayle"),
    ("Moi! Olen Heikki Sarre, asun Kittilässä.", "PERSON", "Heikki Sarre"),
    # the Nordic languages', Northern Sami's and Russian's labels before a bare number
    ("Mitt nummer er 46435988.", "PHONE_NUMBER", "46435988"), ("čále munnje 97124072 Giitu!", "PHONE_NUMBER", "97124072"),
    ("ring meg på 46435988 i kveld", "PHONE_NUMBER", "46435988"),
    ("Vuovdemin Iridium 9555. ☎ 91172240 Heakta", "PHONE_NUMBER", "91172240"),
    ("Dere når meg på 41645952.", "PHONE_NUMBER", "41645952"),
    # a Norwegian's phone by its owner's 'sin'; Starlink's dish serial of fifteen; Northern Sami's serial label
    ("PC-en heter Kari-sin-iPhone. Takk", "HOSTNAME", "Kari-sin-iPhone"),
    ("gammel 2DWC31910098048 ordre 255306", "SERIAL_NUMBER", "2DWC31910098048"),
    ("Ráidonummir: TXV2BBM.", "SERIAL_NUMBER", "TXV2BBM"),
    # Northern Sami's road glued to its name; France's hamlet, lane and road before their names
    ("Heakta Finnmarksgeaidnu 17, Karasjok", "LOCATION", "Finnmarksgeaidnu 17"),
    ("Yannig Kerjean, 7 hameau de Lanveur, 22200 Guingamp", "LOCATION", "7 hameau de Lanveur"),
    ("address = '7 venelle Kerguelen', zip = '35000'", "LOCATION", "7 venelle Kerguelen"),
    ("livraison au 3 route de Brest", "LOCATION", "3 route de Brest"), ("5 St John's Road", "LOCATION", "5 St John's Road"),
    # a country in brackets after a postcode and its town
    ("Yannig Kerjean, 7 hameau de Lanveur, 22200 Guingamp (France)", "LOCATION", "France"),
    ("Sytse Hoekstra, 8914 AZ Ljouwert (Nederland)", "LOCATION", "Nederland"),
    # Northern Sami's regards before the name
    ("Giitu ollu!\n\nBuorre dearvvuođat\nMihkkal Oskal\ntlf. +4799060165", "PERSON", "Mihkkal Oskal"),
    ("Hei!\n\nOllu dearvvuođat\nEllen", "PERSON", "Ellen"),
    # Textual's IRC log, its time with its zone
    ("[2024-01-08T14:40:41+0100] <aslak52> Hei,", "USERNAME", "aslak52"),
    ("[2024-01-08T15:22:52+0100] <fyodorovma> anteg: onko se Android 14?", "USERNAME", "anteg"),
    # a mailbox in brackets stays one; a dotted quad after other words stays an address
    ("To: <anna.kuhmunen@sametinget.se>", "EMAIL_ADDRESS", "anna.kuhmunen@sametinget.se"),
    ("To: <deadbeef@x.com>", "EMAIL_ADDRESS", "deadbeef@x.com"),
    ("from 7.6.5.2 LibreOffice", "IP_ADDRESS", "7.6.5.2"),
]

NEGATIVE = [
    ("Ik bin Jelle Wiersma út Harns", "PERSON", "Ik bin Jelle Wiersma"),  # (Frisian's 'I am', no Malay son's 'bin')
    ("ta mee cummal ayns Rhumsaa", "PERSON", "cummal"),  # (a verb after 'I am', no name)
    ("Olen iloinen", "PERSON", "iloinen"),  # ('I am glad')
    ("Mitt nummer er feil", "PHONE_NUMBER", "feil"), ("ring meg på mandag", "PHONE_NUMBER", "mandag"),  # (no number)
    ("[2024-01-08T14:40:41+0100] <b> bold", "USERNAME", "b"),  # (an HTML tag's letter)
    ("☎ 1234", "PHONE_NUMBER", "1234"),  # (too short a number after the sign)
    ("address = '7 rue Kerguelen', zip", "LOCATION", "7 rue Kerguelen'"),  # (a quoted value's closing quote)
    ("on route 66 today", "LOCATION", "route 66"),  # (a road's number, no house's)
    ("12345 Items (Jordan)", "LOCATION", "Jordan"), ("build 2024 Release (Final)", "LOCATION", "Final"),  # (a count's
    # words; a release's note: no town, no country)
    ("Kari-sin-Bil", "HOSTNAME", "Kari-sin-Bil"),  # (no device's word)
    ("2DWC3191", "SERIAL_NUMBER", "2DWC3191"),  # (too short)
    # a message's id in brackets, of hex or of mixed case, long: no mailbox
    ("Bounce message w/no discernable addresses: <81367796e87d5531d1ae@smtp.kpnmail.nl>", "EMAIL_ADDRESS",
     "81367796e87d5531d1ae@smtp.kpnmail.nl"),
    ("(2219) <CA+cMRrWiMPiQ+kEHFXRMBtmS8gbeORiNyoaIbi@mail.gmail.com> smtp to x for 139 recips", "EMAIL_ADDRESS",
     "CA+cMRrWiMPiQ+kEHFXRMBtmS8gbeORiNyoaIbi@mail.gmail.com"),
    # an office suite's version
    ("S/N ALCL58F9E8E0, LibreOffice 7.6.5.2. Takk!", "IP_ADDRESS", "7.6.5.2"),
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
