"""Detector-level rules from round 62's held-out reading (a Western Balkans MSP's password vault, call
records and DNS filter log; Greek, Cypriot and Turkish logs; the Levant's and Iraq's forums): each with
what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.structure import column_hints

from .helpers import found_by_record

# (the detector fixtures, NER off and on, are conftest's)
_found = found_by_record


# -- FreePBX's call records ----------------------------------------------------------------------

_CDR = ["calldate", "clid", "src", "dst", "dcontext", "channel", "dstchannel", "lastapp", "lastdata", "duration",
        "billsec", "disposition", "amaflags", "accountcode", "uniqueid", "userfield", "did", "recordingfile", "cnum",
        "cnam", "outbound_cnum", "outbound_cnam", "dst_cnam", "linkedid", "peeraccount", "sequence"]


def test_freepbxs_cdr_columns_by_what_they_hold():
    named = {_CDR[i]: name for i, name in column_hints(_CDR).items()}
    assert named["clid"] == "Caller ID" and named["cnum"] == "Caller Number"
    assert named["cnam"] == named["dst_cnam"] == "Caller Name"
    # the firm's own line and name: no one's
    assert named["did"] == "Inbound Route" and named["outbound_cnum"] == "Outbound Caller ID"
    assert named["outbound_cnam"] == "Trunk Caller Name"
    assert column_hints(["cnam", "did"]) == {}  # (not without a CDR's columns)


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("Caller ID", '"Iva Pavić" <205>', [("PERSON", "Iva Pavić")]),  # (an extension's user, its extension's digits)
    ("Caller ID", '"Suljić A." <0038765547686>', [("PERSON", "Suljić A."), ("PHONE_NUMBER", "0038765547686")]),
    ("Caller ID", '"0641234567" <0641234567>', [("PHONE_NUMBER", "0641234567"), ("PHONE_NUMBER", "0641234567")]),
    ("Caller ID", '"Anonymous" <anonymous>', []),
    ("Caller Name", "KOLA KLODIAN", [("PERSON", "KOLA KLODIAN")]), ("Caller Name", "00355679234376",
                                                                   [("PHONE_NUMBER", "00355679234376")]),
    ("Caller Name", "Anonymous", []),
    ("Call Recording File", "q-602-00355679234376-20240304-080108-1709539268.41870.wav",
     [("PHONE_NUMBER", "00355679234376")]),
    ("Call Recording File", "out-00381601498564-205-20240304-080229-1709539349.41871.wav",
     [("PHONE_NUMBER", "00381601498564")]),
    ("Call Recording File", "q-602-0800100200-20240304-080108-1709539268.41870.wav", []),  # (a freephone line)
    ("Inbound Route", "08004545", []), ("Trunk Caller Name", "Tehno Servis Balkan", []),
])
def test_a_call_records_parties_and_its_recordings_name(detector, field, value, expected):
    assert _found(detector, [value], [field]) == [sorted(expected)]


# -- a password manager's export -----------------------------------------------------------------

def test_bitwardens_item_name_is_an_entry_title():
    header = ["collections", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username",
              "login_password", "login_totp"]
    assert column_hints(header) == {2: "Entry Title"}


@pytest.mark.parametrize(("value", "expected"), [
    ("RustDesk – Tea Knežević", [("PERSON", "Tea Knežević")]),
    ("Apple ID – Elena Andonovska", [("PERSON", "Elena Andonovska")]),  # (a brand before it: no venue's cell)
    ("Ruter – Petrović Marko, Niš", [("LOCATION", "Niš"), ("PERSON", "Petrović Marko")]),
    ("Gmail – Serhat", [("PERSON", "Serhat")]),
    ("FW01 – Apoteka Zdravlje", []), ("SRV-DC01 – Аптека Фарма Плус", []), ("ERP – Poliklinika Sana", []),  # (firms)
    ("Gmail – Shared", []), ("Ingram Micro Srbija", []),
])
def test_a_vault_entrys_owner_and_town_after_its_dash(detector, value, expected):
    assert _found(detector, [value], ["Entry Title"]) == [sorted(expected)]


def test_no_person_in_an_entrys_kind_the_model_reads_as_one(ner_detector):
    assert _found(ner_detector, ["Kartica Visa – Klodian Lika", "Ruter – Brikena Leka"], ["Entry Title"] * 2) == [
        [("PERSON", "Klodian Lika")], [("PERSON", "Brikena Leka")]]


def test_a_passwords_and_a_one_time_codes_secret_hold_nothing(detector):
    assert _found(detector, ["z1jtNi3@SLG4E", "jo.smith@gmail.com", "7NRP54NKQLGYLL56"],
                  ["login_password", "password", "login_totp"]) == [[], [], []]
    assert _found(detector, ["/home/alice.jones/projects"], ["PWD"]) != [[]]  # (a shell's working directory)


@pytest.mark.parametrize(("field", "value"), [
    ("Entry Title", "Licenca Windows 11 Pro – Hodžić Haris"),
    ("notes", "Računar: DESKTOP-ILAGYOA\nKorisnik: Nermin Zukić"),
])
def test_a_vault_notes_lines(detector, field, value):
    found = _found(detector, [value], [field])[0]
    assert ("PERSON", "Hodžić Haris") in found or ("HOSTNAME", "DESKTOP-ILAGYOA") in found


def test_the_models_label_words_and_default_logins(ner_detector):
    note = "Računar: LAPTOP-97HAKKI\nWindows korisnik: marija.babic\nNazvati prije: 095 116 2354"
    assert _found(ner_detector, [note], ["notes"]) == [[("HOSTNAME", "LAPTOP-97HAKKI"),
                                                         ("PHONE_NUMBER", "095 116 2354"),
                                                         ("USERNAME", "marija.babic")]]
    assert _found(ner_detector, ["ubnt", "telecomadmin", "nabavka@balkanit.rs"], ["login_username"] * 3) == [[], [], []]


# -- a DNS filter's log --------------------------------------------------------------------------

def test_a_dns_logs_destination_country_is_the_servers():
    header = ["timestamp", "domain", "query_type", "dnssec", "protocol", "client_ip", "status", "reasons",
              "destination_country", "root_domain", "device_id", "device_name"]
    assert column_hints(header) == {8: "Destination Geo"}
    assert column_hints(["order", "destination_country", "recipient"]) == {}  # (a parcel's: the recipient's)


@pytest.mark.parametrize(("value", "expected"), [
    ("8.8.8.8.in-addr.arpa", []), ("1.0.0.127.in-addr.arpa", []), ("0.0.0.0.in-addr.arpa", []),
    ("9.9.9.9.in-addr.arpa", []), ("57.12.113.203.in-addr.arpa", [("IP_ADDRESS", "57.12.113.203")]),
])
def test_a_reverse_lookup_of_a_resolver_or_the_loopback_is_no_ones(detector, value, expected):
    assert _found(detector, [value], ["domain"]) == [expected]


@pytest.mark.parametrize("value", ["Laptopi i Albana", "Милица лаптоп", "Edin laptop", "Телефон Горан"])
def test_a_devices_name_after_its_owner_in_the_western_balkans_languages(detector, value):
    assert _found(detector, [value], ["device_name"]) == [[("HOSTNAME", value)]]


def test_a_new_or_an_old_laptop_is_no_ones(detector):
    assert _found(detector, ["Laptop i Ri", "Novi Laptop"], ["device_name"] * 2) == [[], []]


# -- logs ------------------------------------------------------------------------------------------

def test_open_edxs_event_name_and_a_settings_change(detector):
    from piiscan.sources.jsonfmt import json_document_values

    line = ('{"name": "edx.user.settings.changed", "username": "ealexiou", "ip": "85.74.217.108", '
            '"event": {"setting": "city", "old": "Ankara", "new": "Eskişehir", "user_id": 1609}, '
            '"event_type": "edx.user.settings.changed"}')
    pairs: dict[int, str] = {}
    values = json_document_values(line, pairs)[1]
    fields = [pairs.get(n, v[0]) for n, v in enumerate(values)]
    # the event's name is the event's (its 'event_type' says it is one), the old and new values the setting's
    assert fields == ["action.name", "username", "ip", "event.setting", "event.city", "event.city", "event_type"]
    found = _found(detector, [v[1] for v in values], fields)
    assert found == [[], [("USERNAME", "ealexiou")], [("IP_ADDRESS", "85.74.217.108")], [], [("LOCATION", "Ankara")],
                     [("LOCATION", "Eskişehir")], []]


@pytest.mark.parametrize(("line", "expected"), [
    ("Zaposleni Dragan Jovanović iz Novog Sada, JMBG 0101990710006",
     [("LOCATION", "Novog Sada"), ("PERSON", "Dragan Jovanović")]),  # (an id's label: no town)
    ("Adres: Atatürk Cad. No:45 D:3, 34710 Kadıköy/İstanbul",
     [("LOCATION", "34710"), ("LOCATION", "Atatürk Cad. No:45 D:3"), ("LOCATION", "Kadıköy"), ("LOCATION", "İstanbul")]),
    ("Teslimat adresi: Cumhuriyet Mah. İnönü Sok. No:12 Daire:5 Çankaya/Ankara 06420",
     [("LOCATION", "06420"), ("LOCATION", "Ankara"), ("LOCATION", "Cumhuriyet Mah. İnönü Sok. No:12 Daire:5"),
      ("LOCATION", "Çankaya")]),
    ("Help with Unit 3", []),  # (a course's unit, no street)
    ("I live at 12 Main Street, Unit 3, Springfield", [("LOCATION", "12 Main Street, Unit 3"),
                                                      ("LOCATION", "Springfield")]),
    ("[INFO] sms - gsmno=905063466798 msgheader=HIZLIKARGO jobid=3164343869 mesaj=\"Sayın Merve Yıldız, ...\"",
     [("PERSON", "Merve Yıldız"), ("PHONE_NUMBER", "905063466798")]),
])
def test_round_62s_lines(detector, line, expected):
    assert _found(detector, [line], [None]) == [sorted(expected)]


def test_a_delivery_notes_words_the_model_reads_as_names(ner_detector):
    line = '[INFO] notes - Teslimat notu (HK2405148898508TR): "Kapıcıya bırakın, 4. kat. Evde yoksam ara: 0532 123 45 67"'
    assert _found(ner_detector, [line], [None]) == [[("PHONE_NUMBER", "0532 123 45 67")]]


def test_a_music_bot_is_no_ones(detector):
    line = "2024-05-13 21:04:17.482|INFO    |VirtualServerBase|1  |client connected 'Müzik Botu'(id:175) from 127.0.0.1:50096"
    assert ("PERSON", "Müzik Botu") not in _found(detector, [line], [None])[0]


# -- forums ----------------------------------------------------------------------------------------

def test_forumotions_poster_and_a_hyphenated_login(detector):
    html = ('<td class="row1" valign="top"><span class="name"><a name="19743"></a><strong><a href="/u1852">'
            '<span style="color:#3366cc"><strong>soran-ku</strong></span></a></strong></span><br />')
    assert _found(detector, [html], [None]) == [[("USERNAME", "soran-ku")]]


def test_a_posts_line_break_ends_a_desks_line(detector):
    post = ('<div class="postbody"><div>username taba3e abu_layal khayye Khaled ra2mo +96181518224<br />7kit 80022 444 '
            "w ba3atet 3a service@techzone.com.lb</div>")
    assert ("PHONE_NUMBER", "+96181518224") in _found(detector, [post], [None])[0]
    desk = "Soporte · +51 1 700 4646 · soporte@intienergia.pe"  # (a desk's line: its phone is the desk's)
    assert ("PHONE_NUMBER", "+51 1 700 4646") not in _found(detector, [desk], [None])[0]


def test_a_town_in_a_posts_subject_line_or_its_pages_title_is_its_topic(detector):
    lines = ['<span class="postdetails">موضوع: رد: Pirsgirêka Wi-Fi li Duhokê&nbsp; <img src="x" /></span>',
             "<title>Laptop overheating — any repair shop in Amman?</title>",
             "Ez li Duhokê dijîm."]
    assert _found(detector, lines, [None] * 3) == [[], [], [("LOCATION", "Duhokê")]]


def test_a_diaspora_handle_in_a_sql_dumps_row_cut_by_its_lines_end(detector):
    from piiscan.detect.structure import sql_row_hint

    hint = sql_row_hint(["id", "guid", "diaspora_handle", "serialized_public_key", "owner_id"])
    # (pg_dump's row goes on to the next lines: the public key's; its values so far are read by their columns)
    line = ("INSERT INTO public.people VALUES (1, '11e34f56babec4b80043d6bb714c9185', 'fatima_s@pod.sahtein.social', "
            "'-----BEGIN PUBLIC KEY-----")
    assert _found(detector, [line], [hint]) == [[("USERNAME", "fatima_s@pod.sahtein.social")]]
    mail = sql_row_hint(["id", "guid", "email", "serialized_public_key", "owner_id"])
    assert _found(detector, [line], [mail]) == [[("EMAIL_ADDRESS", "fatima_s@pod.sahtein.social")]]
