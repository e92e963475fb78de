"""PERSON: names in Ge'ez (Ethiopic) script, by the words that introduce them (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("ስሜ መሮን አለሙ ነው። ቦሌ ነው የምኖረው።", ["መሮን አለሙ"]),  # my name is ... (up to 'is')
    ("ስም: ትዕግስት ኃይሌ", ["ትዕግስት ኃይሌ"]), ("ሙሉ ስም: አበበ በቀለ ተሰማ", ["አበበ በቀለ ተሰማ"]),  # a form's labels
    ("እኔ ትዕግስት ኃይሌ ነኝ፣ የምኖረው ባሕር ዳር ነው።", ["ትዕግስት ኃይሌ"]),  # I am ...
    ("አቶ ዮናስ ተስፋማርያም ደውለው ነበር", ["ዮናስ ተስፋማርያም"]),  # a title: the name, not the verb after it
    ("አመሰግናለሁ፣ ዳዊት በቀለ", ["ዳዊት በቀለ"]), ("Thanks, ዳዊት በቀለ", ["ዳዊት በቀለ"]),  # a sign-off's name
    ("ሽመይ ዮናስ ተስፋማርያም እየ", ["ዮናስ ተስፋማርያም"]),  # Tigrinya's 'my name is'
    ("ከሄሊና USD 573.00 ደርሶዎታል።", ["ሄሊና"]),  # a remittance's sender: 'from' glued before, the amount after
    ("አመሰግናለሁ ቅዱስ! ጥያቄዎ ተመዝግቧል፦ HL-47490።", ["ቅዱስ"]), ("የቐንየለይ ሄለን! ሕቶኹም ተመዝጊቡ ኣሎ።", ["ሄለን"]),  # a
    # bot's thanks to one given name (round 64), Amharic's and Tigrinya's
]

NEGATIVE = [
    "ስሜ",  # the word alone
    "እኔ ደህና ነኝ",  # 'I am fine': one word, no name
    "አመሰግናለሁ፣ በጣም ጥሩ ነው እና",  # thanks, then a sentence that goes on
    "Thanks, Dawit",  # (Latin letters: the other recognizers')
    "ከተማ ውስጥ",  # ('in the town': no amount after it)
    "አመሰግናለሁ!", "አመሰግናለሁ በጣም!",  # (thanks alone; 'very much' is a name's shape only before '!': a word list's)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if "\u1200" <= v[:1] <= "\u2ddf"] == []
