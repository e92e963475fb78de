"""PERSON: a name in Arabic script, by the word that introduces it.

spaCy's English model reads no Arabic: a support chat's ``أنا سالم بن حمد الحارثي من مسقط``
(I am Salim bin Hamad Al-Harthy from Muscat) gives it nothing, and Arabic has no capital
letters to tell a name from the words around it. What introduces a name does:

* ``ar_name_titled`` (0.85): one to four words after a title or a form of address (``السيد``,
  ``الأستاذ``, ``المهندس``, ``د.``, ``الشيخ``, ``الأخ``, ``الحاج``: Mr, Professor, Engineer, Dr,
  Sheikh, brother, Hajj).
* ``ar_name_labelled`` (0.85): after ``اسمي`` (my name), ``معك`` (a call centre's "you are
  speaking with"), ``الاسم:``, ``اسم العميل``, ``المستلم`` (the recipient), ``المرسل`` (the sender).
* ``ar_name_self`` (0.85): after ``أنا`` (I am), a given name and a family's, its article
  first (``أنا محمد الحارثي``; ``أنا سعيد``, I am glad, is no name).
* ``ar_name_nasab`` (0.85): a name that says whose son or daughter its bearer is (``سالم بن حمد
  الحارثي``, ``فاطمة بنت سعيد``), and a kunya (``أبو عبدالله``).

A name stops at a word that is no name's: a preposition, a pronoun, a greeting, the words a
message goes on with (``من``, from; ``في``, in; ``ورقمي``, and my number).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# An Arabic word's letters (Persian's and Urdu's extra ones too) and vowel marks; the edges
# of a word (no Arabic letter before or after)
_AR = r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u064b-\u065f\u0670\u0640]"
_NOT_AR = r"(?<![\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640])"
_END = r"(?![\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640])"
_STOP = (r"(?:من|في|فى|على|إلى|الى|إلي|عن|مع|و|أو|او|ثم|هو|هي|أنا|انا|نحن|هذا|هذه|ذلك|التي|الذي|قد|لا|لم|لن|ما"
         r"|كان|كانت|يا|رقم|هاتف|جوال|عنوان|شكرا|شكراً|مرحبا|مرحباً|السلام|عليكم|تحياتي|معكم|معك|الخدمة|خدمة"
         r"|العملاء|العميل|الطلب|طلب|حسابي|حساب|اليوم|غدا|أمس|الآن|الان|بخصوص|حول|لدي|عندي|عند|بعد|قبل|كل"
         r"|أرجو|ارجو|يرجى|نرجو|المشكلة|مشكلة|الرد|ممكن|لو|إذا|اذا|لكن|بس|تم|سوف|سيتم|هل|كيف|متى|أين|اين"
         r"|وين|ليش|ليه|شو|ايش|إيش|حبيبي|أخي|اخي|يعطيك|العافية|الله|إن|ان|أن|شاء|بإذن|باذن"
         r"|رقمي|ورقمي|عنواني|وعنواني|وأنا|وانا|وهو|وهي|عميل|موظف|مدير|صاحب|بحاجة|متأكد|آسف|اسف)")
_WORD = r"(?!" + _STOP + _END + r")" + _AR + r"{2,}" + _END
_NAME = _WORD + r"(?:[\ ]" + _WORD + r"){0,3}"
_TITLE = (r"(?:السيد|السيدة|السيده|الأستاذ|الاستاذ|الأستاذة|الاستاذة|المهندس|المهندسة|م\.|د\.|الدكتور|الدكتورة"
          r"|الشيخ|الشيخة|الأخ|الاخ|الأخت|الاخت|الحاج|الحاجة|الفاضل|الفاضلة|المكرم|المكرمة)")
_LABEL = r"(?:اسمي|إسمي|معك|معاك|الاسم[\ ]?:|الإسم[\ ]?:|اسم[\ ]العميل[\ ]?:?|المستلم[\ ]?:?|المرسل[\ ]?:?)"


class PersonArabicRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern("ar_name_titled", r"(?x)(?<=" + _NOT_AR + _TITLE + r"[\ ]?)" + _NAME, 0.85),
        Pattern("ar_name_labelled", r"(?x)(?<=" + _NOT_AR + _LABEL + r"[\ ])" + _NAME, 0.85),
        Pattern(
            "ar_name_self",
            r"(?x)(?<=" + _NOT_AR + r"(?:أنا|انا)[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r")?[\ ]ال" + _AR + r"{2,}" + _END,
            0.85,
        ),
        Pattern(
            "ar_name_nasab",
            r"(?x)" + _NOT_AR + r"(?:(?:أبو|ابو)[\ ]" + _WORD + r"(?:[\ ]" + _WORD + r")?"  # a kunya: 'أبو عبدالله'
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
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
        )
