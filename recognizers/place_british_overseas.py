"""LOCATION: Bermuda's, the Cayman Islands', the Turks and Caicos Islands' and the British Virgin Islands' places.

spaCy's small English model reads many of them as persons (``Bermuda``, ``Bodden Town``, ``Cayman Brac``,
``Cockburn Town``, ``Virgin Gorda``) or not at all (``Anegada``, ``Flatts``, ``Jost Van Dyke``), and a log's or
an export's cells get no NER at all. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``bermuda_place``: the island, its villages and areas (``Flatts``, ``Tucker's Town``, ``Somerset Village``),
  a parish before its postcode (``Paget PG 01``, ``Warwick WK 06``), and a postcode before ``Bermuda``.
* ``cayman_place``: the islands and districts (``Bodden Town``, ``Cayman Brac``, ``Little Cayman``), Grand
  Cayman's quarters (``Camana Bay``, ``Seven Mile Beach``) and the ``KY1-1104`` postcodes.
* ``tci_place``: the Turks and Caicos' islands and settlements (``Providenciales``, ``Cockburn Town``,
  ``Bottle Creek``, ``Five Cays``) and ``TKCA 1ZZ``.
* ``bvi_place``: the British Virgin Islands' islands and villages (``Tortola``, ``Road Town``, ``Cane Garden
  Bay``, ``Anegada``) and the ``VG1110`` postcodes.
* ``territory_words_before_island``: the names that are words, surnames or towns elsewhere (Bermuda's parishes
  ``Paget``, ``Warwick``, ``Sandys``, ``Pembroke``; Cayman's ``West Bay``, ``Savannah``, ``North Side``; the
  Caicos' ``Blue Hills``, ``The Bight``; the Virgin Islands' ``The Valley``, ``Spanish Town``) only before their
  island, a parish word or a postcode (the island a trailing lookahead, which the fast path's prefilter keeps).

Left out: a place inside a firm's, a body's or a resort's name (``Bermuda Hospitals Board``, ``Cayman Airways``,
``Grace Bay Club``), and ``Bermuda`` before a lower-case word (``Bermuda shorts``, ``Bermuda grass``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Bermuda's postcodes: a parish's or a village's two letters and two digits, or 'BX' for a post office box
_BM_POSTCODE = r"(?:CR|DD|DV|FL|GE|HM|HS|HX|MA|PG|SB|SN|WK)[ ](?:\d{2}|BX)"
_BERMUDA = (
    r"(?:Bermuda(?![ ](?:shorts|grass|onions?|triangle|rig|sloop|Triangle|Shorts|Grass))"
    r"|Flatts(?:[ ]Village)?|Somerset(?:[ ]Village|[ ]Bridge)|Tucker['’]?s[ ]Town|Bailey['’]?s[ ]Bay|Spanish[ ]Point"
    r"|Ireland[ ]Island|Mangrove[ ]Bay|Ely['’]?s[ ]Harbour|Harrington[ ]Sound|Shelly[ ]Bay|Cavello[ ]Bay"
    r"|Riddell['’]?s[ ]Bay|Hungry[ ]Bay|Crawl[ ]Hill|St\.?[ ]David['’]?s[ ]Island|City[ ]of[ ]Hamilton"
    r"|(?:Sandys|Southampton|Warwick|Paget|Pembroke|Devonshire|Smith['’]?s|Hamilton|St\.?[ ]George['’]?s)[ ][Pp]arish"
    # a parish or a village before its postcode ('Paget PG 01', 'Devonshire DV 03', 'Hamilton HM 12')
    r"|(?:Sandys|Southampton|Warwick|Paget|Pembroke|Devonshire|Smith['’]?s|Hamilton|St\.?[ ]George['’]?s|Somerset"
    r"|Flatts|Crawl|St\.?[ ]David['’]?s|Tucker['’]?s[ ]Town)[ ]" + _BM_POSTCODE +
    r"|" + _BM_POSTCODE + r"(?=,?[ ]Bermuda)"
    r")"
)
_CAYMAN = (
    r"(?:Cayman[ ]Islands|Grand[ ]Cayman|Cayman[ ]Brac|Little[ ]Cayman|Bodden[ ]Town|George[ ]Town(?=,?[ ](?:Grand"
    r"[ ]Cayman|Cayman|KY1))|Camana[ ]Bay|Seven[ ]Mile[ ]Beach|Rum[ ]Point|Old[ ]Man[ ]Bay|Gun[ ]Bay|Frank[ ]Sound"
    r"|Blossom[ ]Village|Stake[ ]Bay|Spot[ ]Bay|Tibbetts[ ]Turn|Watering[ ]Place|Lower[ ]Valley"
    r"|(?:Spotts|Newlands)(?=,?[ ](?:Grand[ ]Cayman|KY1))"
    r"|KY[1-3]-\d{4}"
    r")"
)
_TCI = (
    r"(?:Turks[ ](?:and|&)[ ]Caicos(?:[ ]Islands)?|Providenciales|Grand[ ]Turk|Cockburn[ ]Town|Cockburn[ ]Harbour"
    r"|(?:South|North|Middle|East|West)[ ]Caicos|Salt[ ]Cay|Parrot[ ]Cay|Pine[ ]Cay|Bottle[ ]Creek|Kew[ ]Town"
    r"|Five[ ]Cays|Chalk[ ]Sound|Grace[ ]Bay|Bambarra|Conch[ ]Bar|Lorimers|Wheeland|Turtle[ ]Cove|Leeward[ ]Going"
    r"[ ]Through|Provo(?=,|[ ](?:TCI|TKCA|\())|TKCA[ ]1ZZ"
    r")"
)
_BVI = (
    r"(?:British[ ]Virgin[ ]Islands|Tortola|Road[ ]Town|Virgin[ ]Gorda|Jost[ ]Van[ ]Dyke|Anegada|Cane[ ]Garden[ ]Bay"
    r"|Sea[ ]Cows?[ ]Bay|Carrot[ ]Bay|Long[ ]Look|Fat[ ]Hogs[ ]Bay|Baughers[ ]Bay|Nanny[ ]Cay|Soper['’]?s[ ]Hole"
    r"|Purcell[ ]Estate|Huntums[ ]Ghut|Duffs[ ]Bottom|Beef[ ]Island|Trellis[ ]Bay|Gun[ ]Creek|Leverick[ ]Bay"
    r"|Brewers[ ]Bay|Josiah['’]?s[ ]Bay|Little[ ]Apple[ ]Bay|Great[ ]Camanoe|VG11[1-6]0"
    r")"
)
# Names that are words, surnames or towns elsewhere: only before their island, a parish word or a postcode
_ISLAND = (r"(?=,?[ ](?:Bermuda|" + _BM_POSTCODE + r"|Grand[ ]Cayman|Cayman[ ]Brac|Little[ ]Cayman|KY[1-3]-\d"
           r"|Providenciales|Provo|Grand[ ]Turk|(?:North|South|Middle)[ ]Caicos|Turks|TCI|TKCA|Tortola|Virgin[ ]Gorda"
           r"|Jost[ ]Van[ ]Dyke|Anegada|BVI|VG11))")
_WORDS = (r"(?:Sandys|Southampton|Warwick|Paget|Pembroke|Devonshire|Smith['’]?s|Hamilton|St\.?[ ]George['’]?s"
          r"|Somerset|St\.?[ ]David['’]?s|West[ ]Bay|East[ ]End|North[ ]Side|Savannah|Prospect|Red[ ]Bay|South[ ]Sound"
          r"|Breakers|West[ ]End|George[ ]Town|Blue[ ]Hills|The[ ]Bight|Long[ ]Bay|Leeward|Richmond[ ]Hill"
          r"|Discovery[ ]Bay|Sandy[ ]Point|Whitby|Kew|Cockburn|The[ ]Valley|The[ ]Settlement|Spanish[ ]Town"
          r"|Great[ ]Harbour|White[ ]Bay|North[ ]Sound|Savannah[ ]Bay|Meyers|Pockwood[ ]Pond|Road[ ]Reef"
          r"|Capoon['’]?s[ ]Bay|Cappoons[ ]Bay)")

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|International|Hotel|Resort|Mall|Group|Bank|Club|Store"
                   r"|Shop|Express|Services|Trading|Company|Co|Ltd|Limited|Inc|Motors|Pharmacy|Hospital|Hospitals"
                   r"|Clinic|College|University|School|Council|Trust|Festival|Expo|Marathon|Stores|Supermarket"
                   r"|Brewery|Telecom|Times|Gazette|Royal[ ]Gazette|News|Radio|FC|Marina|Yacht|Harbour[ ]Club|Post"
                   r"|Water|Electricity|Electric|Gas|Airways|Airline|Ferries|Financial|Finance|Capital|Wealth|Fund"
                   r"|Funds|Insurance|Reinsurance|Re|Monetary|Government|Parliament|Customs|Police|Heritage|Museum"
                   r"|Zoo|Aquarium|Cup|Open|Cable|Chamber|Tourism|Tourist|Port|Authority|Board|Stock[ ]Exchange"
                   r"|Exchange|National|Development|Holdings|Beach[ ]Resort|Beach[ ]Club|Villas|Cinema|Sailing"
                   r"|Dive|Divers|Tours|Rentals|Realty|Properties|Cay[ ]Resort|Gorda[ ]Baths|Yoga|Spa|Wellness"
                   r"|Fitness|Gym|Studio|Studios|Salon|Pier|pickup|pick-up|store|branch|office|outlet"
                   # (a street named for the place: 'Grace Bay Road', 'Road Town Drive')
                   r"|Road|Street|Drive|Highway|Avenue|Lane|Way|Hill[ ]Road)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the place names, its word before it ('Branch Tortola', 'Store Camana Bay'): no one's place
_NOT_A_SITE = r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|Kiosk)[ ])"


def _place(names: str, before: str | None = None) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: '14 Front Street\\nHamilton
    # HM 12'; a quote before the name is a string's, as a SQL dump writes its cells: 'Tortola'; not an elision's.
    # ``before``: what must follow the name, a trailing lookahead, which the fast path's prefilter keeps as text)
    head = r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names
    return head + before if before else head + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS


class PlaceBritishOverseasRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("bermuda_place", _place(_BERMUDA), 0.9),
        Pattern("cayman_place", _place(_CAYMAN), 0.9),
        Pattern("tci_place", _place(_TCI), 0.9),
        Pattern("bvi_place", _place(_BVI), 0.9),
        Pattern("territory_words_before_island", _place(_WORDS, before=_ISLAND), 0.9),
    ]
    CONTEXT = ["address", "parish", "district", "island", "settlement", "town", "village", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a place's name is capitalized)
        )
