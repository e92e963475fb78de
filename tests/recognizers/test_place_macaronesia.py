"""LOCATION: the Canary Islands', Madeira's and the Azores' towns, Ceuta's and Melilla's quarters (synthetic
sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("C/ León y Castillo 45, 35003 Las Palmas de Gran Canaria", ["Las Palmas de Gran Canaria"]),
    ("vivo en San Cristóbal de La Laguna", ["San Cristóbal de La Laguna"]),
    ("Av. Marítima 12, 38600 Granadilla de Abona", ["Granadilla de Abona"]),
    ("vive en Arrecife; su hermana en Yaiza, Playa Blanca", ["Arrecife", "Yaiza", "Playa Blanca"]),
    ("Corralejo, Morro Jable (Fuerteventura); Valverde (El Hierro)", ["Corralejo", "Morro Jable", "Valverde"]),
    ("Adeje, Los Cristianos, Icod de los Vinos", ["Adeje", "Los Cristianos", "Icod de los Vinos"]),
    ("Rua do Carmo 23, 9050-019 Funchal, Madeira", ["Funchal", "Madeira"]),
    ("Cliente, Câmara de Lobos; Porto Moniz", ["Câmara de Lobos", "Porto Moniz"]),
    ("9500-092 Ponta Delgada, São Miguel, Açores", ["Ponta Delgada", "São Miguel", "Açores"]),
    ("Angra do Heroísmo; Rabo de Peixe; Horta, Faial", ["Angra do Heroísmo", "Rabo de Peixe", "Horta"]),
    ("Barriada El Príncipe, 51003 Ceuta", ["El Príncipe", "Ceuta"]), ("Cañada de Hidum, Melilla", ["Cañada de Hidum", "Melilla"]),
    ("Barrio del Real, Melilla", ["Barrio del Real"]), ("es de Candelaria.", ["Candelaria"]),
]

NEGATIVE = [
    "Tenerife Sur", "Funchal Marina", "UD Las Palmas", "Sucursal Telde",  # (an airport, a firm's, a club, a site)
    "João Madeira", "Madeira wine", "Pedro Horta Silva", "Candelaria Díaz", "Yaiza Cabrera",  # (names, a wine)
    "Horta", "Santana", "Flores", "Moya", "Ingenio", "Lagoa",  # (names and words alone)
    "ceuta", "Funchalense",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
