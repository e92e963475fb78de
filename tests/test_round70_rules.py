"""Detector-level rules from round 70's held-out regions (English-speaking Canada; the Dutch Caribbean and
Suriname; Rwanda, Burundi and Anglophone Cameroon): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.known import has_thing_word
from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "expected"), [
    # a field-service CRM's service address ('Service State' beside 'Service City'); a service's own state is none
    ("Service State", "LOCATION"), ("Billing State", "LOCATION"), ("Compliance state", None),
])
def test_round_70s_column_names(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("Service State", "New Brunswick", "LOCATION"), ("Service State", "YT", "LOCATION"),
    ("Service State", "Running", None),  # (a service's own state)
    ("systemName", "iOS", None), ("systemName", "Android OS", None),  # (an operating system, everyone's)
    ("systemName", "LAPTOP-7Q2M4KD", "HOSTNAME"),
    ("Display Name", "Kakegamic Contracting", None), ("Display Name", "Bluenose Property Management", None),
    ("Display Name", "Tundra Outfitters", None), ("Display Name", "Lesia Hnatyshyn", "PERSON"),  # (a trade's
    # firm by its trade's word; a person)
    ("ccnumber", "3742406301145724", "CREDIT_CARD"), ("ccnumber", "3757 0951 7090 2356", "CREDIT_CARD"),  # (Luhn's
    # check right, whatever the issuer's digits)
    ("ccnumber", "3742406301145725", None), ("ccnumber", "0000000000000000", None),  # (its check wrong; zeros)
    ("Tags", "Heat Pump", None), ("Tags", "Maintenance Plan, Water Heater", None),  # (a CRM's tags of its work)
    ("Service Zip code", "R7B1A7", "LOCATION"),  # (a postcode by its 'zip code', whoever's)
])
def test_round_70s_values(detector, field, value, expected):
    found = _found(detector, [value], [field])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_a_card_number_in_a_logs_json_member_by_its_key(detector):
    line = ('2024-11-29T03:55:38+00:00 DEBUG CX Pay payload order #48227 CONTEXT: '
            '{"ccnumber":"3758 4819 2093 0310","ccexp":"0928","order_total":"3742406301145725"}')
    found = _found(detector, [line], [None])[0]
    assert ("CREDIT_CARD", "3758 4819 2093 0310") in found
    assert not any(v == "3742406301145725" for _, v in found)  # (no card's key)


def test_a_group_mac_in_bluezs_spelling_is_no_devices():
    from piiscan.detect.known import is_group_mac

    assert is_group_mac("C3_CA_07_B1_DD_9A") and not is_group_mac("A4_C1_38_5E_21_9A")


def test_dutch_and_papiamentu_desks_mailboxes():
    from piiscan.detect.known import is_role_mailbox

    assert is_role_mailbox("bestellingen@kasdikoskorsou.cw") and is_role_mailbox("pedido@shop.aw")
    assert not is_role_mailbox("r.martina@kasdikoskorsou.cw")


def test_trades_firms_by_their_last_word():
    assert has_thing_word("Salish Sea Kayak Rentals") and has_thing_word("Maple Leaf Daycare")
    assert has_thing_word("Kelly Property Management")  # (a firm's trade as its last word)
    assert not has_thing_word("Rentals Kowalchuk")  # (a trade's word first is no firm's name's end)


def test_round_70s_records(detector):
    texts = [
        "Tenant Graham Gallant in basement suite - reach at 9022785609 / g.gallant70@nl.rogers.com",
        "Elderly client, call Heather (nephew) at 9025471410 to confirm.",
        "Call ahead:\n7092655073 (Wei)\n709.875.8872 (work)",
        "  Loopback test 127.0.0.1:5939 ok, IPv6 ::1 listening, build 15.58.5.0",  # (a program's self-test)
        "Failed password for root from 127.0.0.1 port 22",  # (a log's client, the loopback or not)
        "We reach at 40 km, Call ahead: 2 days",  # (no number)
        "cleanup_sessions: 86 sessies verwijderd, 127.0.0.1:6379 redis OK",  # (a local service's address)
        "",
        "JS ERROR: TypeError: this._windowList is null @resource:///org/gnome/shell/ui/windowManager.js:1721:22",
        "ICE Mislukte inlogpoging voor gebruiker xmoesai vanaf 10.1.2.3 (poging 4 van 5)",  # (Dutch's 'for user')
    ]
    found = _found(detector, texts, [None] * len(texts))
    assert ("PHONE_NUMBER", "9022785609") in found[0] and ("PHONE_NUMBER", "9025471410") in found[1]
    assert ("PHONE_NUMBER", "7092655073") in found[2]
    assert found[3] == [] and found[4] == [("IP_ADDRESS", "127.0.0.1")] and found[5] == []
    assert found[8] == []
    assert ("USERNAME", "xmoesai") in found[9]


def test_round_70s_model_readings(ner_detector):
    texts = [
        "Campaign: Canada Day 15% Off",  # (a holiday named for a place)
        "Side door. Dog named Tucker. Call Moira on cell 506.598.2874 when 15 min out.",  # (a pet's name)
        "Moved from 5559 62 Ave, Osoyoos in Oct, old furnace stayed there.",  # (a month's abbreviation)
        "Tenant Graham Gallant in basement suite",  # (a tenant's word read into the name)
        "Ndi Dieudonné Inamahoro wo muri COPROCA Kirundo",  # (Kinyarwanda's 'I am' read into it)
        "Meneer Wong A Foe uit Moengo belde.",  # (Dutch's 'Mr' read into it)
        "Side door. Dog named Chico. Call Tony on cell (250) 403-0683 when",  # (a pet's name read as a place)
        "Your order #48381 has shipped via Caribbean Parcel. Tracking RR469889398CW",  # (a carrier's)
        "Card on file ends in 3776 (Helcim). Please do NOT write card numbers",  # (a payment processor's)
        "Ndi Arsène Iteka wo muri Abakundakawa Coffee Coop, i Ngozi.",  # (a co-operative's)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert not any(t == "LOCATION" for t, _ in found[0])
    assert ("PERSON", "Tucker") not in found[1] and ("PERSON", "Moira") in found[1]
    assert ("LOCATION", "Oct") not in found[2] and ("LOCATION", "5559 62 Ave") in found[2]
    assert ("PERSON", "Graham Gallant") in found[3] and ("PERSON", "Dieudonné Inamahoro") in found[4]
    assert ("PERSON", "Wong A Foe") in found[5] and not any(v.startswith("Meneer") for _, v in found[5])
    assert not any(v == "Chico" for _, v in found[6]) and not any(v == "Caribbean Parcel" for _, v in found[7])
    assert found[8] == [] and not any("Coop" in v for _, v in found[9]) and ("LOCATION", "Ngozi") in found[9]


def test_a_meeting_chats_speaker_and_whom_to(detector):
    lines = ["09:53:07 From Jean-Marie Niyongabo to Nji Emmanuel(Direct Message):", "\tEmmanuel ni njye",
             "13:41:37 From Prosper Niyonzima to Everyone:", "13:41:40 From Everyone to me"]
    found = _found(detector, lines, [None] * len(lines))
    assert ("PERSON", "Jean-Marie Niyongabo") in found[0] and ("PERSON", "Nji Emmanuel") in found[0]
    assert ("PERSON", "Prosper Niyonzima") in found[2] and not any(v == "Everyone" for _, v in found[2])
    assert found[3] == []



def test_a_name_after_a_pets_word_and_a_comma_stays_a_persons(ner_detector):
    found = _found(ner_detector, ["I fed the cat, Maria said she would call later."], [None])[0]
    assert ("PERSON", "Maria") in found  # (a new sentence's subject, no pet's name)
