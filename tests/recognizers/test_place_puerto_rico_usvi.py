"""LOCATION: Puerto Rico's municipalities and San Juan's quarters, the US Virgin Islands' towns and estates
(synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Bayamón, Caguas, Mayagüez", ["Bayamón", "Caguas", "Mayagüez"]), ("Guaynabo PR 00969", ["Guaynabo"]),
    ("Carolina, PR 00985", ["Carolina"]), ("Ponce 00731", ["Ponce"]), ("vivo en Lares", ["Lares"]),
    ("from Dorado", ["Dorado"]), ("Santurce, San Juan", ["Santurce", "San Juan"]), ("Hato Rey; Río Piedras", ["Hato Rey", "Río Piedras"]),
    ("Christiansted, St. Croix", ["Christiansted", "St. Croix"]), ("Charlotte Amalie, St. Thomas, VI 00802", ["Charlotte Amalie", "St. Thomas"]),
    ("Estate Tutu, St. Thomas", ["Estate Tutu"]), ("Plot 45 Estate Whim", ["Plot 45 Estate Whim"]),
    ("Estate La Grande Princesse, Christiansted", ["Estate La Grande Princesse"]), ("Cruz Bay, St. John", ["Cruz Bay", "St. John"]),
]

NEGATIVE = [
    "Caguas Mall", "Sucursal Bayamón", "Ponce Health Sciences University",  # (a firm's, a site's)
    "Carolina Herrera", "Isabela Santos", "Ana Ponce", "Ave. Ponce de León", "Dorado",  # (names and words alone)
    "St. John the Baptist", "St. Thomas Aquinas",  # (saints)
]
# An estate's trade before an island's town: the town is a place, the estate's words are not
TRADES = ["Real Estate Tutu, St. Thomas", "Estate Agent Smith, St. Thomas", "Estate Planning Group, Christiansted"]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]


@pytest.mark.parametrize("text", TRADES)
def test_trade_is_no_estate(find, text):
    found = [v for t, v in find(text, E) if t == E]
    assert found and not any("Estate" in v for v in found), found
