"""LOCATION: Hokkaido's, Okinawa's and Jeju Island's towns in romaji, kanji and kana, and Hangul (synthetic
sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("guest=Sato Hanako hotel=Otaru", ["Otaru"]), ("login from 203.0.113.45 (Naha, Okinawa)", ["Naha", "Okinawa"]),
    ("driver Park +82 64-712-3456 Seogwipo", ["Seogwipo"]), ("pickup Noboribetsu Onsen", ["Noboribetsu"]),
    ("Aewol-eup", ["Aewol-eup"]), ("from Zamami", ["Zamami"]), ("in Chitose", ["Chitose"]),
    ("札幌から来ました", ["札幌"]), ("住 石垣島", ["石垣島"]), ("明日旭川市に泊まります", ["旭川市"]),
    ("我们住在名護市，地址", ["名護市"]), ("北見市", ["北見市"]),
    ("지금 한림읍에 있어요", ["한림읍"]), ("제주에서 왔어요", ["제주"]), ("지금 중문동에 있어요", ["중문동"]),
]

NEGATIVE = [
    "Sapporo Breweries", "Jeju United", "Okinawa Electric", "Naha Airport",  # (firms and bodies)
    "Zamami Kenji", "Chitose", "Kitami", "a Date", "Onna", "Hakuba",  # (surnames, given names and words alone;
    # Hakuba is Nagano's)
    "札幌ラーメン", "旭川市役所", "北見さん", "石垣さん", "千歳",  # (a product; a body; surnames and a given name)
    "제주항공", "API 연동 완료", "중문 번역",  # (a firm; 'linking'; 'Chinese text')
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
