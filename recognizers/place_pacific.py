"""LOCATION: the Pacific islands' towns, villages and the capitals' suburbs, by name.

Fiji, Samoa, Tonga, Papua New Guinea, the Solomon Islands, Vanuatu and Kiribati. spaCy's small
English model reads many of these as persons (``Upolu``, ``Bairiki``, ``Vanua Levu``) or not at
all (``Lautoka``, ``Nuku'alofa``, ``Vaitele``). A closed list is the evidence, and outscores the
model's reading (0.9 against its 0.85):

* ``fj_town``: Fiji's towns, islands and Suva's suburbs (``Nasese``, ``Vatuwaqa``).
* ``ws_to_town``: Samoa's and Tonga's towns, villages and islands, with the glottal stop written
  as an apostrophe, an ʻokina or not at all (``Nuku'alofa``, ``Nukuʻalofa``, ``Vavau``).
* ``pg_sb_town``: Papua New Guinea's towns and Port Moresby's suburbs, the Solomon Islands'.
* ``vu_ki_town``: Vanuatu's and Kiribati's.

Left out: names that are people's or words too (Fiji's ``Ba`` and ``Lami``, PNG's ``Tari`` and
``Mendi``, Vanuatu's ``Mele`` and ``Pango``, Kiribati's ``Ambo`` and ``Eita``), and a town
inside a firm's, a body's or an event's name (``Suva Private Hospital``, ``Nadi Airport``,
``Apia Park``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_Q = r"[ʻ'’‘]?"  # (Polynesian's glottal stop, written or not)
_FJ = (r"(?:Suva|Nadi|Lautoka|Labasa|Sigatoka|Nausori|Savusavu|Levuka|Rakiraki|Nasinu|Navua|Nasese|Vatuwaqa"
       r"|Samabula|Tamavua|Raiwaqa|Raiwai|Nabua|Namaka|Martintar|Waqadra|Valelevu|Nakasi|Korovou|Kinoya|Tacirua"
       r"|Makoi|Nadera|Narere|Namadi[ ]Heights|Vanua[ ]Levu|Viti[ ]Levu|Taveuni|Kadavu|Ovalau|Votualevu)")
_WS_TO = (r"(?:Apia|Vaitele|Faleolo|Salelologa|Lufilufi|Upolu|Sava" + _Q + r"i|Vailima|Sinamoga|Moto" + _Q + r"otua"
          r"|Vaimea|Lalomanu|Leulumoega|Siumu|Falealili|Faleasiu|Afega|Vaiusu|Fagali" + _Q + r"i|Vaivase|Alafua"
          r"|Tanugamanono|Matautu|Leauva" + _Q + r"a|Mulifanua|Asau|Falealupo|Safotu"
          r"|Nuku" + _Q + r"alofa|Kolofo" + _Q + r"ou|Kolomotu" + _Q + r"a|Ma" + _Q + r"ufanga|Neiafu|Vava" + _Q + r"u"
          r"|Ha" + _Q + r"apai|Pangai|Lifuka|" + _Q + r"Eua|Tongatapu|Halaleva|Popua|Haveluloto|Tofoa|Nukunuku"
          r"|Fua" + _Q + r"amotu|Vaini|Hihifo)")
_PG_SB = (r"(?:Port[ ]Moresby|Lae(?!(?<=^Lae)[ \t]*$)|Mount[ ]Hagen|Mt\.?[ ]Hagen|Goroka|Madang|Wewak|Kokopo|Rabaul|Kimbe|Alotau"
          r"|Boroko|Gordons|Waigani|Gerehu|Tokarara|Hohola|Morata|Kavieng|Popondetta|Kundiawa|Wabag|Daru|Vanimo"
          r"|Buka|Arawa|Hanuabada|Badili|Konedobu|Bomana|Erima|Saraga|Gabutu|Kainantu|Lorengau|Kerema|Kiunga"
          r"|Tabubil|Honiara|Auki|Gizo|Kukum|Guadalcanal|Malaita|Munda|Tulagi|Kirakira|Kira[ ]Kira|Buala"
          r"|Tasahe)")
_VU_KI = (r"(?:Port[ \-]Vila|Luganville|Efate|Espiritu[ ]Santo|Tanna|Lenakel|Malekula|Malakula|Lakatoro|Isangel"
          r"|Ambae|Erakor|Freswota|Tagabe|Tarawa|Betio|Bairiki|Bikenibeu|Bonriki|Kiritimati|Teaoraereke|Temwaiku"
          r"|Nanikai|Abaiang|Abemama|Tabiteuea|Butaritari|Nawerewere)")

# A firm's or a body's name the town is part of, no one's place ('Suva Private Hospital', 'Apia Park')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Private|Hospital|Clinic|Pharmacy"
                   r"|College|University|School|Council|Airport|International|Hotel|Resort|Lodge|Mall|Group|Trust"
                   r"|Club|Store|Stores|Shop|Motors|Express|Bank|Park|Wharf|Market|Port|Harbour|Fair|Festival"
                   r"|Conference|Summit|Expo|Marathon|Sevens)")


def _town(towns: str) -> str:
    return (r"(?x)(?<![\p{L}\p{M}\-ʻ'’‘])" + towns
            + r"(?![\p{L}\p{M}\-]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))")


class PlacePacificRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("fj_town", _town(_FJ), 0.9),
        Pattern("ws_to_town", _town(_WS_TO), 0.9),
        Pattern("pg_sb_town", _town(_PG_SB), 0.9),
        Pattern("vu_ki_town", _town(_VU_KI), 0.9),
    ]
    CONTEXT = ["koro", "nu'u", "kolo", "ples", "village", "settlement", "address", "town", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
