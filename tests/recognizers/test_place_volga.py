"""LOCATION: Tatarstan's, Bashkortostan's and Chuvashia's towns and republics, in Cyrillic and in Latin letters
(synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Нижнекамск, Альметьевск, Елабуга", ["Нижнекамск", "Альметьевск", "Елабуга"]),
    ("живу в Набережных Челнах", ["Набережных Челнах"]), ("из Уфы", ["Уфы"]), ("в Казани", ["Казани"]),
    ("Яр Чаллыда яшим", ["Яр Чаллыда"]), ("Өфөлә йәшәйем", ["Өфөлә"]), ("Шупашкарта пурӑнатӑп", ["Шупашкарта"]),
    ("Isemem Alsu, Kazanda yashim", ["Kazanda"]), ("from Naberezhnye Chelny", ["Naberezhnye Chelny"]),
    ("Sterlitamak, Cheboksary, Novocheboksarsk", ["Sterlitamak", "Cheboksary", "Novocheboksarsk"]),
    ("по адресу 423812, РТ, г. Набережные Челны", ["РТ", "Набережные Челны"]),
    ("Курьер приедет по адресу РБ, с. Толбазы", ["РБ", "Толбазы"]),
    ("Чувашская Республика - Чувашия, пгт Вурнары", ["Чувашская Республика - Чувашия", "Вурнары"]),
    ("ul. Lenina, d. 68B, Republic of Tatarstan.", ["Republic of Tatarstan"]),
    ("Переезжаю в Салават, можно", ["Салават"]), ("РБ, г. Октябрьский", ["Октябрьский"]),
]

NEGATIVE = [
    "Казань Арена", "Kazan Federal University", "Уфа Сити",  # (an arena's, a university's, a firm's)
    "Салават Юлаев", "Октябрьский",  # (a hero's and a hockey club's name; any town's October district)
    "РТ-2024", "ТВ РТ", "болгары", "Ufan", "уфимский",  # (no address's letters; a longer word)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []
