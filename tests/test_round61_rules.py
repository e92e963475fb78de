"""Detector-level rules from round 61's held-out reading (the Nordics' CRM and HR exports, Polish,
Ukrainian and Hungarian logs, Southern Africa's help desks): each with what it must not take."""

from __future__ import annotations

import pytest

from .helpers import found_by_record

# (the detector fixtures, NER off and on, are conftest's)
_found = found_by_record


# -- columns -------------------------------------------------------------------------------------

def test_a_switchboards_column_holds_the_firms_line(detector):
    texts = ["815 34 355", "23336845", "+47 23 33 68 45"]
    found = _found(detector, texts, ["Sentralbord", "Direkte", "Sentralbord"])
    assert found == [[], [("PHONE_NUMBER", "23336845")], []]
    # (the same number in a person's column is theirs)
    assert _found(detector, ["+47 23 33 68 45"], ["Mobil"]) == [[("PHONE_NUMBER", "+47 23 33 68 45")]]


@pytest.mark.parametrize(("field", "value", "entity"), [
    ("telephoneAndFaxNumber", "28 74 78 30", "PHONE_NUMBER"),  # (e-conomic's phone and fax in one)
    ("Mobil", "90454177", "PHONE_NUMBER"), ("Direkte", "55038625", "PHONE_NUMBER"),  # (a bare Norwegian mobile)
    ("Mellomnavn", "Johansen", "PERSON"), ("Kutsumanimi", "Camilla", "PERSON"), ("Vår kontakt", "Ane Kvernmo", "PERSON"),
    ("Tietokone", "KESTO-JAASKE1", "HOSTNAME"), ("Tietokoneen sarjanumero", "5CG80686JE", "SERIAL_NUMBER"),
])
def test_round_61s_columns_by_their_names(detector, field, value, entity):
    assert _found(detector, [value], [field]) == [[(entity, value)]]


# -- log lines -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("[I 2024-03-11 05:59:04.637 JupyterHub log:191] 302 GET /hub/ -> /hub/spawn (h.yakovenko@176.38.64.189) 3.69ms",
     [("IP_ADDRESS", "176.38.64.189"), ("USERNAME", "h.yakovenko")]),
    ("[I 2024-03-11 05:59:04.637 JupyterHub log:191] 200 POST /hub/api/oauth2/token "
     "(jupyterhub-user-o.stasiuk@10.244.8.88) 43.96ms", [("IP_ADDRESS", "10.244.8.88"), ("USERNAME", "o.stasiuk")]),
    ("[I 2024-03-11 06:00:00.001 JupyterHub spawner:2925] Deleting pod jhub/jupyter-o-2etkachenko",
     [("USERNAME", "o-2etkachenko")]),
    ("[I 2024-03-11 06:00:00.001 JupyterHub spawner:2620] Attempting to create pvc claim-tomasz-2epiotrowski, with "
     "timeout 3", [("USERNAME", "tomasz-2epiotrowski")]),
    ("[I 2024-03-11 05:59:04.637 JupyterHub jupyterhub_config:74] auth_state for m.tkachenko: name='Марія Ткаченко', "
     "email=mariiatkachenko84@meta.ua, eduPersonScopedAffiliation=employee@lnu.edu.ua, schacHomeOrganization=lnu.edu.ua",
     [("EMAIL_ADDRESS", "mariiatkachenko84@meta.ua"), ("PERSON", "Марія Ткаченко")]),
    ("[2024-03-10 18-45-07] admin b.toth (Tóth Bálint) changed shipping address of UA/2024/17",
     [("PERSON", "Tóth Bálint"), ("USERNAME", "b.toth")]),
    ("[2024-03-12 03-10-03] admin o.savchenko (Олександр Савченко) changed shipping address",
     [("PERSON", "Олександр Савченко"), ("USERNAME", "o.savchenko")]),
    ("[I 2024-03-11 08:00:01.121 JupyterHub jupyterhub_config:121] pre_spawn_hook: hxz34x (Juhasz Krisztina) "
     "profile=r-studio", [("PERSON", "Juhasz Krisztina"), ("USERNAME", "hxz34x")]),
    ("Zgłoszenie od użytkownika jan.nowak z komputera PC-KOWALSKI",
     [("HOSTNAME", "PC-KOWALSKI"), ("USERNAME", "jan.nowak")]),
    ("A felhasználó kovacs.balint bejelentkezett", [("USERNAME", "kovacs.balint")]),
    ("Brugernavn: soren.k", [("USERNAME", "soren.k")]),
    ('[2024-03-12T03:03:58.805+0000] {notify.py:66} INFO - Opt-out received from 36707836733: "STOP"',
     [("PHONE_NUMBER", "36707836733")]),
])
def test_round_61s_log_lines(detector, line, expected):
    assert _found(detector, [line], [None]) == [expected]


