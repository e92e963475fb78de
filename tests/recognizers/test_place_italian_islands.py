"""LOCATION: Sicily's, Sardinia's and Corsica's towns and quarters, in Italian, French and the islands' own
languages (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("staiu a Caltanissetta", ["Caltanissetta"]), ("Cefalù, Marsala, Taormina", ["Cefalù", "Marsala", "Taormina"]),
    ("Mi naro Bachisio e bivo in Nùgoro", ["Nùgoro"]), ("Quartu Sant'Elena, Selargius", ["Quartu Sant'Elena",
                                                                                           "Selargius"]),
    ("livraison à Porto-Vecchio", ["Porto-Vecchio"]), ("Portivechju è Aiacciu", ["Portivechju", "Aiacciu"]),
    ("Turi Scalia d'Aci Trezza", ["Aci Trezza"]), ("a La Maddalena", ["La Maddalena"]),
    ("Hameau de Pioggiola, 20259 Olmi-Cappella", ["Olmi-Cappella"]), ("vivo a Corte", ["Corte"]),
]

NEGATIVE = [
    "Catania Calcio", "Cagliari Airport", "Sassari Srl", "Caseificio Sciacca & Figli",  # (a club's, an airport's, firms')
    "Corte d'Appello", "Corte dei Conti", "Corte Suprema",  # (a court's)
    "Ragusa", "Calvi", "Vittoria", "Bonifacio", "Noto", "Iglesias",  # (family and given names, a word)
    "catania", "Cataniax",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
