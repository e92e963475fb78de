"""LOCATION: an address's last line, a town and its postcode before a country's name.

A signature's or a form's address ends in the country: ``Naifaru 06020, Maldives``,
``Cusco 08002, Perú``, ``... Luque, Central 110101, Paraguay``. NER misses most of these
towns (or reads them as persons) and reads no postcode; the country's name after a
postcode is the evidence. Each part is its own finding, as presidio-research labels an
address:

* ``country`` (0.9): a country's name after a town's postcode (``06020, Maldives``)
* ``country_after_town`` (0.9): after a town and its comma, where the line, the sentence
  or the clause ends (``Oruro, Bolivia``)
* ``town`` (0.9): one to three capitalized words before a postcode and a country
* ``postcode`` (0.9): four to six digits between a town and a country

The countries' names are phonenumbers' own (its geocoder's names in English, German,
Spanish, French, Italian, Portuguese, Dutch, Swedish, Polish, Catalan, Russian, Serbian,
Greek and Malay), bundled with it: no list of our own to keep. A country that is also a
given name or a word (``Jordan``, ``Chad``, ``Turkey``) counts after a postcode only:
``Thanks, Jordan`` ends a letter.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_LANGUAGES = ("aa", "en", "de", "es", "fr", "it", "pt", "nl", "sv", "pl", "ca", "ru", "sr", "el", "ms")
# Countries that are given names or words too
_AMBIGUOUS = frozenset({"jordan", "israel", "georgia", "chad", "india", "kenya", "mali", "niger", "turkey",
                        "china", "guinea", "jersey", "dominica", "chile", "cuba", "malta", "oman", "togo",
                        "samoa", "tonga", "peru", "panama", "benin", "gabon", "yemen", "iran", "iraq", "laos",
                        "nauru", "palau", "fiji", "monaco", "canada", "mexico", "japan", "sudan", "congo"})


def _countries() -> tuple[list[str], list[str]]:
    from phonenumbers.geodata.locale import LOCALE_DATA

    names = set()
    for by_language in LOCALE_DATA.values():
        for language in _LANGUAGES:
            name, hops = by_language.get(language, ""), 0
            while name.startswith("*") and hops < 5:  # ('*es': the same as Spanish's)
                name, hops = by_language.get(name[1:], ""), hops + 1
            if len(name) >= 4 and not name.startswith("*") and "(" not in name and "," not in name:
                names.add(name)
    names |= {"Republic of Maldives", "Republic of Fiji", "Papua New Guinea", "Paraguái", "Perú"}
    # longest first: 'Papua New Guinea' before 'Guinea'
    everything = sorted(names, key=lambda n: (-len(n), n))
    return everything, [n for n in everything if n.lower() not in _AMBIGUOUS]


_ALL, _SAFE = _countries()
_COUNTRY = "(?:" + "|".join(re.escape(n) for n in _ALL) + ")"
_SAFE_COUNTRY = "(?:" + "|".join(re.escape(n) for n in _SAFE) + ")"
# The country ends the line, the sentence or the address ('..., Bolivia and that we can call')
_END = r"(?=[\ \t]*(?:$|\r?\n|[.;)]|,[\ ]|[\ ](?:and|or|y|e|et|und)\b))"
_TOWN = r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]+){0,2}"
_POSTCODE = r"\d{4,6}"
_SCORE = 0.9  # above NER's 0.85: it reads such a town as a person ('Huancavelica')
# Words before a number that make it no postcode ('Order 1234, China', 'since 2019, Germany')
_NOT_TOWN = (r"(?i:order|invoice|ticket|case|version|build|item|room|model|year|page|step|part|total|batch"
             r"|release|edition|no|nr|number|code|pin|port|id|ref|po|sku|since|in|from|at|on|of|to|and|or|by"
             r"|for|with|circa|about|until|before|after|est|founded)")
# (The countries' names are checked in a lookahead that does not end the pattern: the
# vectorized pass's prefilter drops it, and a thousand names stay out of the joined
# prefilters, which must stay small: see piiscan/detect/prefilter.py. A country's name
# is then read as capitalized words up to the end the lookahead saw.)
_A_COUNTRY = r"\p{Lu}[\p{L}\p{M}'’.\ \-]*?"


class PostalLineRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("country",
                rf"""(?x)
                (?<=[\p{{L}}\p{{M}}][\ ,]{{1,2}}{_POSTCODE},?[\ ])     # after a town's postcode
                (?<!\b{_NOT_TOWN}[\ ,]{{1,2}}{_POSTCODE},?[\ ])        # (not an order's number)
                (?={_COUNTRY}{_END})
                {_A_COUNTRY}{_END}""", _SCORE),
        Pattern("country_after_town",
                rf"""(?x)
                (?<=\b{_TOWN},[\ ])(?<!\b{_NOT_TOWN},[\ ])              # after a town and its comma
                (?={_SAFE_COUNTRY}{_END})                                # (not a given name: 'Thanks, Jordan')
                {_A_COUNTRY}{_END}""", _SCORE),
        Pattern("town",
                rf"""(?x)
                (?<![\p{{L}}\p{{M}}'’\-])(?!{_NOT_TOWN}\b)
                (?={_TOWN}[\ ,]{{1,2}}{_POSTCODE},?[\ ]{_COUNTRY}{_END})  # its postcode and a country follow
                {_TOWN}
                (?=[\ ,]{{1,2}}{_POSTCODE},?[\ ]\p{{Lu}})""", _SCORE),
        Pattern("postcode",
                rf"""(?x)
                (?<=[\p{{L}}\p{{M}}][\ ,]{{1,2}})(?<!\b{_NOT_TOWN}[\ ,]{{1,2}})
                (?={_POSTCODE},?[\ ]{_COUNTRY}{_END})                     # a country follows
                {_POSTCODE}
                (?=,?[\ ]\p{{Lu}})""", _SCORE),
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
