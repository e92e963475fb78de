"""LOCATION: Mindanao's and the Sulu archipelago's towns, provinces and a city's districts, as Cebuano, Tausug,
Maranao, Maguindanaon, Chavacano, Filipino and English write them.

spaCy's small English model reads ``Jolo``, ``Sulu`` or ``Maguindanao del Norte`` as persons, finds ``Santos City``
without its first word, and misses ``Tawi-Tawi``, ``Bongao`` and ``GenSan``; a chat's lines and an export's cells get
no NER. A closed list is the evidence, and outscores the model's reading (0.9
against its 0.85):

* ``mindanao_town``: the cities and towns (``Davao City``, ``Cagayan de Oro``/``CDO``, ``General Santos``/``GenSan``,
  ``Cotabato City``, ``Marawi``, ``Kidapawan``), with ``City`` after them where they have it.
* ``mindanao_province``: the provinces and islands (``Lanao del Sur``, ``Maguindanao del Norte``, ``South Cotabato``,
  ``Tawi-Tawi``, ``Siargao``).
* ``sulu_town``: the Sulu archipelago's and Basilan's towns (``Jolo``, ``Bongao``, ``Patikul``, ``Sitangkai``,
  ``Lamitan``).
* ``mindanao_district``: Davao's, Zamboanga's and Cagayan de Oro's districts and barangays that are no words
  (``Matina``, ``Buhangin``, ``Tetuan``, ``Pasonanca``, ``Lapasan``).
* ``mindanao_postcode``: a postcode's four digits after a listed town or province (``Iligan City 9200``, ``Jolo
  7400``).
* ``mindanao_from_or_here``: any capitalized place after Cebuano's and Tagalog's 'from' and 'here at', its zone's
  number maybe (``Taga Villa Kananga, Butuan City``, ``Taga Toril ra ko``, ``dito sa Tambler?``).
* ``mindanao_words_after_prep``: the names that are words or people's too (``Mati``, ``Parang``, ``Samal``, ``Carmen``,
  ``Ipil``, ``Upi``, ``Wao``, ``Opol``, ``Tupi``, ``Isabela``, ``Valencia``, ``Nazareth``), only after Cebuano's,
  Tausug's, Filipino's, Chavacano's or English's word for 'from' or 'in' (``taga Mati``, ``sa Parang``, ``gikan sa
  Samal``, ``na Isabela``, ``from Ipil``).

Left out: a town inside a firm's, a school's or a body's name (``Davao Light``, ``Ateneo de Davao``, ``Mindanao State
University``, ``Zamboanga Chronicle``), a person's title before a family name that is a town's too (``Datu
Piang``'s ``Datu`` is no town).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_CITY = r"(?:[ ]City|[ ]city)?"
_TOWNS = (r"(?:Davao(?:[ ]City)?|Zamboanga(?:[ ]City)?|Cagayan[ ]de[ ]Oro(?:[ ]City)?|General[ ]Santos(?:[ ]City)?"
          r"|Gen\.?[ ]Santos(?:[ ]City)?|GenSan|Gensan|Cotabato[ ]City|Iligan(?:[ ]City)?|Marawi(?:[ ]City)?"
          r"|Butuan(?:[ ]City)?|Surigao(?:[ ]City)?|Dipolog(?:[ ]City)?|Dapitan(?:[ ]City)?|Pagadian(?:[ ]City)?"
          r"|Ozamiz(?:[ ]City)?|Ozamis(?:[ ]City)?|Oroquieta(?:[ ]City)?|Tangub(?:[ ]City)?|Gingoog(?:[ ]City)?"
          r"|Koronadal(?:[ ]City)?|Marbel|Kidapawan(?:[ ]City)?|Tagum(?:[ ]City)?|Digos(?:[ ]City)?|Mati[ ]City"
          r"|Malaybalay(?:[ ]City)?|Valencia[ ]City|Bislig(?:[ ]City)?|Tandag(?:[ ]City)?|Bayugan(?:[ ]City)?"
          r"|Isabela[ ]City|Panabo(?:[ ]City)?|Polomolok|Tacurong(?:[ ]City)?|Isulan|Buluan|Shariff[ ]Aguak"
          r"|Datu[ ]Odin[ ]Sinsuat|Malabang|Balo-i|Kapatagan|Tubod|Sindangan|Liloy|Kabasalan|Mambajao"
          r"|Island[ ]Garden[ ]City[ ]of[ ]Samal|IGACOS|Nabunturan|Monkayo|Sta\.[ ]Cruz,[ ]Davao"
          r"|Alabel|Maasim|Kiamba|Maitum|Lebak|Kalamansig|Midsayap|Kabacan|Carmen,[ ]Cotabato"
          r"|Manolo[ ]Fortich|Maramag|Quezon,[ ]Bukidnon|Talakag|Kauswagan|Tukuran|Molave"
          r"|Aurora,[ ]Zamboanga|Siay|Ipil,[ ]Zamboanga|Del[ ]Carmen|Cantilan|Lianga"
          r"|Barobo|Hinatuan|Cateel|Baganga|Banaybanay|Sarangani[ ]Island)")
_PROVINCES = (r"(?:Mindanao|Mindanaw|Lanao[ ]del[ ](?:Sur|Norte)|Maguindanao(?:[ ]del[ ](?:Sur|Norte))?"
              r"|Misamis[ ](?:Oriental|Occidental)|Bukidnon|Agusan(?:[ ]del[ ](?:Sur|Norte))?"
              r"|Surigao[ ]del[ ](?:Sur|Norte)|Zamboanga[ ]del[ ](?:Sur|Norte)|Zamboanga[ ]Sibugay"
              r"|Davao[ ](?:del[ ](?:Sur|Norte)|Oriental|Occidental|de[ ]Oro)|Sarangani|South[ ]Cotabato"
              r"|North[ ]Cotabato|Cotabato(?![ ]City)|Sultan[ ]Kudarat|Dinagat(?:[ ]Islands)?|Siargao|Camiguin"
              r"|Basilan|Sulu|Tawi-Tawi|Tawi[ ]Tawi|Soccsksargen|SOCCSKSARGEN|BARMM|Bangsamoro|Caraga|CARAGA"
              r"|Northern[ ]Mindanao|Zamboanga[ ]Peninsula)")
_SULU = (r"(?:Jolo|Bongao|Patikul|Indanan|Maimbung|Parang,[ ]Sulu|Luuk|Talipao|Panglima[ ]Sugala|Sitangkai"
         r"|Simunul|Mapun|Cagayan[ ]de[ ]Tawi-Tawi|Siasi|Lamitan(?:[ ]City)?|Maluso|Tipo-Tipo|Sumisip|Tuburan"
         r"|Languyan|Sapa-Sapa|Tandubas|South[ ]Ubian|Turtle[ ]Islands|Pangutaran|Kalingalan[ ]Caluang"
         r"|Marunggas)")
_DISTRICTS = (r"(?:Matina(?:[ ]Aplaya|[ ]Crossing|[ ]Pangi)?|Buhangin|Bankerohan|Agdao|Lanang|Toril|Calinan|Bajada"
              r"|Ecoland|Catalunan(?:[ ]Grande|[ ]Pequeño)?|Mintal|Talomo|Tetuan|Tumaga|Pasonanca|Canelar"
              r"|Baliwasan|Guiwan|Putik|Divisoria|Talon-Talon|Recodo|Ayala,[ ]Zamboanga|Sta\.[ ]Maria,[ ]Zamboanga"
              r"|Lapasan|Bulua|Macasandig|Cugman|Balulang|Iponan|Lumbia|Puerto,[ ]CDO"
              r"|Tibanga|Pala-o|Dalipuga|Bagong[ ]Silang,[ ]Iligan)")
# Words or people's names too: only after a preposition
_WORDS = (r"(?:Mati|Parang|Samal|Carmen|Ipil|Upi|Wao|Opol|Tupi|Isabela|Valencia|Nazareth|Sasa|Maco|Lala|Pata"
          r"|Lugus|Glan|Dapa|Tapul|Maa|Tambo|Gusa|Bugo|Titay|Pikit|Lupon|Kauswagan)")
_PREP = (r"(?<=(?<![\p{L}'’])(?:taga|sa|gikan[ ]sa|didto[ ]sa|diri[ ]sa|ha|dayn[ ]ha|min|in|from|near|to|at|na"
         r"|desde)[ ])")  # (not Spanish's and Chavacano's 'de', Tagalog's 'ng': 'of' before a person too, 'la casa de
# Carmen')

# Cebuano's and Tagalog's 'from' (taga) and 'here at' (dito sa, diri sa), then a place's capitalized name, its zone's
# number maybe: 'Taga Villa Kananga, Butuan City', 'Taga Toril ra ko', 'dito sa Tambler?', 'Taga Rosary Heights 7'
_FROM_OR_HERE = (r"(?x)(?<=(?<![\p{L}\p{M}])(?:[Tt]aga|[Dd]ito[ ]sa|[Dd]iri[ ]sa|[Dd]inhi[ ]sa|[Dd]idto[ ]sa)[ ])"
                 r"(?!(?:Manila|ko|mi|ra)\b)\p{Lu}[\p{Ll}\-]+(?:[ ]\p{Lu}[\p{Ll}\-]+){0,2}(?:[ ][0-9]{1,2})?"
                 r"(?=[,.!?;)]|[ ](?:ra|ko|mi|kami|ako|lang|man|pud|gyud|jud|po|City)\b|\s*$)")
_BUSINESS_AFTER = (r"(?:Light|Water|Electric|Cooperative|Coop|Doctors|Medical|Hospital|State|University|College"
                   r"|Institute|Bank|Airport|International|Port|Seaport|Chronicle|Times|Star|Express|Herald|Mail|Post"
                   r"|Branch|Office|Hub|Chamber|Business|Club|FC|Marathon|Festival|Mall|Store|Stores|Supermarket"
                   r"|Water[ ]District|Corporation|Corp|Inc|Foods|Packing|Fruit|Cement|Steel|Tours|Travel|Bus"
                   r"|Lines|Shipping|Express|Police|Regional|Provincial|Diocese|Archdiocese|Sultanate|Power"
                   # (a shop's or a lodging's: 'Mintal Agri Supply', 'Bongao Seaside Pension')
                   r"|Supply|Supplies|Pension|Pension[ ]House|Enterprises|Trading|Hardware|Pharmacy|Bakery|Eatery"
                   r"|Lodge|Inn|Hotel|Resort|Agri|Motors|Cellphone|Gadgets|Computer|Computers|Repair|Repairs)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}])"
                 r"|[ ](?:airport|seaport|port|branch|office|pomelo|durian|chocolate)\b)")
_NOT_A_SITE = (r"(?<!\b(?:Ateneo[ ]de|University[ ]of|Universidad[ ]de|Diocese[ ]of|Archdiocese[ ]of|Sultanate[ ]of"
               r"|Sultan[ ]of|Bank[ ]of|SM[ ]City|SM|Gaisano|Robinsons|Ayala[ ]Malls|KCC[ ]Mall[ ]de|Abreeza|Datu"
               r"|Hotel|Apo[ ]View[ ]Hotel|Pearl[ ]Farm|Branch|Mindanao[ ]State[ ]University)[ ])")


def _place(names: str) -> str:
    return (r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names
            + r"(?![\p{L}\p{M}'’]|-(?!\p{Lu}))" + _NOT_BUSINESS)


class PlaceMindanaoSuluRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("mindanao_town", _place(_TOWNS), 0.9),
        Pattern("mindanao_province", _place(_PROVINCES), 0.9),
        Pattern("sulu_town", _place(_SULU), 0.9),
        Pattern("mindanao_district", _place(_DISTRICTS), 0.9),
        Pattern("mindanao_postcode", r"(?x)(?<=(?<![\p{L}\p{M}\-])(?:" + _TOWNS + r"|" + _PROVINCES + r"|" + _SULU
                + r")[ ,]{1,2})[7-9]\d{3}(?![\d\-/:.,]\d|\d)", 0.85),  # (Mindanao's and Sulu's: 7000-9811)
        Pattern("mindanao_from_or_here", _FROM_OR_HERE, 0.85),
        Pattern("mindanao_words_after_prep", r"(?x)" + _PREP + _WORDS + _CITY + r"(?![\p{L}\p{M}\-'’])"
                + _NOT_BUSINESS, 0.85),
    ]
    CONTEXT = ["barangay", "brgy", "purok", "sitio", "address", "lungsod", "city", "town", "municipality",
               "province", "taga", "gikan"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
