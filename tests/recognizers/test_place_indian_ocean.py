"""LOCATION: Madagascar's, the Comoros', Mayotte's, Réunion's and Mauritius' towns by name (synthetic
sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("monina ao Toamasina", ["Toamasina"]), ("Fokontany Ambohipo, Antananarivo 101", ["Ambohipo", "Antananarivo"]),
    ("Cité 67 Ha; Ankorondrano; Ivandry", ["Ankorondrano", "Ivandry"]), ("Nosy Be, Fort-Dauphin", ["Nosy Be", "Fort-Dauphin"]),
    ("ngamwa Moroni", ["Moroni"]), ("Mutsamudu (Anjouan)", ["Mutsamudu", "Anjouan"]),
    ("Rue du Commerce, 97600 Mamoudzou", ["Mamoudzou"]), ("Pamandzi, Labattoir", ["Pamandzi", "Labattoir"]),
    ("mi reste Saint-Benoît", ["Saint-Benoît"]), ("Le Tampon, 97430", ["Le Tampon"]),
    ("mo res Quatre Bornes", ["Quatre Bornes"]), ("Royal Road, Curepipe", ["Curepipe"]), ("Mahébourg", ["Mahébourg"]),
]

NEGATIVE = [
    "Antananarivo Airport", "Port Louis Waterfront", "Ebène Cybercity",  # (a firm's, a body's name)
    "Luca Moroni", "Giovanna Rodrigues",  # (a family name; Rodrigues, the island, left out)
    "Rue de Mahébourg", "pharmacie Saint-Joseph", "Avenue Port Louis",  # (a street's, a shop's name)
    "Lot IVG 204 Antanimena", "Lot II M 85 Bis Analakely",  # (a quarter inside its lot's line: the street's)
    "Sada Ali", "Moka", "Triolet", "toamasina", "Ivatoa",  # (names and words left out; no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text, recognizer):
    rec = recognizer("PlaceIndianOceanRecognizer")
    assert rec.analyze(text, [E], nlp_artifacts=None) == []


def test_a_town_outscores_the_models_reading(scores):
    assert scores("Deliver to Morondava, Lot 3", E)["Morondava"] > 0.85


@pytest.mark.parametrize("text", [
    # round 65: a town in a body's or a school's name (a mutual insurer's, a town hall's, a private school's)
    "Caisse 4 - Mutuelle Ngazidja", "Caisse 2 - Lycée privé Ambohipo", "Mairie d'Ambohidratrimo",
])
def test_a_town_in_a_bodys_name(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
