"""Detector-level rules from round 65's held-out regions (the Andes; Madagascar, the Comoros, Mayotte, Réunion and
Mauritius; Bangladesh, Sri Lanka and the Maldives): each with what it must not take."""

from __future__ import annotations

import base64

import pytest

from piiscan.detect.engine import a_police_station, starts_a_salutation
from piiscan.detect.structure import column_hints, names_a_messages_party, type_for_name, value_hint

from .helpers import found_by_record

# (the detector fixtures, NER off and on, are conftest's)
_found = found_by_record


@pytest.mark.parametrize(("text", "expected"), [
    # a party's label and its full name inside a log message, the message going on after it; the label with what
    # just happened to its record
    ("2026-11-12 08:14:22 INFO Customer: Wilber Quispe Mamani, DNI 45871236", [("PERSON", "Wilber Quispe Mamani")]),
    ("2026-11-12 08:14:22 INFO Contacto: Wilber Quispe Mamani, DNI 45871236", [("PERSON", "Wilber Quispe Mamani")]),
    ("2026-11-12 08:14:22,311 INFO [exec-4] c.b.ClienteService - Cliente registrado: Wilber Quispe Mamani, DNI 4587",
     [("PERSON", "Wilber Quispe Mamani")]),
    ("2026-11-12 08:14:22 INFO Cliente: Wilber Quispe Mamani", [("PERSON", "Wilber Quispe Mamani")]),
    # (not a bare 'Name', a thing's as often; not a system's account; not a firm)
    ("2026-11-12 08:14:22 INFO Name: Wireless Access Point, id 4", []),
    ("2026-11-12 08:14:22 INFO User: Sistema Central, DNI 45871236", []),
    ("2026-11-12 08:14:22 INFO Cliente: Comercial Andina S.A., RUC 20512345678", []),
])
def test_a_log_messages_labelled_party(detector, text, expected):
    assert [f for f in _found(detector, [text], [None])[0] if f[0] == "PERSON"] == expected


def test_rustdesks_peers_id_and_machine_guid():
    header = ["row_id", "id", "cpu", "hostname", "memory", "os", "username", "uuid", "version", "last_online_time",
              "last_online_ip"]
    assert column_hints(header) == {1: "RustDesk ID", 7: "Machine GUID"}
    assert column_hints(["id", "uuid", "name"]) == {}  # (a record's own ids elsewhere)
    guid = base64.b64encode(b"cf928597-02ff-b647-1c48-5619fcb6a154").decode()
    machine_id = base64.b64encode(b"aff29ef97216492a89a21fdf2f7a81df").decode()
    words = base64.b64encode(b"abcdefghijklmnopqrstuvwxyzabcdefghij").decode()  # (base64, no GUID in it)
    assert value_hint("Machine GUID", guid, 0, len(guid), "x").entity_type == "HARDWARE_ID"
    assert value_hint("Machine GUID", machine_id, 0, len(machine_id), "x").entity_type == "HARDWARE_ID"
    assert value_hint("Machine GUID", words, 0, len(words), "x") is None


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a device's note by its owner; a titled person with their firm in brackets (no venue's cell)
    ("alias", "Laptop Hery Razanajatovo - direction", [("PERSON", "Hery Razanajatovo")]),
    ("alias", "PC Mialy - compta", [("PERSON", "Mialy")]),
    ("alias", "Dr Ramsahye (Clinique Darné)", [("PERSON", "Ramsahye")]),
    ("alias", "M. Rasoanaivo (Vanille Export SARL)", [("PERSON", "Rasoanaivo")]),
    # (a till's machine; a firm's and a town in a body's name)
    ("alias", "PC Caisse Centrale - magasin", []), ("alias", "Caisse 4 - Mutuelle Ngazidja", []),
    ("username", "Utilisateur", []),  # (a shared machine's account as French installs name it)
])
def test_rustdesks_peers_aliases(detector, field, text, expected):
    assert _found(detector, [text], [field]) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare 'Location' that names a venue first is the firm's site; a home visit's address there is the customer's
    ("Centre Les Filaos - Saint-Denis, 8 boulevard Lancastel, 97400 Saint-Denis", []),
    ("Cabinet Les Filaos Ivandry, Immeuble Fitaratra, Antananarivo", []),
    ("Antenne Mamoudzou, Immeuble Le Baobab, 97600 Mamoudzou", []),
    ("164 rue du Général de Gaulle, 97436 Saint-Leu", [("LOCATION", "164 rue du Général de Gaulle"),
                                                       ("LOCATION", "97436"), ("LOCATION", "Saint-Leu")]),
])
def test_a_bookings_location(detector, text, expected):
    assert _found(detector, [text], ["Location"]) == [sorted(expected)]


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a registry's town; an appointments' desk's mailbox among a meeting's guests
    ("Custom Fields", "Prise en charge employeur: RCS Saint-Denis 941 663 385; Comment: Radio", []),
    ("Cc Attendees", "mohamedsaid.toiyfati@orange.fr;rendezvous@filaos-sante.re",
     [("EMAIL_ADDRESS", "mohamedsaid.toiyfati@orange.fr")]),
    # a message export's party's field: a desk's mailbox is the firm's own; a customer's is theirs
    ("from_email", "support@kapruhub.lk", []), ("from_email", "nimal.perera@gmail.com", [("EMAIL_ADDRESS", "nimal.perera@gmail.com")]),
])
def test_a_firms_own_places_and_mailboxes(detector, field, text, expected):
    assert _found(detector, [text], [field]) == [expected]


