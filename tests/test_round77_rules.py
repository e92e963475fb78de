"""Detector-level rules from round 77's held-out regions (the Basque Country, Catalonia, Valencia, the Balearic Islands
and Occitania; Siberia, Yakutia, Buryatia and the Russian Far East; Kurdistan): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.known import GENERIC_NAMES, PRODUCT_NAMES, has_thing_word
from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a rental's listing and an event's name are the host's and the organizer's: no one's places in them
    ("HouseName", "Caserío Agirre Baserria (Zumaia)", []), ("Événement", "Ttipi Festibala 2024 — Baiona", []),
    ("city", "Zumaia", [("LOCATION", "Zumaia")]),
    # a given name in its column that a product is named for too; Catalan's 'l·l' inside a name
    ("Prénom", "Catalina", [("PERSON", "Catalina")]), ("First Name", "Catalina", [("PERSON", "Catalina")]),
    ("displayName", "Catalina", []),  # (an app's display name: macOS')
    ("Prénom acheteur", "Apol·lònia", [("PERSON", "Apol·lònia")]),
    # a form's answer where a handle would be; the organizer's own passes in the buyer's name column
    ("Instagram (jeu-concours)", "non", []), ("Nom acheteur", "ACCRÉDITATIONS", []),
    # a winery's, a cellar's and a co-op's names in a subscriber's name column
    ("name", "Celler Puig i Rovira SL", []), ("name", "Bodegas Mahasti Koop.", []),
    ("name", "Roser Vila", [("PERSON", "Roser Vila")]),
])
def test_round_77s_column_rules(detector, field, text, expected):
    found = _found(detector, [text], [field])[0]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a booking's passenger by its key; a device's name its owner gave it, beside the device's id
    ('I> created: passenger="Кэвэв Тымнэ" phone="8-924-021-42-78"',
     [("PERSON", "Кэвэв Тымнэ"), ("PHONE_NUMBER", "8-924-021-42-78")]),
    ('I> device registered: user=aiaal_s device_id=29a96cca461d4905 name="Aiaal-honor" app=3.4.0',
     [("HARDWARE_ID", "29a96cca461d4905"), ("HOSTNAME", "Aiaal-honor"), ("USERNAME", "aiaal_s")]),
    ('user=x email=a@b.cc name="Anna-Maria" app=1', [("EMAIL_ADDRESS", "a@b.cc"), ("USERNAME", "x")]),
    # a PPP link's IPCP option asking for an address: none; the one it gets is the subscriber's
    ("Mar 14 06:11:57 bras-ykt1 mpd: [B-128]   IPADDR 0.0.0.0", []),
    ("Mar 14 06:11:57 bras-ykt1 mpd: [B-128]   IPADDR 100.64.3.4", [("IP_ADDRESS", "100.64.3.4")]),
    # a full name in a query's name parameter, its first name a Chilean region's too
    ("GET /cb?name=Aisen+Okhlopkov&phone=1 HTTP/1.1", [("PERSON", "Aisen+Okhlopkov")]),
    # a person's phone in brackets after their name, a desk's mailbox later on the line; the desk's own
    ("opened by Павел Зайцев (+7 984 717-53-04), reply from support@vostokbilet.ru",
     [("PERSON", "Павел Зайцев"), ("PHONE_NUMBER", "+7 984 717-53-04")]),  # (a desk's mailbox: no one's)
    ("Soporte (+51 1 700 4646) soporte@intienergia.pe", []),
    # a carrier's warehouse in its town; a shop's name after 'from'; a backend's cache and airlines
    ("Груз RA651803333RU прибыл на склад, Владивосток", []),
    ("Hi Arash, this is Sîdar from Zagros Mobile. Could you share the order number?",
     [("PERSON", "Arash"), ("PERSON", "Sîdar")]),
    ("8 offers in 739 ms (cache miss, req_id=208a7aab)", []),
    ('to "Main Office", 10001, NY', []), ("Thanks Google!", []),
])
def test_round_77s_line_rules(detector, text, expected):
    found = _found(detector, [text], [None])[0]
    assert sorted(found) == sorted(expected)


def test_round_77s_words():
    assert type_for_name("passenger") == "PERSON" and type_for_name("traveller") == "PERSON"
    assert {"helduko gara", "برایان", "وقت بخیر", "merhaba", "cache miss"} <= GENERIC_NAMES
    assert {"seur", "aurora hz", "dell latitude"} <= PRODUCT_NAMES
    assert has_thing_word("Txakolindegi Ameztoi") and has_thing_word("Vins de Ponent SCCL")
    assert not has_thing_word("Roser Vila")
