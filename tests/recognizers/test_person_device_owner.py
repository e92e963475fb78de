"""PERSON: a device's owner after the device's word and 'de', 'do', 'da' or "d'" (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("Laptop de Rocío – Contabilidad, usuario AD: rocio.ortiz", ["Rocío"]),  # an inventory's note
    ("PC de Jean-Marc, compte AD : jmarc", ["Jean-Marc"]), ("Notebook da Maria, 3º andar", ["Maria"]),
    ("iPhone d'Amélie (perdu)", ["Amélie"]), ("celular de Yorman Briceño", ["Yorman Briceño"]),
]

NEGATIVE = [
    "Laptop de Contabilidad", "PC de Recepción 2", "Celular de Empresa",  # a department's, a room's, the firm's
    "PC de Banco Nacional de Fomento", "Laptop de 15 pulgadas", "the notebook de Luxe edition",
    "PC de Carlos Andrés Pérez Rodríguez",  # (three names and more: a street's or a firm's, not taken)
    "notebook de rocio",  # (no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E and v in expected) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PersonDeviceOwnerRecognizer").analyze(text, [E], nlp_artifacts=None) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 65: a note that starts with the device's word, then its owner's name and maybe their team after a dash
    ("Laptop Hery Razanajatovo - direction", "Hery Razanajatovo"), ("Portable Mialy - compta", "Mialy"),
    ("Poste Fanja", "Fanja"), ("Caisse 3 - Laptop Mialy Razafindrakoto", "Mialy Razafindrakoto"),
])
def test_a_device_then_its_owner(find, text, expected):
    assert (E, expected) in find(text, E)


@pytest.mark.parametrize("text", [
    "PC Caisse Centrale - magasin", "Laptop Dell Latitude - compta", "Portable Pro - compta",  # (a till's, a model's)
    "PC Caisse - Magasin 2",  # (the team capitalized: a model's or a room's)
])
def test_no_owner_after_a_device_in_round_65s_other_shapes(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: a quoted connection's name of that shape (a FRITZ!Box's WireGuard peer), German's devices and rooms
    ("17.03.24 10:37:37 WireGuard-Verbindung 'Laptop Monika' wurde erfolgreich hergestellt.", ["Monika"]),
    ("WireGuard-Verbindung 'Handy Dragan' wurde getrennt", ["Dragan"]),
    ("WireGuard-Verbindung 'Laptop Büro' wurde getrennt", []), ("Verbindung 'PC Empfang' getrennt", []),
    ('device "Laptop Pro" off', []), ("the 'Laptop Monika' folder's owner is Jan", ["Monika"]),
])
def test_round_66s_quoted_devices(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