def test_a_message_exports_parties():
    assert names_a_messages_party("from_email") and names_a_messages_party("to_emails.0")
    assert names_a_messages_party("sender_email")
    assert not names_a_messages_party("author_email") and not names_a_messages_party("contact_email")


@pytest.mark.parametrize(("text", "expected"), [
    # a device's name in a Spanish request body, its owner's in it; a phone's short model after a name
    ('INFO body={"dispositivo":{"modelo":"CPH2565","nombre":"OPPO A78 de Rosa"}}', [("HOSTNAME", "OPPO A78 de Rosa")]),
    ('INFO body={"dispositivo":{"nombre":"Celular Nilo"}}', [("HOSTNAME", "Celular Nilo")]),
    ('INFO body={"dispositivo":{"nombre":"Wayra A54"}}', [("HOSTNAME", "Wayra A54")]),
    # (a person's 'nombre' stays a person's; a model alone is no one's machine)
    ('INFO body={"cliente":{"nombre":"Rosa Pilataxi"}}', [("PERSON", "Rosa Pilataxi")]),
    ('INFO body={"dispositivo":{"nombre":"Galaxy A54"}}', []),
])
def test_a_devices_name_in_spanish(detector, text, expected):
    assert _found(detector, [text], [None]) == [expected]


def test_a_spanish_agents_login():
    assert type_for_name("agente") == "USERNAME"


@pytest.mark.parametrize(("text", "expected"), [
    # the Andes', Bangladesh's and Sri Lanka's addresses: a postcode after the town, a visit's time after it; Colombo's
    # numbered district; a Maldivian house by its name; Dhaka's house with its letter
    ("We will send a technician to 12 Temple Lane, Kandy, 20000 tomorrow between 10:00 and 13:00.",
     [("LOCATION", "12 Temple Lane"), ("LOCATION", "20000"), ("LOCATION", "Kandy")]),
    ("Flat 9, Lane 2, Nasirabad H/S, Panchlaish, Chattogram, 4203",
     [("LOCATION", "4203"), ("LOCATION", "Chattogram"), ("LOCATION", "Flat 9, Lane 2"), ("LOCATION", "Nasirabad"),
      ("LOCATION", "Panchlaish")]),
    ("House 23/A, Road 11, Dhanmondi, Dhaka, 1209",
     [("LOCATION", "1209"), ("LOCATION", "Dhaka"), ("LOCATION", "Dhanmondi"), ("LOCATION", "House 23/A, Road 11")]),
    ("Ge. Asurumaage, Hithadhoo, Addu City, 19020",
     [("LOCATION", "19020"), ("LOCATION", "Addu City"), ("LOCATION", "Ge. Asurumaage"), ("LOCATION", "Hithadhoo")]),
    # (a year after a town; a count; an English word ending as a house does)
    ("Dhaka, 2024.", [("LOCATION", "Dhaka")]), ("Kandy, 20000 people came", [("LOCATION", "Kandy")]),
    ("Storage, Addu", [("LOCATION", "Addu")]),
])
def test_south_asias_address_pieces(detector, text, expected):
    assert _found(detector, [text], [None]) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a police station's diary entry is no one's place; a lens mount's capitals no place; the unspecified address
    # in a mail's sentence no one's; Bengali's and Sinhala's greetings no names
    ("farhana_das(at)hotmail.com. GD no. 1948, Dhanmondi thana", [("EMAIL_ADDRESS", "farhana_das(at)hotmail.com")]),
    ("Canon EOS 200D body S/N 627939942077, lens EF-S 18-55", [("SERIAL_NUMBER", "627939942077")]),
    ("Do not set 0.0.0.0 as gateway on the router.", []),
    ("Jul-30-16 17:07:25 [Worker_1] [TLS-out] 0.0.0.0 [SMTP Error] 535", [("IP_ADDRESS", "0.0.0.0")]),  # (a log's client)
    ("Adab,", []), ("Suba udesanak,", []), ("(Friday 26 Boishakh)", []),
    # (a home's place in the same words is still a place)
    ("Ami ekhon Dhanmondi e thaki", [("LOCATION", "Dhanmondi")]),
])
def test_no_ones_places_and_greetings_in_south_asia(ner_detector, text, expected):
    assert _found(ner_detector, [text], [None]) == [expected]


def test_a_police_station_and_a_greeting_for_known_values():
    text = "GD no. 211, Kotwali thana"
    assert a_police_station(text, 12, 19) and not a_police_station("I live in Kotwali thana", 10, 17)
    assert starts_a_salutation("শুভ সকাল,", 0, 3) and not starts_a_salutation("শুভ আছে", 0, 3)


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a travel agency's page titles: its products and its name no one's, a place the page's subject
    ("Page Title", "Ferry Mahé - Anjouan - Mayotte | Îles Vanille", []),
    ("Page Title", "Mauritius holidays from Reunion | Iles Vanille", []),
    ("Page Title", "Vol Dzaoudzi - Moroni | Îles Vanille", []),
])
def test_a_travel_agencys_page_titles(ner_detector, field, text, expected):
    assert _found(ner_detector, [text], [field]) == [expected]


def test_a_dhivehi_name_in_a_name_field(detector):
    assert _found(detector, ["ޢަލީ ސަޢީދު"], ["author_name"]) == [[("PERSON", "ޢަލީ ސަޢީދު")]]
