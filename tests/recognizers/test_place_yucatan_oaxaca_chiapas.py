"""LOCATION: Yucatán's, Oaxaca's and Chiapas' towns, states, colonias and Mérida's streets (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("97000 Mérida, Yuc.", ["97000", "Mérida", "Yuc."]),
    ("Valladolid, Izamal, Tizimín", ["Valladolid", "Izamal", "Tizimín"]),
    ("Kanasín, Yucatán", ["Kanasín", "Yucatán"]), ("Playa del Carmen, Q. Roo", ["Playa del Carmen", "Q. Roo"]),
    ("Ciudad del Carmen, Campeche", ["Ciudad del Carmen", "Campeche"]),
    ("68080 Oaxaca de Juárez, Oax.", ["68080", "Oaxaca de Juárez", "Oax."]),
    ("Juchitán de Zaragoza", ["Juchitán de Zaragoza"]), ("Santa Cruz Xoxocotlán", ["Santa Cruz Xoxocotlán"]),
    ("vivo en Teotitlán del Valle", ["Teotitlán del Valle"]),
    ("Huajuapan de León, Oaxaca", ["Huajuapan de León", "Oaxaca"]),
    ("Tuxtla Gutiérrez, Chis.", ["Tuxtla Gutiérrez", "Chis."]), ("Comitán de Domínguez", ["Comitán de Domínguez"]),
    ("Tapachula, 30700", ["Tapachula", "30700"]), ("Zinacantán y Chamula", ["Zinacantán", "Chamula"]),
    ("Col. García Ginerés", ["García Ginerés"]), ("Barrio de Jalatlaco", ["Barrio de Jalatlaco"]),
    ("Calle 60 x 55 y 57, Centro", ["Calle 60 x 55 y 57"]), ("C. 60 #491-A x 55 y 57", ["C. 60 #491-A x 55 y 57"]),
    ("Calle 21 No. 102 por 20 y 22", ["Calle 21 No. 102 por 20 y 22"]),
    ("Calle 47 entre 60 y 62", ["Calle 47 entre 60 y 62"]),
    ("Calle 31-A x 40 #215", ["Calle 31-A x 40 #215"]),
    ("soy de Peto", ["Peto"]), ("nos vemos en Progreso", ["Progreso"]), ("from Tonalá", ["Tonalá"]),
]

NEGATIVE = [
    "Universidad Autónoma de Yucatán", "Diario de Yucatán",
    "Aeropuerto de Oaxaca", "Cerveza Montejo",  # (bodies, brands)
    "Mérida Hotel", "Oaxaca cheese", "Tabasco sauce", "Chiapas coffee", "Cancún International",  # (a firm's, a food's)
    "Progreso", "Peto", "Reforma", "Arriaga", "Akil",  # (words and names alone)
    "Francisco de Montejo", "Juan Pablo II",  # (persons)
    "Meridano", "tulum", "mérida", "Calle 60", "x 55 y 57",  # (a longer word; no capital; no cross street)
    "13:00 Yuc", "97000",  # (an abbreviation with no comma; a bare code)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
