"""PERSON from an East Slavic name's patronymic."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("Usr=Казиев Арслан Ильмутдинович,AppID=1CV8C", ["Казиев Арслан Ильмутдинович"]),  # 1C's user
    ("to 'Шхалахова Нафисет Юсуфовна'", ["Шхалахова Нафисет Юсуфовна"]),
    ("Ольга Викторовна перезвонит завтра", ["Ольга Викторовна"]),  # how people address each other
    ("Звонила Смирнова Ольга Викторовна", ["Смирнова Ольга Викторовна"]),  # (the verb apart)
    ("Звонил Арслан Ильмутдинович Казиев", ["Арслан Ильмутдинович Казиев"]),  # (a verb apart)
    ("Коваль Олена Петрівна", ["Коваль Олена Петрівна"]),  # Ukrainian
    ("Отчёт о практике — Панеш А.Н. (3 курс).docx", ["Панеш А.Н."]), ("Хуако З. А.", ["Хуако З. А."]),
    ("Қабылдаушы: Ержан Нұрланұлы", ["Ержан Нұрланұлы"]), ("Yerzhan Nurlanuly will call", ["Yerzhan Nurlanuly"]),  # Kazakh's
    ("Жауапты: Айгерим Болатқызы, тел.", ["Айгерим Болатқызы"]),  # glued 'son of', 'daughter of'
    ("Olga Viktorovna called back", ["Olga Viktorovna"]), ("Arslan Ilmutdinovich Kaziev", ["Arslan Ilmutdinovich Kaziev"]),
    ("Kamran Vüqar oğlu Həsənov", ["Kamran Vüqar oğlu Həsənov"]), ("Leyla Rauf qızı, tel", ["Leyla Rauf qızı"]),  # Turkic
    ("Akmal Rustam o‘g‘li keldi", ["Akmal Rustam o‘g‘li"]), ("Вугар Рауф оглы Алиев", ["Вугар Рауф оглы Алиев"]),
    ("12b, 200 Kópavogi – Einar Þór Magnússon", ["Einar Þór Magnússon"]),  # Iceland's
    ("Dear Guðrún Jónsdóttir,", ["Guðrún Jónsdóttir"]), ("frá Guðrúnu Jónsdóttur", ["Guðrúnu Jónsdóttur"]),
    ("Kæri Jón Guðmundsson", ["Jón Guðmundsson"]), ("Anna Andersson", ["Anna Andersson"]),
]

NEGATIVE = [
    "Washington D.C.", "Telefónica S.A.",  # (initials in Latin: a place's, a firm's)
    "Ольга", "ольга викторовна",  # (one name; no capitals)
    "Справочник Контрагенты",  # (no patronymic)
    "ООО Рога и Копыта",
    "Ұлы Дала", "Ұлы Жібек жолы",  # (Kazakh's 'great' on its own: 'the Great Steppe')
    "Vüqar oğlu", "kamran vüqar oğlu",  # (a father's name alone; no capitals)
    "Jónsdóttir", "jón guðmundsson",  # (no given name; no capitals)
    "Andrew Johnson", "Mason Street",  # (English's -son: no double s)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_a_bangladeshi_river_islands_name_is_no_patronymic(find):
    # round 65: 'Char Fasson' (a char, a river island, its town) has a Swedish name's '-sson' shape
    assert [v for t, v in find("Upazila: Char Fasson, Bhola", E) if t == E] == []
    assert (E, "Anna Andersson") in find("Anna Andersson", E)
