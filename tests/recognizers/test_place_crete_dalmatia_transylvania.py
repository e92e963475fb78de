"""LOCATION: Crete's, Dalmatia's and Transylvania's towns in Greek, Croatian, Romanian, Hungarian and German
(synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Pick-up: Villa Anemos, Elounda", ["Elounda"]), ("Chania, Crete 73100", ["Chania", "Crete"]),
    ("Agios Nikolaos, Lasithi", ["Agios Nikolaos", "Lasithi"]), ("Κράτηση στο Ηράκλειο", ["Ηράκλειο"]),
    ("Δήμος Χανίων, Κρήτης", ["Χανίων", "Κρήτης"]), ("Σπύρος, Ρέθυμνο 74100", ["Ρέθυμνο"]),
    ("gost iz Šibenika, smještaj u Trogiru", ["Šibenika", "Trogiru"]), ("na Hvaru", ["Hvaru"]),
    ("Korčula i Makarska", ["Korčula", "Makarska"]), ("Baška Voda", ["Baška Voda"]),
    ("Sibiu / Nagyszeben / Hermannstadt", ["Sibiu", "Nagyszeben", "Hermannstadt"]),
    ("Sfântu Gheorghe (Sepsiszentgyörgy)", ["Sfântu Gheorghe", "Sepsiszentgyörgy"]),
    ("Targu Mures", ["Targu Mures"]), ("Cluj-Napoca", ["Cluj-Napoca"]), ("Schäßburg", ["Schäßburg"]),
    ("stanujem u Split", ["Split"]), ("iz Splita", ["Splita"]), ("we stay in Split", ["Split"]),
    ("lucrez din Deva", ["Deva"]), ("castelul la Bran", ["Bran"]), ("στα Μάλια", ["Μάλια"]), ("sto Malia", ["Malia"]),
]

NEGATIVE = [
    "Hajduk Split", "CFR Cluj", "Banca Transilvania", "Zračna luka Split", "Split Airport",  # (bodies, sites)
    "Apartmani Makarska", "Villa Elounda", "Hotel Chania",  # (a host's listing named for its town)
    "Split payment", "Vis major", "Deva", "Bran flakes", "Arad", "Bali", "Malia", "Hania Saleh",  # (words and names
    # alone)
    "worship a Deva", "a Split decision",  # (English's article: no preposition)
    "Splitski", "Clujean", "Dubrovnikov",  # (an adjective, a longer word)
    "chania", "heraklion",  # (no capital)
    "Sibiu Marathon", "Heraklion port",  # (a race, a trip's harbour)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
