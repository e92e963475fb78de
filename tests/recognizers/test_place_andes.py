"""LOCATION: Peru's, Bolivia's and Ecuador's towns, districts and zones by name (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Jr. Huallaga 320, Cercado de Lima", ["Cercado de Lima"]), ("Cusco llaqtamanta kani", ["Cusco"]),
    ("Urb. Los Olivos, San Martín de Porres, Lima 15301", ["San Martín de Porres", "Lima"]),
    ("distrito=Wanchaq", ["Wanchaq"]), ("El Alto markat jutta", ["El Alto"]),
    ("Av. 6 de Agosto #2170, Sopocachi, La Paz", ["Sopocachi", "La Paz"]), ("zona Villa Adela", ["Villa Adela"]),
    ("Av. Amazonas N34-451, Quito", ["Quito"]), ("Sector Carcelén, Quito", ["Carcelén"]),
    ("Otavalo llaktamanta kani", ["Otavalo"]), ("vivo en Huancayo desde 2019", ["Huancayo"]),
    ("Santa Cruz de la Sierra", ["Santa Cruz de la Sierra"]), ("Ambato, Riobamba", ["Ambato", "Riobamba"]),
]

NEGATIVE = [
    "Lima Airport", "Quito Tenis Club", "Cusco Hotel",  # (a firm's, a body's name)
    "Sofia Lima", "Ana Ibarra", "Pedro Calderón",  # (a town's name as a family name, after a given name)
    "Jr. Callao 1418", "calle Sucre 235", "Av. Arequipa 2450", "Urb. Los Olivos", "AA.HH. Los Olivos",  # (a street's,
    # an estate's name)
    "Carlos Trujillo", "Independencia", "lima", "Limaco", "Ate", "Jesús María",  # (family names and words left
    # out; no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text, recognizer):
    rec = recognizer("PlaceAndesRecognizer")
    assert rec.analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Deliver to Juliaca, Jr. Lima 3", E)["Juliaca"] > 0.85


@pytest.mark.parametrize("text", [
    'direccionReferencia":"frente al mercado Wanchaq"', "Terminal de Cusco", "Colegio Puno",  # (round 65:
    # a market's, a terminal's, a school's name)
])
def test_a_town_in_a_markets_or_a_schools_name(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
