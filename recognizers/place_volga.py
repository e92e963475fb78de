"""LOCATION: Tatarstan's, Bashkortostan's and Chuvashia's towns, by name, in Cyrillic and in Latin letters.

spaCy's small English model reads no Cyrillic, and reads many of these towns in Latin letters as
persons (``Naberezhnye Chelny``, ``Novocheboksarsk``). Russian declines a town's name (``в Казани``,
in Kazan; ``из Уфы``, from Ufa; ``в Набережных Челнах``), and Tatar, Bashkir and Chuvash glue their
case endings on it (``Казанда``, in Kazan; ``Әлмәттән``, from Almetyevsk; ``Өфөлә``, in Ufa;
``Шупашкарта``, in Cheboksary). A closed list of the towns is the evidence, and outscores the model's
reading (0.9 against its 0.85):

* ``volga_town_cyrillic``: Russian's spelling and the republics' own (``Яр Чаллы``, ``Түбән Кама``,
  ``Өфө``, ``Шупашкар``), with or without a case ending, and the republics themselves.
* ``volga_region_letters``: a republic's letters in an address (``423812, РТ, г. Набережные Челны``).
* ``ru_postcode_in_address``: Russia's postcode first in an address (``по адресу 429949, Чувашия, ...``).
* ``volga_town_latin``: romanized (``Kazan``, ``Naberezhnye Chelny``, ``Sterlitamak``), and Tatar's
  own Latin letters with a case ending (``Kazanda``, ``Çallıdan``).

Left out: names that are people's or words too (Bashkortostan's ``Салават``, a hero's given name, and
``Октябрьский``, any town's October district, but after a preposition or a town's word; ``Баймак``),
and a town inside a firm's, a body's or an event's name (``Казань Арена``, ``Kazan Federal
University``, ``Уфа Сити``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Stems that end in a consonant (or are not declined); Russian's case endings and the republics' follow
_CYRILLIC = (
    # Tatarstan, in Russian's spelling and in Tatar's
    r"Нижнекамск|Альметьевск|Зеленодольск|Лениногорск|Чистопол|Буинск|Арск|Менделеевск|Иннополис|Азнакаев"
    r"|Мамадыш|Нурлат|Заинск|Агрыз|Кукмор|Лаишев|Пестрец|Бавл|Тетюш|Актаныш|Биектау|Кукмара|Арча|Яшел[ ]Үзән"
    r"|Олы[ ]Әтнә|Әтнә|Сарман|Балтас|Апас|Кайбыч|Алексеевск|Рыбная[ ]Слобода|Мөслим|Муслюмов|Сабы|Саба"
    r"|Яр[ ]Чаллы|Түбән[ ]Кама|Әлмәт|Чаллы|Алабуга|Бөгелмә|Чистай|Зәй|Минзәлә|Мензелинск"
    # Bashkortostan, in Russian's spelling and in Bashkir's
    r"|Стерлитамак|Нефтекамск|Туймаз|Белебе|Ишимба|Кумертау|Мелеуз|Сиба|Учал|Белорецк|Бирск|Давлеканов"
    r"|Дюртюл|Янаул|Өфө|Стәрлетамаҡ|Нефтекама|Ишембай|Белорет|Раевск|Бижбуляк|Бишбүләк|Толбаз|Толпаҙ|Аскаров"
    r"|Салауат|Чишмы|Шишмә|Иглино|Кушнаренков|Бакал|Бураев|Языков|Кармаскал|Стерлибашев|Красноусольск|Чекмагуш"
    # Chuvashia, in Russian's spelling and in Chuvash's
    r"|Новочебоксарск|Канаш|Алатыр|Шумерл|Цивильск|Ядрин|Козловк|Вурнар|Батырев|Урмар|Моргауш"
    r"|Шупашкар|Çĕнĕ[ ]Шупашкар|Ҫӗнӗ[ ]Шупашкар|Етӗрне|Сĕнтĕрвăрри|Улатӑр|Улатăр|Вӑрнар|Вăрнар|Красноармейск"
    r"|Комсомольск|Ибреси|Ибресь|Аликов|Яльчик|Янтиков|Красные[ ]Четаи|Шемурш|Порецк|Патӑрьел|Патăрьел"
)
# Russian's endings (of the masculine, the feminine in -ь and -а, the plural), then Tatar's, Bashkir's
# and Chuvash's locative, ablative, dative and genitive
_CYRILLIC_ENDING = (r"(?:а|у|е|о|ом|ой|и|ы|ю|ью|ь|я|ях|ам|ах|ами|ей|ай|ая|ую|ий|й|ое|ого"
                    r"|да|дә|та|тә|дан|дән|тан|тән|нан|нән|ла|лә|лан|лән|га|гә|ка|кә|ның|нең"
                    r"|ра|ре|ран|рен|те|тен|на|не|ги|ри|гы)?")
# Names declined as Russian's feminine nouns in -а, and Kazan's in -ь, and the Naberezhnye Chelny's plural
_CYRILLIC_DECLINED = (
    r"(?:Уф|Бугульм|Елабуг)(?:а|ы|и|е|у|ой)"
    r"|Казан(?:ь|и|ью|да|нан|га|ның)?"
    r"|Чебоксар(?:ы|ах|ам|ами)?"
    r"|Шумерл(?:я|и|е|ю)"
    r"|(?:Набережные|Набережных|Набережным|Набережными)[ ](?:Челны|Челнах|Челнов|Челнам|Челнами)"
    r"|Челн(?:ы|ах|ов|ам)"
    r"|Мариинск(?:ий|ом|ого)[ ]Посад(?:е|а)?"
    r"|Высок(?:ая|ой|ую)[ ]Гор(?:а|ы|е|у)"
    r"|Больш(?:ая|ой|ую)[ ]Атн(?:я|и|е|ю)"
    # (Salavat and Oktyabrsky after a preposition or a town's word only: a hero's given name, any town's October
    # district: 'Переезжаю в Салават', 'г. Октябрьский')
    r"|(?<=(?:\b[вВ]|\bиз|\bг\.|\bгород)[ ])Салават(?:а|е|у|ом)?|(?<=\bг\.[ ])Октябрьск(?:ий|ом|ого)"
    # the republics, in Russian's cases and in their own languages ('Чувашская Республика - Чувашия', 'в
    # Башкортостане', 'Татарстан Республикасы', 'Чӑваш Ен')
    r"|Республик(?:а|е|и|у|ой)[ ](?:Татарстан|Башкортостан)|Чувашск(?:ая|ой|ую)[ ]Республик(?:а|е|и|у|ой)"
    r"(?:[ ]-[ ]Чуваши[яию])?|(?:Татарстан|Башкортостан)(?:а|е|у|ом)?(?:[ ]Республика(?:сы|һы))?"
    r"|Башҡортостан(?:[ ]Республикаһы)?|Башкири(?:я|и|ю|ей)|Чуваши(?:я|и|ю|ей)|Чӑваш[ ]Ен|Чăваш[ ]Ен"
)
# A republic's letters in an address, after its postcode or before its town's or district's word ('423812, РТ, г.
# Набережные Челны', 'РБ, с. Толбазы'): no abbreviation elsewhere
_REGION_LETTERS = (r"(?:(?<=\d{6},[ ])|(?<=[Аа]дрес(?:у|:)?[ ]))(?:РТ|РБ|ЧР)(?=,)"
                   r"|(?:РТ|РБ|ЧР)(?=,[ ](?:г\.|с\.|д\.|пгт|п\.|\p{Lu}\p{Ll}+(?:ский|ской)[ ]р-н))")

_LATIN = (
    # Tatarstan (English's spelling, and Tatar's own Latin letters)
    r"Kazan|Qazan|Naberezhnye[ ]Chelny|Naberezhnyye[ ]Chelny|Chelny|Çallı|Chally|Yar[ ]Chally|Nizhnekamsk"
    r"|Almetyevsk|Almetievsk|Älmät|Zelenodolsk|Bugulma|Yelabuga|Elabuga|Leninogorsk|Chistopol|Aznakayevo"
    r"|Buinsk|Innopolis|Mendeleyevsk|Mamadysh|Nurlat|Zainsk|Laishevo|Tetyushi"
    # Bashkortostan
    r"|Ufa|Öfö|Sterlitamak|Neftekamsk|Tuymazy|Tuimazy|Belebey|Ishimbay|Kumertau|Meleuz|Sibay|Uchaly|Beloretsk"
    r"|Birsk|Davlekanovo|Dyurtyuli|Yanaul|Raevskiy|Rayevsky|Raevsky|Tolbazy|Askarovo|Bizhbulyak|Chishmy"
    # Chuvashia
    r"|Cheboksary|Novocheboksarsk|Shupashkar|Kanash|Alatyr|Shumerlya|Tsivilsk|Yadrin|Mariinsky[ ]Posad"
    r"|Kozlovka|Vurnary|Urmary|Krasnoarmeyskoe|Krasnoarmeyskoye"
    # the republics in English and in transliteration
    r"|Republic[ ]of[ ](?:Tatarstan|Bashkortostan)|Chuvash[ ]Republic|Tatarstan|Bashkortostan|Bashkiria|Chuvashia"
)
# Tatar's and Bashkir's case endings in Latin letters (in, from, to, of); Russian's in transliteration
# ('v Kazani', 'iz Ufy' are rarer and left to the model)
_LATIN_ENDING = r"(?:da|dä|ta|tä|dan|dän|tan|tän|nan|nän|ga|gä|ka|kä|nıñ|neñ|ning|dagi|dagy)?"

# A firm's, a body's or an event's name the town is part of, no one's place ('Kazan Federal University')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Hospital|Clinic|Pharmacy|College"
                   r"|University|Federal|State|School|Council|City[ ]Hall|Airport|Hotel|Mall|Plaza|Group|Bank"
                   r"|Club|Store|Shop|Motors|Express|Arena|Expo|Marathon|Festival|Kremlin|Rubin|Unics|Ak[ ]Bars"
                   r"|Сити|Плаза|Молл|Арена|Экспо|Банк|Групп|Сервис|Телеком|Экспресс|Марафон|Ривьера|Кремль"
                   r"|Федеральный|Государственный|Университет)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"


class PlaceVolgaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "volga_town_cyrillic",
            r"(?x)(?<![\p{L}\p{M}\-])(?:(?:" + _CYRILLIC + r")" + _CYRILLIC_ENDING + r"|" + _CYRILLIC_DECLINED
            + r")(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
            0.9,
        ),
        Pattern("volga_region_letters", r"(?x)(?<![\p{L}\p{M}\-])(?:" + _REGION_LETTERS + r")", 0.85),
        Pattern(
            "ru_postcode_in_address",
            r"(?x)(?<=(?:\b[Аа]дрес(?:у|а|ом)?|\bАдресым|\b[Aa]dres(?:ım)?)[ ]?:?[ ])"  # Russia's six-digit postcode,
            r"\d{6}(?=,[ ]\p{L})"  # an address's first part ('Живу по адресу 429949, Чувашия, г. ...'), or before
            r"|(?<![\d.,\-])(?<!(?:№|\#|[Зз]аказ\w*|[Зз]аявк\w*|[Сс]ч[её]т\w*|[Дд]оговор\w*|ЛС|[Oo]rder|[Tt]icket)[ ]?)"
            r"\d{6}(?=,[ ](?:г\.|с\.|пгт|РБ|РТ|ЧР|Республик|Чувашск|Чуваши|Башкортостан|Татарстан"
            r"|Башкири|Chuvash|Republic|Чеченск|Дагестан|Ингушети|Кабардино|Карачаево|Северная[ ]Осетия"
            r"|\p{Lu}\p{Ll}+(?:ский|ская|цкий|цкая)[ ](?:край|обл\.|область|автономный|АО)"  # a region ('683024,
            r"|Республика[ ]\p{Lu}|Приморье|Камчатка|Чукотка|Якутия|Бурятия|Сахалин))",  # Камчатский край, ...')
            # a republic or a town's word ('Сейчас вижу: 453822, Башкортостан, ...')
            0.85,
        ),
        Pattern(
            "volga_town_latin",
            r"(?x)(?<![\p{L}\p{M}\-])(?:" + _LATIN + r")" + _LATIN_ENDING + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
            0.9,
        ),
    ]
    CONTEXT = ["город", "г.", "шәһәр", "ҡала", "хула", "адрес", "address", "town", "city", "live", "from",
               "живу", "яшим", "йәшәйем", "пурӑнатӑп"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
