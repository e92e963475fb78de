"""Detector-level rules from round 73's held-out regions (Guyana, Belize and the Falklands; Cape Verde, São Tomé and
Príncipe and Guinea-Bissau; Puerto Rico and the US Virgin Islands): each with what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.engine import RawFinding
from piiscan.detect.firmrows import names_a_firm
from piiscan.detect.known import propagate
from piiscan.detect.structure import type_for_name

from .helpers import found_by_record

_found = found_by_record


def _make(entity, start, end, score):
    return RawFinding(entity, start, end, score, "known_value")


@pytest.mark.parametrize(("field", "expected"), [
    # an object store's user metadata by its own name (MinIO's and S3's audit log)
    ("requestHeader.X-Amz-Meta-Cliente", "USERNAME"), ("requestHeader.X-Amz-Meta-Telemovel", "PHONE_NUMBER"),
    ("requestHeader.x-goog-meta-email", "EMAIL_ADDRESS"), ("requestHeader.X-Amz-Meta-", None),
    ("requestHeader.X-Amz-Date", None),
    # Application Insights' signed-in user; a customer's router by the name they gave it
    ("context.user.authId", "USERNAME"), ("fields.Router Name.0.value", "HOSTNAME"), ("Router Model", None),
])
def test_round_73s_column_names(field, expected):
    assert type_for_name(field) == expected


@pytest.mark.parametrize(("field", "value", "expected_value", "expected"), [
    # an object's metadata: the client's name, the agent's login, the client's mobile
    ("requestHeader.X-Amz-Meta-Cliente", "Maribel Sacramento", "Maribel Sacramento", "PERSON"),
    ("requestHeader.X-Amz-Meta-Agente", "aneto", "aneto", "USERNAME"),
    ("requestHeader.X-Amz-Meta-Telemovel", "991 3567", "991 3567", "PHONE_NUMBER"),
    # a contact point's kind where a name's field shares its name (Nimble's 'modifier'); a modifier's login stays
    ("fields.phone.0.modifier", "mobile", "mobile", None), ("fields.address.0.modifier", "home", "home", None),
    ("modifier", "jsmith", "jsmith", "USERNAME"),
    # a short generated id in a user's id field; a login there stays
    ("data.object.userId", "USsrIi4rKU", "USsrIi4rKU", None), ("data.object.userId", "USYnMDHqfV", "USYnMDHqfV", None),
    ("data.object.createdByUserId", "UScFKYnbNu", "UScFKYnbNu", None),
    ("userId", "JohnSmith1", "JohnSmith1", "USERNAME"), ("userId", "McDonaldJr", "McDonaldJr", "USERNAME"),
    # a device's id and a telemetry's instance that are a person's computer's name; a cloud's instance is none
    ("context.device.id", "RAMCHARRAN-HP", "RAMCHARRAN-HP", "HOSTNAME"),
    ("context.device.id", "sauls-macbook-air", "sauls-macbook-air", "HOSTNAME"),
    ("context.device.roleInstance", "ROSADO-HP", "ROSADO-HP", "HOSTNAME"),
    ("context.device.roleInstance", "RD0003FF4A2B1C", "RD0003FF4A2B1C", None),
    # five digits in a phone's column (the Falklands' plan); a placeholder is none
    ("Phone 1", "50864", "50864", "PHONE_NUMBER"), ("Phone 1", "00000", "00000", None),
    ("Phone 1", "12345", "12345", None),
    # five digits where a message's party goes are a short code's; a customer's phone's are a line's
    ("to_number", "50864", "50864", None), ("From Phone", "50864", "50864", None),
    ("customerPhone", "50864", "50864", "PHONE_NUMBER"),
    # a chat's placeholder for a visitor who gave no name
    ("recipient.name", "Usuario", "Usuario", None), ("recipient.name", "Keishla", "Keishla", "PERSON"),
    # a monitor's probe's location is the firm's
    ("availability.0.runLocation", "US : TX-San Antonio-Azure", "San Antonio", None),
    ("probe.city", "San Antonio", "San Antonio", None),
])
def test_round_73s_values(detector, field, value, expected_value, expected):
    found = _found(detector, [value], [field])[0]
    assert [t for t, v in found if v == expected_value] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "firm"), [
    ("Lambey & Sons Fishing", True), ("Fernandes Auto Parts", True), ("Goose Green Hall Committee", True),
    ("Hill & Sons", True), ("Tom Kitchen", False),  # (a family name that is a word)
])
def test_a_trades_or_a_bodys_last_word_names_a_firm(text, firm):
    assert names_a_firm(text) is firm


def test_a_name_joined_in_a_folder_after_a_records_number_is_carried_whole():
    texts = ["Nelson Lima", "clientes/2024/000603_Nelson_Lima/bi_verso.jpg", "reports/x_Nelson_Lima_y"]
    found = [[RawFinding("PERSON", 0, 11, 0.85, "field_name")], [RawFinding("LOCATION", 28, 32, 0.9, "PlaceAndes")], []]
    out = propagate(texts, found, _make, fields=["requestHeader.X-Amz-Meta-Cliente", "api.object", "api.object"])
    assert [(texts[1][f.start:f.end], f.entity_type) for f in out[1]] == [("Nelson_Lima", "PERSON")]
    assert out[2] == []  # (no record's number before it: part of a longer word)


def test_a_family_name_that_is_a_word_is_not_carried_where_it_is_the_word():
    texts = ["Card", "Card on file ending **** 1877", "Spoke to Mr Card today", "Chan", "Chan xaawil? Santiago asks"]
    found = [[RawFinding("PERSON", 0, 4, 0.85, "field_name")], [], [], [RawFinding("PERSON", 0, 4, 0.85, "field_name")],
             []]
    out = propagate(texts, found, _make, fields=["Last Name", "Notes", "Notes", "Last Name", "Notes"])
    assert out[1] == [] and out[4] == []
    assert [texts[2][f.start:f.end] for f in out[2]] == ["Card"]


def _hints(doc: str) -> dict[str, str | None]:
    from piiscan.sources.jsonfmt import json_document_values

    hints: dict[int, str] = {}
    values = json_document_values(doc, hints)[1]
    return {v[0]: hints.get(n) for n, v in enumerate(values)}


def test_a_bot_framework_partys_name_by_its_role():
    hints = _hints('{"from": {"id": "dl_8e9c", "name": "Keishla", "role": "user"}, '
                   '"recipient": {"id": "islafibra-bot", "name": "Coquí", "role": "bot"}, '
                   '"conversation": {"id": "c1", "name": "Coquí"}}')
    assert hints["from.name"] == "from.user.name" and type_for_name("from.user.name") == "PERSON"
    assert hints["recipient.name"] == "recipient.bot.name" and type_for_name("recipient.bot.name") is None
    assert hints["conversation.name"] is None  # (no role: no party)
    agent = _hints('{"from": {"id": "agent-1", "name": "Lizmarie P. (Agente)", "role": "bot"}}')
    assert agent["from.name"] == "from.user.name"  # (a human agent speaking through the bot)


def test_an_availability_tests_location_is_its_probes():
    hints = _hints('{"availability": [{"runLocation": "US : TX-San Antonio-Azure"}], '
                   '"context": {"location": {"city": "San Antonio", "province": "Texas"}}}')
    assert hints["context.location.city"] == "probe.city" and hints["context.location.province"] == "probe.province"
    request = _hints('{"request": [{"url": "/x"}], "context": {"location": {"city": "Belmopan"}}}')
    assert request["context.location.city"] is None


def test_an_events_name_is_the_operations():
    hints = _hints('{"type": "event", "name": "handoff.initiate", "channelId": "webchat", "from": {"id": "b"}}')
    assert hints["name"] == "event.name" and type_for_name("event.name") is None


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a Tryton dispatcher's caller's login before its address
    ("model.sale.sale.quote(*([8525], {}), **{}) from malam.nhaga@10.40.2.94/kansala/ in 637 ms", "malam.nhaga",
     "USERNAME"),
    # an English-speaking router's SMS tool's party
    ("mon.info sms_utils: Forwarding SMS from 926 9300 to email d@example.com", "926 9300", "PHONE_NUMBER"),
    ("sending SMS to 931 5796 (user Odair Évora)", "931 5796", "PHONE_NUMBER"),
    # a visit's date and hours are no phone's
    ("Confirmed: visit 05/02 8-12. Work order WO-24402.", "05/02 8-12", None),
    # a SIM's number and a model's serial, said in a sentence
    ("De SIM number is 8901150382591477030", "8901150382591477030", "SERIAL_NUMBER"),
    ("S/N on the Generac Guardian 22kW: 3667093660", "3667093660", "SERIAL_NUMBER"),
    ("De EG4 LifePower4 number is BA23538947.", "BA23538947", "SERIAL_NUMBER"),
    ("My iPhone 13 number is 3405551234", "3405551234", "PHONE_NUMBER"),
    # a KYC store's folder named for its client
    ("clientes/2024/000861_Jaquelino_Pires_dos_Santos/comprovativo_morada.pdf", "Jaquelino_Pires_dos_Santos",
     "PERSON"),
    ("reports/2024/01_Annual_Report/summary.pdf", "Annual_Report", None),
    # a name alone before a quoted mail's attribution, escaped as a SQL dump keeps it
    ("'Gracias.\\n\\nYamil\\n\\nOn Sun, Mar 10, 2024 at 11:02 PM Antilles Solar <s@x.com> wrote:\\n> Hola'", "Yamil",
     "PERSON"),
    # a town after an escaped line's end; a country's name in a SQL cell
    ("'full_address': 'Rua Justino Lopes 27\\nCatió\\nGuiné-Bissau'", "Catió", "LOCATION"),
    ("(12,'Puerto Rico','651 Calle Loíza Apt 1A')", "Puerto Rico", "LOCATION"),
])
def test_round_73s_read_rules(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_73s_model_readings(ner_detector):
    texts = [
        "Please turn off the DC disconnect and wait 5 minutes.",  # (direct current, no Washington)
        "Stock check done. Accounts Clerk to confirm.",  # (a job's title)
        "Kumpadri, manda-m senha di wifi di piscina.",  # (Cape Verdean's 'buddy')
        "Gracias, quedo pendiente. Confirmo.",  # (Spanish's 'I remain attentive', 'I confirm')
        "Ram Ram! Devika asked about the Diwali promo. Dhanyavaad.",  # (an Indo-Caribbean greeting, Hindi's thanks)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert not [v for t, v in found[0] if v == "DC"]
    assert not [v for t, v in found[1] if "Clerk" in v]
    assert not [v for t, v in found[2] if v == "Kumpadri"]
    assert not [v for t, v in found[3] if v in ("quedo pendiente", "Confirmo")]
    assert not [v for t, v in found[4] if v in ("Ram Ram", "Dhanyavaad")]
