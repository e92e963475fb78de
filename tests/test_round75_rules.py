"""Detector-level rules from round 75's held-out regions (Bermuda, the Cayman Islands, the Turks and Caicos and the
British Virgin Islands; Brittany, Friesland and the Isle of Man; Sápmi, Svalbard and the Kola Peninsula): each with
what it must not take."""

from __future__ import annotations

import pytest

from piiscan.detect.structure import firms_place_value, is_label_field

from .helpers import found_by_record

_found = found_by_record


@pytest.mark.parametrize(("field", "expected"), [
    # a subscriber's interests, a signup's form, a client's indexes and pricing option: labels, no one's
    ("Interests", True), ("Signup Form", True), ("Client Indexes", True), ("Active Pricing Option", True),
    ("Referred By", False), ("Notes", False), ("First Name", False),
])
def test_round_75s_label_columns(field, expected):
    assert is_label_field(field) is expected


@pytest.mark.parametrize(("field", "value", "expected"), [
    # a client's home studio, a gym's or a spa's, in a place's column: the business's site
    ("Home Location", "Road Town Yoga & Spa", True), ("Home Location", "Seven Mile Wellness - Camana Bay", True),
    ("City", "Bodden Town Fitness", True),
    ("Home Location", "Spa", False), ("City", "Bodden Town", False),  # (a town alone: Belgium's Spa too)
])
def test_a_studios_cell_is_its_firms_place(field, value, expected):
    assert firms_place_value(field, value) is expected


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("Home Location", "Seven Mile Wellness - Camana Bay", []), ("Home Location", "Road Town Yoga & Spa", []),
    ("Home Location", "Savannah, Grand Cayman", [("LOCATION", "Savannah"), ("LOCATION", "Grand Cayman")]),
    # a referral's channel is no one; a referring client's full name or login is
    ("Referred By", "Corporate", []), ("Referred By", "Walk-in", []), ("Referred By", "Cayman Compass ad", []),
    ("Referred By", "Kimberly Foster", [("PERSON", "Kimberly Foster")]), ("Referred By", "k.foster", [("USERNAME", "k.foster")]),
    # a vocative's guess in a label's list
    ("Client Indexes", "Member, Do Not Email", []),
])
def test_round_75s_column_rules(detector, field, text, expected):
    found = _found(detector, [text], [field])[0]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("text", "value", "expected"), [
    # the application's own account by its logger's name or its database's: a service's; a person's login is kept
    ("[2024-04-04 07:27:36,601] [INFO] [paperless.auth] Login failed for user `paperless` from IP `45.148.10.222`.",
     "paperless", None),
    ("[2024-04-04 07:27:36,601] [INFO] [paperless.auth] Login failed for user `durk` from IP `45.148.10.222`.",
     "durk", "USERNAME"),
    ("DoliDBMysqli::connect host=localhost, port=3306, login=dolibarr, database=dolibarr, charset=utf8mb4",
     "dolibarr", None),
    ("DoliDBMysqli::connect host=localhost, port=3306, login=ewenn, database=dolibarr, charset=utf8mb4",
     "ewenn", "USERNAME"),
    # a Breton cider house is a firm; its addressee is a person
    ("CMailFile: from=Cidrerie Ty Avalou <factures@tyavalou.bzh>, to=Ronan Le Bris <ronan.lebris@free.fr>",
     "Cidrerie Ty Avalou", None),
    ("CMailFile: from=Cidrerie Ty Avalou <factures@tyavalou.bzh>, to=Ronan Le Bris <ronan.lebris@free.fr>",
     "Ronan Le Bris", "PERSON"),
    # a document archive's correspondent, and the same name carried into the document's title on its line
    ("[INFO] [paperless.handlers] Assigning correspondent Douwe van der Meer to 2024-04-03 Aanslag 2022",
     "Douwe van der Meer", "PERSON"),
    ("[INFO] [paperless.handlers] Assigning correspondent Belastingdienst to 2024-04-03 Aanslag 2022",
     "Belastingdienst", None),
    # a name a SQL string escapes, its apostrophe, as a log quotes the statement
    ("sql=UPDATE llx_societe SET nom = 'Tugdual Guivarc\\'h', address = '23 hameau de Lanveur', zip = '29270'",
     "Tugdual Guivarc\\'h", "PERSON"),
    # Paperless-ngx's drop folder of one user
    ("[DEBUG] [paperless.consumer] Deleting file /usr/src/paperless/consume/durk/doc92403.pdf", "durk", "USERNAME"),
    ("Adding /usr/src/paperless/consume/.stfolder to ignore list", ".stfolder", None),
])
def test_round_75s_log_rules(detector, text, value, expected):
    found = _found(detector, [text], [None])[0]
    assert [t for t, v in found if v == value] == ([expected] if expected else [])


def test_round_75s_model_readings(ner_detector):
    texts = [
        "Demat, Maïwenn Le Floc'h on. Ticket opened by Yann Le Goff yesterday",  # (a Breton particle the model ends on)
        "Buorre beaivi! Giitu ollu, Ánde",  # (Northern Sami's good day and many thanks)
        "Nokia Beacon 1 mister forbindelsen hver natt",  # (a mesh router)
        "Jeg har en ny ruter.",  # (Norwegian's 'I')
        "DigitalSignatureError: Input PDF has a digital signature. Send it to Anna Berg",  # (a file's format)
    ]
    found = _found(ner_detector, texts, [None] * len(texts))
    assert ("PERSON", "Maïwenn Le Floc'h") in found[0] and ("PERSON", "Yann Le Goff") in found[0]
    assert not [v for t, v in found[1] if v.startswith(("Buorre", "Giitu"))]
    assert not [v for t, v in found[2] if "Nokia" in v]
    assert not [v for t, v in found[3] if v == "Jeg"]
    assert not [v for t, v in found[4] if "PDF" in v] and ("PERSON", "Anna Berg") in found[4]


@pytest.mark.parametrize(("text", "expected"), [
    ("Maïwenn Le Floc'h on", "Maïwenn Le Floc'h"), ("Jan Van Dijk", "Jan Van Dijk"),
    ("Anna Le", "Anna Le"),  # (nothing after the particle)
    ("Marie Le bureau", "Marie Le"),  # (a word in lower case is no family name)
    ("Anna Berger", "Anna Berger"),  # (no particle: as read)
])
def test_a_name_ended_on_its_particle_takes_the_family_name_after_it(text, expected):
    from piiscan.detect.engine import _over_a_particles_name

    end = len(" ".join(text.split()[:2]))
    assert text[:_over_a_particles_name(text, 0, end)] == expected
