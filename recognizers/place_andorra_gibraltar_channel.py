"""LOCATION: Andorra's parishes and villages, Gibraltar's districts and estates, the Channel Islands' parishes.

spaCy's small English model reads many of them as persons (``Ordino``, ``St Helier``, ``St Sampson``) or
not at all (``Escaldes-Engordany``, ``La Massana``, ``Glacis Estate``, ``St Brelade``): Catalan and
Norman names it rarely saw. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``andorra_place``: the seven parishes (``Sant Julià de Lòria``, ``Escaldes-Engordany``) and their
  villages (``Soldeu``, ``Pas de la Casa``, ``Arinsal``); Andorra's postcodes (``AD500``).
* ``gibraltar_place``: the Rock's districts and its housing estates (``Glacis Estate``, ``Laguna Estate``,
  ``Varyl Begg Estate``, ``Catalan Bay``, ``Europa Point``); an estate's word is needed: ``Laguna`` alone is
  a word.
* ``channel_place``: Jersey's and Guernsey's parishes and villages, Alderney's and Sark's;
  ``channel_parish_before_island``: the parishes named for a saint any town has (``St Martin``, ``St John``, ``St
  Peter``, ``St Andrew``...), the ones that are words (``Vale``, ``Castel``, ``Forest``, ``Trinity``) and villages
  named as towns elsewhere (``Millbrook``, ``Beaumont``, ``Georgetown``) count only before the island or its postcode
  (``St Martin, Jersey``, ``Vale, Guernsey GY3 5BL``).

Left out: a place inside a firm's, a body's or an event's name (``Gibraltar Airport``, ``St Helier
Marina``, ``Andorra Telecom``), and a saint's name alone (``St Lawrence``, ``St Mary``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_ANDORRA = (
    r"(?:Andorra[ ]la[ ]Vella|Escaldes-Engordany|Les[ ]Escaldes|Escaldes|Engordany|Sant[ ]Juli[àa][ ]de[ ]L[òo]ria"
    r"|La[ ]Massana|Encamp|Canillo|Ordino|Soldeu|El[ ]Tarter|Pas[ ]de[ ]la[ ]Casa|Arinsal|Erts|Any[óo]s|Sispony"
    r"|Santa[ ]Coloma(?=,?[ ](?:Andorra|AD\d)|,[ ]Andorra)|La[ ]Margineda|Aixovall|Bixessarri|La[ ]Cortinada"
    r"|Llorts|El[ ]Serrat|Ansalonga|Sorn[àa]s|Ransol|Incles|Engolasters|L['’]Aldosa|La[ ]Aldosa|Juberri"
    r"|Auviny[àa]|Aubiny[àa]|Nagol|Certers|Fontaneda|Grau[ ]Roig|Prats(?=,[ ]Canillo)|Meritxell(?=,[ ]Canillo)"
    r"|Les[ ]Bons|Santa[ ]Coloma[ ]d['’]Andorra|Vila(?=,[ ]Encamp)|El[ ]Vilar(?=,|[ ]AD)|Segud[ée]t"
    # a postcode: AD and the parish's three digits
    r"|AD[1-7]00(?![\d\p{L}])"
    r")"
)
_GIBRALTAR = (
    r"(?:(?:Laguna|Glacis|Varyl[ ]Begg|Moorish[ ]Castle|Alameda|Mid-Harbour|Tankerville|Willis['’]?s|Rosia"
    r"|Chilton[ ]Court|Edinburgh|Harbour[ ]Views|Catalan[ ]Bay|Westside|Bishop[ ]Caruana|Laguna[ ]Gardens"
    r"|Humphreys|Referendum|Sir[ ]William[ ]Jackson|Tower[ ]Blocks|Brympton|Montagu|Vineyards|Nelson['’]?s"
    r"|Calpe)[ ]Estate"
    r"|Catalan[ ]Bay|Sandy[ ]Bay(?=,|[ ]Gibraltar)|Europa[ ]Point|Upper[ ]Town(?=,|[ ]Gibraltar)|South[ ]District"
    r"|Rosia[ ]Bay|Camp[ ]Bay|Little[ ]Bay|Ocean[ ]Village|Queensway[ ]Quay|Casemates(?:[ ]Square)?|Landport"
    r"|North[ ]Front|Eastern[ ]Beach|Gibraltar|Gib(?=,[ ]GX)|La[ ]L[íi]nea(?:[ ]de[ ]la"
    r"[ ]Concepci[óo]n)?|Mount[ ]Pleasant(?=,[ ]Gibraltar)|Governor['’]?s[ ]Meadow|Hargrave['’]?s[ ]Parade"
    r"|Buena[ ]Vista(?=,[ ]Gibraltar)|Europa[ ]Flats|Gardiner['’]?s[ ]Road|Engineer[ ]Lane|Town[ ]Range"
    r")"
)
_ISLAND = r"(?=,?[ ](?:Jersey|Guernsey|Alderney|Sark|Channel[ ]Islands|JE\d|GY\d)(?![\p{L}]))"
_CHANNEL = (
    # Jersey's parishes with their own names, and its villages and bays
    r"(?:St\.?[ ]Helier|Saint[ ]Helier|St\.?[ ]Brelade(?:['’]s[ ]Bay)?|St\.?[ ]Ouen(?:['’]s[ ]Bay)?|Grouville"
    r"|St\.?[ ]Aubin|Gorey|Rozel|Bouley[ ]Bay|Gr[èe]ve[ ]de[ ]Lecq|Les[ ]Quennevais|La[ ]Pulente|First[ ]Tower"
    r"|Havre[ ]des[ ]Pas|Five[ ]Oaks|Red[ ]Houses|Le[ ]Hocq|La[ ]Rocque|Bonne[ ]Nuit|Samar[èe]s"
    r"|Maufant|La[ ]Moye|Gr[ée]ve[ ]d['’]Azette"
    # Guernsey's parishes with their own names, and its villages and bays
    r"|St\.?[ ]Peter[ ]Port|Saint[ ]Peter[ ]Port|St\.?[ ]Sampson['’]?s?|St\.?[ ]Pierre[ ]du[ ]Bois|Torteval"
    r"|L['’]Ancresse|Cobo|Vazon|Perelle|L['’]Er[ée]e|Pleinmont|Rocquaine|St\.?[ ]Jacques|Les[ ]Banques"
    r"|Les[ ]Canichers|Kings[ ]Mills|Capelles|Camp[ ]du[ ]Roi|Icart|Moulin[ ]Huet|Jerbourg"
    r"|Fermain|Saints[ ]Bay|La[ ]Villiaze|Les[ ]Gravées|Les[ ]Gravees|Les[ ]Vardes"
    r"|La[ ]Route[ ]de[ ]\p{Lu}\p{Ll}+(?=,[ ](?:St|Castel|Vale|Forest|Torteval))"
    # Alderney, Sark, Herm; the islands
    r"|Braye|Longis|Little[ ]Sark|Brecqhou"
    r"|La[ ]Seigneurie|Herm(?=,|[ ]Island|[ ]GY)|Sark|Alderney"
    # (not New Jersey, nor a firm's or a thing's name going on: 'Jersey Evening Post', 'Guernsey Dairy')
    r"|(?<!New[ ])(?:Guernsey|Jersey)(?![ ](?!JE\d|GY\d|Channel)\p{Lu})"
    r"|Bailiwick[ ]of[ ](?:Jersey|Guernsey)|Channel[ ]Islands"
    r")"
)
# Parishes named for a saint any town has or for a word, and villages named as towns elsewhere are: only before the
# island or its postcode (the island a trailing lookahead, which the fast path's prefilter keeps)
_CHANNEL_WORDS = (r"(?:St\.?[ ](?:Clement|Saviour|Lawrence|Martin|Peter|Mary|John|Andrew|Anne)|Trinity|Vale|Castel"
                  r"|Forest|Millbrook|Beaumont|Georgetown|Bordeaux|Hauteville|Newtown)")

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|International|Hotel|Resort|Mall|Group|Bank|Club|Store"
                   r"|Shop|Express|Services|Trading|Company|Co|Ltd|Limited|Inc|Motors|Pharmacy|Hospital|Clinic"
                   r"|College|University|School|Council|Trust|Festival|Expo|Marathon|Stores|Supermarket|Brewery"
                   r"|Telecom|Times|Chronicle|News|Radio|FC|Marina|Harbour|Post|Water|Electricity|Gas|Airways"
                   r"|Airline|Ferries|Financial|Finance|Capital|Wealth|Fund|Funds|Insurance|Gaming|Betting|Casino"
                   r"|Chamber|Government|Parliament|Parish[ ]Hall|Customs|Police|Heritage|Museum|Zoo|Cup|Open|Cable"
                   r"|Home[ ]&|Home[ ]and|Garden[ ]Centre|Nurseries|Farm[ ]Shop|Dairy|Bakery|Garage|Motors)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the place names, its word before it ('Branch Jersey', 'Store Encamp'): no one's place
_NOT_A_SITE = r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|Botiga|Oficina|Tienda)[ ])"


def _place(names: str, before: str | None = None) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: 'Carrer Major 3\\nOrdino'; a
    # quote before the name is a string's, as a SQL dump writes its cells: 'Gorey'; not an elision's. ``before``: what
    # must follow the name, a trailing lookahead, which the fast path's prefilter keeps as text to find)
    head = r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names
    return head + before if before else head + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS


class PlaceAndorraGibraltarChannelRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("andorra_place", _place(_ANDORRA), 0.9),
        Pattern("gibraltar_place", _place(_GIBRALTAR), 0.9),
        Pattern("channel_place", _place(_CHANNEL), 0.9),
        Pattern("channel_parish_before_island", _place(_CHANNEL_WORDS, before=_ISLAND), 0.9),
    ]
    CONTEXT = ["address", "adreça", "parròquia", "parish", "town", "village", "estate", "live", "visc", "from",
               "island", "dirección", "morada"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a place's name is capitalized)
        )
