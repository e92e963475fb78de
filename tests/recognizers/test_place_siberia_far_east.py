"""LOCATION: Siberia's and the Russian Far East's towns and Russia's largest cities, in Cyrillic (declined), in
Sakha and Buryat, in Latin letters, and in Chinese and Korean (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("order from Якутск, ул. Ленина 12", ["Якутск"]), ("живу в Якутске", ["Якутске"]),
    ("из Владивостока", ["Владивостока"]), ("в Чите", ["Чите"]), ("Дьокуускайга барабын", ["Дьокуускайга"]),
    ("Улан-Удэ (Улаан-Үдэ), Бурятия", ["Улан-Удэ", "Улаан-Үдэ", "Бурятия"]),
    ("Петропавловск-Камчатский -> Елизово", ["Петропавловск-Камчатский", "Елизово"]),
    ("Республика Саха (Якутия)", ["Республика Саха (Якутия)"]), ("Приморский край", ["Приморский край"]),
    ("г. Мирный", ["Мирный"]), ("в Мирном", ["Мирном"]), ("в Москве и Санкт-Петербурге", ["Москве",
                                                                                        "Санкт-Петербурге"]),
    ("Yuzhno-Sakhalinsk, Kholmsk", ["Yuzhno-Sakhalinsk", "Kholmsk"]), ("Ulan-Ude, Buryatia", ["Ulan-Ude",
                                                                                              "Buryatia"]),
    ("Petropavlovsk-Kamchatsky, Kamchatka Krai", ["Petropavlovsk-Kamchatsky", "Kamchatka Krai"]),
    ("trader from 符拉迪沃斯托克", ["符拉迪沃斯托克"]), ("블라디보스토크 지점", ["블라디보스토크"]),
]

NEGATIVE = [
    "Аэропорт Владивосток", "ФК Енисей", "Хабаровск Арена", "Irkutsk State University", "Vladivostok Airport",  # bodies
    "Мирный договор", "Свободный график", "нам пора", "Корсаков сказал",  # (words and a name alone)
    "якутск", "Якутскэнерго", "Samara", "Perm",  # (no capital; a longer word; romanized names left out)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
