"""PERSON: Georgian and Armenian names in their own scripts, by the given names people go by (synthetic)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("Բարև სალომე, փորձեք reset անել։", ["სალომე"]),  # (an Armenian greeting to a Georgian name)
    ("დარეკეთ: 555 67 07 88 (სალომე). მისამართი", ["სალომე"]), ("მადლობა, მარიამ", ["მარიამ"]),
    ("ვინმეს გქონიათ ასეთი?\n— დავით", ["დავით"]), ("ნიკა ლომიძე, რუსთავი", ["ნიკა ლომიძე"]),
    ("თამარი მოვიდა", ["თამარი"]),  # (the nominative's -ი)
    ("Շնորհակալ եմ, Արմեն Գրիգորյան", ["Արմեն Գրիգորյան"]), ("Լիլիթն ասաց", ["Լիլիթն"]),
    ("Նարեկ Սարգսյան", ["Նարեկ Սարգսյան"]),  # (a family name by its ending)
]

NEGATIVE = [
    "ღია კარი",  # (open: a word, not listed)
    "ჭავჭავაძის გამზ. 12",  # (a family name alone, a street's)
    "Հայաստանի Հանրապետության կառավարություն",  # (a noun's '-ության')
    "Հասցե՝ Աբովյան, Աբովյան փ. 65",  # (the address label and its colon, no given name)
    "ანანასი",  # (a longer word: pineapple)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
