"""LOCATION: Czechia's and Slovakia's towns and Prague's and Brno's quarters, by name.

spaCy's small English model reads ``Praha`` as a person and ``Jihlava``, ``Olomouce`` or
``Smíchov`` not at all. Czech and Slovak decline a town's name (``v Praze``, in Prague; ``z Brna``,
from Brno; ``do Olomouce``, to Olomouc; ``na Smíchově``, in Smíchov), and Prague's and Brno's
districts go by number or by quarter (``Praha 10``, ``Praha-Strašnice``, ``Brno-Královo Pole``). A
closed list of the towns with their cases is the evidence, and outscores the model's reading
(0.9 against its 0.85):

* ``cz_town``: a town in any of its cases, with its district's number or its quarter after a
  dash (``Praha 3``, ``Ostrava-Poruba``).
* ``cz_quarter``: Prague's and Brno's quarters (``Žižkov``, ``na Vinohradech``, ``Královo Pole``).

Left out: names that are words or people's too (``Most``, a bridge; ``Martin``, ``Písek``, sand;
``Tábor``, a camp), and a town inside a firm's, a body's or an event's name
(``Brno Office``, ``Praha Hlavní nádraží``, ``FC Zlín``, ``Ostrava Marathon``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Each town with its cases (nominative, genitive, dative, accusative, locative, instrumental)
_TOWNS = (
    r"Prah(?:a|y|u|ou)|Praze|Brn(?:o|a|ě|u|em)|Ostrav(?:a|y|ě|u|ou)|Plz(?:eň|ně|ni|ní)|Olomouc(?:e|i|í)?"
    r"|Liber(?:ec|ce|ci|cem)|Česk(?:é|ých|ým)[ ]Budějovic(?:e|ích|ím|emi)|Hrad(?:ec|ce|ci|cem)[ ]Králové"
    r"|Ústí[ ]nad[ ](?:Labem|Orlicí)|Pardubic(?:e|ích|ím|emi)|Zlín(?:a|ě|u|em)?|Kladn(?:o|a|ě|u|em)"
    r"|Opav(?:a|y|ě|u|ou)|Frýd(?:ek|ku)-Míst(?:ek|ku)|Karvin(?:á|é|ou)|Jihlav(?:a|y|ě|u|ou)"
    r"|Teplic(?:e|ích|ím)|Děčín(?:a|ě|u|em)?|Karlov(?:y|ých|ým)[ ]Var(?:y|ech|ům)"
    r"|Chomutov(?:a|ě|u|em)?|Přerov(?:a|ě|u|em)?|Prostějov(?:a|ě|u|em)?|Kolín(?:a|ě|u|em)?|Cheb(?:u|em)?"
    r"|Trutnov(?:a|ě|u|em)?|Beroun(?:a|ě|u|em)?|Šumperk(?:a|u|em)?|Vsetín(?:a|ě|u|em)?|Hodonín(?:a|ě|u|em)?"
    r"|Břeclav(?:i|í)?|Třebíč(?:e|i)?|Příbram(?:i|ě)?|Znojm(?:o|a|ě|u|em)|Mlad(?:á|é|ou)[ ]Boleslav(?:i)?"
    r"|Kroměříž(?:e|i)?|Uhersk(?:é|ém)[ ]Hradišt(?:ě|i)|Havířov(?:a|ě|u|em)?|Třin(?:ec|ce|ci|cem)"
    r"|Kutn(?:á|é|ou)[ ]Hor(?:a|y|u|ou|e)|Litoměřic(?:e|ích)|Nov(?:ý|ého|ém)[ ]Jičín(?:a|ě)?"
    r"|Česk(?:ý|ého|ém)[ ]Krumlov(?:a|ě)?|Jablon(?:ec|ce|ci)[ ]nad[ ]Nisou|Žďár(?:u)?[ ]nad[ ]Sázavou"
    r"|Havlíčkov(?:a|ě)?[ ]Brod(?:u|ě)?|Havlíčkův[ ]Brod|Mělník(?:a|u)?|Benešov(?:a|ě)?|Strakonic(?:e|ích)"
    r"|Klatov(?:y|ech)|Domažlic(?:e|ích)|Náchod(?:a|ě|u)?|Svitav(?:y|ách)|Vyškov(?:a|ě)?|Blansk(?:o|a|u)"
    r"|Kopřivnic(?:e|i)|Bruntál(?:u|e)?|Jeseník(?:u)?|Černošic(?:e|ích)|Říčan(?:y|ech)"
    # Slovakia
    r"|Bratislav(?:a|y|e|u|ou)|Košic(?:e|iach|ami)|Prešov(?:a|e|u)?|Žilin(?:a|y|e|u|ou)|Nitr(?:a|y|e|u|ou)"
    r"|Bansk(?:á|ej|ú)[ ]Bystric(?:a|e|i|u)|Trnav(?:a|y|e|u|ou)|Trenčín(?:a|e)?|Poprad(?:u|e)?|Zvolen(?:a|e)?"
    r"|Michalov(?:ce|iec|ciach)|Piešťan(?:y|och)|Komárn(?:o|a|e)"
)
_QUARTERS = (
    r"Žižkov(?:a|ě)?|Vinohrad(?:y|ech|ů)|Smíchov(?:a|ě)?|Karlín(?:a|ě)?|Holešovic(?:e|ích)|Dejvic(?:e|ích)"
    r"|Nusl(?:e|ích)|Vršovic(?:e|ích)|Libn(?:i|ě)|Libeň|Chodov(?:a|ě)?|Strašnic(?:e|ích)|Modřan(?:y|ech)"
    r"|Stodůl(?:ky|kách)|Letňan(?:y|ech)|Břevnov(?:a|ě)?|Vysočan(?:y|ech)|Řep(?:y|ích)|Zličín(?:a|ě)?"
    r"|Kobylis(?:y|ích)|Bubeneč(?:i)?|Královo[ ]Pole|Králově[ ]Poli|Žabovřesk(?:y|ách)|Líšn(?:i|ě)|Líšeň"
    r"|Bystrc(?:i|e)?|Židenic(?:e|ích)|Poruba|Porubě"
)
# A district's number or its quarter after a dash ('Praha 10', 'Praha-Strašnice', 'Brno-Královo Pole')
_DISTRICT = r"(?:[ ]\d{1,2}(?![\d.,:/]\d)|-(?:\p{Lu}\p{Ll}+|střed|sever|jih|západ|východ|venkov|město)(?:[ ]\p{Lu}\p{Ll}+)?)?"

# A firm's, a body's or an event's name the town is part of, no one's place ('Brno Office')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Airport|Hotel|Mall|Group|Club|Store|Shop"
                   r"|Motors|Express|Bank|Marathon|Fair|Festival|Conference|Summit|Expo|City|Arena"
                   r"|Hlavní[ ]nádraží|hl\.[ ]n\.|Letiště|Arén[ae]|Centrum|Park|Open)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A club's name before it ('FC Zlín', 'HC Kometa Brno', 'Baník Ostrava')
_NOT_CLUB = r"(?<!\b(?:FC|SK|HC|FK|MFK|TJ|SFC|Baník|Sparta|Slavia|Kometa|Dukla|Zbrojovka)[ ])"


class PlaceCzechRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "cz_town",
            r"(?x)" + _NOT_CLUB + r"(?<![\p{L}\p{M}\-])(?:" + _TOWNS + r")" + _DISTRICT
            + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
            0.9,
        ),
        Pattern(
            "cz_quarter",
            r"(?x)(?<![\p{L}\p{M}\-])(?:" + _QUARTERS + r")(?![\p{L}\p{M}\-])" + _NOT_BUSINESS,
            0.9,
        ),
    ]
    CONTEXT = ["město", "obec", "mesto", "adresa", "bydliště", "bydlisko", "address", "town", "city"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
