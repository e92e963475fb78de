"""LOCATION: Xinjiang's, Tibet's and Inner Mongolia's towns in Latin letters, Han characters, and Uyghur's, Tibetan's
and Mongolian's scripts (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Ürümqi sheherde turimen", ["Ürümqi"]), ("Kashgar (Qeshqer, 喀什), Hotan", ["Kashgar", "Qeshqer", "喀什", "Hotan"]),
    ("from Lhasa (ལྷ་ས་) to Shigatse (གཞིས་ཀ་རྩེ་)", ["Lhasa", "ལྷ་ས", "Shigatse", "གཞིས་ཀ་རྩེ"]),
    ("Hohhot (Kökeqota, 呼和浩特) 010000", ["Hohhot", "Kökeqota", "呼和浩特"]),
    ("我住在乌鲁木齐，", ["乌鲁木齐"]), ("和田市的朋友", ["和田市"]), ("阿里地区", ["阿里地区"]),
    ("ئۈرۈمچىدە تۇرىمەن", ["ئۈرۈمچىدە"]), ("Хөх хотод амьдардаг", ["Хөх хотод"]),
    ("Altay city, Ili Kazakh Autonomous Prefecture", ["Altay", "Ili Kazakh Autonomous Prefecture"]),
    ("Tongliao 028000, Inner Mongolia", ["Tongliao", "Inner Mongolia"]),
]

NEGATIVE = [
    "Xinjiang Tianshan Textiles Co., Ltd.", "Lhasa Beer", "Inner Mongolia Yili Industrial",  # (firms)
    "新疆天山纺织有限公司", "阿里巴巴", "哈密瓜", "和田野",  # (a firm; Alibaba, a melon, 'and field')
    "Hami melon", "Ili", "Saga", "Bole",  # (words and names alone)
    "lhasa", "Lhasapa",  # (no capital; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
