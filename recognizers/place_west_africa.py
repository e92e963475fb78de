"""LOCATION: Ghana's, Sierra Leone's, Liberia's, The Gambia's and Mauritania's towns and the capitals' quarters, by name.

spaCy's small English model has seen few of them and reads many as persons or firms
(``Kololi``, ``Sinkor``, ``Gardnersville``, ``Brusubi``). A closed list of the towns, the
capitals' quarters and Liberia's counties is the evidence, and outscores the model's reading
(0.9 against its 0.85). A town inside a firm's, a team's or a body's name is no one's place,
and not taken (``Freetown Office``, ``Banjul Airport``, ``Kololi Beach Hotel``), nor one in an
event's (``Freetown Book Fair``).

Left out: names that are people's too (``Wilberforce``, ``Lumley``, ``Buchanan``, ``Harper``,
the Gambian given name ``Lamin``, Nouakchott's ``Arafat`` and ``Riyadh``, Mauritania's ``Rosso``
and ``Atar``, Accra's ``Madina`` and ``Nima``, Ghana's ``Ada``), and short or common words (``Bo``,
``Soma``, ``Red Light``, ``Duala``, ``Waterloo``, ``Ksar``, a castle, ``Nema`` without its accent, a
word of the Slavic languages, Ghana's ``Ho`` and ``Wa``, ``Dome``). Ghana's ``Tema`` only before a
comma or its township's word (``Tema Community 25``): Spanish's and Italian's 'subject' (``Tema: ...``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_TOWNS = (
    # Sierra Leone, and Freetown's quarters
    r"Freetown|Murray[ ]Town|Kissy|Goderich|Congo[ ]Town|Kenema|Makeni|Koidu|Port[ ]Loko|Lunsar|Kabala"
    r"|Kailahun|Lungi|Hastings|Tengbeh[ ]Town|Brookfields|Kingtom|Calaba[ ]Town"
    # Liberia, Monrovia's quarters, its counties
    r"|Monrovia|Sinkor|Paynesville|Gardnersville|Brewerville|Gbarnga|Kakata|Zwedru|Ganta|Voinjama|Robertsport"
    r"|Mamba[ ]Point|Clara[ ]Town|Bushrod[ ]Island|New[ ]Kru[ ]Town"
    r"|(?:Montserrado|Margibi|Nimba|Lofa|Grand[ ]Bassa|Grand[ ]Gedeh|Sinoe)(?:[ ]County)?|(?:Bong|Maryland)[ ]County"
    # The Gambia, and the Kombos' towns
    r"|Banjul|Serr?ekunda|Bakau|Kololi|Kotu|Brikama|Brusubi|Bijilo|Fajara|Farafenni|Basse|Janjanbureh|Bundung"
    r"|Latrikunda|Tallinding|Sukuta|Kanifing|Kerr[ ]Serign|Sanyang|Gunjur|Tanji|Kombo"
    # Ghana, and Accra's, Tema's and Kumasi's quarters
    r"|Accra|Kumasi|Takoradi|Sekondi|Tamale|Bolgatanga|Sunyani|Koforidua|Cape[ ]Coast|Obuasi|Techiman|Nkawkaw"
    r"|Winneba|Hohoe|Aflao|Akosombo|Nsawam|Agona[ ]Swedru|Ejisu|Konongo|Tarkwa|Elmina|Berekum|Kintampo|Yendi"
    r"|Navrongo|Bawku|Kpando|Dodowa|Amasaman|Kasoa|Ashaiman|Tema(?=[ ](?:Community|Newtown|Manhean|Harbour)\b|,)"
    r"|Adenta|Teshie|Nungua|Labadi|Labone|Cantonments|Dzorwulu|Abelemkpe|Kokomlemle|Adabraka|Kaneshie|Dansoman"
    r"|Achimota|Lapaz|Weija|Gbawe|Lashibi|Sakumono|Kpone|Prampram|Pokuase|Ofankor|Kwabenya|Haatso|Odorkor"
    r"|Kotobabi|Mamprobi|Abeka|Darkuman|Tesano|Dome[ ]Kwabenya|(?:East|West)[ ]Legon|Legon|Osu|Spintex"
    r"|Adum|Asokwa|Bantama|Suame|Ahodwo|Nhyiaeso|Kwadaso|Tafo|Santasi|Abuakwa|Ayigya"
    # Mauritania, and Nouakchott's moughataas (the model reads 'Tevragh Zeina', even 'Nouakchott', as people)
    r"|Nouakchott|Nouadhibou|Kiffa|Ka[ée]di|Zou[ée]rate|Néma|Aleg|S[ée]libaby|Boutilimit|Akjoujt|Tidjikja"
    r"|A[ïi]oun(?:[ ]el[ ]Atrouss)?|Tevragh[ ]Zeina|Toujounine|Dar[ ]Na[ïi]m|Teyarett|Sebkha|El[ ]Mina"
)

# A firm's, a team's or a body's name the town is part of ('Freetown Office', 'Kololi Beach Hotel')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Medical|Hospital|Clinic|Pharmacy|College|University"
                   r"|School|Council|City[ ]Council|Airport|Hotel|Beach[ ]Hotel|Lodge|Mall|Group|Trust|Club|Store"
                   r"|Stores|Shop|Motors|Express|Bank|Port[ ]Authority|Supermarket|Market|Stadium|Fair|Festival|Conference|Summit|Expo)")


class PlaceWestAfricaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "west_africa_town",
            r"(?x)(?<![\p{L}\p{M}\-])(?:" + _TOWNS + r")(?![\p{L}\p{M}\-]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))",
            0.9,
        ),
    ]
    CONTEXT = ["town", "city", "county", "address", "live", "from", "stay"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
