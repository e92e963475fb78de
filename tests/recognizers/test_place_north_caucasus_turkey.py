"""LOCATION: the North Caucasus' towns and republics, and Turkey's towns and districts (synthetic sentences)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("Живу в Грозном", ["Грозном"]), ("Приехал из Грозного вчера", ["Грозного"]), ("г. Грозный", ["Грозный"]),
    ("Рейс до Махачкалы", ["Махачкалы"]), ("Работаю в Махачкале", ["Махачкале"]), ("в Назрани", ["Назрани"]),
    ("Мы были в Дербенте", ["Дербенте"]), ("Хасавюрт, Кизляр и Каспийск", ["Хасавюрт", "Кизляр", "Каспийск"]),
    ("переехали в Дагестанские Огни", ["Дагестанские Огни"]), ("родом из Урус-Мартана", ["Урус-Мартана"]),
    ("в Чечне", ["Чечне"]), ("Чеченская Республика, г. Гудермес", ["Чеченская Республика", "Гудермес"]),
    ("Республика Дагестан", ["Республика Дагестан"]), ("жил в Ингушетии", ["Ингушетии"]),
    ("в Северной Осетии", ["Северной Осетии"]), ("Нальчик и Владикавказ", ["Нальчик", "Владикавказ"]),
    ("366000, ЧР, г. Грозный", ["ЧР", "Грозный"]), ("с. Ботлих, РД", ["Ботлих", "РД"]),
    ("I live in Grozny", ["Grozny"]), ("Groznyy, Chechen Republic", ["Groznyy", "Chechen Republic"]),
    ("v Groznom", ["Groznom"]),
    ("from Makhachkala to Derbent", ["Makhachkala", "Derbent"]), ("Mahachkala", ["Mahachkala"]),
    ("Nazran, Ingushetia", ["Nazran", "Ingushetia"]), ("born in Khasavyurt, Dagestan", ["Khasavyurt", "Dagestan"]),
    ("Chechnya", ["Chechnya"]), ("Nalchik", ["Nalchik"]), ("Vladikavkaz", ["Vladikavkaz"]),
    ("İstanbul'dan geldim", ["İstanbul"]), ("Ankara'da yaşıyorum", ["Ankara"]), ("İzmir'den", ["İzmir"]),
    ("Bursa'ya gidiyoruz", ["Bursa"]), ("Antalya'nın sahilleri", ["Antalya"]), ("Trabzon’a", ["Trabzon"]),
    ("Konya'dan", ["Konya"]), ("Eskişehir", ["Eskişehir"]), ("Gaziantep'liyim", ["Gaziantep"]),
    ("Kadıköy'de oturuyorum", ["Kadıköy"]), ("Üsküdar, İstanbul", ["Üsküdar", "İstanbul"]),
    ("Çankaya, Ankara", ["Çankaya", "Ankara"]), ("Fatih'te bir ev", ["Fatih"]), ("Istanbul's traffic", ["Istanbul"]),
    ("в Аргуне", ["Аргуне"]), ("из Шали", ["Шали"]), ("г. Магас", ["Магас"]), ("в Беслане", ["Беслане"]),
    ("в Сунже", ["Сунже"]), ("v Shali", ["Shali"]), ("from Argun", ["Argun"]), ("in Magas", ["Magas"]),
    ("a hotel in Fatih", ["Fatih"]), ("we stayed in Van, near the lake", ["Van"]),
]

NEGATIVE = [
    "Иван Грозный", "при Иване Грозном", "Ivan Grozny", "ФК Ахмат Грозный", "Анжи Махачкала",  # (a tsar, clubs)
    "Грозненский нефтяной", "Дагестанский государственный университет",  # (the adjectives)
    "Beşiktaş JK", "İstanbul Üniversitesi", "Ankara Üniversitesi", "Antalya Havalimanı", "Turkish Airlines",
    "Galatasaray", "Fenerbahçe", "Adana Demirspor", "Trabzonspor", "Beşiktaş maçı", "Adana kebap",  # (bodies, clubs,
    # an airport, a dish)
    "Van", "Argun", "Shali", "Магас", "Аргун", "Беслан", "Fatih",  # (words and names alone)
    "a message from Fatih", "talk to Beslan", "in Van Nuys",  # (a person's after 'from' or 'to'; another Van)
    "Грозныйский", "Nalchiki", "İstanbullu", "грозный", "ankara",  # (a longer word; no capital)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    found = [v for t, v in find(text, E) if t == E]
    assert all(x in found for x in expected), found


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == [], [v for t, v in find(text, E)]
