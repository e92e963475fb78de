"""LOCATION: Central Asia's towns in Cyrillic and Latin letters, with their case endings (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Заказ доставлен в Ош, получатель Нургуль", ["Ош"]), ("city=Бишкек", ["Бишкек"]), ("city=Bishkek", ["Bishkek"]),
    ("Доставка: Худжанд, Бохтар, Кулоб", ["Худжанд", "Бохтар", "Кулоб"]),
    ("Я живу в Бишкеке, родом из Бухары", ["Бишкеке", "Бухары"]),  # (Russian's cases)
    ("Бишкектен келдим, Оштон", ["Бишкектен", "Оштон"]),  # (Kyrgyz's endings: from Bishkek, from Osh)
    ("Aşgabatda ýaşaýaryn", ["Aşgabatda"]), ("Mary welaýaty, Türkmenabat", ["Mary", "Türkmenabat"]),
    ("Khujand, Tashkent, Samarqand, Almaty", ["Khujand", "Tashkent", "Samarqand", "Almaty"]),
]

NEGATIVE = [
    "Mary said hello", "Kant said so", "Dushanbe Airport", "Ташкент Сити", "Astana Marathon",  # (a name; a body's)
    "bishkek",  # (no capital)
    "Ошибка", "Бишкекский",  # (a longer word: Russian's 'error'; an adjective)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
