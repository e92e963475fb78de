"""PERSON: names in Arabic script, by the word that introduces them (synthetic names)."""

from __future__ import annotations

import pytest

E = "PERSON"

POSITIVE = [
    ("يرجى التواصل مع المهندس خالد العجمي بخصوص الطلب", ["خالد العجمي"]),  # a title; 'بخصوص' (about) ends it
    ("السلام عليكم الأخت فاطمة بنت سعيد البلوشي", ["فاطمة بنت سعيد البلوشي"]),  # a title and a nasab
    ("د. منى الكواري", ["منى الكواري"]),  # Dr, abbreviated
    ("اسمي سالم بن حمد الحارثي ورقمي 91234567", ["سالم بن حمد الحارثي"]),  # 'my name'; 'and my number' ends it
    ("معك أحمد من خدمة العملاء", ["أحمد"]),  # a call centre's 'you are speaking with'; 'من' (from) ends it
    ("الاسم: مريم الصايغ", ["مريم الصايغ"]),  # a form's label
    ("مرحبا، أنا محمد الحارثي من مسقط", ["محمد الحارثي"]),  # 'I am', a given name and a family's
    ("شكرا أبو عبدالله على المساعدة", ["أبو عبدالله"]),  # a kunya
    ("تم التحويل إلى علي بن ناصر", ["علي بن ناصر"]),  # whose son
    ("رمضان كريم يا إبراهيم 🌙 تشكيلة البخور الجديدة", ["إبراهيم"]),  # 'O ...': a greeting's name
    # a greeting's name before its comma, a contact's after 'contact ... at', a sign-off's after 'with greetings'
    ("أهلاً حمدان، I live in Al Wakra too", ["حمدان"]), ("التواصل مع شمة السيد على +973-31175886", ["شمة السيد"]),
    ("مع التحية،<br />راشد الهنائي", ["راشد الهنائي"]),
    ("عيدكم مبارك يا جاسم، كل عام وأنتم بخير", ["جاسم"]),
    ("تهنئة بمناسبة العيد من حمد السعدي", ["حمد السعدي"]),  # 'from ...' at a message's end
    ("do you deliver to Sohar? Regards محمد المعشني", ["محمد المعشني"]),  # an English sign-off
    ("مريم، طلبك في الطريق إليك", ["مريم"]),  # the reader's name first, then 'your order'
    ("> أنا يوبا ساسي من Monastir، تواصلوا معي", ["يوبا ساسي"]),  # 'I am', two words before 'from'
    ("Baraka Allahou fik 🙏\nلمياء الفاسي", ["لمياء الفاسي"]), ("ديهيا الجبالي — Gabès", ["ديهيا الجبالي"]),
    ("Tanemmirt !\nأميمة حجاج — El Hidhab", ["أميمة حجاج"]),  # a
    # signature's line
    ("سلام، من فاطمه حسینی هستم از اصفهان", ["فاطمه حسینی"]), ("اسم من علی کریمی است", ["علی کریمی"]),  # Persian
    ("اسم من: زهرا احمدی", ["زهرا احمدی"]), ("زما نوم گل احمد پوپل دی", ["گل احمد پوپل"]),  # (Pashto's)
    ("با تشکر\nمحمد رضایی", ["محمد رضایی"]), ("تشکر، احمد شاه نوری", ["احمد شاه نوری"]),
    ('بدهید.</p><p>با احترام،<br>فریده سلطانی<br>بخش پشتیبانی', ['فریده سلطانی']),  # a sign-off in markup
    ('په درنښت،\nحبیب\u200cالله ستانکزی', ['حبیب\u200cالله ستانکزی']),  # Pashto's, a name with its non-joiner
    ('<p>سلام محمد نبی جان،</p>', ['محمد نبی']), ('نام: فرشته امیری', ['فرشته امیری']),  # 'dear'; a Persian label
    ('فروشنده گفت اپل\u200cآیدی مال خانم نرگس فراهانی بوده', ['نرگس فراهانی']),  # a Persian title: Mrs
    ('د ترلاسه کوونکي نوم فرشته محسنی دی، شمېره', ['فرشته محسنی']),  # Pashto's 'the recipient's name is'
    ('محترم لیلا، ستاسو شکایت ثبت شو', ['لیلا']),  # Pashto's, Dari's and Urdu's 'respected' (round 60)
]

