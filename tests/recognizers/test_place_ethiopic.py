"""LOCATION: addresses and towns in Ge'ez (Ethiopic) script (synthetic addresses)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("አድራሻ: ቦሌ ክፍለ ከተማ፣ ወረዳ 03", ["ቦሌ ክፍለ ከተማ", "ወረዳ 03"]),  # a sub-city, a woreda
    ("መስቀል አደባባይ አጠገብ፣ ቂርቆስ ቀበሌ 14", ["ቀበሌ 14", "ቂርቆስ", "መስቀል አደባባይ"]),  # a landmark, a quarter, a kebele
    ("የምኖረው ሀዋሳ ነው", ["ሀዋሳ"]), ("የምኖረው ወሊሶ ከተማ ነው", ["ወሊሶ ከተማ"]),  # I live in ...
    ("ነገ ወደአዲስ አበባ እሄዳለሁ", ["አዲስ አበባ"]), ("ከአስመራ መጣሁ", ["አስመራ"]),  # a town, 'to' and 'from' glued before
    # Tigrinya's 'in ... I live' and Eritrea's towns as it spells them (round 64)
    ("ኣብ ኣስመራ እነብር።", ["ኣስመራ"]), ("ሽመይ ሰለሞን ተስፋይ እዩ፡ ኣብ ዓዲ ቐይሕ እነብር።", ["ዓዲ ቐይሕ"]),
]

NEGATIVE = [
    "ክፍለ ከተማ",  # the words alone
    "ወረዳ",  # no number
    "ቦሌሮ",  # (a longer word)
    "Bole Sub-City",  # (Latin letters: street_address's)
    "ኣብ እነብር",  # (no place between Tigrinya's words)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if "\u1200" <= v[:1] <= "\u2ddf"] == []
