"""Round 80's patterns in the bundled recognizers (Yucatán, Oaxaca and Chiapas; Goa, Assam, Meghalaya and Nagaland;
Chechnya, Dagestan and Ingushetia), each with what it must not take (synthetic sentences)."""

from __future__ import annotations

import pytest

POSITIVE = [
    # Mexico's mobiles written with the '1' its 2019 plan dropped
    ("cel. +52 1 967 123 4567", "PHONE_NUMBER", "+52 1 967 123 4567"),
    ("Tel: +521 9671234567", "PHONE_NUMBER", "+521 9671234567"),
    # a Russian mobile's trunk glued to its code
    ("номер 8928 123 4567", "PHONE_NUMBER", "8928 123 4567"),
    # Russia's avenue abbreviated
    ("г. Назрань, пр. Базоркина, 45", "LOCATION", "пр. Базоркина, 45"),
    ("Махачкала, пр. Имама Шамиля 35А", "LOCATION", "пр. Имама Шамиля 35А"),
    # Turkish's 'I' before a full name and a comma
    ("Merhaba, ben Ahmet Yılmaz, Ankara'dan", "PERSON", "Ahmet Yılmaz"),
    # Assamese's and Konkani's 'my name' in their scripts; romanized Assamese, Nagamese, Konkani, Garo, Khasi
    ("মোৰ নাম প্ৰিয়াংকা বৰুৱা, গুৱাহাটীত থাকো", "PERSON", "প্ৰিয়াংকা বৰুৱা"),
    ("म्हजें नांव सावियो डिसोझा, मडगांवांत रावता", "PERSON", "सावियो डिसोझा"),
    ("म्हजें नांव सावियो डिसोझा आसा", "PERSON", "सावियो डिसोझा"),
    ("Moi nam Pranjal Gogoi, Guwahati", "PERSON", "Pranjal Gogoi"),
    ("Moi laga naam Vikhozo Angami ase", "PERSON", "Vikhozo Angami"),
    ("Mhojem nanv Savio D'Souza, Margao", "PERSON", "Savio D'Souza"),
    ("Anga'ni bimung Salseng Marak", "PERSON", "Salseng Marak"),
    ("Khublei! Nga long u Banshan Lyngdoh, na Shillong", "PERSON", "Banshan Lyngdoh"),
    # Chechen's, Avar's, Lezgin's and Kumyk's 'my name', Chechen's 'I am'
    ("Сан цӀе Зарема Исаева ю.", "PERSON", "Зарема Исаева"),
    ("Дир цӀар Патимат Алиева буго", "PERSON", "Патимат Алиева"),
    ("Зи тӀвар Ферид Рамазанов я", "PERSON", "Ферид Рамазанов"),
    ("Мени атым Аслан Мамаев, Буйнакск", "PERSON", "Аслан Мамаев"),
    ("Маршалла! Со Ахмед Кадыров ву, Гуьмсера вара", "PERSON", "Ахмед Кадыров"),
    # Russian's 'in the name of', 'ask for', a kin's name; a gift's receiver in an order's line
    ("Договор на имя Resad Huseynov, адрес подключения", "PERSON", "Resad Huseynov"),
    ("WhatsApp 8 964 1649342, спросить Амина. Баркалла!", "PERSON", "Амина"),
    ("Мой брат Ilmutdin Daudov тоже сдавал, его номер", "PERSON", "Ilmutdin Daudov"),
    ("Sombrero de jipi Becal x1 – regalo para Heriberto", "PERSON", "Heriberto"),
    # Russian's 'resp.' abbreviated and the Caucasus' thanks before a signature
    ("Помогите пожалуйста, очень нужно.\nС ув., Висаитов Асхаб", "PERSON", "Висаитов Асхаб"),
    ("Спасибо!\nСав болугъуз!\nKamil Kaziev", "PERSON", "Kamil Kaziev"),
    # a Russian street without its house; a street with no number (S/N)
    ("Ремонт телефонов на ул. Гагарина, тел. 8-903-946-89-39", "LOCATION", "ул. Гагарина"),
    ("ул. 345-й Дагестанской дивизии", "LOCATION", "ул. 345-й Дагестанской дивизии"),
    ("Calle Macedonio Alcalá S/N, Ex-Marquesado", "LOCATION", "Calle Macedonio Alcalá S/N"),
    # Russian's dog for the at-sign
    ("Почта u.musaev (собака) inbox.ru, тел.", "EMAIL_ADDRESS", "u.musaev (собака) inbox.ru"),
    # a login of one's account, 'my login', in Russian
    ("логин в личном кабинете zagidmag. Работаем", "USERNAME", "zagidmag"),
    ("мой логин avarec, помогите", "USERNAME", "avarec"),
    # a number glued to a Cyrillic word (a forum's signature run into it)
    ("Дела реза хуьлда+7 988 519-27-12", "PHONE_NUMBER", "+7 988 519-27-12"),
    ("Кавказ — мой дом8 (965) 766-24-18", "PHONE_NUMBER", "8 (965) 766-24-18"),
    # Dagestan's towns in Azerbaijani and in Turkish, Azerbaijan's Qusar
    ("Salam, mən Dərbənddə yaşayıram", "LOCATION", "Dərbənddə"), ("Qusardan gəlmişəm", "LOCATION", "Qusardan"),
    ("Mahaçkale'de oturuyorum", "LOCATION", "Mahaçkale"), ("şu an Mahaçkale'deyim, burada", "LOCATION", "Mahaçkale"),
    # Russia's postcode before the North Caucasus' republics; a login with a capital and digits
    ("заберите курьером: 366310, Чеченская Республика, г. Аргун", "LOCATION", "366310"),
    ("логин в личном кабинете Mehmet443. Токен", "USERNAME", "Mehmet443"),
]

NEGATIVE = [
    ("+52 1 967 123 45", "PHONE_NUMBER", "+52 1 967 123 45"),  # (too short)
    ("build 8928 123 4567 9", "PHONE_NUMBER", "8928 123 4567"),
    ("книги, журналы и пр. Спасибо 5 раз", "LOCATION", "пр. Спасибо 5"),  # ('and so on')
    ("Merhaba, ben de geliyorum", "PERSON", "de"),
    ("মোৰ নাম মই নাজানো", "PERSON", "মই"),  # ('I' begins a statement)
    ("Moi nam jani nai", "PERSON", "jani nai"),  # (no capital)
    ("Со вайнах ву", "PERSON", "вайнах"),  # ('I am Vainakh': a people's name, one word in lower case)
    ("Mezcal x1 – regalo para Navidad", "PERSON", "Navidad"),
    ("Мой брат тоже сдавал", "PERSON", "тоже"),
    ("логин в личном кабинете Admin", "USERNAME", "Admin"), ("мой логин не работает", "USERNAME", "не"),
    ("ул. Ленина, д. 12", "LOCATION", "ул. Ленина"),  # (the house's pattern takes it whole)
    ("Calle 5 S/Nada", "LOCATION", "Calle 5 S/N"),
    ("заказ СЦ-008715 от 24.07.2024", "PHONE_NUMBER", "008715"),
    ("модель ах1234567", "PHONE_NUMBER", "1234567"),  # (a bare run after a word: no number's shape)
]


@pytest.mark.parametrize(("text", "entity", "value"), POSITIVE)
def test_positive(find, text, entity, value):
    assert (entity, value) in find(text, entity), find(text, entity)


@pytest.mark.parametrize(("text", "entity", "value"), NEGATIVE)
def test_negative(find, text, entity, value):
    assert (entity, value) not in find(text, entity), find(text, entity)
