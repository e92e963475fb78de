"""PERSON: an East Slavic name with its patronymic, ``Казиев Арслан Ильмутдинович``.

Russian, Ukrainian and Belarusian full names carry the father's name with its suffix
(``-ович``, ``-евич``, ``-овна``, ``-евна``, ``-ична``; Ukrainian ``-івна``), and so do the
names of everyone who uses Russian forms (Dagestan's, the Caucasus', Central Asia's). The
suffix is the evidence: an accounting system's user (1C's ``Usr=``), an HR record, a
profile's preferred name, a letter's ``Уважаемый Арслан Ильмутдинович``. spaCy's English
model reads none of these.

* ``surname_name_patronymic`` (0.9): the official order, ``Смирнова Ольга Викторовна``
  (the first word no greeting and no verb in the past tense: ``Звонил Арслан
  Ильмутдинович`` is a call from Arslan Ilmutdinovich)
* ``name_patronymic`` (0.85): how people address each other, ``Ольга Викторовна``, with
  the surname after it if one follows (``Арслан Ильмутдинович Казиев``)
* ``surname_initials`` (0.85): a surname and two initials, ``Панеш А.Н.``, ``Хуако З. А.``
  (Cyrillic only: Latin ``Washington D.C.`` and ``Telefónica S.A.`` have the shape)
* ``latin_name_patronymic`` (0.85): the same transliterated, ``Olga Viktorovna``,
  ``Arslan Ilmutdinovich Kaziev``
* ``turkic_patronymic`` (0.85): the Turkic languages' son or daughter of, after the father's
  name: Azerbaijani ``Kamran Vüqar oğlu Həsənov``, ``Leyla Rauf qızı``, Uzbek ``Akmal Rustam
  o‘g‘li``, Kazakh ``Arman Serik uly``, and in Cyrillic ``Вугар Рауф оглы``
* ``malay_patronymic`` (0.9): Malay's son or daughter of, ``bin`` or ``binti`` between the given names
  and the father's, with Brunei's and Malaysia's honorifics, which are part of the name as Brunei
  writes it (``Dayang Nurul Aqilah binti Haji Abdul Rahman``, ``Pg Hj Muhammad bin Pg Hj Osman``)
* ``nordic_patronymic`` (0.9): Iceland's son or daughter of, one word with the father's name,
  after one or two given names: ``Jón Guðmundsson``, ``Þórunn Helga Árnadóttir``, and its
  cases (``Guðrúnu Jónsdóttur``, ``Einari Magnússyni``); Sweden's ``-sson`` names have the shape
  and are names too (``Anna Andersson``). A greeting, a title or a label before it is not a
  given name (``Dear Anna Jónsdóttir``, ``Kæri Jón Guðmundsson``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# A capitalized Cyrillic word (a hyphen inside: 'Римский-Корсаков')
_CW = r"\p{Lu}(?<=\p{Cyrillic})\p{Ll}{1,24}(?:-\p{Lu}\p{Ll}{1,24})?"
# A patronymic: the father's name and its suffix
# (and Kazakh's glued to the father's name: 'Ержан Нұрланұлы', 'Айгерим Болатқызы')
_CP = r"\p{Lu}(?<=\p{Cyrillic})\p{Ll}{2,20}(?:ович|евич|ёвич|ьич|овна|евна|ёвна|ична|інична|івна|ївна|ұлы|қызы)"
# Not a greeting or an address word, nor a verb in the past tense ('Звонил', 'Писала')
_NOT_FIRST = (r"(?!(?:Уважаем|Дорог|Здравствуй|Привет|Добр|Спасибо|Благодар|Господ|Товарищ|Шановн|Вельмишановн"
              r"|Коллег|Сотрудник|Клиент|Менеджер|Директор|Бухгалтер)\p{L}*)"
              r"(?!\p{L}+(?:л|ла|ли|ло)[ ])")
_BEFORE = r"(?<![\p{L}\p{N}\p{M}_\-])"
_AFTER = r"(?![\p{L}\p{N}\p{M}_])"
# Latin: a capitalized word, a patronymic as it is transliterated
_LW = r"\p{Lu}(?<=\p{Latin})\p{Ll}{1,24}"
_LP = r"\p{Lu}(?<=\p{Latin})\p{Ll}{2,20}(?:ovich|evich|yevich|ovych|ovna|evna|yevna|ichna|ivna|yivna|uly|kyzy|qyzy)"


# Any capitalized word, Latin or Cyrillic ('Vüqar', 'Həsənov', 'Рауф'), and the Turkic word that says
# 'son of' or 'daughter of' after a father's name
_TW = r"\p{Lu}\p{Ll}{1,24}"
_TURKIC_CHILD = r"(?:oğlu|qızı|o[‘'’ʻ]g[‘'’ʻ]li|qizi|uly|kyzy|ulı|оглы|кызы|ўғли|қизи|улы|қызы|уулу)"

# Iceland's: a given name (not a greeting, a title or a label), then the father's name and -son or
# -dóttir, in any case
_NORDIC_NOT_GIVEN = (r"(?!(?:Dear|Hi|Hello|Hey|Thanks|Thank|Regards|Mr|Mrs|Ms|Dr|Frú|Herra|Kæri|Kæra|Kæru|Sæll|Sæl"
                     r"|Hæ|Halló|Takk|Kveðja|Bestu|Með|Customer|Contact|From|To|Name|User|Agent|Attn|Sent|Signed|By"
                     r"|Per|Cc|Re|Mvh|Hej|Kære|Kæreste|Hilsen|Venlig|Goddag|Góðan"
                     r"|Char)(?![\p{L}\p{M}]))")  # (Bangladesh's river island, a place's first word: 'Char Fasson')
_NORDIC_GIVEN = _NORDIC_NOT_GIVEN + r"\p{Lu}(?<=\p{Latin})\p{Ll}{1,15}"
# Malay's son or daughter of, and Brunei's and Malaysia's honorifics before a given name or the father's: the
# bearer's (Awang, Dayang: Mr, Ms; Pengiran, Pg, Dk: the nobility's; Haji, Hajah: a pilgrim's), part of a name as
# Brunei writes it ('Dayang Nurul Aqilah binti Haji Abdul Rahman', 'Pg Hj Muhammad bin Pg Hj Osman')
_MALAY_HONORIFIC = (r"(?:Awang|Dayang|Pengiran|Pg\.?|Dk\.?|Dyg\.?|Awg\.?|Haji|Hajah|Hj\.?|Hjh\.?|Datin|Dato['’]?|Datuk"
                    r"|Mohd\.|Muhd\.|Tengku|Syed|Sharifah|Abang|Dr\.?)")
_MALAY_WORD = r"\p{Lu}(?<=\p{Latin})[\p{Ll}'’]{1,20}"
_MALAY_NAME = rf"(?:{_MALAY_HONORIFIC}[ ]){{0,3}}{_MALAY_WORD}(?:[ ]{_MALAY_WORD}){{0,3}}"
_NORDIC_PATRONYM = r"\p{Lu}(?<=\p{Latin})\p{Ll}{1,20}(?:sson|ssonar|ssyni|dóttir|dóttur|dottir)"

# Greek family names carry their origin's suffix: Crete's '-akis' ('Papadakis', a woman's 'Papadaki'), the
# Peloponnese's '-opoulos' ('-opoulou'), Pontus' and Asia Minor's '-idis', '-iadis' ('-idou', '-iadou'), in Greek
# and transliterated. A given name before it makes it a person: 'Nikos Papadakis', 'Μαρία Παπαδάκη'; a business
# named for its family is not ('Taverna Manousakis', 'Hotel Daskalakis').
_GREEK_NOT_GIVEN = (r"(?!(?:Dear|Hi|Hello|Thanks|Mr|Mrs|Ms|Dr|Customer|Guest|Contact|From|To|Name|User|Agent|Taverna"
                    r"|Tavern|Hotel|Villa|Villas|Studios|Apartments|Rooms|Bakery|Winery|Estate|Restaurant|Cafe|Bar"
                    r"|Pharmacy|Clinic|Kyrie|Kyria|Agios|Agia|Αγαπητέ|Αγαπητή|Κύριε|Κυρία|Κος|Κα|Γεια|Ευχαριστώ"
                    r"|Ταβέρνα|Ξενοδοχείο|Βίλα|Φαρμακείο|Άγιος|Αγία|Αγίου|Οικογένεια|Family|Familie)(?![\p{L}\p{M}]))")
_GREEK_GIVEN = (_GREEK_NOT_GIVEN + r"(?:\p{Lu}(?<=\p{Latin})\p{Ll}{1,15}"
                r"|\p{Lu}(?<=\p{Greek})[\p{Ll}\p{M}]{1,15})")
_GREEK_SURNAME = (r"(?:\p{Lu}(?<=\p{Latin})\p{Ll}{1,20}(?:akis|opoulos|opoulou|poulos|poulou|idis|idou|iadis|iadou"
                  r"|(?:[bcdfghklmnprtvx]|tz)aki)"
                  r"|\p{Lu}(?<=\p{Greek})[\p{Ll}\p{M}]{1,20}(?:άκης|άκη|όπουλος|οπούλου|πουλος|πούλου|ίδης|ίδου"
                  r"|ιάδης|ιάδου|άδης|άδου))")


class PersonPatronymicRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "surname_name_patronymic",
            rf"""(?x)
            {_BEFORE}{_NOT_FIRST}
            {_CW}[ ]{_CW}[ ]{_CP}          # surname, given name, patronymic: 'Смирнова Ольга Викторовна'
            {_AFTER}
            """,
            0.9,
        ),
        Pattern(
            "given_and_russian_surname",
            rf"""(?x)
            {_BEFORE}{_NOT_FIRST}
            (?<!(?:улица|ул\.|проспект|пр-т|пр\.|переулок|пер\.|площадь|пл\.|бульвар|б-р|шоссе|набережная|наб\.
                |имени|им\.|станция|ст\.|посёлок|поселок|пос\.|село|с\.|деревня|д\.|город|г\.|район|р-н)[ ])
            \p{{Lu}}(?<=\p{{Cyrillic}})\p{{Ll}}{{2,14}}[ ]  # a given name, then a family name with a Russian one's ending
            \p{{Lu}}(?<=\p{{Cyrillic}})\p{{Ll}}{{2,20}}(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая)
            {_AFTER}(?![ ]\p{{Lu}}(?<=\p{{Cyrillic}})\p{{Ll}}+(?:ович|евич|овна|евна|ична))  # ('Андрей Кейметинов',
            """,                                      # 'Наталья Морозова', as a payment's line ends; not a
            0.75,                                     # street named for one: 'проспект Юрия Гагарина')
        ),
        Pattern(
            "latin_after_patronymic",
            rf"""(?x)
            (?<={_CP}["»]?[ ]\()            # a Cyrillic name with its patronymic, then the name in Latin letters in
            (?![^()]*\b(?:Office|Branch|Team|Group|Department|Bank|Hotel|Airlines|Ltd|LLC|Inc)\))  # (not a firm's)
            {_LW}[ ]{_LW}(?:-{_LW})?(?=\))  # brackets, as a booking writes it for a passport: 'consignee="Пак Елена
            """,                             # Николаевна" (Elena Pak)'
            0.85,
        ),
        Pattern(
            "name_patronymic",
            rf"""(?x)
            {_BEFORE}
            {_CW}[ ]{_CP}(?:[ ]{_CW})?     # given name, patronymic, the surname maybe: 'Ольга Викторовна'
            {_AFTER}
            """,
            0.85,
        ),
        Pattern(
            "surname_initials",
            rf"""(?x)
            {_BEFORE}{_NOT_FIRST}
            {_CW}[ ]\p{{Lu}}(?<=\p{{Cyrillic}})\.[ ]?\p{{Lu}}(?<=\p{{Cyrillic}})\.  # 'Панеш А.Н.', 'Хуако З. А.'
            """,
            0.85,
        ),
        Pattern(
            "latin_name_patronymic",
            rf"""(?x)
            {_BEFORE}
            {_LW}[ ]{_LP}(?:[ ]{_LW})?     # transliterated: 'Olga Viktorovna', 'Arslan Ilmutdinovich Kaziev'
            {_AFTER}
            """,
            0.85,
        ),
        Pattern(
            "turkic_patronymic",
            rf"""(?x)
            {_BEFORE}
            (?:{_TW}[ ])?{_TW}[ ]{_TW}[ ]{_TURKIC_CHILD}  # given name (surname first maybe), father's name, son or
            (?:[ ]{_TW})?                  # daughter of, the surname after it maybe: 'Kamran Vüqar oğlu Həsənov'
            {_AFTER}
            """,
            0.85,
        ),
        Pattern(
            "nordic_patronymic",
            rf"""(?x)
            {_BEFORE}
            {_NORDIC_GIVEN}(?:[ ]{_NORDIC_GIVEN})?[ ]{_NORDIC_PATRONYM}  # 'Einar Þór Magnússon', 'Guðrún Jónsdóttir'
            {_AFTER}
            """,
            0.9,
        ),
        Pattern(
            "greek_family_name",
            rf"""(?x)
            {_BEFORE}
            {_GREEK_GIVEN}(?:[ ]{_GREEK_GIVEN})?[ ]{_GREEK_SURNAME}  # 'Nikos Papadakis', 'Μαρία Παπαδάκη'
            {_AFTER}
            """,
            0.85,
        ),
        Pattern(
            "malay_patronymic",
            rf"""(?x)
            {_BEFORE}(?!Ik[ ]bin[ ])  # (Frisian's 'I am', not a son's: 'Ik bin Jelle Wiersma')
            {_MALAY_NAME}[ ](?:bin|binti|binte|bte|bt\.)[ ]{_MALAY_NAME}  # 'Awang Muhammad Hafiz bin Awang Jaludin'
            (?:[ ](?:al|el)-\p{{Lu}}\p{{Ll}}{{2,24}})?  # (the Swahili coast's and Oman's family name after the
            {_AFTER}                                # father's: 'Khalid bin Salim al-Harthy')
            """,
            0.9,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name="PersonPatronymicRecognizer",
            patterns=list(self.PATTERNS),
            context=["фио", "name", "сотрудник", "клиент", "пользователь", "user"],
            global_regex_flags=re.MULTILINE,  # case is the evidence (Presidio's default ignores it)
        )
