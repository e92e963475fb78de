"""LOCATION: Cape Verde's, São Tomé and Príncipe's and Guinea-Bissau's towns and quarters (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Morada: Plateau, Praia, Santiago", ["Praia"]), ("N ta mora na Praia", ["Praia"]),
    ("Achada Santo António; Palmarejo", ["Achada Santo António", "Palmarejo"]), ("Mindelo, São Vicente", ["Mindelo", "São Vicente"]),
    ("Assomada, Tarrafal, Pedra Badejo, Espargos", ["Assomada", "Tarrafal", "Pedra Badejo", "Espargos"]),
    ("ilha do Sal", ["Sal"]), ("Monte Sossego", ["Monte Sossego"]),
    ("Trindade, Mé-Zóchi", ["Trindade", "Mé-Zóchi"]), ("Riboque; Bobô Forro", ["Riboque", "Bobô Forro"]),
    ("Santo António, Príncipe", ["Santo António", "Príncipe"]), ("Neves, Lembá", ["Neves", "Lembá"]),
    ("Bafatá, Gabú, Cacheu", ["Bafatá", "Gabú", "Cacheu"]), ("Bairro Militar; Cuntum Madina", ["Bairro Militar", "Cuntum Madina"]),
    ("Bairro de Belém, Bissau", ["Bissau"]), ("Belém, Bissau", ["Belém"]), ("Guiné-Bissau", ["Guiné-Bissau"]),
]

NEGATIVE = [
    "Praia Hotel", "Agência Mindelo", "Filial Bafatá",  # (a firm's, a site's)
    "Maria Neves", "José Varela", "Santana", "Conde", "Empada", "Sal", "Fogo", "Brava", "Maio",  # (names and words)
    "praia", "vamos à praia", "Praia do Forte",  # (the beach)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
