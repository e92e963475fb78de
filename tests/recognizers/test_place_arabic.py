"""LOCATION: addresses and towns in Arabic script (synthetic addresses)."""

from __future__ import annotations

import pytest

E = "LOCATION"

POSITIVE = [
    ("شارع حدة، جوار مستشفى آزال، صنعاء", ["شارع حدة", "صنعاء", "مستشفى آزال"]),  # a street, a landmark, a town
    ("العنوان: منزل رقم 18، سكة 3015، الخوير", ["الخوير", "سكة 3015", "منزل رقم 18"]),  # a house, Oman's way, a quarter
    ("ص.ب 1234، الرمز البريدي 112", ["الرمز البريدي 112", "ص.ب 1234"]),  # a box, a postal code
    ("حي السلام، قطعة 4، الجهراء", ["الجهراء", "حي السلام", "قطعة 4"]),  # a quarter (its name a word too), a block
    ("التوصيل إلى عمارة ١٤٢٥", ["عمارة ١٤٢٥"]),  # Arabic-Indic digits
    ("أنا في الدوحة وبعدين بروح المنامة", ["الدوحة", "المنامة"]),  # towns by name
    ("وصلت بمسقط أمس", ["مسقط"]),  # ('in', glued before)
    # Persian's, Dari's and Pashto's towns, roads, districts and houses
    ("کابل، خیرخانه، سرک دوم، خانه ۱۲", ["کابل", "خیرخانه", "سرک دوم", "خانه ۱۲"]),
    ("ساکن تهران هستم", ["تهران"]), ("هرات، ناحیه ۳", ["هرات", "ناحیه ۳"]), ("واحد ۴", ["واحد ۴"]),
    ("بسته را خواهرم از لندن فرستاده", ["لندن"]),  # a family's town abroad
    ("ساكن في ١٢ شارع التحرير، الدقي، الجيزة", ["شارع التحرير", "الدقي", "الجيزة"]),  # Giza's quarter
    ("انا في مدينة نصر", ["مدينة نصر"]), ("أسكن في تفرغ زينة، نواكشوط", ["تفرغ زينة", "نواكشوط"]),  # Nouakchott's
    # Urdu's and Pashto's house, flat, block, lane, colony, bazaar (round 60)
    ("محمد عثمان، فلیٹ 3 بی، بلاک 13 ڈی، گلشن اقبال، کراچی", ["فلیٹ 3 بی", "بلاک 13 ڈی", "گلشن اقبال", "کراچی"]),
    ("عمران آفریدی، مکان 12، گلی 8، گلگشت کالونی، ملتان", ["مکان 12", "گلی 8", "گلگشت کالونی", "ملتان"]),
    ("سهیل بارکزی، بورډ بازار، کوڅه ۴، کور ۱۲، پشاور", ["بورډ بازار", "کوڅه ۴", "کور ۱۲", "پشاور"]),
]

NEGATIVE = [
    "شارع",  # the word alone
    "منزل جميل",  # a beautiful house: no number
    "میں بازار گیا تھا", "کور سړی", "پانی گلی میں تین دن سے کھڑا ہے", "اوبه په کوڅه کې ولاړ دي",  # (Urdu: I went to the
    # bazaar; Pashto's 'house' without a number; water stands in the lane, Urdu's and Pashto's)
    "الصور جميلة",  # 'the pictures' ('صور' is Sur too: not listed)
    "مسقطة",  # (a longer word)
    "Way 3015",  # (Latin letters: street_address's)
    "بجانب مسجد Zawawi",  # (a landmark's word alone: its name is in Latin letters, NER's)
    "واحد پشتیبانی", "در خانه هستم",  # (the support unit; I am at home: no number, no place)
    "زرت الهرم أمس", "مباراة الزمالك اليوم", "يا فيصل",  # (the pyramid, a football club, a name: not listed)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


def test_sorani_and_iraqi_address_words(find):
    found = [v for t, v in find("العنوان: زاخۆ، ڕێگای پردی دەلال، خانووی ٤٤", "LOCATION")]
    assert "ڕێگای پردی دەلال" in found and "خانووی ٤٤" in found  # (Sorani's road, house)
    assert "محلة 605" in [v for t, v in find("بغداد، المنصور، محلة 605، زقاق 12", "LOCATION")]


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: a preposition glued to the town with a tatweel ('بـتبوك': in Tabuk); more of the Gulf's towns
    ("ساكن في جدة بس الطلب يوصل لبيت أهلي بـتبوك", ["تبوك", "جدة"]),
    ("ساكن في الخبر بس الطلب يوصل لبيت أهلي بـالأحساء", ["الأحساء", "الخبر"]),
    ("يوصل لبيت أهلي في الأحساء", ["الأحساء"]), ("ساكن في بوشر", ["بوشر"]),
    ("بـتبوكي", []),  # (a longer word)
])
def test_round_66s_towns(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # round 68: more of Iran's towns in Persian; Qom after a preposition or before a comma
    ("درود. من از قم پیام میدم", ["قم"]), ("آدرس: ساری، خیابان زند", ["ساری"]), ("قم، خیابان صفائیه", ["قم"]),
    ("قم بتحديث التطبيق", []),  # (Arabic's 'do': an interface's 'update')
])
def test_round_68s_towns(find, text, expected):
    assert sorted(v for t, v in find(text, E) if t == E) == sorted(expected)
