"""LOCATION: Guam's villages, the Northern Marianas', Palau's and the Federated States of Micronesia's towns.

spaCy's small English model reads many of them as persons (``Tumon``, ``Piti``, ``Chalan Kanoa``,
``Saipan``, ``Lelu``, ``Yap``) or not at all (``Yigo``, ``Talofofo``, ``Inarajan``, ``Tamuning``,
``Melekeok``, ``Ngaraard``): Chamorro, Carolinian, Palauan and Micronesian names it rarely saw. A closed
list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``guam_place``: Guam's nineteen villages in both spellings (``Hagåtña``, ``Hagatna``, ``Agana``), their
  hamlets (``Tumon``, ``Harmon``, ``Ipan``); the island.
* ``marianas_place``: Saipan's, Tinian's and Rota's villages (``Garapan``, ``Susupe``, ``Chalan Kanoa``,
  ``Songsong``); ``San Antonio``, ``San Vicente``, ``San Jose``, ``San Roque`` and ``Capitol Hill`` only before
  their island.
* ``palau_fsm_place``: Palau's sixteen states, its capital and Koror's hamlets; the FSM's states, towns and
  municipalities (``Kolonia``, ``Weno``, ``Tofol``, ``Madolenihmw``); ``Colonia``, ``Nett``, ``Kitti`` and
  ``Tol`` are words or names too, only before their island or state.

Left out: a village inside a firm's, a body's or an event's name (``Tumon Bay Resort``, ``Saipan Tribune``,
``Koror State Government``), and a military base (``Andersen AFB``), a facility more than a place of one's own.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_GUAM = (
    r"(?:Hag[åa]t[ñn]a|Aga[ñn]a(?:[ ]Heights)?|Dededo|Yigo|Tamuning|Tumon|Harmon|Mangilao|Barrigada(?:[ ]Heights)?"
    r"|Chalan[ ]Pago(?:-Ordot)?|Ordot|Mongmong(?:-Toto(?:-Maite)?)?|Toto(?=,|-Maite)|Maite(?=,[ ]Guam|,[ ]GU)"
    r"|Sinajana|Asan(?:-Maina)?(?=,|[ ]Beach|[ ]\d|-|$)|Maina(?=,[ ]Guam)|Piti(?=,|[ ]Guam|[ ]GU|[ ]969)"
    r"|Santa[ ]Rita(?=,?[ ](?:Guam|GU|969))|Agat|Umatac|Humåtak|Merizo|Malesso['’]?|Inarajan|Inalåhan|Talofofo|Yona"
    r"|Ipan(?=,|[ ]Beach)|Latte[ ]Heights|Upper[ ]Tumon|Liguan|Finegayan|Ukudu|Machanao|Astumbo|Swamp[ ]Road"
    r"|Guam(?![ ](?:Memorial|Regional|Power|Waterworks|Community|Department|Visitors|Housing|Premier|Daily|Pacific"
    r"|Shipyard|Airport|International|Police|Fire|Legislature|Election|Educational|Telephone|Cell|Bank|Homeland))"
    r"|Guåhan"
    r")"
)
_CNMI_ISLAND = r"(?=,?[ ](?:Saipan|Tinian|Rota|MP[ ]969|CNMI|MP(?![\p{L}])))"
_MARIANAS = (
    r"(?:Saipan|Tinian|Rota(?=,|[ ](?:MP|CNMI|969|Island|\()|:)|(?<=\b(?:in|on|from|to)[ ])Rota|Garapan|Susupe|Chalan[ ]Kanoa"
    r"|Chalan[ ]Lau[ ]?[Ll]au|Chalan[ ]Piao|Koblerville|Kagman|Tanapag|Dandan|As[ ]Lito|As[ ]Perdido|As[ ]Matuis"
    r"|As[ ]Teo|Navy[ ]Hill|Oleai|Gualo[ ]Rai|Achugao|Marpi|Finasisu|Afetna|Lower[ ]Base|Puerto[ ]Rico(?=,[ ]Saipan)"
    r"|Songsong|Sinapalo|Tatachog|Marpo(?:[ ]Heights)?|Northern[ ]Mariana[ ]Islands|Northern[ ]Marianas|CNMI"
    r"|(?:San[ ](?:Antonio|Vicente|Jose|Roque)|Capitol[ ]Hill|China[ ]Town|Chinatown)" + _CNMI_ISLAND +
    r")"
)
_FSM_ISLAND = r"(?=,?[ ](?:Yap|Chuuk|Pohnpei|Kosrae|FM[ ]969|FSM|Micronesia))"
_PALAU_FSM = (
    # Palau's states, capital and hamlets
    r"(?:Koror|Melekeok|Airai|Aimeliik|Ngatpang|Ngaremlengui|Ngardmau|Ngaraard|Ngarchelong|Ngiwal|Ngchesar"
    r"|Peleliu|Angaur|Kayangel|Sonsorol|Hatohobei|Ngerulmud|Babeldaob|Babelthuap|Malakal|Meyuns|Ngerbeched"
    r"|Arakabesa[ny]g?|Ngermid|Iyebukel|Idid|Ngerkebesang|Ngerchemai|Ngerbodel|Palau(?![ ](?:Pacific|National|Visitors"
    r"|Community|Hotel|Royal|Resort|International|Investment|Public|High))"
    # the FSM's states, towns and municipalities
    r"|Kolonia|Palikir|Weno|Moen(?=,|[ ]Island)|Tofol|Lelu|Malem|Utwe|Tafunsak|Madolenihmw|Sokehs"
    r"|Kapingamarangi|Nukuoro|Mokil|Pingelap|Tonoas|Dublon|Fefan|Uman(?=,|[ ]Island)|Udot|Ulithi|Woleai|Fais"
    r"|Satawal|Falalop|Maap|Rull|Tomil|Gagil|Fanif|Weloy|Dalipebinaw|Kanifay|Chuuk|Pohnpei|Kosrae"
    r"|Yap(?=[,:;.)]|[ ](?:State|Proper|Islands?|FM|969|\()|$)|Federated[ ]States[ ]of[ ]Micronesia|Micronesia|Mortlocks?|Faichuk"
    r"|(?:Colonia|Nett|Kitti|Tol)" + _FSM_ISLAND +
    r")"
)

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|International|Hotel|Resort|Mall|Plaza|Group|Bank|Club|Store"
                   r"|Shop|Express|Medical|Hospital|Clinic|Pharmacy|College|University|School|Council|Festival"
                   r"|Marathon|Expo|Motors|Tribune|Daily|Post|News|Times|Airlines|Air|Marina|Bay[ ]Resort"
                   r"|Government|Legislature|Senate|Authority|Agency|Cooperative|Credit|Telecom|Cable|Power|Water"
                   r"|Stores|Supermarket|Market|Mart|Restaurant|Cafe|Grill|Center|Centre|Campus|Church|Parish"
                   r"|Shipping|Shipyard|Port|Harbor|Harbour|Dive|Divers|Tours|Travel|Rent|Rentals)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the village names, its word before it ('Branch Dededo', 'Store Garapan'): no one's place
_NOT_A_SITE = r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|Kiosk)[ ])"


def _place(names: str) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: 'Chalan Santo Papa\\nHagåtña';
    # a quote before the name is a string's, as a SQL dump writes its cells: 'Dededo'; not an elision's)
    return r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS


class PlaceMicronesiaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("guam_place", _place(_GUAM), 0.9),
        Pattern("marianas_place", _place(_MARIANAS), 0.9),
        Pattern("palau_fsm_place", _place(_PALAU_FSM), 0.9),
    ]
    CONTEXT = ["address", "village", "town", "island", "state", "live", "from", "municipality", "hamlet", "sitio"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