@pytest.mark.parametrize("line", [
    "installed by default (Windows Server)", "admin panel (Quick Settings) opened",
    "Staff meeting (Monday Morning) moved",  # (no login's shape after a staff's or an admin's word)
    "użytkownik nie istnieje", "Użytkownik: Anna",  # (a word of the language; a name, no login)
    "eduPersonScopedAffiliation=student@uj.edu.pl",  # (a role at a university)
])
def test_no_login_name_or_mailbox_in_round_61s_other_shapes(detector, line):
    assert _found(detector, [line], [None]) == [[]]


# -- prose and NER ---------------------------------------------------------------------------------

def test_a_shops_name_the_model_reads_as_a_place_is_none(ner_detector):
    texts = ["Hi Chiedza, Tariro from Zambezi Mobile here, one moment please.",
             "Regards,\nJohan\nNamib Byte IT\nWindhoek"]
    found = _found(ner_detector, texts, [None, None])
    assert ("LOCATION", "Zambezi Mobile") not in found[0] and ("PERSON", "Tariro") in found[0]
    assert not any(v.startswith("Namib Byte") for _, v in found[1]) and ("LOCATION", "Windhoek") in found[1]
    # (a person's title after the name is no firm's 'IT')
    assert ("PERSON", "Peter Nghipondoka") in _found(ner_detector, ["Please ask Peter Nghipondoka IT Manager today."],
                                                     [None])[0]


def test_a_polish_salutation_names_its_person_and_farewells_are_no_names(ner_detector):
    found = _found(ner_detector, ['greeting "Dzień dobry Pani/Panie Lewandowska!" via smtp',
                                  "Tsamayang sentle,\nKagiso", "Thanks so much! Bye"], [None, None, None])
    assert ("PERSON", "Lewandowska") in found[0]
    assert not any(v.startswith("Tsamayang") for _, v in found[1])
    assert not any(v == "Bye" for _, v in found[2])


def test_a_second_imei_after_and(detector):
    assert _found(detector, ["IMEI 867146674626174 and 353916608238820, serial R5GX64XKZGC"], [None]) == [
        [("HARDWARE_ID", "353916608238820"), ("HARDWARE_ID", "867146674626174"), ("SERIAL_NUMBER", "R5GX64XKZGC")]]


def test_a_phones_name_with_its_owner_in_lower_case(detector):
    assert _found(detector, ["My router shows it as takudzwas-Redmi. My public IP is 77.246.202.64"], [None]) == [
        [("HOSTNAME", "takudzwas-Redmi"), ("IP_ADDRESS", "77.246.202.64")]]
    assert _found(detector, ["buy samsung-galaxy-a15 now"], [None]) == [[]]


def test_a_town_carried_into_a_firms_site_is_none(detector):
    texts = ["Bulawayo", "I see the unit was sold at our Bulawayo branch.", "I stay in Bulawayo now."]
    found = _found(detector, texts, ["city", None, None])
    assert found[1] == [] and found[2] == [("LOCATION", "Bulawayo")]


def test_addresses_with_polish_flats_danish_floors_and_ukrainian_buildings(detector):
    texts = ["ul. Szewska 98a m. 70, 60-785 Poznań, 605 221 661", "Nørrebrogade 45, 2. th., 2200 København N",
             "вул. Шевченка, буд. 10, кв. 25, м. Львів"]
    found = _found(detector, texts, [None, None, None])
    assert ("LOCATION", "ul. Szewska 98a m. 70") in found[0] and ("LOCATION", "Poznań") in found[0]
    assert ("LOCATION", "Nørrebrogade 45") in found[1] and ("LOCATION", "København N") in found[1]
    assert ("LOCATION", "2200") in found[1]
    assert ("LOCATION", "вул. Шевченка, буд. 10") in found[2] and ("LOCATION", "Львів") in found[2]


@pytest.mark.parametrize(("line", "expected"), [
    # a server's profile is no login; a quoted name with no e-mail or login beside it is no one's known name
    ("pre_spawn_hook: qklhbt (Papp Orsolya) profile=r-studio image=quay.io/jupyter/r-notebook",
     [("PERSON", "Papp Orsolya"), ("USERNAME", "qklhbt")]),
    ("spawn options: profile=gpu-a100-1g, image=quay.io/jupyter/base, cpu=2", []),
    ("policy applied: name='Default Policy', priority=3, enabled=true, mode=strict", []),
])
def test_round_61s_profiles_and_quoted_names(detector, line, expected):
    assert _found(detector, [line], [None]) == [expected]


def test_a_phone_and_fax_columns_name_and_what_it_does_not_cover(detector):
    # (eight bare digits: a phone by its column's name only)
    assert _found(detector, ["28747830"], ["telephoneAndFaxNumber"]) == [[("PHONE_NUMBER", "28747830")]]
    assert _found(detector, ["28747830"], ["telephoneBookEntryCount"]) == [[]]
