"""PERSON: a name in Arabic script, by the word that introduces it.

spaCy's English model reads no Arabic: a support chat's ``أنا سالم بن حمد الحارثي من مسقط``
(I am Salim bin Hamad Al-Harthy from Muscat) gives it nothing, and Arabic has no capital
letters to tell a name from the words around it. What introduces a name does:

* ``ar_name_titled`` (0.85): one to four words after a title or a form of address (``السيد``,
  ``الأستاذ``, ``المهندس``, ``د.``, ``الشيخ``, ``الأخ``, ``الحاج``: Mr, Professor, Engineer, Dr,
  Sheikh, brother, Hajj).
* ``ar_name_labelled`` (0.85): after ``اسمي`` (my name; Uyghur's ``ئىسمىم``), ``معك`` (a call centre's "you are
  speaking with"), ``التواصل مع`` (contact ... at), ``الاسم:``, ``اسم العميل``, ``المستلم`` (the recipient), ``المرسل`` (the sender).
* ``ar_name_self`` (0.85): after ``أنا`` (I am), a given name and a family's, its article
  first (``أنا محمد الحارثي``; ``أنا سعيد``, I am glad, is no name), or two words before ``من``
  (from: ``أنا يوبا ساسي من Monastir``).
* ``ar_name_signature_line`` (0.7): a line that is a given name and a family's with its article
  alone, or before a dash and a town (``حمزة القروي``, ``ديهيا الجبالي — Gabès``, ``أميمة حجاج — El Hidhab``).
* ``ar_name_greeted`` (0.7): one or two words after a greeting (``أهلاً``, ``مرحبا``, ``هلا``; Urdu's,
  Dari's and Pashto's ``محترم``, respected) and before its comma (``أهلاً حمدان، ...``, ``محترم لیلا، ...``).
* ``ar_name_vocative`` (0.7): a name alone after ``يا`` (O ..., a greeting's: ``رمضان كريم يا إبراهيم``);
  ``ar_name_from`` (0.7): a given name and a family's after ``من`` (from) at a message's end;
  ``ar_name_signed`` (0.85): a sign-off's name, in English or Arabic (``Regards محمد المعشني``);
  ``ar_name_addressed`` (0.7): a message's first word, its reader's name, before a comma and a
  word that says "your" (``مريم، طلبك في الطريق إليك``: Maryam, your order is on its way);
  ``ar_name_kin`` (0.7): a name after a kin word, a sign-off's ``أخوكم نور`` (your brother) or ``أخوي
  وسام رقمه ...`` (my brother Wissam, his number ...).
* ``fa_name_self`` (0.85): Persian's, Dari's and Pashto's ``من فاطمه حسینی هستم`` (I am ...) and
  ``اسم من علی کریمی است`` (my name is ...); their thanks (``با تشکر``, ``ممنون``) before a
  sign-off's name too.
* ``ar_name_nasab`` (0.85): a name that says whose son or daughter its bearer is (``سالم بن حمد
  الحارثي``, ``فاطمة بنت سعيد``), and a kunya (``أبو عبدالله``).

A name stops at a word that is no name's: a preposition, a pronoun, a greeting, the words a
message goes on with (``من``, from; ``في``, in; ``ورقمي``, and my number).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# An Arabic word's letters (Persian's and Urdu's extra ones too) and vowel marks; the edges
# of a word (no Arabic letter before or after)
# (and Persian's zero-width non-joiner inside a word: 'حبیب‌الله')
_AR = r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u064b-\u065f\u0670\u0640\u200c]"
_NOT_AR = r"(?<![\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640\u200c])"
_END = r"(?![\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640\u200c])"
_STOP = (r"(?:من|في|فى|على|إلى|الى|إلي|عن|مع|و|أو|او|ثم|هو|هي|أنا|انا|نحن|هذا|هذه|ذلك|التي|الذي|قد|لا|لم|لن|ما"
         r"|كان|كانت|يا|رقم|هاتف|جوال|عنوان|شكرا|شكراً|مرحبا|مرحباً|السلام|عليكم|تحياتي|معكم|معك|الخدمة|خدمة"
         r"|العملاء|العميل|الطلب|طلب|حسابي|حساب|اليوم|غدا|أمس|الآن|الان|بخصوص|حول|لدي|عندي|عند|بعد|قبل|كل"
         r"|أرجو|ارجو|يرجى|نرجو|المشكلة|مشكلة|الرد|ممكن|لو|إذا|اذا|لكن|بس|تم|سوف|سيتم|هل|كيف|متى|أين|اين"
         r"|وين|ليش|ليه|شو|ايش|إيش|حبيبي|أخي|اخي|يعطيك|العافية|الله|إن|ان|أن|شاء|بإذن|باذن"
         r"|رقمي|ورقمي|عنواني|وعنواني|وأنا|وانا|وهو|وهي|عميل|موظف|مدير|صاحب|بحاجة|متأكد|آسف|اسف"
         r"|فريق|إدارة|ادارة|الإدارة|قسم|شركة|مؤسسة|مجموعة|متجر|مكتب|الدعم|الفني|المبيعات"  # (a team's, a firm's)
         r"|هستم|هست|است|از|به|را|که|این|آن|برای|با|در|دی|یم|یې|شماره|ساکن|تشکر|ممنون|سپاس"  # (Persian's and Pashto's
                                                   # am, is, from, to, that, this, for, with, in; number, resident;
         r"|خیلی|خوشحال|مطمئن|ناراحت|منتظر|مشتری|کاربر|اینجا|الان|یک|هم|واقعا|خوب|خسته|نگران|راضی|ناراضی"  # very, happy,
         r"|موافق|مخالف|دانشجو|مهندس|مدیر|همکار|شما|شماست|ما|او"  # sure, upset, waiting, customer, user, here, now, a,
                                                   # also, really, good, tired, worried, (dis)satisfied, agree, student,
                                                   # engineer, manager, colleague, you, we, he: 'من خیلی خوشحال هستم';
         r"|بود|بوده|شد|شده|کرد|کرده|گفت|نیست|دارد|دارم|بودند"  # was, became, did, said, is not, has;
         r"|شمیره|شمېره|زما|تماس|ستاسو|زه|مننه|مهرباني|پته|آدرس|ادرس"  # Dari's and Pashto's number, my, contact,
                                                   # your, I, thanks, please, address: 'زما شمېره: 072 ...'
         # (and a forum's words: to all, the topic's writer, networks, section, reply, quote, outside)
         r"|للجميع|كاتب|الموضوع|موضوع|شبكات|منتدى|المنتدى|مشاركة|المشاركات|اقتباس|برا|بره"
         # (and Uyghur's I, you, and, with, I live, was, number, phone, address, thanks, hello)
         r"|مەن|سىز|ۋە|بىلەن|تۇرىمەن|ئىدى|ئىدىم|بولىدۇ|نومۇرۇم|تېلېفون|ئادرېس|رەھمەت|ياخشىمۇسىز|ئەسسالامۇ|دەيمەن)")
_WORD = r"(?!" + _STOP + _END + r")" + _AR + r"{2,}" + _END
# Words after 'يا' (O ...) or first in a message that are no one's name: folks, friends, dear, brother,
# God, greetings and wishes ('يا جماعة', 'يا شباب', 'عزيزي العميل، ...', 'تنبيه، ...')
_NOT_NAMES = (r"(?:جماعة|شباب|اخوان|إخوان|اخواني|إخواني|ناس|رجال|بنات|حبيبي|حبيبتي|صديقي|عزيزي|عزيزتي|أستاذ|استاذ"
              r"|عمي|خالي|ولد|بنت|ريت|ليت|هلا|سلام|الله|رب|ربي|غالي|غالية|أهلا|اهلا|مرحبا|تنبيه|عاجل|ملاحظة|تذكير"
              r"|عميلنا|عملاءنا|عزيز|أخي|اخي|أختي|اختي|مبروك|رمضان|عيد|العيد|جمعة|صباح|مساء|تهانينا"
              # (and Egyptian's 'boss', 'master', 'chief', 'engineer', 'doctor', 'man', 'guys', 'my friend':
              # 'تمام يا باشا', 'يا معلم', 'يا ريس', 'يا باشمهندس', 'يا دكتور', 'يا عم', 'يا جدعان', 'يا صاحبي')
              r"|باشا|معلم|ريس|باشمهندس|دكتور|عم|جدعان|صاحبي|برنس|كبير|بيه|هانم|فندم|افندم"
              # (and the Levant's thanks on a line of its own: 'يعطيكم العافية' (God give you health), 'يسلمو')
              r"|يعطيكم|يعطيك|يسلمو|يسلموا|يسلمك|تسلم|تسلمو|مشكورين|مشكور|شكرا|شكراً"
              r"|العزيز|العزيزة|الكبير|الكبيرة|الصغير|الصغيرة|الغالي|الغالية"  # (dear, elder, younger: 'أختي العزيزة')
              # (and an order's state: in progress, done, under, awaiting, cancelled: a shop's 'حالة الطلب' column,
              # 'جاري التجهيز', 'جاري التوصيل', 'قيد المراجعة', 'بانتظار الدفع')
              r"|جاري|جارٍ|تم|قيد|بانتظار|انتظار|تحت|ملغي|ملغى|مرتجع|مسترجع)")
_NAME = _WORD + r"(?:[\ ]" + _WORD + r"){0,3}"
# What is named for a person of history, no one here: a mosque, a school, a street, a road, a hospital, a
# district, a hall
_NAMED_FOR = (r"(?:مسجد|جامع|مدرسة|مدرسه|شارع|طريق|مستشفى|مستشفي|حي|قاعة|مجمع|ثانوية|ابتدائية|متوسطة|جسر|دوار"
              r"|ميدان|كلية|جامعة)")
_TITLE = (r"(?:السيد|السيدة|السيده|الأستاذ|الاستاذ|الأستاذة|الاستاذة|المهندس|المهندسة|م\.|د\.|الدكتور|الدكتورة"
          r"|الشيخ|الشيخة|الأخ|الاخ|الأخت|الاخت|الحاج|الحاجة|الفاضل|الفاضلة|المكرم|المكرمة"
          r"|آقای|خانم|سرکار[\ ]خانم|جناب|مهندس|دکتر|حاجی)")  # (Persian's Mr, Mrs, sir, engineer, doctor, Hajji:
# 'مال خانم نرگس فراهانی بوده': it was Mrs Narges Farahani's)
_LABEL = (r"(?:اسمي|إسمي|معك|معاك|الاسم[\ ]?:|الإسم[\ ]?:|اسم[\ ]العميل[\ ]?:?|المستلم[\ ]?:?|المرسل[\ ]?:?"
          r"|(?:ال)?تواصل[\ ]مع|يرجى[\ ]الاتصال[\ ]ب"  # (contact ... at: 'التواصل مع شمة السيد على +973 ...')
          r"|(?-i:Holder|Name|Staff|Contact|Customer|Recipient|Owner|Employee)[\ ]?:"  # (a form's Latin label: 'Holder: رامي درويش')
          r"|نام[\ ]?:|نام[\ ]و[\ ]نام[\ ]خانوادگی[\ ]?:|نام[\ ]کامل[\ ]?:|گیرنده[\ ]?:|مشتری[\ ]?:"
          r"|ئىسمىم|ئىسمى[\ ]?:|ئىسىم[\ ]?:|ئىسىم-فامىلە[\ ]?:|خېرىدار[\ ]?:|تاپشۇرۇۋالغۇچى[\ ]?:)")  # (Uyghur's
# my name, name, full name, customer, recipient: 'مېنىڭ ئىسمىم ئابدۇرېھىم تۇرسۇن')  # (Persian's
# name, full name, recipient, customer labels: 'نام: فرشته امیری')


class PersonArabicRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern("ar_name_titled", r"(?x)(?<=" + _NOT_AR + _TITLE + r"[\ ]?)" + _NAME, 0.85),
        Pattern("ar_name_labelled", r"(?x)(?<=" + _NOT_AR + _LABEL + r"[\ ])(?!" + _TITLE + r"[\ ])" + _NAME, 0.85),
        # (a title after the label is ar_name_titled's: 'التواصل مع المهندس خالد العجمي')
        Pattern(
            "ar_name_self",
            r"(?x)(?<=" + _NOT_AR + r"(?:أنا|انا)[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r")?[\ ]ال" + _AR + r"{2,}" + _END
            + r"|(?<=" + _NOT_AR + r"(?:أنا|انا)[\ ])" + _WORD + r"[\ ]" + _WORD + r"(?=[\ ]من[\ ])",  # (or two
            0.85,                            # words before 'from': 'أنا يوبا ساسي من Monastir')
        ),
        Pattern(
            "ar_gift_for",
            r"(?x)(?<=" + _NOT_AR + r"(?:هدية|هديه|إهداء|اهداء)[\ ](?:لـ?|إلى|الى)[\ ]?)(?!" + _NOT_NAMES + _END + r")"
            + _WORD + r"(?:[\ ]" + _WORD + r")?(?=[\ ]?[،,.!]|[\ \t]*$)",  # a gift's recipient, an order's note: 'هدية
            0.85,                                                         # لـ مها العتيبي ، لا تضعوا الفاتورة ...'
        ),
        Pattern(
            "ar_name_signature_line",
            r"(?x)(?<=(?:^|\n)[\ \t>]{0,6})(?!" + _NOT_NAMES + _END + r")" + _WORD + r"[\ ](?!الله" + _END + r")ال"
            + _AR + r"{2,}" + _END + r"(?=[\ \t]*(?:\r?\n|$)|[\ ][—–][\ ])"  # a signature's line, a given name and a family's
            + r"|(?<=(?:^|\n)[\ \t>]{0,6})(?!" + _NOT_NAMES + _END + r")" + _WORD + r"[\ ]" + _WORD
            + r"(?=[\ ][—–][\ ]\S)",  # (any family's before a dash and the town: 'أميمة حجاج — El Hidhab')
            0.7,                                         # with its article: 'حمزة القروي', 'ديهيا الجبالي — Gabès'
        ),
        Pattern(
            "fa_name_self",
            r"(?x)(?<=" + _NOT_AR + r"من[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r"){1,2}(?=[\ ]هستم" + _END + r")"
            + r"|(?<=" + _NOT_AR + r"(?:اسم[\ ]من|اسمم|نام[\ ]من|نامم|زما[\ ]نوم|نوم|ناوم|ناوی[\ ]من)(?:[\ ]?[:：])?[\ ])" + _NAME
            + r"(?=[\ ](?:است|هست|دی)" + _END + r"|[\ ]?[،,.!:]|\s*$)",  # Persian's, Dari's and Pashto's 'I am ...'
            0.85,                                                     # and 'my name is ...': 'من فاطمه حسینی هستم',
        ),                                                            # 'اسم من علی کریمی است', 'زما نوم ... دی'
                                                                      # (and Sorani's: 'ناوم ئاراس عەبدوڵڵایە،')
        Pattern(
            "fa_name_greeted",
            r"(?x)(?<=" + _NOT_AR + r"(?:سلام|درود)[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}"
            + r"(?=[\ ](?:جان|صاحب|جی)[،,!])",  # a greeting's name before 'dear' or 'sir' ('سلام محمد نبی جان،',
            0.85,                                 # 'سلام حبیب‌الله صاحب،')
        ),
        Pattern(
            "ar_name_greeted",
            r"(?x)(?<=" + _NOT_AR + r"(?:أهلاً|أهلا|اهلاً|اهلا|مرحباً|مرحبا|هلا|محترم|محترمه|محترمہ|گرامی)[\ ])(?!" + _NOT_NAMES + _END + r")"
            + _WORD
            + r"(?:[\ ]" + _WORD + r")?(?=[\ ]?[،,!])",  # a greeting's name before its comma ('أهلاً حمدان، I live
            0.7,                                          # in Al Wakra too'), one or two words
        ),
        Pattern(
            "ar_name_vocative",
            r"(?x)(?<=" + _NOT_AR + r"يا[\ ])(?!" + _NOT_NAMES + _END + r")" + _WORD
            + r"(?=[\ ]?[،,!.؟?]|[\ ]+[^\s\u0621-\u064a]|\s*$)",  # 'O ...', a name alone: 'رمضان كريم يا إبراهيم 🌙',
            0.7,                                               # 'عيدكم مبارك يا جاسم،' (not 'يا جماعة', folks)
        ),
        Pattern(
            "ar_name_from",
            r"(?x)(?<=" + _NOT_AR + r"من[\ ])(?!ال)" + _WORD + r"[\ ]ال" + _AR + r"{2,}" + _END
            + r"(?=\s*[،,.!؟?'\"]|\s*$)",  # a message's sender at its end: 'تهنئة بمناسبة العيد من حمد السعدي'
            0.7,                             # (a given name, then a family's with its article)
        ),
        Pattern(
            "ar_name_signed",
            r"(?x)(?<=(?:\b(?:Regards|regards|Thanks|thanks|Thank[\ ]you|Best|Cheers|Salam|Salaam)|تحياتي|مع[\ ]الشكر"
            r"|مع[\ ]التحية|مع[\ ]خالص[\ ]التحية"  # (with greetings: 'مع التحية،<br />راشد الهنائي')
            r"|شكرا|شكراً|با[\ ]تشکر|باتشکر|تشکر|ممنون|سپاس|با[\ ]سپاس|با[\ ]احترام|ارادتمند|مننه|په[\ ]درنښت"
            r"|ھۆرمەت[\ ]بىلەن|رەھمەت|Құрметпен|Рахмет|Хүндэтгэсэн|Баярлалаа"
            r"|لەگەڵ[\ ]ڕێزدا|لەگەڵ[\ ]ڕێز|بە[\ ]ڕێزەوە|زۆر[\ ]سوپاس)[,،]?"  # (Sorani's regards and thanks: 'لەگەڵ ڕێزدا، گۆران مستەفا';
            # Uyghur's, Kazakh's and
            # Mongolian's regards and thanks before a name in Uyghur's script: 'Құрметпен ئادىل نۇرمەت')
            r"(?:[\ \n]|<br\s?/?>){1,8})"  # (Persian's, and Pashto's 'respectfully', a line break's markup between:
            + _WORD + r"(?:[\ ]" + _WORD + r"){1,3}",  # Dari's and Pashto's thanks: 'با تشکر\nمحمد رضایی', 'با احترام،<br>
                                                        # فریده سلطانی') a sign-off's name in
            0.85,                                                           # Arabic: 'Regards محمد المعشني'
        ),
        Pattern(
            "ku_name_dear",
            r"(?x)(?<=" + _NOT_AR + r"(?:سوپاس|سڵاو|بەڕێز)[\ ])" + _WORD + r"(?=[\ ]گیان" + _END + r")",  # Sorani's 'thanks, dear
            0.85,                                                                  # ...': 'سوپاس ئاواز گیان، کێشەکە ...'
        ),
        Pattern(
            "ar_name_kin",
            r"(?x)(?<=" + _NOT_AR + r"(?:أخوكم|أختكم|اخوكم|اختكم|أخوي|اخوي|أختي|اختي|أخي|اخي|خيي|خيّي)[\ ])(?!" + _NOT_NAMES + _END + r")"
            + _WORD + r"(?:[\ ]" + _WORD + r")?"  # a kin word before a name: a sign-off's 'your brother' ('أخوكم نور'),
            + r"(?=[\ \t]*(?:\r?\n|$|<)|[\ ]?[،,.!؟?]|[\ ](?:رقمه|رقمها|عنده|عندها)" + _END + r")",  # 'my brother' and
            0.7,                              # his number ('أخوي وسام رقمه 0750 ...')
        ),
        Pattern(
            "ar_name_after_latin",
            r"(?x)(?<=[A-Za-z][\ ]/[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r"){1,2}"
            + r"(?=[\ \t]*(?:\r?\n|$|[,;|]))",  # a name in Arabic script after its Latin spelling and a slash ('Staff:
            0.85,                                 # Rami Al-Masri / رامي المصري')
        ),
        Pattern(
            "ar_name_dash_signed",
            r"(?x)(?<=(?:^|\n)[-–—][\ ])(?!" + _NOT_NAMES + _END + r")" + _WORD + r"(?:[\ ]" + _WORD + r")?"
            + r"(?=[\ \t]*(?:\r?\n|$))",  # a note signed on its last line after a dash ('... on 2024-04-03.\n- هالة'):
            0.7,                          # one or two words alone on the line
        ),
        Pattern(
            "ar_name_addressed",
            r"(?x)(?:^|(?<=\n))(?!" + _NOT_NAMES + _END + r")" + _WORD  # a message that starts with its reader's
            + r"(?=،[\ ](?:[^\n]{0,30}?[\ ])?" + _AR + r"+ك" + _END + r")",  # name and says 'your' after it:
            0.7,                                                          # 'مريم، طلبك في الطريق إليك'
        ),
        Pattern(
            "ar_name_nasab",
            r"(?x)" + _NOT_AR + r"(?<!" + _NAMED_FOR + r"[\ ])"  # (not a mosque, a school, a street named for one:
            # 'مسجد عثمان بن عفان', 'مدرسة عمر بن الخطاب', 'شارع خالد بن الوليد')
            r"(?:(?:أبو|ابو)[\ ]" + _WORD + r"(?:[\ ]" + _WORD + r")?"  # a kunya: 'أبو عبدالله'
            + r"|" + _WORD + r"[\ ](?:بن|بنت|ابن|ابنة)[\ ]" + _WORD  # whose son or daughter: 'سالم بن حمد'
            + r"(?:[\ ](?:(?:بن|بنت)[\ ])?" + _WORD + r"){0,2})",  # (and the grandfather's, the family's)
            0.85,
        ),
    ]
    CONTEXT = ["اسم", "الاسم", "name"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # (Arabic has no case: no case-blind prefilter, see DEVELOPERS.md)
        )
