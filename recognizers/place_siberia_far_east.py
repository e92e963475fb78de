"""LOCATION: Siberia's and the Russian Far East's towns (Yakutia, Buryatia, Transbaikalia, Irkutsk and Krasnoyarsk,
Primorye, Khabarovsk, the Amur, Sakhalin, Kamchatka, Magadan, Chukotka) and Russia's largest cities, by name, in
Cyrillic, in Latin letters, and in the Chinese and Korean that traders in Vladivostok write.

spaCy's small English model reads no Cyrillic, and a log's lines and an export's cells get no NER at all. Russian
declines a town's name (``в Якутске``, in Yakutsk; ``из Владивостока``, from Vladivostok; ``в Чите``), and Sakha
glues its case endings on it (``Дьокуускайга``, in Yakutsk). A closed list is the evidence, and outscores the
model's reading (0.9 against its 0.85):

* ``siberia_town_cyrillic``: Russian's spelling and Sakha's and Buryat's own (``Дьокуускай``, ``Улаан-Үдэ``), with
  or without a case ending, the regions (``Республика Саха (Якутия)``, ``Приморский край``, ``Чукотка``) and
  Russia's largest cities (``Москва``, ``Санкт-Петербург``, ``Новосибирск``).
* ``siberia_town_latin``: romanized (``Yakutsk``, ``Ulan-Ude``, ``Petropavlovsk-Kamchatsky``, ``Yuzhno-Sakhalinsk``).
* ``siberia_town_cjk``: Vladivostok, Khabarovsk, Irkutsk and Sakhalin in Chinese (``符拉迪沃斯托克``, ``海参崴``)
  and Korean (``블라디보스토크``).
* ``siberia_words_after_town_word``: names that are words or people's too (``Мирный``: peaceful, ``Свободный``:
  free, ``Артём``, ``Корсаков``, ``Нам``), only after the town's word or ``в``/``из`` (``г. Мирный``, ``в Мирном``).

Left out: a town inside a firm's, a club's or a body's name (``Аэропорт Владивосток``, ``ФК Енисей``, ``Хабаровск
Арена``, ``Irkutsk State University``), and romanized names that are people's or words (``Samara``, ``Perm``,
``Mirny`` alone).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Stems that end in a consonant (or are not declined); Russian's and Sakha's case endings follow
_CYRILLIC = (
    # Yakutia (Sakha), in Russian's spelling and in Sakha's
    r"Якутск|Дьокуускай|Нерюнгри|Ленск|Вилюйск|Олёкминск|Олекминск|Покровск|Верхоянск|Оймякон|Тикси|Алдан"
    r"|Хандыга|Батагай|Жиганск|Усть-Нер|Среднеколымск|Чокурдах|Чурапч|Амг|Сунтар|Нюрб|Майя|Удачн"
    r"|Томмот|Айхал|Мохсоголлох|Жатай"
    # Buryatia and Transbaikalia
    r"|Улан-Удэ|Улаан-Үдэ|Кяхт|Хяагт|Гусиноозёрск|Гусиноозерск|Северобайкальск|Баргузин|Усть-Баргузин|Иволгинск"
    r"|Закаменск|Селенгинск|Кижинг|Хоринск|Мухоршибир|Агинское|Агинском|Борзя|Краснокаменск|Нерчинск"
    r"|Петровск-Забайкальск"
    # Irkutsk, Krasnoyarsk, and the rest of Siberia
    r"|Иркутск|Ангарск|Братск|Усолье-Сибирско|Шелехов|Слюдянк|Листвянк|Ольхон|Хужир|Усть-Илимск|Усть-Кут"
    r"|Байкальск|Тулун|Красноярск|Норильск|Ачинск|Канск|Дудинк|Енисейск|Лесосибирск|Новосибирск|Омск|Томск"
    r"|Барнаул|Кемерово|Новокузнецк|Горно-Алтайск|Абакан|Кызыл|Тюмен|Сургут|Ханты-Мансийск|Салехард"
    r"|Новый[ ]Уренгой|Нижневартовск"
    # Primorye, Khabarovsk, the Amur and the Jewish Autonomous Oblast
    r"|Владивосток|Находк|Уссурийск|Партизанск|Спасск-Дальн|Лесозаводск|Дальнегорск|Хабаровск"
    r"|Комсомольск-на-Амуре|Амурск|Николаевск-на-Амуре|Ванино|Благовещенск|Белогорск|Тынд|Биробиджан"
    # Sakhalin, the Kurils, Kamchatka, Magadan, Chukotka
    r"|Южно-Сахалинск|Холмск|Поронайск|Невельск|Долинск|Анив|Курильск|Северо-Курильск|Южно-Курильск"
    r"|Петропавловск-Камчатск|Елизово|Вилючинск|Мильково|Усть-Камчатск|Эссо|Палан|Магадан|Сусуман|Ягодн"
    r"|Анадыр|Певек|Билибино|Эгвекинот|Лаврентия|Уэлен|Беринговск"
    # Russia's largest cities elsewhere
    r"|Санкт-Петербург|Петербург|Екатеринбург|Челябинск|Ростов-на-Дону|Краснодар|Воронеж|Волгоград|Саратов"
    r"|Ижевск|Ярославл|Калининград|Архангельск|Оренбург|Иваново|Липецк|Тольятти"
)
# Russian's endings (masculine, feminine in -а and -ь, plural, and the adjectives' -ий/-ом), then Sakha's dative,
# ablative, locative and comparative ('Дьокуускайга', 'Дьокуускайтан')
_CYRILLIC_ENDING = (r"(?:а|у|е|ом|ой|и|ы|ю|ью|ь|я|ях|ам|ах|ей|ий|ого|ому|им|ая|ую|ое"
                    r"|га|ҕа|ка|тан|тэн|ттан|ттэн|таҕы|тааҕы)?")
# Names declined as Russian's feminine nouns, and the regions
_CYRILLIC_DECLINED = (
    r"Москв(?:а|ы|е|у|ой)|Чит(?:а|ы|е|у|ой)|Самар(?:а|ы|е|у|ой)|Перм(?:ь|и|ью)|Уф(?:а|ы|е|у|ой)"
    r"|Нижн(?:ий|его|ем|ему)[ ]Новгород(?:а|е|у|ом)?"
    r"|(?:Республик(?:а|е|и|у|ой)[ ])?Саха(?:[ ]\(Якутия\))?(?=[ ]\(|,|\.|$|[ ]Өрөспүүбүлүкэтэ)"
    r"|Саха[ ]Өрөспүүбүлүкэтэ|Якути(?:я|и|ю|ей)|Бурят(?:ия|ии|ию|ией)|Республик(?:а|е|и|у|ой)[ ]Бурятия"
    r"|Забайкаль(?:е|я|ю|ем)|Приморь(?:е|я|ю|ем)|Сахалин(?:а|е|у|ом)?|Камчатк(?:а|и|е|у|ой)|Чукотк(?:а|и|е|у|ой)"
    r"|Колым(?:а|ы|е|у|ой)|Курил(?:ы|ах|ам)|Сибир(?:ь|и|ью)|Тыв(?:а|ы|е|у|ой)|Хакаси(?:я|и|ю|ей)"
    r"|Дальн(?:ий|его|ем|ему)[ ]Восток(?:а|е|у|ом)?"
    r"|(?:Забайкальск|Приморск|Хабаровск|Камчатск|Красноярск)(?:ий|ого|ом|ому)[ ]кра(?:й|я|е|ю|ем)"
    r"|(?:Амурск|Сахалинск|Магаданск|Иркутск|Новосибирск)(?:ая|ой|ую)[ ]област(?:ь|и|ью)"
    r"|Чукотск(?:ий|ого|ом)[ ](?:АО|автономн(?:ый|ого|ом)[ ]округ(?:а|е)?)"
)
# Words or people's names that are towns too: after the town's word, or after 'в'/'из' ('г. Мирный', 'в Мирном')
_CYRILLIC_WORDS = (r"(?<=(?:\b[вВ]|\bиз|\bИз|\bг\.|\bгород|\bпос\.|\bпгт|\bс\.)[ ])"
                   r"(?:Мирн(?:ый|ом|ого|ому)|Свободн(?:ый|ом|ого|ому)|Артём(?:а|е|у|ом)?|Артем(?:а|е|у|ом)?"
                   r"|Корсаков(?:а|е|у|ом)?|Нам(?:е|а)?|Оха|Охе|Охи|Ол(?:а|е|ы)|Зе(?:я|е|и|ю)|Арсеньев(?:а|е|у|ом)?"
                   r"|Провидени(?:я|и|ю)|Черск(?:ий|ом|ого))")

_LATIN = (
    r"Yakutsk|Neryungri|Lensk|Vilyuysk|Vilyuisk|Olyokminsk|Olekminsk|Verkhoyansk|Oymyakon|Oimyakon|Tiksi"
    r"|Khandyga|Batagay|Zhigansk|Ust-Nera|Srednekolymsk|Chokurdakh|Churapcha|Udachny|Tommot|Aikhal|Dyokuuskay"
    r"|Ulan-Ude|Ulan[ ]Ude|Kyakhta|Kiakhta|Gusinoozyorsk|Gusinoozersk|Severobaikalsk|Severobaykalsk|Barguzin"
    r"|Ust-Barguzin|Ivolginsk|Zakamensk|Aginskoye|Aginskoe|Borzya|Krasnokamensk|Nerchinsk|Irkutsk|Angarsk|Bratsk"
    r"|Usolye-Sibirskoye|Shelekhov|Slyudyanka|Listvyanka|Olkhon|Khuzhir|Ust-Ilimsk|Ust-Kut|Baikalsk|Krasnoyarsk"
    r"|Norilsk|Achinsk|Kansk|Dudinka|Yeniseysk|Lesosibirsk|Novosibirsk|Omsk|Tomsk|Barnaul|Kemerovo|Novokuznetsk"
    r"|Gorno-Altaysk|Gorno-Altaisk|Abakan|Kyzyl|Tyumen|Surgut|Khanty-Mansiysk|Salekhard|Novy[ ]Urengoy"
    r"|Nizhnevartovsk|Vladivostok|Nakhodka|Ussuriysk|Ussuriisk|Partizansk|Spassk-Dalny|Lesozavodsk|Dalnegorsk"
    r"|Khabarovsk|Komsomolsk-on-Amur|Komsomolsk-na-Amure|Amursk|Nikolayevsk-on-Amur|Vanino|Blagoveshchensk"
    r"|Belogorsk|Tynda|Birobidzhan|Birobidjan|Yuzhno-Sakhalinsk|Kholmsk|Poronaysk|Nevelsk|Dolinsk|Kurilsk"
    r"|Severo-Kurilsk|Yuzhno-Kurilsk|Petropavlovsk-Kamchatsky|Petropavlovsk-Kamchatskiy|Petropavlovsk-Kamchatskii"
    r"|Yelizovo|Elizovo|Vilyuchinsk|Milkovo|Ust-Kamchatsk|Magadan|Susuman|Yagodnoye|Anadyr|Pevek|Bilibino"
    r"|Egvekinot|Lavrentiya|Uelen|Beringovsky|Yakutia|Sakha[ ]Republic|Republic[ ]of[ ]Sakha|Buryatia"
    r"|Republic[ ]of[ ]Buryatia|Zabaykalsky[ ]Krai|Zabaykalye|Transbaikalia|Primorsky[ ]Krai|Primorye"
    r"|Khabarovsk[ ]Krai|Amur[ ]Oblast|Sakhalin(?:[ ]Oblast|[ ]Island)?|Kamchatka(?:[ ]Krai|[ ]Peninsula)?"
    r"|Chukotka(?:[ ]Autonomous[ ]Okrug)?|Magadan[ ]Oblast|Kolyma|Kuril[ ]Islands|Kurils|Siberia"
    r"|Russian[ ]Far[ ]East|Krasnoyarsk[ ]Krai|Irkutsk[ ]Oblast|Tuva|Khakassia|Lake[ ]Baikal"
    r"|Moscow|Moskva|Saint[ ]Petersburg|St\.?[ ]Petersburg|Sankt-Peterburg|Yekaterinburg|Ekaterinburg"
    r"|Nizhny[ ]Novgorod|Chelyabinsk|Rostov-on-Don|Rostov-na-Donu|Krasnodar|Voronezh|Volgograd|Saratov|Izhevsk"
    r"|Yaroslavl|Kaliningrad|Arkhangelsk|Orenburg|Lipetsk|Tolyatti|Togliatti"
)
_CJK = (r"符拉迪沃斯托克|海参崴|哈巴罗夫斯克|伯力|伊尔库茨克|南萨哈林斯克|萨哈林|堪察加|雅库茨克|乌兰乌德|赤塔|新西伯利亚"
        r"|블라디보스토크|하바롭스크|이르쿠츠크|유즈노사할린스크|사할린|캄차카|야쿠츠크|울란우데")

# A firm's, a club's, a body's or an event's name the town is part of, no one's place
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Hospital|Clinic|Pharmacy|College"
                   r"|University|Federal|State|School|Council|City[ ]Hall|Airport|Airlines|Avia|Hotel|Mall|Plaza"
                   r"|Group|Bank|Club|Store|Shop|Motors|Express|Arena|Expo|Marathon|Festival|Port|Sea[ ]Port"
                   r"|Energo|Energy|Fish|Trading|Logistics|Ltd|LLC|Inc|Сити|Плаза|Молл|Арена|Экспо|Банк|Групп"
                   r"|Сервис|Телеком|Экспресс|Марафон|Авиа|Энерго|Порт|Аэропорт|Университет|Федеральный"
                   r"|Государственный|Трейд|Рыба|Логистик|Моторс|Строй|Газ|Нефть|Водоканал|Авто)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A body's, a club's or a street's word before the town ('Аэропорт Владивосток', 'ФК Енисей', 'ул. Хабаровская' is
# an adjective and not listed; 'Bank of Khabarovsk')
_NOT_A_SITE = (r"(?<!\b(?:Аэропорт|аэропорт|Аэропорта|аэропорта|Порт|ФК|ХК|БК|Банк|ПАО|АО|ООО|ОАО|Гостиница|Отель"
               r"|Университет|Airport|Port|FC|HC|Bank[ ]of|University[ ]of|Hotel|Branch|Office|Store|Depot|ТЦ|ТРЦ"
               r"|Станция|станция|Вокзал|вокзал)[ ]«?"
               # (a carrier's warehouse in its town: 'Груз ... прибыл на склад, Владивосток', the firm's)
               r"|\b(?:склад|складе|Склад|warehouse|Warehouse|depot)[,:]?[ ])")


class PlaceSiberiaFarEastRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "siberia_town_cyrillic",
            r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_SITE + r"(?:(?:" + _CYRILLIC + r")" + _CYRILLIC_ENDING + r"|"
            + _CYRILLIC_DECLINED + r")(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
            0.9,
        ),
        Pattern("siberia_words_after_town_word",
                r"(?x)" + _CYRILLIC_WORDS + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS, 0.85),
        Pattern(
            "siberia_town_latin",
            r"(?x)(?<![\p{L}\p{M}\-])" + _NOT_A_SITE + r"(?:" + _LATIN + r")(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
            0.9,
        ),
        Pattern("siberia_town_cjk", r"(?x)(?:" + _CJK + r")", 0.9),
    ]
    CONTEXT = ["город", "г.", "адрес", "доставка", "address", "town", "city", "live", "from", "куорат", "хото"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
