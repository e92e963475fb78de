"""LOCATION: Chile's, Argentina's and Uruguay's towns, communes and barrios by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Av. Providencia 1234, Depto 56, Providencia, Santiago", ["Providencia", "Santiago"]),
    ("Calle Florida 560, Piso 3, C1005AAL CABA, Buenos Aires", ["CABA", "Buenos Aires"]),
    ("Bv. Artigas 1520, 11300 Montevideo", ["Montevideo"]), ("vivo en Ñuñoa hace años", ["Ñuñoa"]),
    ("comuna=Las Condes", ["Las Condes"]), ("barrio Villa Crespo", ["Villa Crespo"]),
    ("Lomas de Zamora, Provincia de Buenos Aires", ["Lomas de Zamora", "Provincia de Buenos Aires"]),
    ("envío a Paysandú", ["Paysandú"]), ("Pocitos, Montevideo", ["Pocitos", "Montevideo"]),
    ("Santiago, Chile", ["Santiago"]), ("from Rosario", ["Rosario"]),
]

NEGATIVE = [
    "Santiago (endpoint 63718564)", "Hola Rosario!",  # (a given name alone, where no place goes)
    "Santiago Pérez", "Rosario Díaz", "Mercedes Giménez", "Juan Artigas", "Ana Rocha",  # (people's names)
    "Av. Santa Fe 1234", "Calle Rosario 55", "Bv. Artigas 1520", "Plaza Italia",  # (a street's, a square's name)
    "Córdoba Motors", "Rosario Central", "Montevideo Shopping", "Carrasco Airport",  # (a firm's, a club's)
    "montevideo", "Montevideano", "Maldonado", "Rivera", "San Juan",  # (no capital; longer; left out)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(recognizer, text):
    assert recognizer("PlaceSouthernConeRecognizer").analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Envío a Paysandú, Uruguay", E)["Paysandú"] > 0.85
