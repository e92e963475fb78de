"""LOCATION: Czechia's and Slovakia's towns in their cases, Prague's and Brno's districts and quarters
(synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("130 00 Praha 3", ["Praha 3"]), ("Praha 10 - Strašnice", ["Praha 10", "Strašnice"]),
    ("Brno-Královo Pole", ["Brno-Královo Pole"]), ("Ostrava-Poruba", ["Ostrava-Poruba"]),
    ("Bydlím v Praze na Smíchově, pracuji v Brně", ["Praze", "Smíchově", "Brně"]),  # (their cases)
    ("Doručit do Olomouce", ["Olomouce"]),
    ("Kolín, Plzeň, České Budějovice, Hradec Králové, Ústí nad Labem",
     ["Kolín", "Plzeň", "České Budějovice", "Hradec Králové", "Ústí nad Labem"]),
    ("Bratislava, Košice, Banská Bystrica", ["Bratislava", "Košice", "Banská Bystrica"]),
]

NEGATIVE = [
    "FC Zlín vyhrál", "Brno Office", "Ostrava Marathon", "Baník Ostrava", "Praha Hlavní nádraží",  # (a club's, a firm's,
    # a station's)
    "Most přes řeku", "praha",  # (a bridge; no capital)
    "Brnox", "Prahanet",  # (a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
