"""LOCATION: the North Caucasus' towns and republics (Chechnya, Dagestan, Ingushetia, Kabardino-Balkaria, North
Ossetia, Karachay-Cherkessia, Adygea) in Cyrillic and in Latin letters, and Turkey's towns and Istanbul's, Ankara's
and Izmir's districts.

spaCy's small English model reads no Cyrillic, reads ``Gudermes``, ``Khasavyurt`` or ``Kadıköy`` as persons, and
takes Turkish's case suffix into the name (``İstanbul'dan``, from Istanbul); a chat's lines and an export's cells get
no NER. Russian declines a town's name (``в Грозном``, in Grozny; ``из Махачкалы``, from Makhachkala; ``в
Назрани``), and Turkish writes its case after an apostrophe (``Ankara'da``, in Ankara; ``Bursa'ya``, to Bursa),
which ends the span. A closed list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``nc_town_cyrillic``: the towns and the republics with Russian's case endings (``Грозного``, ``Махачкалой``,
  ``Дербенте``, ``Дагестанские Огни``, ``Чечне``, ``Чеченская Республика``, ``Республика Дагестан``,
  ``Северной Осетии``).
* ``nc_region_letters``: a republic's letters in an address, after a comma (``г. Грозный, ЧР, ...``, ``..., РД``).
* ``nc_town_latin``: romanized, with Russian's endings too (``Grozny``/``Groznom``, ``Makhachkala``/``Makhachkale``,
  ``Nazran``, ``Khasavyurt``, ``Nalchik``, ``Vladikavkaz``, ``Chechnya``, ``Dagestan``, ``Ingushetiya``).
* ``tr_town``: Turkey's towns and Istanbul's, Ankara's and Izmir's districts, with their apostrophe's case or not
  (``İstanbul``, ``Antalya'nın``, ``Trabzon'a``, ``Eskişehir``, ``Kadıköy'de``, ``Üsküdar``, ``Çankaya``).
* ``tr_words_by_case``: ``Fatih``, a man's name too, only with its apostrophe's case (``Fatih'te``).
* ``place_words_after_prep``: the names that are words or people's too (``Аргун``, ``Шали``, ``Магас``, ``Сунжа``,
  ``Ахты``, ``Ведено``, ``Беслан``, ``Argun``, ``Shali``, ``Magas``, ``Fatih``, ``Van``), only after Russian's,
  its transliteration's or English's word for 'in', 'from', 'to' or 'town' (``в Аргуне``, ``из Беслана``, ``г.
  Магас``, ``v Shali``, ``in Fatih``, ``in Van``); a given name's (``Беслан``, ``Fatih``, ``Van``) not after 'from'
  or 'to' ('a message from Fatih').

Left out: Turkey's east and southeast (``Diyarbakır``, ``Van'da``, ``Kars``, ``Erzurum``) are place_kurdistan's;
``Грозный`` after ``Иван`` (Ivan the Terrible) or a club's name (``Ахмат Грозный``, ``Анжи Махачкала``); a town
inside a firm's, a club's or a body's name (``Beşiktaş JK``, ``İstanbul Üniversitesi``, ``Antalya Havalimanı``,
``Adana Demirspor``); the adjectives (``Грозненский нефтяной``, ``Дагестанский государственный университет``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Russian's endings per stem: a consonant's (masculine), the feminine's in -а and in -ь, the adjective's, in -ия
_M = r"(?:а|у|е|ом)?"
_CYRILLIC = (
    r"(?:Дербент|Хасавюрт|Буйнакск|Каспийск|Кизляр|Избербаш|Кизилюрт|Гудермес|Урус-Мартан|Ачхой-Мартан|Малгобек"
    r"|Карабулак|Нальчик|Владикавказ|Черкесск|Майкоп|Моздок|Ботлих|Гуниб|Хунзах|Кумух|Дагестан)" + _M
    + r"|Грозн(?:ый|ого|ом|ому|ым)|(?:Махачкал|Цумад)(?:а|ы|е|у|ой|ою)|Назран(?:ь|и|ью)|Курчало(?:й|я|е|ю|ем)"
    r"|Наурск(?:ая|ой|ую)|Дагестанск(?:ие|их|им|ими)[ ]Огн(?:и|ей|ям|ями|ях)"
    # the republics ('Чеченская Республика', 'Республика Дагестан', 'в Северной Осетии - Алании')
    r"|(?:Чеченск|Кабардино-Балкарск|Карачаево-Черкесск)(?:ая|ой|ую)[ ]Республик(?:а|и|е|у|ой)"
    r"|Республик(?:а|и|е|у|ой)[ ](?:Дагестан|Ингушетия|Адыгея|Северная[ ]Осетия(?:[ ]?[-–—][ ]?Алания)?)"
    r"|Чечн(?:я|и|е|ю|ей|ёй)|(?:Ингушет|Кабардино-Балкар|Карачаево-Черкес|Осет)и(?:я|и|ю|ей)|Адыге(?:я|и|ю|ей)"
    r"|Северн(?:ая|ой|ую)[ ]Осети(?:я|и|ю|ей)(?:[ ]?[-–—][ ]?Алани(?:я|и|ю|ей))?"
)
_LATIN = (
    r"(?:Derbent|Khasavyurt|Hasavyurt|Buynaksk|Buinaksk|Kaspiysk|Kaspiisk|Kizlyar|Izberbash|Kizilyurt|Gudermes"
    r"|Urus-Martan|Achkhoy-Martan|Malgobek|Karabulak|Nalchik|Vladikavkaz|Cherkessk|Maykop|Maikop|Mozdok|Botlikh"
    r"|Gunib|Khunzakh|Dagestan|Daghestan)(?:a|e|u|om)?"
    r"|Grozn(?:yy|yi|iy|y|om|ogo|omu|ym)|(?:Makhachkal|Mahachkal)(?:a|y|e|u|oy|oi)|Nazran(?:i|yu)?|Kurchaloy"
    r"|Chechn(?:ya|ye|yu|ia|i)|Chechen[ ]Republic|Ingusheti(?:a|ya|i|yu)|Kabardino-Balkari(?:a|ya)"
    r"|Karachay-Cherkessi(?:a|ya)|North[ ]Ossetia(?:[ ]?[-–—][ ]?Alania)?|Ossetia|Adyge(?:a|ya)"
)
# A club's name or Ivan the Terrible's before Grozny ('Ахмат Грозный', 'Анжи Махачкала', 'Иваном Грозным')
_NOT_A_CLUB = (r"(?<!\b(?:Иван|Иоанн|Ахмат|Терек|Анжи|Динамо|Легион|Алания|Спартак|Ангушт|Дружба|Ivan|Ioann|Akhmat"
               r"|Terek|Anzhi|Dynamo|Spartak|Alania|Angusht|ФК|FC)(?:а|у|ом|е)?[ ])")
_NC_AFTER = (r"(?:Арена|Экспо|Банк|Групп|Телеком|Энерго|Нефть|Нефтегаз|Авиа|Авто|Плаза|Молл|Моторс|ТВ|ФМ|Arena|Expo"
             r"|Bank|Group|Telecom|Energo|Neft|Avia|Motors|Airport|University|State|Oil|FC)")

# Turkey's towns (the east's and the southeast's are place_kurdistan's) and the big towns' districts
_TR = (r"(?:İstanbul|Istanbul|Ankara|İzmir|Izmir|Bursa|Antalya|Trabzon|Konya|Adana|Gaziantep|Kayseri|Eskişehir"
       r"|Eskisehir|Samsun|Ardahan|Rize|Sakarya|Adapazarı|Kocaeli|İzmit|Izmit|Mersin|Hatay|Antakya"
       r"|Kadıköy|Kadikoy|Üsküdar|Uskudar|Beşiktaş|Besiktas|Şişli|Sisli|Beyoğlu|Beyoglu|Bakırköy|Bakirkoy"
       r"|Ataşehir|Atasehir|Esenyurt|Çankaya|Cankaya|Keçiören|Kecioren|Bornova|Karşıyaka|Karsiyaka"
       # (and the North Caucasus as Turkish writes it: 'Mahaçkale'de', 'Dağıstan'dan')
       r"|Mahaçkale|Dağıstan|Çeçenistan|İnguşetya|Grozni)")
# Turkish's case after an apostrophe (in, from, to, the accusative, of, from-a-place; 'I am from'), and English's 's
_TR_CASE = r"(?:[dt][ae](?:n|ki|y[ıiuü][mz])?|y?[ae]|y?[ıiuü]|n?[ıiuü]n|l[ıiuü](?:y[ıiuü]m)?|s)(?![\p{L}\p{M}])"
_TR_AFTER = (r"(?:Üniversitesi|Universitesi|University|Havalimanı|Havaalanı|Airport|Büyükşehir|Belediyesi|Valiliği"
             r"|Barosu|Spor|Demirspor|Başakşehir|FK|SK|JK|Jimnastik|Kulübü|Holding|Ticaret|Grup|Group|Bank|Hotel"
             r"|Otel|AVM|Mall|Arena|Expo|Airlines|Havayolları|Gazetesi|Festivali|Maratonu|Marathon)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?(?:" + _NC_AFTER + r"|" + _TR_AFTER + r")(?![\p{L}\p{M}])"
                 r"|[ ](?:maçı|maçında|taraftarı|taraftarları|kebap|kebabı|kebab|airport|fc)\b)")
_NOT_A_SITE = r"(?<!\b(?:Şube|Şubesi|Mağaza|Branch|Store|Office|Hotel|Otel|Bank|Филиал|Отель)[ ])"

# Words or people's names too: only after a preposition or a town's word; a given name's not after 'from' or 'to'
_WORDS = (r"(?:Аргун|Магас)" + _M + r"|Сунж(?:а|и|е|у|ей)|Шали|Ахты|Ведено|(?:Argun|Magas)(?:a|e|u|om)?"
          r"|Sunzh(?:a|i|e|u|ey)|Shali|Akhty|Vedeno")
_NAMES = r"Беслан" + _M + r"|Beslan(?:a|e|u|om)?|Fatih|Van(?![ ]?[\p{Lu}\d]|['’]s)"
_PLACE_PREP = (r"[вВ]|[вВ]о|[иИ]з|[дД]о|[пП]од|[оО]коло|[гГ]ород[ае]?|г\.|с\.|[сС]ел[оеа]|v|iz|gorod|g\.|selo"
               r"|[iI]n|[nN]ear")
_PREP = r"(?<=(?<![\p{L}\p{M}\-'’])(?:" + _PLACE_PREP + r"|[fF]rom|[tT]o)[ ])"
_PLACE_ONLY_PREP = r"(?<=(?<![\p{L}\p{M}\-'’])(?:" + _PLACE_PREP + r")[ ])"


class PlaceNorthCaucasusTurkeyRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("nc_town_cyrillic", r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_CLUB + r"(?:" + _CYRILLIC + r")"
                + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS, 0.9),
        Pattern("nc_region_letters", r"(?x)(?<=,[ ])(?:ЧР|РД|РИ)(?=,|[ ]?$)", 0.85),
        Pattern("nc_town_latin", r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_CLUB + r"(?:" + _LATIN + r")"
                + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS, 0.9),
        Pattern("tr_town", r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_SITE + _TR
                + r"(?![\p{L}\p{M}\-]|['’](?!" + _TR_CASE + r"))" + _NOT_BUSINESS, 0.9),
        Pattern("tr_words_by_case", r"(?x)(?<![\p{L}\p{M}\-'’])Fatih(?=['’]" + _TR_CASE + r")", 0.85),
        Pattern("place_words_after_prep", r"(?x)" + _PREP + r"(?:" + _WORDS + r")(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
                0.85),
        Pattern("place_names_after_prep", r"(?x)" + _PLACE_ONLY_PREP + r"(?:" + _NAMES + r")(?![\p{L}\p{M}\-])"
                + _NOT_BUSINESS, 0.85),
    ]
    CONTEXT = ["город", "г.", "село", "адрес", "республика", "şehir", "ilçe", "adres", "address", "town", "city",
               "live", "from", "живу", "yaşıyorum"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
