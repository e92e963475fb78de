"""LOCATION: an address and a town in Arabic script.

spaCy's English model reads no Arabic: a Yemeni customer's ``شارع حدة، جوار مستشفى آزال، صنعاء``
(Hadda Street, next to Azal hospital, Sana'a) gives it nothing. The words that make an address
do:

* ``ar_street`` (0.85): a street, a road, Oman's ``سكة`` (way), Kuwait's ``جادة`` and the words
  after it (``شارع حدة``, ``طريق السلطان قابوس``, ``سكة 3015``).
* ``ar_district`` (0.85): a quarter, a zone, a block (``حي السلام``, ``منطقة 66``, ``قطعة 4``,
  ``مجمع 336``).
* ``ar_house`` (0.85): a house, a villa, a building, a flat by its number (``منزل رقم 18``,
  ``عمارة ١٤٢٥``).
* ``ar_landmark`` (0.85): the landmark an address is given by (``جوار مستشفى آزال``: next to
  Azal hospital; ``خلف``, ``أمام``, ``مقابل``: behind, before, facing).
* ``ar_po_box`` (0.9): ``ص.ب 1234``, ``صندوق بريد 1234``, ``الرمز البريدي 112``.
  Persian's, Dari's and Pashto's words too (``سرک دوم``, second road; ``ناحیه ۱۱``, district 11;
  ``خانه ۱۲``, house 12).
* ``ar_town`` (0.85): the Arab world's, Iran's and Afghanistan's capitals, its larger towns and its countries, by name,
  with ``و``, ``ب``, ``ل`` glued before (and, in, to). Names that are common words too are not
  listed (``صور``, Sur, is "pictures"; ``العين``, Al Ain, "the eye").
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# An Arabic word's letters and vowel marks; the edges of a word (no Arabic letter before or after)
_AR = r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u064b-\u065f\u0670\u0640]"
_NOT_AR = r"(?<![\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640])"
_END = r"(?![\u0621-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u0640])"
# Words that end a place's name: prepositions, conjunctions, pronouns ('شارع حدة في صنعاء')
_STOP = (r"(?:من|في|فى|على|إلى|الى|عن|مع|و|أو|او|ثم|هو|هي|أنا|انا|نحن|قد|لا|لم|ما|رقم|هاتف|جوال|بس|لكن"
         r"|میں|نے|کو|سے|کا|کی|کے|ہے|ہیں|تھا|تھی|اور|یہ|وہ|ہم|آپ|زه|زما|په|ته)")  # (and Urdu's and Pashto's: in,
# I, to, from, of, is, was, and, this, that, we, you, my)
_WORD = r"(?!" + _STOP + _END + r")" + _AR + r"{2,}" + _END
_DIGITS = r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,6}"
# (after a street's or a quarter's word, any word first: 'حي السلام'; a number too: 'سكة 3015')
_PLACE_WORDS = (r"(?:" + _AR + r"{2,}" + _END + r"|" + _DIGITS + r")"
                r"(?:[\ ](?:" + _WORD + r"|" + _DIGITS + r")){0,2}")
_TOWNS = (
    # Oman, Yemen, Kuwait, Qatar, Bahrain, the Emirates, Saudi Arabia
    r"مسقط|مطرح|السيب|صحار|صلالة|نزوى|البريمي|عبري|الرستاق|بركاء|الخوير|القرم|العامرات|إبراء|خصب"
    r"|صنعاء|عدن|تعز|الحديدة|المكلا|ذمار|سيئون|حضرموت|المعلا|كريتر|الشحر|مأرب|زبيد|تريم"
    r"|السالمية|حولي|الجهراء|الفحيحيل|الفروانية|الأحمدي|الجابرية|المنقف|مدينة[\ ]الكويت"
    r"|الدوحة|الوكرة|الريان|لوسيل|أم[\ ]صلال|الدفنة"
    r"|المنامة|المحرق|الرفاع|مدينة[\ ]عيسى|مدينة[\ ]حمد|جدحفص"
    r"|دبي|أبوظبي|أبو[\ ]ظبي|الشارقة|عجمان|رأس[\ ]الخيمة|الفجيرة|أم[\ ]القيوين"
    r"|الرياض|جدة|مكة|المدينة[\ ]المنورة|الدمام|الخبر|الطائف|تبوك|أبها|الظهران|بريدة|حائل|نجران|جازان"
    # (and more of the Gulf's: Saudi Arabia's east and south, Qatar's north, Muscat's Bawshar)
    r"|الأحساء|الاحساء|القطيف|الجبيل|ينبع|خميس[\ ]مشيط|الخرج|عرعر|سكاكا|الباحة|الخور|بوشر"
    # the Levant, Iraq, Egypt, Sudan, the Maghreb
    r"|القاهرة|الإسكندرية|الاسكندرية|الجيزة|أسوان|الأقصر|بيروت|طرابلس|صيدا|دمشق|حلب|حمص|اللاذقية|بغداد|البصرة"
    r"|الموصل|أربيل|النجف|كربلاء|الخرطوم|أم[\ ]درمان|بورتسودان|تونس|صفاقس|سوسة|الجزائر|وهران|قسنطينة|الرباط"
    r"|الدار[\ ]البيضاء|مراكش|فاس|طنجة|نواكشوط|القدس|غزة|رام[\ ]الله|نابلس|الخليل|إربد|الزرقاء|العقبة"
    # Egypt's towns and Cairo's and Giza's quarters ('ساكن في الدقي', 'مدينة نصر'), Mauritania's towns and
    # Nouakchott's quarters ('تفرغ زينة', 'لكصر')
    r"|المنصورة|طنطا|الزقازيق|أسيوط|سوهاج|المنيا|بورسعيد|بور[\ ]سعيد|السويس|الإسماعيلية|الاسماعيلية|دمياط|الفيوم"
    r"|بني[\ ]سويف|شبين[\ ]الكوم|كفر[\ ]الشيخ|الغردقة|شرم[\ ]الشيخ|المحلة[\ ]الكبرى|بنها|العريش"
    r"|الدقي|مدينة[\ ]نصر|المعادي|مصر[\ ]الجديدة|شبرا|حلوان|العجوزة|إمبابة|امبابة"
    r"|المقطم|عين[\ ]شمس|المطرية|السيدة[\ ]زينب|جاردن[\ ]سيتي|الشيخ[\ ]زايد|التجمع[\ ]الخامس|الرحاب"
    r"|سموحة|سيدي[\ ]جابر|ميامي|العصافرة|محرم[\ ]بك"
    r"|نواذيبو|روصو|كيفة|كيهيدي|أطار|ازويرات|الزويرات|سيلبابي|ألاك|تفرغ[\ ]زينة|لكصر|توجنين"
    r"|دار[\ ]النعيم|السبخة|تيارت"  # (not 'الهرم', 'الميناء', 'مدينتي': the pyramid, the port, my city; nor
    # 'فيصل', 'عرفات': names; nor 'المهندسين', 'الزمالك', 'المنتزه', 'العيون', 'النعمة', 'قنا': the engineers,
    # a football club, the park, the eyes, the blessing, a canal; 'العجمي', a family name too)
    # Iran and Afghanistan, and their capitals' districts (Persian, Dari, Pashto: 'ساکن تهران هستم')
    r"|تهران|اصفهان|شیراز|مشهد|تبریز|کرج|اهواز|رشت|کرمان|یزد|همدان|ارومیه|زاهدان|کرمانشاه|قزوین|اراک|بندرعباس"
    r"|تجریش|ونک|سعادت[\ ]?آباد|نارمک|پاسداران|شهرک[\ ]غرب|کابل|هرات|مزارشریف|مزار[\ ]شریف|قندهار|کندهار"
    r"|ساری|اردبیل|زنجان|سنندج|خرم[\ ]?آباد|گرگان|بوشهر|بیرجند|بجنورد|سمنان|کاشان|بابل|آمل|دزفول|آبادان"
    r"|نیشابور|سبزوار|قشم|اسلامشهر|ایلام|یاسوج|شهرکرد|چابهار|بندر[\ ]انزلی|ورامین|شهریار|قرچک|پاکدشت"
    # (Qom after a preposition or before a comma only: Arabic's 'قم' is 'do', an interface's 'قم بتحديث')
    r"|(?<=(?:از|در|ساکن|به|شهر)[\ ])قم(?![\p{L}\p{M}])|قم(?=[،,])"
    r"|جلال[\ ]?آباد|کندز|غزنی|بامیان|خیرخانه|کارته[\ ]چهار|کارته[\ ]سه|وزیر[\ ]اکبر[\ ]خان|مکرویان|شهر[\ ]نو"
    # and the towns abroad their families write from, in Persian ('خواهرم از لندن فرستاده': my sister sent it from London)
    r"|لندن|دبی|استانبول|تورنتو|هامبورگ|مسکو|پیشاور|کویته|اسلام[\ ]?آباد"
    # Pakistan's towns in Urdu ('لاہور سے', from Lahore; 'کراچی میں', in Karachi)
    r"|لاہور|کراچی|راولپنڈی|فیصل[\ ]?آباد|ملتان|حیدر[\ ]?آباد|کوئٹہ|گوجرانوالہ|سیالکوٹ|ایبٹ[\ ]?آباد|مردان|سکھر"
    r"|بہاولپور|سرگودھا|لاڑکانہ|گلگت|مظفر[\ ]?آباد|گلشن[\ ]اقبال|گلستان[\ ]جوہر|پشاور"
    # the countries
    r"|عمان|عُمان|اليمن|الكويت|قطر|البحرين|الإمارات|الامارات|السعودية|مصر|الأردن|الاردن|لبنان|سوريا|سورية"
    r"|العراق|السودان|ليبيا|المغرب|موريتانيا|فلسطين"
)


class PlaceArabicRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "ar_street",
            r"(?x)" + _NOT_AR + r"(?:شارع|ش\.|طريق|سكة|سكه|جادة|زقاق|دوار|ميدان"
            r"|سرک|سړک|ڕێگای|ڕێگا|شەقامی|شەقام|کۆڵانی|کۆڵان)[\ ]" + _PLACE_WORDS,  # (Dari's and Pashto's road: 'کابل، خیرخانه،
            0.85,                              # سرک دوم'; Persian's streets are street_address's, with their number;
        ),                                     # Sorani's road, street, alley: 'ڕێگای پردی دەلال', the Dalal bridge's road)
        Pattern(
            "ar_district",
            r"(?x)" + _NOT_AR + r"(?:حي|منطقة|مجمع|قطعة|ضاحية|مخطط|بلوك|ناحیه|محله|منطقه|گذر|ولسوالی|شهرک|محلة"
            r"|گەڕەکی|گەڕەک|بلاک|سیکٹر|محلہ|فیز)[\ ]"  # (and Urdu's block, sector, mohalla, phase: 'بلاک 13 ڈی')
            + _PLACE_WORDS,  # (Persian's and Dari's district, quarter: 'ناحیه ۱۱'; Iraq's 'محلة 605'; Sorani's quarter)
            0.85,
        ),
        Pattern(
            "ar_house",
            r"(?x)" + _NOT_AR + r"(?:منزل|بيت|فيلا|فيلّا|عمارة|مبنى|بناية|شقة|مكتب|محل|خانه|واحد|پلاک|طبقه|دار|خانووی|خانوو"
            r"|باڵەخانەی|مکان|فلیٹ|پلاٹ|ہاؤس|کور|گلی|کوڅه|کوڅې)[\ ](?:رقم[\ ]|نمبر[\ ]|ژمارە[\ ])?"  # (Iraq's 'دار 12';
            # Sorani's house, building: 'خانووی ٤٤'; Urdu's house, flat, plot, lane and Pashto's house and street, by
            # their number: 'مکان 55', 'فلیٹ 3 بی', 'گلی 8', 'کور ۱۲', 'کوڅه ۴'; not 'گلی میں', in the lane)
            + _DIGITS + r"(?:[\ ](?:اے|بی|سی|ڈی|ای|ایف|جی))?" + _END,  # (Persian's and Dari's house, flat, plate, floor:
            # 'خانه ۱۲', 'واحد ۴'; a letter's name after the number, Urdu's: '3 بی', 3B)
            0.85,
        ),
        Pattern(
            "ar_landmark",
            r"(?x)(?<=" + _NOT_AR + r"(?:جوار|بجوار|بجانب|جنب|خلف|أمام|امام|مقابل|قرب|بالقرب[\ ]من|نزیک|نزیکی|بەرامبەر)[\ ])"
            + _WORD + r"(?:[\ ]" + _WORD + r"){1,2}",  # (a landmark by its name: 'behind the mosque' alone is
            0.85,                                        # no one's place)
        ),
        Pattern(
            "ar_po_box",
            r"(?x)" + _NOT_AR + r"(?:ص\.?[\ ]?ب\.?|صندوق[\ ]بريد|الرمز[\ ]البريدي|رمز[\ ]بريدي)[\ :]{0,2}" + _DIGITS + _END,
            0.9,
        ),
        Pattern("ar_town", r"(?x)(?<=" + _NOT_AR + r"(?:[وبل]ـ?)?)(?:" + _TOWNS + r")" + _END, 0.85),  # (a
        # preposition glued on, a tatweel between maybe: 'بـتبوك', in Tabuk)
        Pattern(
            "ur_area",  # an Urdu or a Pashto area's name by its last word: colony, town, bazaar ('گلگشت کالونی',
            # 'سیٹلائٹ ٹاؤن', 'بورډ بازار'), after a comma or a line's start: an address's piece
            r"(?x)(?<=(?:^|[،,]\ ?|—\ ))" + _WORD + r"(?:[\ ]" + _WORD + r")?[\ ](?:کالونی|ٹاؤن|ٹاون|بازار|آباد)" + _END,
            0.85,
        ),
    ]
    CONTEXT = ["عنوان", "العنوان", "address"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # (Arabic has no case: no case-blind prefilter, see DEVELOPERS.md)
        )
