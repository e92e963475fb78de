"""PERSON: a name after a courtesy title: ``Mr. Yonas``, ``Mrs Wanjiru``, ``Dr. Kowalski``, Swahili's
``Bw. Juma`` and ``Bi. Amina``, Indonesian's and Malay's ``Pak Budi``, ``Ibu Sari``, ``Encik Ahmad``,
Romanian's ``dl. Ionescu``, ``doamna Stoica``, Bulgarian's ``г-н Стефанов``.

A delivery's or a ticket's note names people so (``Ask for Mrs. Wanjiru at the gate``, ``Imepokelewa
na mlinzi, Bw. Yonas``: received by the guard); the small English model reads such a name now as a
person, now as a place, and with NER off nothing finds it. ``title_name`` (0.7) takes one to three
capitalized words after the title; the title is context, not part of the name.

Left out: brands and stock phrases with a title (``Dr. Pepper``, ``Mr. Bean``, ``Mr. Right``, ``Dr.
Martens``, ``Miss World``), a title before a firm's or a thing's words (``Mr. Coffee Maker``: four
capitalized words and more are not taken), a street's ``Dr`` (``Oak Dr. Smithfield``: Drive, after a
capitalized word), an address's unit after the name (``Mrs. Barbara Yudina Apt. 675``: the name
stops before ``Apt``), and a street named for a titled person (``Dr. Fazıl Küçük Blv.``). Spanish's ``Sr.`` is a job's senior as often (``Sr. Engineer``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_TITLES = (r"(?:Mr|Mrs|Ms|Mx|Miss|Prof|Bw|Bi|Pak|Bu|Ibu|Bapak|Encik|Puan|Tuan|Cik|Madam|Mme|Mlle|Herr|Herrn|Frau"
           # German's Mr and Mrs abbreviated, with their dot, and a family ('Hr. Lukas Steiner', 'Fr. Elif Kaya',
           # 'Fam. Yılmaz'; 'Fr' without a dot is a Friday's)
           r"|(?:Hr|Hrn|Fr|Fam)(?=\.)|Familie"
           # Dutch's Mr and Mrs, in full and abbreviated, as the Netherlands, Flanders, Suriname and the Dutch
           # Caribbean write them ('Meneer Wong A Foe', 'Dhr. Kon A Sen', 'mevr. Tjin-A-Koeng')
           r"|Meneer|Mevrouw|meneer|mevrouw|(?:Dhr|dhr|Mevr|mevr|Mw|mw)(?=\.)"
           # French's Mr, Mrs and Miss in full, as Corsica's and the Maghreb's notes write them; Italian's Mr, Mrs,
           # Miss and a graduate's, a lawyer's, a surveyor's title abbreviated ('Monsieur Ange-Marie Pietri', 'Sig.ra
           # Concetta Di Stefano', 'Dott. Antonello Deiana', 'Avv. Giuseppina Lo Cascio')
           r"|Monsieur|Madame|Mademoiselle|(?:Sig|Dott|Avv|Geom|Rag)(?=\.)|Sig\.ra|Sig\.na|Dott\.ssa|Avv\.ta"
           # (and Italian's and Sicilian's Mr and Mrs in full, in a sentence's lower case too: 'alla signora Pina',
           # 'a signura Pina')
           r"|[Ss]ignora|[Ss]ignorina|[Ss]ignor|[Ss]ignura|[Ss]ignuri"
           # Sesotho's, siSwati's and Chichewa's Mr and Mrs ('Ntate Thabo Mohapi', "'M'e Palesa", 'Umnumzane
           # Magagula', 'Bambo Mwale'; not siSwati's 'Make' nor 'Babe', English words, nor Chichewa's 'Mayi', a name)
           r"|Ntate|['’]M['’]e|M['’]e|Umnumzane|Mnumzane|Bambo|Abambo"
           r"|(?<!\p{Lu}[\p{Ll}]*[ ])Dr"
           # a soldier's and an airman's ranks, as a base's families write them ('SSgt Maria Cruz', 'Capt. Joe Cruz';
           # the ones that are words too with their dot only: 'Col.', 'Gen.', 'Maj.')
           r"|Sgt|SSgt|TSgt|MSgt|SMSgt|CMSgt|Cpl|LCpl|Pvt|Spc|SrA|Capt|(?:Lt|Maj|Col|Gen|Cmdr|Cdr|Adm)(?=\.)"
           r"|κ|κα|κος|κυρία|κύριος|κύριε"  # (Greek's Mr and Mrs, abbreviated: 'στον γείτονα, κ. Γεωργίου')
           # Romanian's and Moldova's Mr and Mrs, abbreviated and in their cases ('dl. Mihai Ionescu', 'd-na Ana
           # Marin', 'Stimate domnule Rusu'; 'dl' and 'dna' with their dot: 'dl' is a download); Bulgarian's ('г-н Стефанов', 'Уважаема г-жо Николова')
           r"|(?:dl|Dl|dna|Dna)(?=\.)|d-na|D-na|d-l|D-l|d-ra|domnul|domnule|domnului|Domnul|Domnule|doamna|doamnă|doamnei"
           r"|Doamna|Doamnă|г-н|Г-н|г-жа|Г-жа|г-жо|Г-жо|г-ца|Г-ца|господин|госпожа|господине|госпожо"
           # Somali's Mr and Mrs, Amharic's and Tigrinya's romanized ('Mudane Cabdi Xasan', 'Marwo Hodan Cali', 'Ato
           # Kebede', 'W/ro Almaz'); Maltese's Mrs and Miss, Slovak's and Slovene's Mr and Mrs in lower case, as a
           # sentence writes them ('pán Kováč', 'gospa Novak')
           r"|Mudane|Marwo|Ato|W/ro|Woizero|Weyzero|Sinjura|Sinjorina|pán|gospod|gospa"
           # India's Mr and Mrs, Hindi's and Tamil's, as English writes them ('Shri Venkatesh Subramanian', 'Smt.
           # Kamala Devi', 'Thiru. Murugan'; not Sri Lanka's 'Sri', nor a greeting's 'Jai Shri Krishna')
           r"|(?<!\bJai[ ])Shri|(?<!\bJai[ ])Shree|Shrimati|Srimati|Smt|Thiru|Thirumathi|Tmt|Sri(?![ ]Lanka|[ ]Jayawardenepura|[ ]Jayewardenepura)"
           # French's Mr, with its dot, before a name of three letters or more ('M. Rasoanaivo (Vanille Export SARL)';
           # not a degree's 'M. Sc.', 'M. Tech')
           r"|M(?=\.[ ](?!(?:Sc|Tech|Eng|Phil|Ed|Com|Arch|Pharm|Des|Mus|Litt|Div|Sci|Comm|Stat|Math)\b)\p{Lu}\p{Ll}{2}))")
# Polish's and Ukrainian's Mr and Mrs, in their cases, and a letter's to either ('Dzień dobry Pani/Panie Lewandowska!',
# 'Pan Kowalski', 'пане Олеже'): no brand's nor a heading's, so they outscore the model's reading of the name (a
# Polish family name read as a place)
_SLAVIC_TITLES = r"(?:Pani/Panie|Pan/Pani|Panie/Pani|Pan|Pani|Panie|Pana|Panu|Panią|Пан|Пані|Пане|Пана|пан|пані|пане)"
# Brands, characters and phrases named with a title, and words that make the title a heading's
_NOT_NAMES = (r"(?:Pepper|Bean|Right|Wrong|Martens|Oetker|Coffee|Clean|Muscle|Potato|Robot|Universe|World|Congeniality"
              r"|Who|Strange|Evil|No|Know|Fix|Freeze|Smith[ ]Goes|President|Speaker|Chairman|Chair|Mayor|Deputy"
              r"|Secretary|Justice|Minister|Director|Manager|Engineer|Officer|Customer|Client|User|Sir|Madam"
              r"|Am|American|Africa|African|Pacific|Asia|Asian|Arab|Atlantic|Europa|European"  # ('Pan Am', 'Pan Pacific')
              r"|Teaching|Hospital|Polyclinic|Clinic)")  # (a hospital's name, 'Korle Bu Teaching Hospital': Accra's)
# A unit's word after the name, an address's start ('Mrs. Barbara Yudina Apt. 675 ...'): no name's word
_UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Floor|Bldg|Building|Block|Lot|House)(?![\p{L}\p{M}])"
# A street's word after the name: a street named for a titled person ('Dr. Fazıl Küçük Blv. No:70', Nicosia's;
# 'Dr. Sadık Ahmet Cad.'), no one's
_STREET_WORD = (r"(?:Blv|Bulv|Bulvarı|Bulvar|Cad|Caddesi|Cd|Sok|Sokak|Sokağı|Sk|Mah|Mahallesi|Street|St|Avenue|Ave"
                r"|Road|Rd|Boulevard|Blvd|Lane)(?![\p{L}\p{M}])")
_WORD = (r"(?!" + _UNIT + r"|" + _STREET_WORD + r")\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’\-]+"  # ('N'Diaye', 'O'Brien')
         r"(?:-\p{Lu}[\p{Ll}\p{M}'’]+|-A(?=-\p{Lu}))*"  # ('Müller-Lüdenscheidt'; Suriname's 'Tjin-A-Koeng')
         r"(?:[ ]A(?=[ ]\p{Lu}\p{Ll}))?")  # (and its 'A' between a Chinese family's names: 'Wong A Foe')
# A family name's particle in lower case, before its capitalized word
_PARTICLE = r"(?:(?:de|du|da|do|dos|das|del|della|di|van|von|ter|ten|le|la|van[ ]der|van[ ]den|von[ ]der|de[ ]la)[ ])?"
# An academic title after the courtesy title, German's and Austria's most ('Herr Dr. Klaus Müller', 'Frau Mag.
# Ayşe Demir', 'Herrn DI Stefan Gruber', 'Mr. Dr. Klaus'): skipped, so the name after it is taken, not the title
_DEGREE = r"(?:Dr|Prof|Mag|Ing|DI|Dipl\.-Ing|MMag|DDr|Dkfm|Bakk|med|rer\.[ ]nat|phil)"
_DEGREES = r"(?:" + _DEGREE + r"\.?[ ]){0,3}"


class PersonTitleRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "title_name",
            r"(?x)(?<=(?<![\p{L}\p{M}\d.\-])" + _TITLES + r"\.?[ ]" + _DEGREES + r")"  # the title, its dot maybe, a
            # blank (and degrees)
            r"(?!" + _NOT_NAMES + r"(?![\p{L}\p{M}])|" + _DEGREE + r"(?![\p{L}\p{M}]))"
            + _WORD + r"(?:[ ]" + _PARTICLE + _WORD + r"){0,2}"  # one to three names (a particle before a family
            # name: 'Mrs Jane de Garis', 'Mr Jan van Dijk')
            r"(?![\p{L}\p{M}\-]|[ ](?!" + _UNIT + r")\p{Lu}\p{Ll})",  # (not four: a firm's, a product's; a unit
            # may follow)
            0.7,
        ),
        Pattern(
            "slavic_title_name",
            r"(?x)(?<=(?<![\p{L}\p{M}\d.\-/])" + _SLAVIC_TITLES + r"[ ])"
            r"(?!" + _NOT_NAMES + r"(?![\p{L}\p{M}]))"
            + _WORD + r"(?:[ ]" + _WORD + r"){0,2}"
            r"(?![\p{L}\p{M}\-]|[ ](?!" + _UNIT + r")\p{Lu}\p{Ll})",
            0.9,
        ),
        Pattern(
            "kin_in_brackets",
            r"(?x)(?<=\((?:neighbour|neighbor|sister|brother|son|daughter|wife|husband|mother|father|cousin|uncle|aunt"
            r"|grandmother|grandfather|friend|landlord|landlady|tenant|caretaker)[ ])"  # a kin's or a neighbour's
            r"\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20})?(?=\))",  # name in brackets after a contact's ('Ask for
            0.85,  # Nomsa Nxumalo (neighbour Siphiwe)', '(sister Tadala Banda)')
        ),
        Pattern(
            "name_tatar_title_after",
            r"(?x)(?<![\p{L}\p{M}\d\-])"  # a first name, then Tatar's, Bashkir's or Chuvash's elder brother, elder
            # sister, Mrs or Mr after it, as they address a person ('Ильдар абый', 'Гөлнара апа', 'Зульфия ханым',
            # 'Айдар әфәнде', 'Рамиль ағай', 'Петĕр пичче'); the title a lookahead at the end, so the fast path's
            # prefilter keeps it
            r"\p{Lu}[\p{Ll}\p{M}]{2,15}(?=[ ](?:абый|абзый|апа|апай|ағай|агай|ханым|әфәнде|туташ|пичче|аппа|инкә)"
            r"(?![\p{L}\p{M}]))",
            0.85,
        ),
        Pattern(
            "name_tatar_title_after_latin",
            r"(?x)(?<![\p{L}\p{M}\d\-])"  # the same in Latin letters ('Ildar abyi', 'Gulnara apa')
            r"\p{Lu}[a-zäöüçşğıñ]{2,15}(?=[ ](?:abyi|abyy|abzyi|apa|apai|agai|khanym|xanım|äfände|tutash)"
            r"(?![\p{L}\p{M}]))",
            0.85,
        ),
    ]
    CONTEXT = ["mr", "mrs", "ms", "dr", "signora", "signor", "signura", "monsieur", "madame", "ntate", "bambo",
               "umnumzane", "dott"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