NEGATIVE = [
    "أهلاً جماعة، any update?", "مرحبا، كيف حالك",  # (folks; a greeting alone)
    "أنا سعيد جدا",  # 'I am very glad': no family's name after 'I am'
    "شكرا جزيلا\nالسلام عليكم", "الحمد لله",  # (thanks, a greeting, 'praise be to God' on their lines)
    "بارك الله — فيك",  # (a blessing's words before a dash: 'الله' ends no name)
    "أنا في البيت من الصبح",  # ('I am at home since the morning': a stop word)
    "أنا في الدوحة",  # 'I am in Doha'
    "السيد",  # a title alone
    "مع تحياتي، فريق الدعم",  # a sign-off's team
    "معك من",  # 'with you ... from': no name
    "بن",  # the word alone
    "salim bin hamad",  # (Latin letters: NER's and the other patterns'; 'Salim bin Hamad' is person_patronymic's)
    "يا جماعة، أحد عنده حل؟",  # 'folks, ...'
    "تمام يا باشا، شكرا", "حاضر يا معلم!",  # (Egyptian's 'boss', 'master')
    "الهدية من المدرسة الثانوية",  # 'from the secondary school': both words with the article
    "من حمد السعدي إلى البيت",  # (not at a message's end)
    "عزيزي العميل، طلبك في الطريق", "تنبيه، حسابك موقوف",  # 'dear customer', 'alert': no name first
    "مريم، شكرا",  # (no 'your' after the comma)
    "من خیلی خوشحال هستم", "ممنون از شما",  # (I am very happy; thank you)
    "تشکر از همکاری شما. زما شمېره: 072 927 3811", "مننه شمیره تماس: 0093 74 387 9506",  # (my number; contact number)
    'نام کاربری: pjalali123',  # (a login's label)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert [v for t, v in find(text, E) if t == E] == []


def test_a_note_signed_on_its_last_line_after_a_dash(find):
    assert [v for t, v in find("Closed by the cash team on 2024-04-03.\n- هالة", E) if t == E] == ["هالة"]
    assert [v for t, v in find("الخطوات:\n- اتصل بالمستفيد أولا", E) if t == E] == []  # (a list's item, a sentence)


def test_a_name_in_arabic_script_after_a_latin_label_or_its_latin_spelling(find):
    assert [v for t, v in find("Holder: رامي درويش\nIMEI of phone: 353911104092789", E)] == ["رامي درويش"]
    assert "رامي المصري" in [v for t, v in find("Staff: Rami Al-Masri / رامي المصري\nMobile: 0780971072", E)]
    assert [v for t, v in find("Status: مفتوح", E)] == []  # (no name's label)


def test_a_name_after_a_kin_word_and_the_levants_thanks(find):
    assert [v for t, v in find("شكراً مقدماً<br />أخوكم نور</div>", E)] == ["نور"]
    assert [v for t, v in find("الماك b0:08:c8:66:e6:79 أخوي وسام رقمه 009647509920909 عنده", E)] == ["وسام"]
    assert [v for t, v in find("أختي العزيزة", E)] == []  # (dear sister: no name)
    # a line of thanks, a forum's words and its table's header are no names
    assert [v for t, v in find("Rasha\nيعطيكم العافية", E) if v != "Rasha"] == []
    assert [v for t, v in find("انحلت المشكلة، شكراً للجميع اسم الكمبيوتر LAPTOP-8NCLF2X8", E)] == []
    assert [v for t, v in find("كاتب الموضوع", E)] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: a gift's recipient in an order's note; a mosque, a school or a street named for a person of
    # history; an order's state in its column
    ("هدية لـ مها العتيبي ، لا تضعوا الفاتورة داخل الكرتون", ["مها العتيبي"]), ("هدية لـ عائشة ، لا تضعوا", ["عائشة"]),
    ("البيت قريب من مسجد عثمان بن عفان", []), ("مدرسة عمر بن الخطاب", []), ("المستلم: سالم بن حمد الكعبي", ["سالم بن حمد الكعبي"]),
    ("جاري التجهيز", []), ("جاري التوصيل", []), ("قيد المراجعة", []), ("حمزة القروي", ["حمزة القروي"]),
])
def test_round_66s_names(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
