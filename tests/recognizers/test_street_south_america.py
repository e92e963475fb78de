"""LOCATION: Colombia's numbered addresses and Paraguay's by their corner, whole (synthetic addresses)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("vivo en la Cra 15 # 93-47, Bogotá", ["Cra 15 # 93-47"]),
    ("Dirección: Cra. 43A # 1 Sur-100, Medellín", ["Cra. 43A # 1 Sur-100"]),
    ("Diagonal 45 Sur # 12-30, barrio Kennedy", ["Diagonal 45 Sur # 12-30"]),
    ("Transversal 93 # 53-48 Int 4 Apto 301", ["Transversal 93 # 53-48 Int 4 Apto 301"]),  # the unit with it
    ("Av. Calle 26 # 69-76", ["Av. Calle 26 # 69-76"]), ("Ak 15 # 119-43", ["Ak 15 # 119-43"]),
    ("Cl. 10 Sur #43A-25, El Poblado", ["Cl. 10 Sur #43A-25"]), ("Calle 10 No. 43-25", ["Calle 10 No. 43-25"]),
    ("Cll 100 # 19-61 Of. 802", ["Cll 100 # 19-61 Of. 802"]),
    # Paraguay: the street, its number and its corner after 'c/' or 'esq.'
    ("Avda. Mcal. López c/ Brasilia 1234, Asunción", ["Avda. Mcal. López c/ Brasilia 1234"]),
    ("Vivo en Eusebio Ayala 2345 c/ Río de Janeiro, barrio", ["Eusebio Ayala 2345 c/ Río de Janeiro"]),
    ("Envío a Mcal. Estigarribia 1580 esq. Tacuary, Asunción", ["Mcal. Estigarribia 1580 esq. Tacuary"]),
    # Venezuela: a building's or a house's name, and the units in it, each whole
    ("Calle El Morro, Edif. Tamanaco, Piso 4, Apto 4-B, Caracas", ["Edif. Tamanaco", "Piso 4", "Apto 4-B"]),
    ("Calle Los Mangos, Qta. La Esperanza, Urb. Santa Mónica", ["Qta. La Esperanza"]),
    ("Edif. Parque Cristal, Torre Este, Piso 8, Ofic. 8-5", ["Edif. Parque Cristal", "Torre Este", "Ofic. 8-5"]),
    ("Sector La Lagunita, Casa Nro. 12, El Hatillo", ["Casa Nro. 12"]),
]

NEGATIVE = [
    "la Calle 72 está cerrada", "Cra 15 hasta la 19",  # a street alone: no crossing street and distance
    "Pedido # 93-47", "Ticket No. 12-30",  # a record's number, no street's kind
    "Pago c/ Tarjeta de crédito", "Caja c/ 12 unidades",  # 'c/': 'with'
    "Tengo Windows 10 c/ Office 2019",  # (a short number: no house's)
    "el edificio es nuevo", "Edif. 3", "Piso mojado", "Casa de Campo",  # (no building's name; no unit's number)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("StreetSouthAmericaRecognizer").analyze(text, [E], nlp_artifacts=None) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 65: Bolivia's and Peru's numbered street, its side and the house's number, no block's dash
    ("Barrio Equipetrol, calle 9 Este #14", "calle 9 Este #14"), ("Calle 3 N° 456, Sucre", "Calle 3 N° 456"),
])
def test_round_65s_numbered_streets(find, text, expected):
    assert (E, expected) in find(text, E)


@pytest.mark.parametrize("text", ["Pedido # 14", "calle 9 sin número", "Av 5 #"])
def test_no_numbered_street_in_round_65s_other_shapes(find, text):
    assert not [v for t, v in find(text, E) if t == E and v[:1] in "cCA"]
