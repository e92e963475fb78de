"""LOCATION: an address's last line, a town and its postcode before a country's name.

A signature's or a form's address ends in the country: ``Naifaru 06020, Maldives``,
``Cusco 08002, Perú``, ``... Luque, Central 110101, Paraguay``. NER misses most of these
towns (or reads them as persons) and reads no postcode; the country's name after a
postcode is the evidence. Each part is its own finding, as presidio-research labels an
address:

* ``postal_line`` (0.9): one to three capitalized words (the town), four to six digits (the
  postcode) and a country's name, where the line, the sentence or the clause ends
  (``Naifaru 06020, Maldives``); the engine splits it into its three parts
  (addresses.split_postal_lines)
* ``country_after_town`` (0.9): a country's name after a town and its comma, where the line,
  the sentence or the clause ends (``Oruro, Bolivia``)
* ``country_in_brackets_after_town`` (0.9): a country's name in brackets after a postcode and its town
  (``22200 Guingamp (France)``, ``8914 AZ Ljouwert (Nederland)``), as a CRM's summary line writes it
* ``postcode_town_after_comma`` (0.85): France's five-digit postcode and its town after a
  post box, a tribe's, a quarter's or an estate's name and its comma (``BP 284, 98850
  Koumac``, ``Tribu de Jokin, 98820 Lifou``, ``CS 70123, 75002 PARIS CEDEX 02``), where the
  line or the sentence ends: after any words, ``..., 12000 XPF`` is an amount
* ``zip_in_a_sentence`` (0.85): a ZIP code a sentence gives after its word (``my zip is 99766``, ``zip
  code 70517``): five digits, ZIP+4's too
* ``country_prefixed_postcode`` (0.85): a postcode with its country's car letters before it, then its town
  (``D-83471 Berchtesgaden``, ``I-39031 Bruneck``, ``CH-8001 Zürich``), as Europe's cross-border mail writes it
* ``cap_town_province`` (0.9): Italy's postcode, its town and its province's letters in brackets
  (``96017 Noto (SR)``, ``09047 Selargius (CA)``); the engine splits it into its three parts, as an
  address block's (addresses.split_postal_lines)

The countries' names are phonenumbers' own (its geocoder's names in English, German,
Spanish, French, Italian, Portuguese, Dutch, Swedish, Polish, Catalan, Russian, Serbian,
Greek and Malay), bundled with it: no list of our own to keep. The patterns take any
capitalized words there and :meth:`PostalLineRecognizer.invalidate_result` checks them
against the names, loaded on the first candidate: a thousand names in the patterns cost a
second and a half at every process's start and slowed the vectorized pass. A country that
is also a given name or a word (``Jordan``, ``Chad``, ``Turkey``) counts after a postcode
only: ``Thanks, Jordan`` ends a letter.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_LANGUAGES = ("aa", "en", "de", "es", "fr", "it", "pt", "nl", "sv", "pl", "ca", "ru", "sr", "el", "ms")
# Countries that are given names or words too
_AMBIGUOUS = frozenset({"jordan", "israel", "georgia", "chad", "india", "kenya", "mali", "niger", "turkey",
                        "china", "guinea", "jersey", "dominica", "chile", "cuba", "malta", "oman", "togo",
                        "samoa", "tonga", "peru", "panama", "benin", "gabon", "yemen", "iran", "iraq", "laos",
                        "nauru", "palau", "fiji", "monaco", "canada", "mexico", "japan", "sudan", "congo"})


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """The countries' names (all; and those that are no given names), lower case."""
    import importlib.util
    from pathlib import Path

    import phonenumbers

    # phonenumbers' table of countries' names, read alone: importing its package imports
    # every prefix's geocoding data too (half a second); the table needs none of it
    path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = set()
    for by_language in module.LOCALE_DATA.values():
        for language in _LANGUAGES:
            name, hops = by_language.get(language, ""), 0
            while name.startswith("*") and hops < 5:  # ('*es': the same as Spanish's)
                name, hops = by_language.get(name[1:], ""), hops + 1
            if len(name) >= 4 and not name.startswith("*") and "(" not in name and "," not in name:
                names.add(name.lower())
    names |= {"republic of maldives", "republic of fiji", "papua new guinea", "paraguái", "perú"}
    return frozenset(names), frozenset(names - _AMBIGUOUS)


