"""LOCATION: Brittany's, Friesland's and the Isle of Man's towns, in their French, Dutch and English names and in
Breton, West Frisian and Manx.

spaCy's small English model reads many of them as persons (``Concarneau``, ``Montroulez``, ``Joure``,
``Wolvega``, ``Kirk Michael``) or not at all (``Roazhon``, ``Snits``, ``Drachten``, ``Rhumsaa``), and a log's or
an export's cells get no NER at all. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``brittany_place``: Brittany's towns in French and Breton (``Quimper``, ``Kemper``, ``Rennes``, ``Roazhon``,
  ``Plougastel-Daoulas``, ``Plougastell-Daoulaz``), its departments and the region's names (``Penn-ar-Bed``,
  ``Breizh``; ``Brittany``, a given name too, only in a place's position: ``in Brittany``, ``Brittany, France``).
* ``friesland_place``: Friesland's towns and villages in Dutch and Frisian (``Leeuwarden``, ``Ljouwert``,
  ``Sneek``, ``Snits``, ``It Hearrenfean``), its islands and municipalities (``Skiermûntseach``, ``Waadhoeke``).
* ``man_place``: the Isle of Man's towns and villages in English and Manx (``Castletown``, ``Balley Chashtal``,
  ``Port Erin``, ``Rhumsaa``), and the island (``Ellan Vannin``).
* ``man_words_before_island``: the Isle of Man's names that are people's or words (``Douglas``, ``Ramsey``,
  ``Peel``, ``Andreas``, ``Colby``, ``Lonan``), only before the island or its postcode (a trailing lookahead, which the fast
  path's prefilter keeps).
* ``breton_frisian_town_after_postcode``: Brittany's towns that are names (``Kemper``, ``Carnac``, ``Quintin``) and
  Friesland's that are words (``Balk``, ``Harns``), only after their French or Dutch postcode.

Left out: a town inside a firm's, a body's or an event's name (``Brest Métropole``, ``Leeuwarden Airport``,
``Douglas Borough Council``), and the Isle of Man's parishes named for a saint or a word (``German``, ``Patrick``,
``Bride``) but before the island.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_BRITTANY = (
    r"(?:Rennes|Roazhon|Brest|Quimper|Lorient|An[ ]Oriant|Vannes|Gwened|Saint-Brieuc|Sant-Brieg|Saint-Malo"
    r"|Sant-Malo|Morlaix|Montroulez|Lannion|Lannuon|Douarnenez|Concarneau|Konk-Kerne|Landerneau|Landerne"
    r"|Pont-l['’]Abbé|Pont-['’]n-Abad|Carhaix(?:-Plouguer)?|Karaez(?:-Plougêr)?|Plougastel-Daoulas"
    r"|Plougastell-Daoulaz|Ploërmel|Ploermael|Lamballe|Lambal|Guingamp|Gwengamp|Quimperlé|Kemperle|Fougères"
    r"|Felger|Vitré|Gwitreg|Pontivy|Pondi|Auray|An[ ]Alre|Paimpol|Pempoull|Perros-Guirec|Perroz-Gireg|Loudéac"
    r"|Landivisiau|Landivizio|Châteaulin|Kastellin|Crozon|Kraozon|Roscoff|Rosko|Saint-Pol-de-Léon|Kastell-Paol"
    r"|Quiberon|Kiberen|Hennebont|Henbont|Dinard|Dinarzh|Cesson-Sévigné|Lanester|Lannarstêr|Ploemeur|Plañvour"
    r"|Belle-Île(?:-en-Mer)?|Ouessant|Eusa|Île[ ]de[ ]Batz|Enez[ ]Vaz|Île[ ]de[ ]Sein|Enez[ ]Sun|Plouzané"
    r"|Guipavas|Gwipavaz|Le[ ]Relecq-Kerhuon|Ar[ ]Releg-Kerhuon|Lesneven|Naoned|Saint-Nazaire|Sant-Nazer"
    r"|Guérande|Gwenrann|Audierne|Gwaien|Pont-Aven|Bénodet|Benoded|Fouesnant|Fouenant|Rostrenen|Rostrenenn"
    r"|Tréguier|Landreger|Saint-Renan|Lokournan|Plabennec|Plabenneg|Lanvollon|Plouha|Ploufragan|Plérin|Trégueux"
    r"|Langueux|Loudieg|Pleyben|Plogoff|Penmarc['’]h|Plouguerneau|Ploudalmézeau|Landéda|Brignogan"
    r"|Plouescat|Saint-Thégonnec|Sizun|Huelgoat|An[ ]Uhelgoad|Plouigneau|Lanmeur|Locquirec|Plestin-les-Grèves"
    r"|Trébeurden|Pleumeur-Bodou|Trégastel|Bégard|Belle-Isle-en-Terre|Callac|Kallag|Gourin|Malestroit"
    r"|Questembert|Muzillac|Sarzeau|Arzon|Locmariaquer|Baden|Plougoumelen|Étel|Plouhinec|Riec-sur-Bélon"
    r"|Finistère|Penn-ar-Bed|Morbihan|Mor-Bihan|Côtes-d['’]Armor|Aodoù-an-Arvor|Ille-et-Vilaine|Il-ha-Gwilen"
    r"|Bretagne|Breizh|Brittany(?=,|[ ]\(|\)|[ ]\d)|(?<=\b(?:in|from|to|of|across)[ ])Brittany"
    r")"
)
_FRIESLAND = (
    r"(?:Leeuwarden|Ljouwert|Sneek|Snits|Drachten|Heerenveen|It[ ]Hearrenfean|Dokkum|Bolsward|Boalsert|Franeker"
    r"|Frjentsjer|Harlingen(?=,|[ ]\(|[ ]Harns|$)|Hindeloopen|Hylpen|Workum|Warkum|Stavoren|Starum|Joure|De[ ]Jouwer"
    r"|Wolvega|Wolvegea|Lemmer|De[ ]Lemmer|Grou|Burgum|Bergum|Buitenpost|Bûtenpost|Kollum|Gorredijk|De[ ]Gordyk"
    r"|Oosterwolde|Easterwâlde|Akkrum|IJlst|Drylts|Makkum|Wommels|Dronrijp|Dronryp|Surhuisterveen|Surhústerfean"
    r"|Damwâld|Damwoude|Kootstertille|Koatstertille|Jirnsum|Irnsum|Menaam|Menaldum|Berlikum|Berltsum"
    r"|Sint[ ]Annaparochie|Sint-Anne|Stiens|Wergea|Warga|Feanwâlden|Veenwouden|Oranjewoud|Oranjewâld|Gytsjerk"
    r"|Giekerk|Hurdegaryp|Hardegarijp|Marsum|Mantgum|Weidum|Wiuwert|Wirdum|Grouw|Sexbierum|Seisbierrum"
    r"|Witmarsum|Wytmarsum|Tzummarum|Tsjummearum|Ferwert|Ferwerd|Holwerd|Hollum|Nes(?=,[ ]Ameland)"
    r"|Noardeast-Fryslân|Súdwest-Fryslân|Waadhoeke|Tytsjerksteradiel|Smallingerland|Smellingerlân|Opsterland"
    r"|Ooststellingwerf|Weststellingwerf|De[ ]Fryske[ ]Marren|Achtkarspelen|Dantumadiel|Terschelling|Skylge"
    r"|Vlieland|Flylân|Ameland|It[ ]Amelân|Schiermonnikoog|Skiermûntseach|Friesland|Fryslân"
    r")"
)
_MAN = (
    r"(?:Isle[ ]of[ ]Man|Ellan[ ]Vannin|Castletown|Balley[ ]Chashtal|Port[ ]Erin|Purt[ ]Çhiarn"
    r"|Port[ ]St\.?[ ]Mary|Purt[ ]le[ ]Moirrey|Onchan|Kione[ ]Droghad|Laxey|Laksaa|Ballasalla|Balley[ ]Keeill[ ]Eoin"
    r"|Kirk[ ]Michael|Skylley[ ]Maayl|Foxdale|Ballaugh|Balley[ ]ny[ ]Loghey|Ballabeg|Baldrine|Glen[ ]Vine|Union[ ]Mills"
    r"|Glen[ ]Maye|Glion[ ]Mooar|Cregneash|Sulby|Pulrose|Port[ ]Soderick|Derbyhaven|Ballakillowey|Ballamodha"
    r"|Rhumsaa|Doolish|Purt[ ]ny[ ]h-Inshey|Pooil[ ]Vaaish|Poyll[ ]Vaaish|Port[ ]Lewaigue|Ramsey[ ]Mooragh"
    r"|Jurby|Lezayre|Maughold|Braddan|Marown|Santon|Malew|Arbory|Ballaragh|Cronkbourne|Tromode"
    r"|Governor['’]?s[ ]Hill|Anagh[ ]Coar|Farmhill|Ballakermeen"
    r")"
)
# Names that are people's or words, or towns elsewhere: only before their island, the island's postcode, or
# after their French or Dutch postcode (the island a trailing lookahead, which the fast path's prefilter keeps)
_MAN_WORDS = (r"(?:Douglas|Ramsey|Peel|Andreas|Bride|Colby|Crosby|Dalby|Patrick|German|St\.?[ ]John['’]?s"
              r"|Michael|Willaston|Baldwin|Kirk[ ]Braddan|Minorca|Lonan|Rushen|Mannin)")
_MAN_ISLAND = r"(?=,?[ ](?:Isle[ ]of[ ]Man|IoM|IOM|I\.O\.M\.?|IM\d{1,2}(?![\p{L}\d])|Ellan[ ]Vannin))"
_POSTCODED = (r"(?<=(?:\b\d{5}|\b\d{4}[ ]?[A-Z]{2})[ ])(?:Kemper|Carnac|Redon|Dinan|Bruz|Guidel|Baud|Pluvigner|Quintin|Josselin|Balk"
              r"|Sloten|Harns|Scharsterbrug|Koudum|Bakhuizen|Heeg|Woudsend|Elahuizen|Gaast|Ferwoude"
              r"|Parrega|Blauwhuis|Tirns|Idzega|Ysbrechtum|Oudega)(?![\p{L}\p{M}\-])")

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Aéroport|Luchthaven|International|Hotel|Hôtel|Resort|Mall"
                   r"|Group|Groep|Bank|Club|Store|Shop|Express|Services|Trading|Company|Co|Ltd|Limited|Inc|Motors"
                   r"|Pharmacy|Hospital|Clinic|College|University|Université|Universiteit|School|Council|Trust"
                   r"|Festival|Expo|Marathon|Stores|Supermarket|Brewery|Métropole|Metropole|Agglo|Agglomération"
                   r"|Habitat|FC|SC|Stade|Handball|Basket|Volley|Rugby|Marina|Harbour|Port|Post|Water|Gas|Airways"
                   r"|Ferries|Steam[ ]Packet|Financial|Finance|Capital|Fund|Funds|Insurance|Government|Parliament"
                   r"|Customs|Police|Heritage|Museum|Zoo|Cup|Open|Cable|Chamber|Tourism|Tourist|Authority|Board"
                   r"|National|Holdings|Cinema|Tours|Rentals|Gemeente|Courant|Dagblad|Omrop|Radio|TT|Grand[ ]Prix"
                   r"|Borough|Commissioners|Town[ ]Hall|Mairie|Ville|Métropole|Ouest-France|Télégramme|Cola"
                   r"|Bretagne[ ]Sud|Atlantique|Business[ ]School|Arena|Aréna|Expo|Congrès|Centre|Center)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the town names, its word before it ('Branch Brest', 'Agence Quimper', 'Vestiging Sneek'): no
# one's place
_NOT_A_SITE = (r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|Agence|Magasin|Vestiging"
               r"|Winkel|Filiaal|Stade|Gare|Lycée|Collège|Université|Aéroport)[ ])")


# A street named for the town, its word before it ('12 straed Sant-Malo', 'rue de Brest', 'Route de Quimper'): the
# street's name, the street recognizer's
_NOT_A_STREETS = (r"(?<!\b(?i:straed|hent|rue|avenue|boulevard|bd|chemin|route|quai|impasse|allée|place|venelle|rampe)"
                  r"[ ](?:(?:de|du|des|d['’]|ar|an)[ ]?)?)")


def _place(names: str, before: str | None = None) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: '12 rue de Siam\\nBrest'; a
    # quote before the name is a string's, as a SQL dump writes its cells: 'Sneek'; not an elision's. ``before``:
    # what must follow the name, a trailing lookahead, which the fast path's prefilter keeps as text to find)
    head = r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + _NOT_A_STREETS + names
    return head + before if before else head + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS


class PlaceBrittanyFrieslandManRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("brittany_place", _place(_BRITTANY), 0.9),
        Pattern("friesland_place", _place(_FRIESLAND), 0.9),
        Pattern("man_place", _place(_MAN), 0.9),
        Pattern("man_words_before_island", _place(_MAN_WORDS, before=_MAN_ISLAND), 0.9),
        Pattern("breton_frisian_town_after_postcode", r"(?x)" + _POSTCODED, 0.9),
    ]
    CONTEXT = ["address", "adresse", "adres", "ville", "commune", "plaats", "woonplaats", "town", "village",
               "parish", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
