"""Detector-level rules from round 64's held-out regions (the Horn of Africa, Yemen, Sudan and Libya;
Slovakia, Slovenia and Malta; the United States and Singapore): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

# (the detector fixtures, NER off and on, are conftest's)
_found = found_by_record


@pytest.mark.parametrize(("text", "expected"), [
    # a parcel's label names its addressee before the address on one line: a person (two or three words), and
    # the town after the street is still a town
    ("Ship to: Michael O'Brien, 4521 Oak Ridge Dr, Columbus", [("PERSON", "Michael O'Brien"),
                                                              ("LOCATION", "4521 Oak Ridge Dr"),
                                                              ("LOCATION", "Columbus")]),
    ("Attn: Sarah Lee, 12 Main Street, Boston", [("PERSON", "Sarah Lee"), ("LOCATION", "12 Main Street"),
                                                 ("LOCATION", "Boston")]),
    # (a firm is no person; one word after the label is a town, as after any label)
    ("Ship to: Acme Corp, 4521 Oak Ridge Dr", [("LOCATION", "4521 Oak Ridge Dr")]),
    ("Address: Qom, Safaeieh St., Kuche 20", [("LOCATION", "Kuche 20"), ("LOCATION", "Qom"),
                                              ("LOCATION", "Safaeieh St.")]),
])
def test_an_addressee_before_the_address_on_one_line(detector, text, expected):
    assert _found(detector, [text], [None]) == [sorted(expected)]


def test_a_name_the_model_reads_after_a_persons_name_and_from_is_the_place_they_come_from(ner_detector):
    found = _found(ner_detector, ["Hi, I'm Joseph Zammit from Mosta. My number is +356 9912 3456."], [None])[0]
    assert ("PERSON", "Joseph Zammit") in found and ("PERSON", "Mosta") not in found
    assert ("LOCATION", "Mosta") in found


@pytest.mark.parametrize(("field", "expected"), [
    ("Kontaktná osoba", "PERSON"), ("Odberateľ", "PERSON"), ("Naročnik", "PERSON"), ("Stranka", "PERSON"),
    ("Isem u kunjom", "PERSON"), ("Rahal", "LOCATION"), ("Dodacia adresa", "LOCATION"), ("Prebivališče", "LOCATION"),
    ("E-mailová adresa", "EMAIL_ADDRESS"),
    ("Belt", None),  # (a garment's in English; Maltese's town goes by 'Lokalità' or 'Belt jew Raħal')
])
def test_slovak_slovene_and_maltese_columns(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize("value", ["Kumar s/o Ramasamy", "Muthu a/l Rajan", "Siti Aisyah binte Osman"])
def test_a_name_column_holds_singapores_and_malaysias_son_and_daughter_of(detector, value):
    assert _found(detector, [value], ["name"]) == [[("PERSON", value)]]


def test_a_slash_is_no_names_elsewhere(detector):
    assert _found(detector, ["n/a"], ["name"]) == [[]]
    assert _found(detector, ["foo/bar"], ["name"]) == [[]]


# -- round 64's files: a CRM's debug log, Cacti's log, a chatbot's debug log -------------------------------------

def test_rasas_slots_and_entities_are_typed_by_their_names(detector):
    line = ("2024-05-06 06:02:28 DEBUG    rasa.core.processor  - Action 'action_update_contact' ended with events "
            "'[SlotSet(key: location, value: Djibouti), SlotSet(key: full_name, value: Hodan), SlotSet(key: phone_number, "
            "value: 2917954171), SlotSet(key: case_ref, value: HL-42322), SlotSet(key: email, value: None)]'.")
    found = _found(detector, [line], [None])[0]
    assert ("LOCATION", "Djibouti") in found and ("PERSON", "Hodan") in found
    assert ("PHONE_NUMBER", "2917954171") in found and not any(v in ("HL-42322", "None") for _, v in found)
    entity = ("and entities '[{'entity': 'location', 'start': 22, 'end': 30, 'confidence_entity': 0.84, "
              "'value': 'Bahir Dar', 'extractor': 'DIETClassifier'}, {'entity': 'intent_hint', 'value': 'Bahir'}]'")
    assert ("LOCATION", "Bahir Dar") in _found(detector, [entity], [None])[0]


def test_cactis_devices_their_host_names_and_their_customers(detector):
    spine = ("2024-04-02 05:35:02 - SPINE: Poller[1] PID[53433] PT[1926] Device[50] HT[1] DS[1691] TT[650.20] SNMP: v2: "
             "GUULEED-HOME, dsname: cpu, oid: .1.3.6.1.2.1.25.3.3.1.2.1, value: 65")
    assert _found(detector, [spine], [None]) == [[("HOSTNAME", "GUULEED-HOME")]]
    ip = spine.replace("GUULEED-HOME", "41.223.128.70")
    assert _found(detector, [ip], [None]) == [[("IP_ADDRESS", "41.223.128.70")]]  # (an address, no host's name)
    thold = ("2024-04-02 05:15:03 - THOLD: Threshold[278] Device[76] Description[Ubah Xasan - Togdheer Street 14, "
             "Hargeisa] WARNING: Traffic In went above threshold of 100 Mbps with 158.51 Mbps")
    found = _found(detector, [thold], [None])[0]
    assert ("PERSON", "Ubah Xasan") in found and ("LOCATION", "Hargeisa") in found
    assert not any(t == "PERSON" for t, v in _found(detector, [
        "2024-04-02 05:15:02 - SPINE: Poller[1] PID[53269] Device[3] Description[Core switch - rack 4] ok"], [None])[0])


def test_a_like_searchs_wildcards_and_a_bare_names_setting(detector):
    where = ("SELECT contacts.id FROM contacts  where (contacts.phone_mobile LIKE '%917354581%' OR contacts.phone_work "
             "LIKE '%917354581%') AND contacts.deleted=0")
    assert _found(detector, [where], [None]) == [[("PHONE_NUMBER", "917354581")] * 2]
    assert _found(detector, ["SELECT * FROM config WHERE category = 'info' AND name = 'sugar_version'"], [None]) == [[]]
    assert _found(detector, ["SELECT * FROM users WHERE name = 'Tigist Alemu'"], [None]) == [[("PERSON", "Tigist Alemu")]]


def test_suitecrms_custom_fields_and_a_native_name():
    assert type_for_name("handset_imei_c") == "HARDWARE_ID" and type_for_name("native_name_c") == "PERSON"
    assert type_for_name("camp_site_c") is None and type_for_name("id_c") is None


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("Číslo zásielky", "Z 612 4126 279", []),  # (a parcel's number, the number first: no phone)
    ("Numru tal-ordni", "612 4126 279", []),
    ("Číslo domu", "3739/67", [("LOCATION", "3739/67")]), ("Číslo domu", "90.", [("LOCATION", "90.")]),
    ("qty", "12/A", []),
])
def test_slovak_and_maltese_record_numbers_and_house_numbers(detector, field, value, expected):
    assert _found(detector, [value], [field]) == [expected]


@pytest.mark.parametrize("text", [
    "Saħħa, jien ser nasal mill-Għawdex bil-lanċa tas-6.", "Bongu, nixtieq kamra kwieta jekk possibbli.",
    "Zvoňte na dvere, 3. poschodie.", "Port 3389 zaprt, RDP samo prek gateway (443)",
])
def test_maltese_slovak_and_slovene_notes_are_not_read_by_the_english_model(ner_detector, text):
    assert not any(t in ("PERSON", "LOCATION") and "Zvoň" not in v for t, v in _found(ner_detector, [text], [None])[0])


@pytest.mark.parametrize(("address", "no_ones"), [
    ("podpora@mojekvety.sk", True), ("objednavky@itservis.sk", True), ("noreply-snow@harbourfrontcap.com", True),
    ("jana.kovacova@mojekvety.sk", False), ("noreplyjohn@x.com", False),
])
def test_slovak_and_slovene_desks_and_a_systems_no_reply(address, no_ones):
    from piiscan.detect.known import is_no_reply, is_role_mailbox

    assert (is_role_mailbox(address) or is_no_reply(address)) is no_ones


def test_a_service_account_by_its_dotted_prefix():
    from piiscan.detect.known import SERVICE_ACCOUNT

    assert SERVICE_ACCOUNT.fullmatch("svc.servicenow") and not SERVICE_ACCOUNT.fullmatch("sam.jones")


def test_a_messaging_webhooks_own_line_is_the_firms(detector):  # (Bandwidth's)
    event = ('{"type":"message-delivered","to":"+19159834742","message":{"id":"17120","owner":"+18337020194",'
             '"direction":"out","to":["+19159834742"],"from":"+18337020194","text":"Hi Alejandro, please update."}}')
    from piiscan.detect.engine import names_a_switchboard
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    _, values = json_document_values(event, hints)
    fields = [(hints.get(i, f), v) for f, v, i, *_ in values]
    # the account's number, as 'owner' and as the sent message's 'from': the firm's line, each time
    assert [names_a_switchboard(f) for f, v in fields if v == "+18337020194"] == [True, True]
    # the customer's, as the event's 'to' and the message's: a person's
    assert [names_a_switchboard(f) for f, v in fields if v == "+19159834742"] == [False, False]
    assert _found(detector, ["+18337020194"], ["message.owner_line"]) == [[]]


@pytest.mark.parametrize("text", [
    "Wah lau, the router keep restarting sia. Anyone know?", "Went to Sim Lim Square yesterday, the shop said ok.",
    "My Singtel SIM stopped working",
])
def test_singlish_particles_a_mall_and_a_carriers_sim_are_no_ones(ner_detector, text):
    assert not any(t in ("PERSON", "LOCATION") for t, _ in _found(ner_detector, [text], [None])[0])


def test_a_login_beside_a_name_the_model_took_a_word_before(ner_detector):
    found = _found(ner_detector, ["Predan Blaž Krajnc (bkrajnc) po odhodu Silvia Pellizzer"], ["Comment"])[0]
    assert ("USERNAME", "bkrajnc") in found
    assert ("USERNAME", "zz") not in _found(ner_detector, ["Predan Blaž Krajnc (zz) po odhodu"], ["Comment"])[0]
