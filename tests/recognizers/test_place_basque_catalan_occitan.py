"""LOCATION: the Basque Country's, Navarre's, Catalonia's, Valencia's, the Balearic Islands' and Occitania's towns,
in Basque, Catalan, Valencian, Occitan, Spanish and French (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Kale Nagusia 12, 48005 Bilbo (Bizkaia)", ["Bilbo", "Bizkaia"]), ("Donostian bizi naiz", ["Donostia"]),
    ("Gasteiztik nator", ["Gasteiz"]), ("Vitoria-Gasteiz, Araba", ["Vitoria-Gasteiz", "Araba"]),
    ("14 rue Gambetta, 64100 Bayonne", ["Bayonne"]), ("Donibane Lohizune / Saint-Jean-de-Luz", ["Donibane Lohizune",
                                                                                                  "Saint-Jean-de-Luz"]),
    ("Iruñea / Pamplona, Nafarroa", ["Iruñea", "Pamplona", "Nafarroa"]), ("Getxo, Barakaldo, Zarautz", ["Getxo",
                                                                                                      "Barakaldo",
                                                                                                      "Zarautz"]),
    ("Plaça de la Vila 3, 17600 Figueres", ["Figueres"]), ("Sant Cugat del Vallès", ["Sant Cugat del Vallès"]),
    ("L'Hospitalet de Llobregat", ["L'Hospitalet de Llobregat"]), ("visc a Lleida", ["Lleida"]),
    ("46023 València", ["València"]), ("Alacant, Xàtiva, Elx", ["Alacant", "Xàtiva", "Elx"]),
    ("Palma de Mallorca, 07001", ["Palma de Mallorca"]), ("Maó, Menorca", ["Maó", "Menorca"]),
    ("Eivissa i Formentera", ["Eivissa", "Formentera"]),
    ("Montpelhièr, 34000 Montpellier", ["Montpelhièr", "Montpellier"]), ("Perpinyà (Perpignan)", ["Perpinyà",
                                                                                                   "Perpignan"]),
    ("Besièrs, Narbonne, Haute-Garonne", ["Besièrs", "Narbonne", "Haute-Garonne"]),
    ("Pau, Pyrénées-Atlantiques", ["Pau"]), ("64000 Pau", ["Pau"]), ("Vic (Barcelona)", ["Vic"]),
    ("Reus, Tarragona", ["Reus"]), ("Inca, Mallorca", ["Inca"]),
]

NEGATIVE = [
    "FC Barcelona", "Athletic Bilbao", "Banc Sabadell", "Ajuntament de Girona", "Universitat de València",  # (bodies)
    "SEAT Ibiza", "Carrer de Mallorca", "Barcelona Airport", "Girona FC", "Toulouse Business School",  # (a car, a street)
    "Pau Casals", "Pau", "Reus", "Vic", "Inca", "Palma", "Sara", "Lot", "Aude",  # (people's names and words alone)
    "bilbo", "Bilboarena", "Barcelonès",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
