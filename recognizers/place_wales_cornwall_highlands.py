"""LOCATION: Wales', Cornwall's and the Scottish Highlands' and Islands' towns, in English and in Welsh, Cornish
and Scottish Gaelic.

spaCy's small English model reads many of them as persons (``Aberystwyth``, ``Gaiman``, ``Inbhir Nis``,
``Tobar Mhoire``, ``Lannstefan``) or not at all (``Caerdydd``, ``Steòrnabhagh``, ``Pennsans``), and a log's or
an export's cells get no NER at all. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``wales_place``: Wales' towns, counties and islands in English and Welsh (``Swansea``, ``Abertawe``,
  ``Caernarfon``, ``Ynys Môn``), with the Welsh mutations a town's name takes after a preposition (``yng
  Nghaerdydd``, ``o Fangor``: in Cardiff, from Bangor).
* ``cornwall_place``: Cornwall's towns in English and Cornish (``Truro``, ``Truru``, ``Penzance``, ``Pennsans``,
  ``Launceston``, ``Lannstefan``), the Isles of Scilly, and the county (``Kernow``).
* ``highlands_place``: the Highlands', the Hebrides', Orkney's and Shetland's towns and islands in English and
  Gaelic (``Stornoway``, ``Steòrnabhagh``, ``Portree``, ``Port Rìgh``, ``Kirkwall``, ``Lerwick``,
  ``Na h-Eileanan Siar``).
* ``celtic_words_by_island``: the names that are people's or words too (``Barry``, ``Mold``, ``Bude``,
  ``Lewis``, ``Harris``, ``Wick``, ``Mull``, ``Iona``, ``Elgin``), only before their postcode's district or their
  island or county (``Wick KW1``, ``Barry, Vale of Glamorgan``); ``celtic_words_after_isle_of``: with the island's
  word before them, which the span keeps (``Isle of Lewis``, ``Isle of Iona``).

Left out: a town inside a firm's, a body's or an event's name (``Cardiff City``, ``Inverness Caledonian
Thistle``, ``Orkney Islands Council``, ``Shetland Times``), and a street named for the town (``Cardiff Road``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_WALES = (
    r"(?:Cardiff|Caerdydd|Gaerdydd|Nghaerdydd|Chaerdydd|Swansea|Abertawe|Newport|Casnewydd|Gasnewydd|Nghasnewydd"
    r"|Wrexham|Wrecsam|Aberystwyth|Bangor|Fangor|Mangor|Caernarfon|Gaernarfon|Nghaernarfon|Carmarthen|Caerfyrddin"
    r"|Gaerfyrddin|Nghaerfyrddin|Llanelli|Lanelli|Merthyr[ ]Tydfil|Merthyr[ ]Tudful|Pontypridd|Bontypridd|Mhontypridd"
    r"|Bridgend|Pen-y-bont[ ]ar[ ]Ogwr|Y[ ]Barri|Llandudno|Landudno|Rhyl|Y[ ]Rhyl|Holyhead|Caergybi|Gaergybi"
    r"|Nghaergybi|Llangefni|Ynys[ ]Môn|Anglesey|Dolgellau|Ddolgellau|Nolgellau|Machynlleth|Fachynlleth|Porthmadog"
    r"|Pwllheli|Blaenau[ ]Ffestiniog|Ffestiniog|Y[ ]Bala|Lampeter|Llanbedr[ ]Pont[ ]Steffan|Cardigan|Aberteifi"
    r"|Haverfordwest|Hwlffordd|Tenby|Dinbych-y-pysgod|Brecon|Aberhonddu|Abergavenny|Y[ ]Fenni|Monmouth|Trefynwy"
    r"|Chepstow|Cas-gwent|Castell-nedd|Port[ ]Talbot|Ebbw[ ]Vale|Glynebwy|Glyn[ ]Ebwy|Denbigh"
    r"|Dinbych|Ruthin|Rhuthun|Yr[ ]Wyddgrug|Welshpool|Y[ ]Trallwng|Y[ ]Drenewydd|Llandrindod(?:[ ]Wells)?"
    r"|Builth[ ]Wells|Llanfair-ym-Muallt|Conwy|Betws-y-Coed|Beaumaris|Biwmares|Tyddewi|Fishguard|Abergwaun"
    r"|Aberaeron|Aberdyfi|Aberdovey|Aberdaron|Abersoch|Bethesda|Blaenau|Llanberis|Llanrwst|Beddgelert|Harlech"
    r"|Tywyn|Barmouth|Abermaw|Criccieth|Cricieth|Nefyn|Amlwch|Benllech|Menai[ ]Bridge|Porthaethwy|Llanfairpwll"
    r"|Llanfairpwllgwyngyll|Caerffili|Caerphilly|Pontypool|Pont-y-pŵl|Cwmbrân|Cwmbran|Maesteg|Aberdâr|Aberdare"
    r"|Rhondda|Tonypandy|Treorchy|Treorci|Ammanford|Rhydaman|Llandeilo|Llandovery|Llanymddyfri|Newcastle[ ]Emlyn"
    r"|Castell[ ]Newydd[ ]Emlyn|Narberth|Arberth|Pembroke[ ]Dock|Doc[ ]Penfro|Milford[ ]Haven|Aberdaugleddau"
    r"|Ceredigion|Gwynedd|Powys|Pembrokeshire|Sir[ ]Benfro|Carmarthenshire|Sir[ ]Gâr|Sir[ ]Gaerfyrddin"
    r"|Sir[ ]Ddinbych|Denbighshire|Flintshire|Sir[ ]y[ ]Fflint|Monmouthshire|Sir[ ]Fynwy|Glamorgan|Morgannwg"
    r"|Bro[ ]Morgannwg|Eryri|Snowdonia|Penrhyndeudraeth|Llanidloes|Rhayader|Rhaeadr[ ]Gwy|Crickhowell|Crucywel"
    r"|Cymru|Nghymru|Gymru"
    r")"
)
_CORNWALL = (
    r"(?:Truro|Truru|Penzance|Pennsans|Falmouth|Aberfala|St\.?[ ]Ives|Porth[ ]Ia|Newquay|Tewynblustri|Bodmin"
    r"|Bosvenegh|Redruth|Resrudh|Camborne|Kammbronn|Helston|Hellys|Launceston|Lannstefan|St\.?[ ]Austell"
    r"|Sen[ ]Austel|Liskeard|Lyskerrys|Padstow|Lannwedhenek|Porthbud|Saltash|Fowey|Fowydh|Mevagissey|Lostwithiel"
    r"|Lostwydhyel|Wadebridge|Ponsrys|St\.?[ ]Just|Lannust|Mousehole|Porthenys|Marazion|Marghasyow|Penryn"
    r"|Pennrynn|Camelford|Kammbont|Callington|Kelliwik|Tintagel|Tre[ ]war[ ]Venydh|Perranporth|Porthpyran"
    r"|St\.?[ ]Agnes|Bryanek|Porthleven|Coverack|Mullion|Isles[ ]of[ ]Scilly|Ynysek[ ]Syllan"
    r"|Scilly|Hugh[ ]Town|Tresco|Kernow|Cornwall"
    r")"
)
_HIGHLANDS = (
    r"(?:Inverness|Inbhir[ ]Nis|Fort[ ]William|An[ ]Gearasdan|Portree|Port[ ]Rìgh|Port[ ]Righ|Ullapool|Ulapul"
    r"|Stornoway|Steòrnabhagh|Steornabhagh|Tobermory|Tobar[ ]Mhoire|Oban|An[ ]t-Òban|Kirkwall|Stromness"
    r"|Lerwick|Scalloway|Thurso|Inbhir[ ]Theòrsa|Inbhir[ ]Ùige|Dingwall|Inbhir[ ]Pheofharain|Aviemore"
    r"|An[ ]Aghaidh[ ]Mhòr|Kyle[ ]of[ ]Lochalsh|Caol[ ]Loch[ ]Aillse|Mallaig|Malaig|An[ ]Tairbeart|Lochmaddy"
    r"|Loch[ ]nam[ ]Madadh|Lochboisdale|Loch[ ]Baghasdail|Castlebay|Bàgh[ ]a['’][ ]Chaisteil|Balivanich"
    r"|Baile[ ]a['’][ ]Mhanaich|Benbecula|Beinn[ ]na[ ]Faoghla|Barraigh|Eriskay|Èirisgeigh|South[ ]Uist"
    r"|Uibhist[ ]a[ ]Deas|North[ ]Uist|Uibhist[ ]a[ ]Tuath|Na[ ]Hearadh|Hearadh|Leòdhas|Eilean[ ]Leòdhais"
    r"|Isle[ ]of[ ]Skye|An[ ]t-Eilean[ ]Sgitheanach|Muile|Ìle|Orkney|Arcaibh|Shetland|Sealtainn"
    r"|Hebrides|Outer[ ]Hebrides|Inner[ ]Hebrides|Na[ ]h-Eileanan[ ]Siar|Na[ ]h-Eileanan[ ]an[ ]Iar|Eilean[ ]Siar"
    r"|Western[ ]Isles|Inbhir[ ]Narann|Golspie|Goillspidh|Dornoch|Dòrnach|Baile[ ]Dhubhthaich|Campbeltown"
    r"|Ceann[ ]Loch[ ]Chille[ ]Chiarain|Bowmore|Bogha[ ]Mòr|Port[ ]Ellen|Port[ ]Eilean[ ]Mhic[ ]Neacail|Tiree"
    r"|Tiriodh|Ì[ ]Chaluim[ ]Chille|Baltasound|Sumburgh|Westray|Gairloch|Geàrrloch|Durness|Diùranais"
    r"|Lochinver|Loch[ ]an[ ]Inbhir|Applecross|A['’][ ]Chomraich|Plockton|Am[ ]Ploc|Broadford|An[ ]t-Àth[ ]Leathann"
    r"|Uig(?=,|[ ]IV)|Dunvegan|Dùn[ ]Bheagain|Kyleakin|Armadale|Sleat|Tarbert(?=,|[ ]HS|[ ]PA)|Lochcarron"
    r"|Helmsdale|Bonar[ ]Bridge|Lairg|Tongue(?=,|[ ]IV)|Bettyhill|John[ ]o['’][ ]Groats|Grantown-on-Spey|Kingussie"
    r"|Newtonmore|Glencoe|Gleann[ ]Comhann|Ballachulish|Kinlochleven|Spean[ ]Bridge|Drumnadrochit|Fort[ ]Augustus"
    r"|Cille[ ]Chuimein|Beauly|Muir[ ]of[ ]Ord|Invergordon|Alness|Tain(?=,|[ ]IV)|Brora|Caithness|Gallaibh"
    r"|Sutherland(?=,|[ ]IV|[ ]KW)|Cataibh|Ross-shire|Siorrachd[ ]Rois|Lochaber|Loch[ ]Abar|Argyll|Earra-Ghàidheal"
    r"|Highlands(?=,|[ ]\(|$|[ ]IV|[ ]PH|[ ]KW)|A['’][ ]Ghàidhealtachd|Ghàidhealtachd|Gàidhealtachd"
    r"|Finstown|Dounby|St\.?[ ]Margaret['’]s[ ]Hope|Burray|Sanday(?=,|[ ]KW)|Stronsay|Shapinsay|Rousay|Papa[ ]Westray"
    r"|Brae(?=,[ ]Shetland|[ ]ZE)|Sandwick(?=,[ ]Shetland|[ ]ZE)|Voe(?=,|[ ]ZE)|Mossbank|Sullom|Walls(?=,[ ]Shetland|[ ]ZE)"
    r"|Fetlar|Whalsay|Bressay|Fair[ ]Isle|Foula|Mid[ ]Yell|Ulsta"
    r")"
)
# Names that are people's or words too, or towns elsewhere: only after 'Isle of' or before their island, county or
# postcode's district (a trailing lookahead, which the fast path's prefilter keeps)
_WORDS = (r"(?:Barry|Bala|Mold|Neath|Newtown|Bude|Hayle|Looe|Lewis|Harris|Wick|Mull|Coll|Yell|Unst|Hoy|Elgin|Nairn"
          r"|Barra|Rum|Eigg|Jura|Raasay|Essa|Heyl|Logh|Iona|Skye|Lizard|Islay)")
_BY_ISLAND = (r"(?=,?[ ](?:Wales|Cymru|Cornwall|Kernow|Orkney|Shetland|Scotland|Alba|Highlands|Outer[ ]Hebrides"
              r"|Western[ ]Isles|Vale[ ]of[ ]Glamorgan|Powys|Gwynedd|Argyll|Caithness|Moray|Sutherland"
              r"|(?:CF|SA|NP|LL|SY|LD|TR|PL|EX|KW|ZE|HS|IV|PA|PH|AB)\d{1,2}(?![\p{L}\d])))")
_ISLE_OF = r"(?:(?<![\p{L}\p{M}])(?:Isle|Isles|Island)[ ]of[ ]|(?<![\p{L}\p{M}])(?:Ynys|Eilean)[ ])"

_BUSINESS_AFTER = (r"(?:Office|Team|Branch|Hub|Airport|Maes[ ]Awyr|International|Hotel|Gwesty|Resort|Mall|Group"
                   r"|Bank|Club|Store|Shop|Express|Services|Trading|Company|Co|Ltd|Limited|Inc|Motors|Pharmacy"
                   r"|Hospital|Ysbyty|Clinic|College|Coleg|University|Prifysgol|School|Ysgol|Academy|Council|Cyngor"
                   r"|Comhairle|Trust|Festival|Expo|Marathon|Stores|Supermarket|Brewery|Distillery|Harbour|Port"
                   r"|Post|Water|Gas|Airways|Ferries|Financial|Capital|Fund|Insurance|Government|Police|Heritage"
                   r"|Museum|Zoo|Cup|Open|Chamber|Tourism|Authority|Board|National|Holdings|Cinema|Tours|Rentals"
                   r"|Radio|Times|Gazette|Press|Journal|Herald|Echo|Packet|Borough|City|County|Town|FC|RFC|AFC"
                   r"|Caledonian|Thistle|Athletic|Rovers|Rugby|Cricket|Golf|Arena|Centre|Center|Road|Street|Lane"
                   r"|Islands[ ]Council|Islands[ ]Area|Enterprise|Energy|Wind|Salmon|Seafoods|Fisheries|Creamery"
                   r"|Cheese|Gin|Whisky|Tweed|Knitwear|Wool|Bus|Buses|Taxis|Coaches|Cabs|Car[ ]Hire|Sound)")
_NOT_BUSINESS = r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))"
# A firm's site the town names, its word before it ('Branch Cardiff', 'Swyddfa Bangor'), or a street named for it
# ('Ffordd Caernarfon', 'Heol Abertawe', 'Sràid Steòrnabhagh'): no one's place
_NOT_A_SITE = (r"(?<!\b(?:Branch|Store|Warehouse|Office|Location|Site|Outlet|Depot|Swyddfa|Siop|Ffordd|Heol|Stryd"
               r"|Lôn|Sràid|Rathad|Ysgol|Coleg|Prifysgol|Ysbyty|University[ ]of|Bishop[ ]of|Diocese[ ]of|Duke[ ]of"
               r"|Earl[ ]of|Marquess[ ]of|Prince[ ]of|Princess[ ]of|Baron)[ ])")


def _place(names: str, before: str | None = None) -> str:
    # (an escaped line's end before the name, as a log's repr of an address writes it: '12 Heol y Frenhines\\nCaerdydd';
    # a quote before the name is a string's, as a SQL dump writes its cells: 'Truro'; not an elision's. ``before``:
    # what must follow the name, a trailing lookahead, which the fast path's prefilter keeps as text to find)
    head = r"(?x)(?:(?<=\\n)|(?<![\p{L}\p{M}\-]|\p{L}['’]))" + _NOT_A_SITE + names
    return head + before if before else head + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS


class PlaceWalesCornwallHighlandsRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("wales_place", _place(_WALES), 0.9),
        Pattern("cornwall_place", _place(_CORNWALL), 0.9),
        Pattern("highlands_place", _place(_HIGHLANDS), 0.9),
        Pattern("celtic_words_by_island", _place(_WORDS, before=_BY_ISLAND), 0.9),
        Pattern("celtic_words_after_isle_of",
                r"(?x)" + _ISLE_OF + _WORDS + r"(?![\p{L}\p{M}\-])" + _NOT_BUSINESS, 0.9),
    ]
    CONTEXT = ["address", "cyfeiriad", "seòladh", "trigva", "town", "tref", "baile", "village", "pentref", "live",
               "from", "byw", "fut"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