# The country ends the line, the sentence or the address ('..., Bolivia and that we can call')
_END = r"(?=[\ \t]*(?:$|\r?\n|[.;)]|,[\ ]|[\ ](?:and|or|y|e|et|und)\b))"
_TOWN = r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]+){0,2}"
# A country's name: capitalized words (and their particles: 'Papua New Guinea', 'Republic of
# Maldives'), checked against the names by invalidate_result
_A_COUNTRY = r"\p{Lu}[\p{L}\p{M}'’.\-]+(?:[\ ](?:of[\ ]|and[\ ])?\p{Lu}[\p{L}\p{M}'’.\-]+){0,3}"
_POSTCODE = r"\d{4,6}"
# Countries' letters, which a list of countries writes before a name ('working in PNG, Vanuatu and
# the Cooks'), no town
_COUNTRY_LETTERS = r"(?-i:PNG|USA|US|UK|UAE|DRC|RSA|PRC|NZ|KSA|BiH)"
# Italy's provinces' letters, as an address gives them in brackets after the town ('07100 Sassari (SS)')
_IT_PROVINCES = (r"AG|AL|AN|AO|AP|AQ|AR|AT|AV|BA|BG|BI|BL|BN|BO|BR|BS|BT|BZ|CA|CB|CE|CH|CL|CN|CO|CR|CS|CT|CZ|EN|FC|FE|FG"
                 r"|FI|FM|FR|GE|GO|GR|IM|IS|KR|LC|LE|LI|LO|LT|LU|MB|MC|ME|MI|MN|MO|MS|MT|NA|NO|NU|OR|PA|PC|PD|PE|PG|PI"
                 r"|PN|PO|PR|PT|PU|PV|PZ|RA|RC|RE|RG|RI|RM|RN|RO|SA|SI|SO|SP|SR|SS|SU|SV|TA|TE|TN|TO|TP|TR|TS|TV|UD"
                 r"|VA|VB|VC|VE|VI|VR|VT|VV")
_SCORE = 0.9  # above NER's 0.85: it reads such a town as a person ('Huancavelica')
# Words before a number that make it no postcode ('Order 1234, China', 'since 2019, Germany')
_NOT_TOWN = (r"(?i:order|invoice|ticket|case|version|build|item|room|model|year|page|step|part|total|batch"
             r"|release|edition|no|nr|number|code|pin|port|id|ref|po|sku|since|in|from|at|on|of|to|and|or|by"
             r"|for|with|circa|about|until|before|after|est|founded)")
# A postcode with its country's car letters (country_prefixed_postcode): no country's name to check
_PREFIXED_POSTCODE = re.compile(r"[A-Z]{1,3}-\d{4,5}")
# A whole line's country: what follows its postcode
_COUNTRY_AFTER_POSTCODE = re.compile(rf"{_POSTCODE},?[\ ](.+)$")


class PostalLineRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("postal_line",
                rf"""(?x)
                (?<![\p{{L}}\p{{M}}'’\-])(?!(?!Port[\ ]\p{{Lu}}){_NOT_TOWN}\b)  # (a port's town is one: 'Port Louis')
                {_TOWN}[\ ,]{{1,2}}{_POSTCODE},?[\ ]                     # a town and its postcode,
                {_A_COUNTRY}(?<!\.){_END}                                # then a country's name""", _SCORE),
        Pattern("country_after_town",
                rf"""(?x)
                (?<=\b{_TOWN},[\ ])(?<!\b{_NOT_TOWN},[\ ])              # after a town and its comma
                (?<!\b{_COUNTRY_LETTERS},[\ ])                          # (not a country's letters: a list)
                {_A_COUNTRY}(?<!\.){_END}""", _SCORE),
        Pattern("country_in_brackets_after_town",
                rf"""(?x)
                (?<=\b{_POSTCODE}(?:[\ ][A-Z]{{2}})?[\ ]{_TOWN}[\ ]\()    # after a postcode and its town, in brackets
                {_A_COUNTRY}(?=\))                                     # ('22200 Guingamp (France)', '8914 AZ
                                                                        # Ljouwert (Nederland)', a CRM's summary)""",
                _SCORE),
        Pattern("postcode_town_after_comma",
                rf"""(?x)
                (?<=(?:\b(?:BP|B\.P\.|CS|TSA)[\ ]\d{{1,6}}         # after a post box ('BP 284, 98850 Koumac')
                  |\b(?:Tribu|Quartier|Lotissement|Résidence|Lieu-dit|Hameau)[\ ](?:de[\ ]|du[\ ]|des[\ ]|d['’])?
                   \p{{Lu}}[\p{{L}}\p{{M}}'’\-]+(?:[\ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+)?  # or a tribe's, a quarter's,
                  |(?:^|(?<=\n)|\b(?:Appt|Apt|Bloc|Bt|N°)[\ ]?\d{{1,4}},[\ ])[\ \t>]*\p{{Lu}}[\p{{L}}\p{{M}}'’\-]{{2,}}  # (the
                   (?:[\ ]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+)?  # Maghreb's quarter on its line or after a flat's number:
                                                    # 'Bassatine, 50000 Meknès', '..., Appt 88, Kiffane, 13000 Tlemcen')
                  ),[\ ])                                            # an estate's name and its comma,
                \d{{5}}[\ ](?!(?:Items?|Units?|Pieces?|Pcs|Points?|Users?|Euros?|Dollars?|Dirhams?|Dinars?|Total|Orders?
                  |Views?|Messages?|Results?|Rows?|Records?|Clients?|Visitors?|Downloads?)\b)  # (a count's: '12345 Items')
                {_TOWN}(?:[\ ]CEDEX(?:[\ ]\d{{1,2}})?)?      # France's postcode and its town
                (?=[\ \t]*(?:$|\r?\n|[.;,)](?:\s|$)))""", 0.85),    # ('Tribu de Jokin, 98820 Lifou': New
                                                                      # Caledonia's too)
        Pattern("cap_town_province",
                rf"""(?x)
                (?<![\w.,/\-])\d{{5}}[\ ]                       # Italy's postcode (CAP), its town
                (?!(?:Items?|Units?|Pieces?|Points?|Users?|Euro|Total|Orders?|Rows?|Records?)\b)
                \p{{Lu}}[\p{{L}}\p{{M}}'’\-]+(?:[\ ](?:(?:di|del|della|de|d['’])[\ ])?\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+){{0,3}}
                [\ ]?\((?:{_IT_PROVINCES})\)                     # and its province's letters in brackets
                                                                 # ('96017 Noto (SR)', '09047 Selargius (CA)')""",
                0.9),
        Pattern("country_prefixed_postcode",
                r"""(?x)
                (?<![\w.,/\-])(?<!\b(?i:part|model|type|typ|art|item|nr|no|sku|ref|id|form)[\ #:.]{0,2})
                (?:D|A|F|I|CH|FL|L|B|NL|DK|S|N|FIN|E|P|PL|CZ|H|SLO|HR)-\d{4,5}  # a postcode with its country's car
                (?=[\ ](?!(?i:series|serie|edition|model|modell|pro|plus|max|mini|kit|set|version)\b)  # letters, then
                   \p{Lu}[\p{Ll}\p{M}]{2,})              # its town: 'D-83471
                                                    # Berchtesgaden', 'I-39031 Bruneck', 'CH-8001 Zürich'""",
                0.85),
        Pattern("zip_in_a_sentence",
                r"""(?x)
                (?<=\b(?i:zip|postal|post)[\ ]?(?i:code)(?:[\ ](?i:is|was))?:?[\ ]  # a ZIP code a sentence gives
                  |\b(?i:my|our|the|your|his|her|their|new)[\ ](?i:zip)(?:[\ ](?i:is|was))?:?[\ ])  # ('my zip is 99766',
                \d{5}(?:-\d{4})?(?![\d\-])                    # 'zip code 70517'): five digits, ZIP+4's too""",
                0.85),
    ]

    CONTEXT = ("address", "country", "postcode", "zip", "town", "city")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # case carries the signal (Presidio's default ignores it)
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        if pattern_text[:1].isdigit() or _PREFIXED_POSTCODE.fullmatch(pattern_text):
            return False  # a postcode and its town (postcode_town_after_comma): no country to check
        countries, safe = _countries()
        line = _COUNTRY_AFTER_POSTCODE.search(pattern_text)
        if line is not None:  # a whole line: its country after the postcode
            return line.group(1).lower() not in countries
        return pattern_text.lower() not in safe  # (not a given name after a comma: 'Thanks, Jordan')
