"""LOCATION: street addresses (the street line, the unit, the post-office box).

piiscan reports street addresses as ``LOCATION`` (spaCy NER finds towns and countries;
it rarely finds ``221 Maple Street``). Patterns, matched case-sensitively where case
carries the signal (``Main St`` is a street, ``5 main st`` in a log is not likely to
be one); keywords that may be written either way use ``(?i:...)``:

* ``street_typed`` (0.9): house number + 1-4 capitalized name words + an English
  street type: ``221 Maple Street``, ``1234 N Main St``, ``350 5th Ave``,
  ``12-14 High Street``, ``221B Baker Street``.
* ``street_compound`` (0.9): a one-word continental street name ending in its street
  word, then the house number: ``Lindwurmstrasse 47``, ``Rantakatu 17``,
  ``Bryggergade 41``, ``Beukenlaan 86``, ``tjørnevej 29``.
* ``street_word_after_name`` (0.9): a name, the street word on its own, the number:
  ``Tölzer Strasse 58``, ``Vibekes gate 84``, ``Mátyás tér 27``.
* ``street_prefix_number_after`` (0.9): a Romance/Slavic/Greek street word, the name,
  then the number: ``Via Ippolito Nievo 41``, ``Rua do Linguado 2718``, ``ul. Długa 5``.
* ``street_prefix_number_before`` (0.9): number, then a French-style street word and
  the name: ``8 Rue de la Paix``, ``29 avenue de Gascogne``.
* ``street_jalan`` (0.9): an Indonesian or Malay street, the street word first and the
  number after ``No.``: ``Jl. Raya Bogor Km 32 No. 22``.
* ``street_hebrew`` (0.9): a Hebrew street, its word first: ``רחוב ז'בוטינסקי 45``.
* ``br_town_state`` (0.9), ``cep`` (0.9): a Brazilian town before its state's letters and
  its CEP (``Porto Alegre - RS, 99572-447``), or after a slash (``Curitiba/PR``); a CEP after
  its label or after a state's letters; ``br_state_after_town`` (0.9) the state's letters there.
* ``street_way`` (0.9): an English street named in one word ending in ``way``, the number
  first, a town or nothing after it: ``1585 Broadway, New York``, ``158 Kingsway, Burnaby``.
* ``street_turkish`` (0.9): a Turkish street, its quarter maybe first, the house's number
  after ``No:``: ``Cumhuriyet Mah. Gazi Sk. No:150 Kat:9 D:10``, ``Atatürk Cd. No:12``.
* ``street_korean_road`` (0.9): a Korean road-name address, romanized, with the
  building's number before or after the road: ``168 Gunja-ro``, ``Teheran-ro 152``.
* ``street_taiwan`` (0.9): Taiwan's address romanized, floor to road: ``5F.-2, No. 106, Sec. 2,
  Heping E. Rd.``; ``taiwan_district`` (0.85): ``Da'an Dist.``, ``Guangfu Township``;
  ``city_postcode`` (0.85): a city or a county before its postcode, ``Taipei City 106``.
* ``japan_block_lot`` (0.9), ``japan_unit`` (0.85), ``japan_prefecture_postcode`` (0.9): Japan's
  address romanized: ``2-14-3 Tonoshiro``, ``Ishigaki-shi``, ``Okinawa 907-0004``.
* ``street_hangul`` (0.9): the same in Hangul, province to number: ``경기도 시흥시 정왕동 104-4``.
* ``unit`` (0.5): ``Apt. 407``, ``Suite 712``, ``Unit 5``, ``Apartment 3B`` (Bulgarian's
  ``ет. 3``, ``ап. 65``, Ukrainian's ``кв. 12``, Hebrew's ``דירה 7``): reported on
  its own (the street line is a separate finding), so that a unit on the next line, or
  before the street, is found too.
* ``postcode`` (0.6): a postcode whose shape says it is one, anywhere: the UK's ``AB18 1XQ``,
  Canada's ``K1A 0B1``, an Irish Eircode ``V94 AF7X``, the British overseas territories' ``FIQQ 1ZZ``
  (digits alone could be anything)
* ``po_box`` (0.9): ``P.O. Box 123``, ``PO Box 123``, ``Post Office Box 9``,
  ``Postbox 86``, and the US military forms ``PSC 8361, Box 2740``, ``Unit 6093 Box 2817``; a
  highway contract's or a rural route's box, ``HC-02 Box 15432``, ``RR 1 Box 2345``.
* ``military_mail`` (0.9): ``APO AA 38215`` / ``FPO AE 30518`` / ``DPO AP 47029``, with
  the box or ship line before it when present.
* ``district_word`` (0.9): a town's quarter by its word, then its name (``Colonia Roma Norte``,
  ``Col. Juárez``, ``Alcaldía Cuauhtémoc``, ``Brgy. Lahug``, ``Sitio Mahayag``); ``purok_number``
  (0.7): a barangay's zone, ``Purok 3``; ``postcode_mx`` (0.7): a postcode after ``C.P.``;
  ``longhouse_or_village`` (0.9): Borneo's longhouse, a Malaysian village, ``Rumah Panjang Ulu Mujok``,
  ``Kampung Likas``; ``ward_number`` (0.7): a ward, ``Ward No. 4``, ``वडा नं. ४``; ``town_ward_devanagari`` (0.7):
  a town and its ward in Nepali, ``धरान-१२``;
  ``block_lot`` (0.9): a Philippine subdivision's house, ``Blk 12 Lot 5``; ``lot_parcelle`` (0.9): a
  plot in francophone West Africa's registry, ``Lot 44, parcelle E, section BC``.
* ``sector_number`` (0.7), ``numbered_street_bf`` (0.9), ``boite_postale`` (0.9): Burkina Faso's
  sectors, numbered streets and post-office boxes, ``Secteur 15``, ``Rue 17.52``, ``01 BP 1234``
  (before its town); ``ghana_digital_address`` (0.9): Ghana Post's GPS address after its label,
  ``Digital address: GA-183-8164``; ``plot_number_za`` (0.9): a South African stand or erf
  before its place, ``Stand No. 1234``; ``village_of_chief_za`` (0.7): Limpopo's villages by
  their chief's family, ``Ga-Kgapane``, ``Ha-Mashamba``.
* Spanish-speaking America's and the Caribbean's: ``street_prefix_number_after`` takes a street named
  by a number or a date (``Calle 23 No. 456``, ``Av. 18 de Julio 1450``) and Quito's blocks (``Av.
  Amazonas N34-120``); ``unit`` the floor, the flat and the streets a house is between (``piso 3``,
  ``depto B``, ``e/ L y M``), joined to the street's line by addresses.units_with_streets;
  ``street_after_label`` (0.9): a name and a number after an address's label, no street word
  (``Dirección: Alsina 1231``); ``block_lot_es`` (0.9): ``Mz. 108 Villa 14``; ``road_km`` (0.9):
  ``Carr. 2 Km 15.3``; ``postcode_ar`` (0.7): ``C1043AAZ``; ``jamaica_postal_district`` (0.85):
  ``Kingston 6``; ``street_typed`` a Caribbean lot or ``#`` before the number (``Lot 14 Red Hills
  Road``, ``#12 Eastern Main Road``); quarters (``Urb.``, ``Bo.``, ``Ensanche``, ``Reparto``,
  ``Cdla.``) are ``district_word``'s.
* Central America's, Lusophone Africa's and the Indian Ocean's: ``directions_ca`` (0.9): an address
  by a landmark, a distance and a direction (``de la iglesia católica 200 m norte y 50 m oeste``,
  Managua's ``del semáforo de Rubenia 2 c. al lago``); ``numbered_street_ca`` (0.9): ``3 calle``,
  ``2a Calle Poniente``, ``Calle 50,``; ``road_km`` the kilometre first (``Km 8 Carretera a
  Masaya``); ``street_then_town`` (0.85): a street with no number before its town or its house
  (``Royal Road, Rose-Hill``, ``Av. República de Chile, casa #1520``); ``street_prefix_number_after``
  the number after ``n.º`` (``Rua Major Kanhangulo, n.º 45``); ``unit`` a house, a shop, a block, a
  floor after a comma (``casa #1520``, ``Quarteirão 12``, ``2.º andar``); ``district_word`` colonias,
  bairros, buildings and estates (``Col. Palmira``, ``Bairro Maxaquene``, ``Edificio Bancomer``,
  ``Morcellement Saint André``); ``po_box`` ``Caixa Postal 1234``.
* The Gulf's, francophone Africa's and Haiti's: ``grid_address_gulf`` (0.9): a grid's numbered parts,
  a street's word among two or more (``Way 3015, House 1204``, ``Block 4, Street 12, Jadda 3``,
  ``Building 45, Street 230, Zone 66``), Oman's way alone before its area; ``postal_code_om`` (0.7):
  ``PC 112`` after a box or a comma; ``landmark_fr`` (0.9): an address by its landmark (``derrière la
  pharmacie Saint-Joseph``, ``face station Total``, ``derrière le terrain de foot``);
  ``numbered_road_ht`` (0.9): Port-au-Prince's roads by their side street (``Delmas 33, Rue
  Charbonnière #12``), Cap-Haïtien's grid (``Rue 17 H``), a corner (``Angle Rues Pavée et du Centre``);
  ``district_word`` Dakar's estates (``Sicap Liberté 6``, ``HLM Grand Yoff``), ``Lotissement``,
  ``Résidence``, ``Immeuble``; ``unit`` a villa, a lot and a building's letter after a comma;
  ``sector_number`` ``Quartier 3`` and Abidjan's ``Marcory Zone 4``.
* The Maghreb's, the Horn's and the Baltic states': ``district_word`` Morocco's ``Hay Mohammadi``, an
  alley, a village and an estate (``Derb ...``, ``Douar ...``, ``Coopérative El Feth``, ``Cité 1200
  Logements``, ``Cité AADL Bouinan``); ``unit`` ``Bt 14``, ``Bloc C``, ``Imm. 4``, ``Appt 88``;
  ``numbered_street_alone`` (0.85): a street by its number alone where an address starts (``Rue 12,
  Hay Mohammadi``, ``Street 15, Amarat``); ``kebele_woreda`` (0.85): Ethiopia's ``Woreda 03``,
  ``Kebele 14``, ``Bole Sub-City``; ``baltic_rural_area`` (0.85): ``Vaida alevik``, ``Rae vald``,
  ``Ozolnieku pag.``; ``street_compound`` Finland's staircase and flat (``Mannerheimintie 12 B 34``).
* The Balkans', Central Asia's and mainland Southeast Asia's: ``street_before_postcode_town``
  (0.85): a street named without its word before its number, a postcode and a town (``Ilica 45,
  10000 Zagreb``, ``Maršala Tita bb, 88000 Mostar``); ``street_slavic_lower_words`` (0.9): a street's
  name with words in lower case (``ул. Македонски просветители 45``, ``Trg bana Jelačića 5``); ``street_then_town`` Albania's ``Rruga e
  Kavajës, Pallati 5``; ``unit`` ``Pallati 5``, ``Shkalla 2``, ``Ap. 14``, ``стан 4``, ``д. 58``;
  ``street_type_then_number`` (0.85): an English street word before its number (``Kabanbay Batyr Ave
  53, apt 104``); ``area_word_before_name`` (0.85): ``г. Алматы``, ``мкр. Самал-2``, Cambodia's
  ``Sangkat``, ``Phum``, ``Khan`` (after a comma), Laos' ``Ban``, Albania's ``Lagjja 4``, Romania's and
  Moldova's ``mun. Chișinău``, ``jud. Cluj``, ``raionul Ungheni``, Bulgaria's ``гр. Пловдив``, ``общ. Карлово``;
  ``sea_script_area`` (0.85): Cambodia's, Laos' and Myanmar's areas in their scripts, the word glued to the
  name (``ខណ្ឌសែនសុខ``, ``ເມືອງໄຊເສດຖາ``, ``ကမာရွတ်မြို့နယ်``);
  ``area_word_after_name`` (0.9): ``Chilonzor tumani``, ``Toshkent sh.``, ``Almaty qalasy``,
  ``Медеуский район``, ``Bahan Tsp``, ``Kampong Cham Province``; ``numbered_quarter_uz`` (0.85):
  ``Yunusobod 19-mavze``, ``9-kvartal``; ``ward_number`` ``Ward 3, Taunggyi``.
* ``maldives_street``, ``maldives_house`` (0.9): the Maldives number no houses: a road by its
  word (``Fareedhee Magu``, ``ފަރީދީ މަގު``; ``Hingun``, ``Goalhi``), and a house's name after
  its ward's or atoll's letters before one (``Ma. Dhilroazvilla, Fareedhee Magu``).

Why 0.9, above spaCy's 0.85: overlapping findings are resolved by score, and the small
spaCy model tags many street names as PERSON (an English ``<Name> St``, a German
``<Name> Strasse``, a French ``Rue de <Name>``). A number + name + street word is the
stronger evidence; at 0.6 the NER guess won and the address was lost. The score does
not change what passes the 0.4 threshold. Units stay at 0.5: they rarely collide with
NER, and when one does the NER span is usually the better-founded one.

A bare number followed by a word and a number (``Vahtra 83``, ``Windows 10``) is not
reported: without a street word nothing tells the two apart, unless a postcode and a town
follow (``street_before_postcode_town``).

Context words (Presidio's enhancer, +0.35): address, street, lives, ship, billing...
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Pieces spliced into the verbose patterns below (no '#' comments inside them).
#
# the left edge of a house number: not glued to a word, a decimal, a time, a path or
# an id ('v1.2 Foo St', '10:30 Main', '/api/2 Park Rd' are not addresses)
_NUM_START = r"(?<![\w.,:/\\\-#@=+$€£\[])"  # (nor a bracketed field's: Windows DNS's '[8085 A DR  NOERROR]')
# a house number: 221, 221B, 12-14, 12/3 (and not a year-like 5+ digit run: those are
# allowed, the synthetic data uses 5-digit numbers, but no more than 6 digits)
_HOUSE = r"\d{1,6}(?:[A-Za-z](?![\w'’]))?(?:[\-/]\d{1,4}[A-Za-z]?)?"
# one capitalized name word (any script): Maple, O'Neil, Saint-Exupéry, N., 5th, 42nd
# (an apostrophe inside a word, before its letter: 'Marc'hallac'h', 'St John's'; not a quoted value's closing quote:
# "address = '7 rue Kerguelen', zip")
_NAME = r"(?:\p{Lu}(?:[\p{L}\p{M}\-]|['’](?=\p{L}))*\.?|\d{1,3}(?:st|nd|rd|th))"
# English street types (US, UK, AU, Faker's list), full and abbreviated; capitalized or
# all capitals (the lookahead in the pattern requires the first letter to be a capital)
_TYPES_EN = (
    r"(?i:street|st|str|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct"
    r"|place|pl|terrace|ter|tce|circle|cir|parkway|pkwy|highway|hwy|square|sq|crescent|cres|pde|cct|esp"
    r"|close|row|walk|trail|trl|alley|aly|grove|gardens|gdns|mews|hill|hills|heights|hts"
    r"|ridge|creek|crossing|loop|path|pike|plaza|point|points|view|vista|expressway|expy"
    r"|freeway|fwy|turnpike|tpke|causeway|esplanade|parade|promenade|quay|wharf|green"
    r"|brook|meadow|meadows|park|cove|glen|lake|lakes|estates|manor|junction|landing"
    r"|harbor|harbour|summit|valley|village|bypass|spur|track|trace|cliff|cliffs"
    r"|island|islands|stravenue|motorway|ramp|route|rue|via|circuit|strand|broadway"
    r"|yard|wynd|gate|rise|drove|chase|fold|croft|hollow|brow"  # the older kinds in UK addresses
    r"|ext|extension"  # (a suburb's extension, as Southern Africa numbers its stands: '1234 Mabvuku Ext')
    r"|mawatha|veediya"  # (Sri Lanka's: '45 Dharmapala Mawatha')
    r"|marg|rajmarg|sadak|sarak)"  # (Nepal's and India's: '46 Siddhartha Rajmarg', '12 Mahatma Gandhi Marg')
)
# continental street words written as the ending of a one-word street name
# (Lindwurm|strasse, Ranta|katu, tjørne|vej): German, Dutch, Nordic, Finnish,
# Icelandic, Hungarian, Baltic, Polish
_SUFFIXES = (
    r"(?i:stra(?:ss|ß)e|str\.|gasse|weg|allee|platz|damm|ufer|chaussee|steig|markt"
    r"|straat|laan|gracht|kade|plein|singel|dijk|dreef|lei|baan|kaai"  # (and Flanders': 'Lindenlei', 'Ringbaan')
    r"|gatan|gata|vägen|väg|veien|vei|veg|vej|gade|stræde|vænget|allé|torget|torv|plads"
    r"|gränd|backe|stien|vegen|katu|tie|kuja|polku|tori|kaari|rinne|väylä|raitti|vegur|braut"
    r"|stígur|stræti|straeti|utca|körút|iela|gatvė|ulica|brücke|wei|gøta"
    r"|strjitte|leane|paad|straot"  # (and West Frisian: 'Tsjerkestrjitte', 'Skoallepaad'; Limburgish 'Grotestraot')  # (and Faroese: 'Tórsgøta')
    r"|geaidnu|luodda|gáhta"  # (and Northern Sami's road, path and street: 'Finnmarksgeaidnu 17', 'Suomageaidnu 56')
    # Icelandic's slope, square, field, hill, lane, lava, farm, hollow, moor, ridge, heath, bank ('Eskihlíð 74',
    # 'Garðatorg 75', 'Þverholt 56', 'Hraunbær 129'), Danish's road with its article ('Strandvejen 56'); not
    # '-nes' nor '-lind', English's ('lines 12', 'blind 3')
    r"|hlíð|torg|tún|gerði|sund|skjól|hraun|holt|bær|mýri|melur|teigur|hagi|heiði|bakki|vellir|hvammur|brekka"
    r"|hjalli|smári|hæð|byggð|hólar|lundur|vejen"
    r"|gürtel|kai|lände|promenade)"  # (Vienna's belt road, quays and embankments: 'Neubaugürtel', 'Weißgerberlände')
)
# the same street words written as a word of their own after a capitalized name
# (Tölzer Strasse, Vibekes gate, Pärna tee, Lange Wei); some only exist this way (as
# word endings they are English: dele|gate, commit|tee)
_STREET_WORDS = (
    r"(?:Stra(?:ss|ß)e|Str\.|Gasse|Weg|Allee|Platz|Damm|Ufer|Chaussee|Markt"
    r"|(?<=er[ \t])Ring|Gürtel|Kai|Lände|Zeile|Promenade"  # (Vienna's: 'Kärntner Ring', 'Linke Zeile', 'Wiedner Gürtel';
    # a ring after an adjective only: no 'Token Ring 4')
    r"|gate|gata|gatan|vägen|veien|vei|veg|vej|gade|stræde|allé|torv|plads"
    r"|straat|laan|Laan|baan|Baan|weg|wei|Wei|dijk|kade|plein"
    r"|sor|u\.|tänav|tee|iela|gatvė|ulice|ulica"
    # Estonian ('Pärnu mnt 22-5', 'Sõpruse pst 201-45'), Lithuanian ('Konstitucijos pr. 214-39',
    # 'Gedimino g. 9'), Latvian ('Brīvības bulvāris 32'), Slovenian and Croatian ('Slovenska cesta 55')
    r"|tn|mnt|pst|maantee|puiestee|põik|väljak|g\.|pr\.|al\.|pl\.|skg\.|prospektas|alėja|plentas"
    r"|bulvāris|bulv\.|gatve|prospekts|prosp\.|šoseja|laukums|cesta|trg|pot|put|obala|avenija|nabrežje"
    # Armenian ('Աբովյան փողոց 12', 'Մաշտոցի պող. 5'), Azerbaijani ('Nizami küç. 12', 'Azadlıq
    # prospekti 45'), Kazakh ('Абай көшесі 12', 'Абай даңғылы 45')
    r"|փողոց|փ\.|պողոտա|պող\.|նրբանցք|küç\.|küçəsi|prospekti|döngəsi|көшесі|көш\.|даңғылы|даң\."
    # Slovak ('Hlavné námestie 5'), Basque ('Nagusia kalea 12'), Uzbek ('Amir Temur koʻchasi 15',
    # 'Навоий кўчаси 12'), Mongolian ('Сөүлийн гудамж 12')
    r"|námestie|nám\.|nábrežie|trieda|kalea|etorbidea|pasealekua|enparantza|ko['‘’ʻ]?chasi"
    r"|кўчаси|кучаси|гудамж|gudamj|gudamzh|өргөн\ чөлөө|örgön\ chölöö|urgun\ chuluu"  # (and romanized; Mongolian's
    # avenue: 'Энхтайвны өргөн чөлөө 17'); Dzongkha's road ('Chang Lam 12')
    r"|Lam"
    # Kyrgyz ('Киев көчөсү 45', 'Чүй проспектиси 12'), Turkmen ('Atatürk köçesi 45', 'Magtymguly
    # şaýoly 12'), Faroese ('Niels Finsens gøta 7')
    r"|көчөсү|проспектиси|köçesi|şaýoly|gøta"
    # Tatar and Bashkir ('Бауман урамы 12', 'Ленин проспекты 5'), West Frisian ('Lange strjitte 5')
    r"|урамы|проспекты|strjitte"
    # Sorbian ('Budyšinska dróha 5', 'Serbska hasa 3'), Yakut ('Ленин уулусса 12'), Chuvash
    # ('Ленин урамӗ 5'), Ossetian ('Коцойты уынг 20')
    r"|dróha|hasa|уулусса|уулуссата|урамӗ|уынг"
    # Udmurt ('Пушкин урам 5'), Tuvan ('Кочетов кудумчузу 12'), Latgalian ('Reigas īla 5'),
    # Limburgish ('Grotestraot 5')
    r"|урам|кудумчу|кудумчузу|īla|straot"
    # Kazakh in Latin letters ('Abay dangyly 150', 'Tole bi kóshesi 59')
    r"|dangyly|dańǵyly|kóshesi|koshesi|köshesi"
    # Crimean Tatar ('Ayvazovskiy soqağı 5'), Karelian ('Lenin uulitsu 5'), Võro ('Jaani uulits 5'),
    # Scots ('Kirk Vennel 3')
    r"|soqaq|soqağı|uulitsu|uulits|[Vv]ennel"
    # Komi ('Ленин улича 5'), Erzya ('Ленин ульця 5'), Kabardian ('Ленин уэрам 5'), Lezgin
    # ('Ленин куьче 5')
    r"|улича|ульця|уэрам|куьче)"
)
# Hungarian street words, after a name in any case (Béla király útja, szőlőhegyi út):
# not English words, so the name needs no capital
_STREET_WORDS_HU = r"(?:utca|út|útja|körút|tér|köz)"
# Romance / Slavic street words written before the name (capitalized: 'via' and 'plaza'
# are English words too)
_PREFIX_AFTER = (
    r"(?:Rue|Via|Viale|Vicolo|Corso|Piazza|Piazzale|Largo|Strada|Calle|Carrer|Avenida"
    r"|Avinguda|Avda\.|Paseo|Passeig|Plaza|Plaça|Praça|Rua|Travessa|Alameda|Rambla"
    r"|Jr\.|Jirón|Av\.(?=[\ \t](?:\p{Lu}\p{Ll}|\d))|Ave\.(?=[\ ]\p{Lu}\p{Ll}[^\n,]{0,40}[\ ]\d)|Carrera|Cra\.|Diagonal|Transversal|Pasaje|Psje\.|Pje\."
    r"|(?<=(?:\b(?:la|en|por|una|esta|Vivo[\ ]en|vivo[\ ]en)|,)[\ ])(?:calle|avenida|av\.|jirón|pasaje)"  # ('vivo en la calle
    # Sucre 235': the street word in lower case after an article, 'en' or an address's comma: 'Centro Habana, calle
    # Neptuno #512')  # (Peru's 'Jr. Callao 1418'; 'Av. Arce N° 2519')
    r"|(?:Avenue|Boulevard)(?=[\ \t](?:(?:de|du|des|de[\ ]la|de[\ ]l['’])[\ ]?)?[\p{Lu}\d][^\n]{1,40}?[\ \t][Nn][°º])"  # (French-
    # speaking Africa's, its number after 'n°': 'Avenue Lukonga n°305', 'Avenue de l’Amitié n°70', 'Boulevard du 28
    # Novembre n°67')
    r"|Chalan(?=[ ]\p{Lu})"  # (Chamorro's road, Guam's and the Marianas' streets: 'Chalan Santo Papa', 'Chalan Pale
    # Arnold')
    r"|Kaya|Caya|Kaminda"  # (Papiamentu's street and road, in both spellings: 'Kaya Grandi 24', Kralendijk; 'Caya
    # G.F. Betico Croes 4', Aruba's; 'Kaminda Jan Noorduyn 12')
    r"|Ulica|ul\.|Aleja|al\.|Calea|Bulevardul|Bd\.|Rúa|Piazzetta|C/|Οδός|Λεωφόρος|Πλατεία|Λεωφ\.|Οδ\."
    # (Greek's in lower case after an article or a comma, its cases: 'Μένουμε στην οδό Αρκαδίου 49')
    r"|(?<=(?:(?<![\p{L}\p{M}])(?:στην|στη|την|της|η|στον|τον|on|at|in)|,)[\ ])(?:οδό|οδός|οδού|λεωφόρο|λεωφόρος)"
    # Romanian's and Moldova's abbreviations and words ('str. Alba-Iulia 168', 'bd. Moscova 130', 'Șos. Kiseleff 5',
    # 'Aleea Teiului 3'), Bulgarian's in Latin letters ('bul. "Vasil Levski" 42', 'zh.k. Nadezhda 3')
    r"|[Ss]tr\.|bd\.|[Bb]dul\.?|B-dul|Șos\.|Sos\.|Șoseaua|Soseaua|Aleea|Piața|Piata|Splaiul|Intrarea|bul\.|zh\.k\.|ul\."
    # (in lower case after 'on', 'in', 'from' or a comma: 'locuiesc pe strada Decebal nr. 5'; Bulgarian's street
    # in Latin letters: 'ulitsa Rakovski 12')
    r"|(?<=(?:\b(?:pe|în|din)|,)[\ ])(?:strada|bulevardul|calea|șoseaua|soseaua|aleea)|[Uu]litsa|Bulevard"
    # Bulgarian, Ukrainian and Russian ('ул. „Шипка“ 14', 'вул. Городоцька, 45', 'просп. Свободи 3'),
    # Croatian's square ('Trg bana Jelačića 5')
    r"|ул\.|улица|бул\.|булевард|вул\.|вулиця|просп\.|проспект|пров\.|провулок|бульв\.|пер\.|жк|ж\.к\.|Trg"
    # Ukraine's and Russia's avenue and square abbreviated ('пр-т Перемоги 37', 'пр. Базоркина, 45', 'пл. Ринок 1'),
    # Poland's housing estate ('Osiedle Tysiąclecia 12'; abbreviated, with its block's and flat's numbers: 'os. Piastów
    # 21/7', not 'os. Linux 5')
    r"|pr\.(?=[\ ]\p{Lu}[\p{L}\ ]{2,30},[\ ]d\.[\ ]\d)"  # (Russia's avenue in Latin letters, before its house: 'pr.
    # Khimikov, d. 152')
    r"|пр-т|пр-кт|(?<!и[\ ])пр\.|б-р|пл\.|площа|Osiedle|osiedle|os\.(?=[\ ]\p{Lu}[\p{L}\-]+(?:[\ ]\p{L}[\p{L}\-]+){0,2}[\ ]\d{1,4}[A-Za-z]?/\d)"
    # Albanian ('Rruga e Kavajës, Nr. 45', 'Bulevardi Zogu I 12'), Serbian ('Булевар краља
    # Александра 73', 'Bulevar kralja Aleksandra 73/II'), Swahili ('Mtaa wa Uhuru 12', 'Barabara ya Nyerere, 45')
    r"|Rruga|Rr\.|Bulevardi|Булевар|Bulevar|Mtaa|Barabara"
    # Maltese ('Triq il-Kbira 45'), Galician ('Praza do Obradoiro 3'), Basque ('Kale Nagusia 12'),
    # Hausa ('Titin Zaria 14'), Somali ('Waddada Maka 12')
    r"|Triq|Praza|Estrada|Camiño|Kale|Titin|Waddada|Wadada"
    # Belarusian ('вуліца Леніна, 12'), Tajik ('кӯчаи Рӯдакӣ 12'), Kurdish ('Kolana Azadî 12'),
    # Malagasy ('Lalana Rainandriamampandry 12'), Lao ('ຖະໜົນ ລ້ານຊ້າງ 12')
    r"|вуліца|праспект|кӯчаи|хиёбони|Kolana|Lalana|ຖະໜົນ"
    # Esperanto ('Strato Zamenhof 12', 'Avenuo de la Paco 3'); Belgium's and Burundi's
    # 'Chaussée de Waterloo 123', 'Chaussée Prince Louis Rwagasore 47'
    r"|Strato|Avenuo|Placo|Chaussée"
    # Rusyn ('уліця Духновича 5'; not Friulian's 'Strade': 'Strade Bianche 2024' is a race)
    r"|уліця"
    # Asturian ('Caleya los Texos 5'; not its 'Cai', a name too), Sicilian ('Vanedda San Giuseppe 5')
    r"|Caleya|Vanedda"
    # Sardinian's street and lane ('Bia de Castedd'e Susu 5', 'Carrela de sa Mitza 3'), and Italian's in lower case
    # after an address's comma ('Concetta Di Stefano, via Etnea 300, Catania')
    r"|Bia(?=[\ ](?:de|sa|su|is|sos|sas)[\ ]|[\ ]\p{Lu})|Carrela|(?<=,[\ ])(?:via|viale|vicolo|corso|piazza|largo)"
    # Naples' and Sicily's lanes, courts and squares ('Vico Lungo Gelso 144', 'Vìa Etnea 12',
    # 'Curtigghiu San Giuseppi 3', 'Chianu Bellini 4'), Italy's climbs and side streets
    r"|Vico|Vicoletto|Vìa|Curtigghiu|Chianu|Cortile|Salita|Calata|Traversa|Rampa|Supportico"
    # Ligurian ('Stradda Nêuva 5'), Venetian ('Salizada San Lio 5', 'Fondamenta Nove 12',
    # 'Contrà Porti 12', Vicenza's; not its 'Campo' nor 'Ramo': a word, a name too)
    r"|Stradda|Salizada|Fondamenta|Sotoportego|Contrà)"
)
# French-style street words after the house number (8 Rue de la Paix); any case
_PREFIX_BEFORE = (
    r"(?i:rue|avenue|av\.?|boulevard|bd|bld|allée|chemin|impasse|quai|cours|voie|ruelle"
    r"|hameau|venelle|lieu-dit|route"  # (a hamlet's, a lane's, a locality's, a road's: '7 hameau de Lanveur',
    # '7 venelle Kerguelen', '3 route de Brest')
    r"|calle|avenida|rua|(?-i:Via)|piazza|plaza"  # ('port 0 via TLS tunnel': no street)
    r"|heol|stryd|ffordd|lôn"  # (Welsh: '12 Heol y Bont', '4 Stryd Fawr')
    r"|triq|sráid|bóthar|ascaill|rúa|praza"
    # Haitian Creole, Breton, Occitan, Corsican ('45, Ri Lamarre', '12 straed ar Marc'hallac'h',
    # '8 carrièra dels Fabres', '3 carrughju Fesch')
    r"|ri|avni|straed|hent|bali|plasenn|carrièra|avenguda|plaça|camin|baloard|carrughju"
    # Scottish Gaelic ('12 Sràid na h-Eaglaise', '4 Rathad a' Chaisteil')
    r"|sràid|rathad"
    # Manx ('12 Straid Vooar'), Cornish ('5 Stret Trelowarren', '3 Fordh Kernow')
    r"|straid|stret|fordh"
    # Quebec's abbreviations of boulevard and chemin ('4520, boul. des Laurentides', '75 ch. du Lac')
    r"|boul\.|ch\."  # (Maltese: '45, Triq San Pawl'; Irish; Galician)
    # Luxembourg's and Wallonia's route and causeway in lower case ('36 route de Longwy', '195 chaussée de Louvain')
    r"|route|rte\.|chauss[ée]e|mont[ée]e|sentier"
    # Quebec's rural concession road, before a capitalized name only ('1234, rang Saint-Joseph'; '3 rang the bell' none)
    r"|rang(?=[\ \t]+\p{Lu}))"
)
# Brazil's states' letters, and a town's name before them ('São José dos Campos')
_UF = r"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)"
_BR_TOWN = r"\p{Lu}\p{Ll}[\p{L}\p{M}'’]*(?:[\ \t](?:d[aeo]s?[\ \t])?\p{Lu}[\p{L}\p{M}'’]+){0,3}"
# a Korean road's romanized name: 'Gunja-ro', 'Gangnam-daero', 'Jungang-ro 12beon-gil'
_KOREAN_ROAD = r"\p{Lu}[a-z]{1,20}(?:-[a-z]{1,20})?-(?:ro|gil|daero)(?:[\ \t]+\d{1,3}beon-?gil)?"
# the particles inside Romance street names: Rue de la Paix, Rua do Linguado, Via dei Mille
_PARTICLE = (
    r"(?:de|del|della|delle|dei|degli|di|da|do|dos|das|du|des|la|le|les|y|e|el|los|las|dels"
    r"|l['’]|d['’]|dell['’]|z|na"
    r"|wa|ya|yr"  # (Swahili's 'Mtaa wa Uhuru', Welsh's 'Heol yr Eglwys')
    r"|an|a['’]"  # (Scottish Gaelic's and Cornish's article: 'Rathad an Aerport', 'Sràid a' Bhanca', 'Stret an Eglos')
    r"|i[lxżnrsdt]-|ta['’]|ta[lsdt]-|l-"  # (Maltese's article and 'of': 'Triq il-Kbira', 'Triq ta' Xbiex')
    r"|cel|și|şi|lui)"  # (Romanian's: 'Bd. Ștefan cel Mare și Sfânt 134', 'Calea lui Traian 12')
)


# A street's name in a Spanish-speaking address's corner: 'entre Bolívar y Junín' (capitalized words:
# 'entre 10 y 20 minutos' is a time); after Cuba's 'e/' any word ('e/ 23 y 25', 'e/ L y M')
_ES_CROSS = r"\p{Lu}[\p{L}\p{M}'’]*(?:[\ ]\p{Lu}[\p{L}\p{M}'’]*){0,2}?"
_ES_CROSS_ANY = r"[^\s,;]+(?:[\ ][^\s,;]+){0,2}?"

# A part of a Gulf address's grid, a word and its number ('Block 4', 'Jadda 3', 'Villa 23',
# 'Street 17b'), and the parts that name a street ('Way', 'Road', 'Jadda', 'Zone')
_GRID_NUMBER = r"[\ ](?:No\.?[\ ]?)?\d{1,5}[A-Za-z]?(?:/(?:\d{1,4}|[A-Za-z]))?(?![\w\-])"  # (a house's part after a slash:
# Dhaka's 'House 23/A, Road 11')
_GRID_STREET = (r"(?:Way|Street|St\.|Road|Rd\.?|Block|Blk\.?|Zone|Jadda|Jaddah|Avenue|Ave\.?|Area|Lane|Sector)"
                + _GRID_NUMBER)
_GRID_PART = (r"(?:Way|Street|St\.|Road|Rd\.?|Block|Blk\.?|Zone|Jadda|Jaddah|Avenue|Ave\.?|Area|Lane|Sector|Building|Bldg\.?"
              r"|House|Villa|Flat|Apartment|Apt\.?|Plot|Office|Shop|Floor)" + _GRID_NUMBER)


# A side street after the numbered road it leaves, as Port-au-Prince gives an address: ', Rue
# Charbonnière #12', ', Impasse Lavaud'
_HT_SIDE_STREET = (r",[\ ](?:Rue|Ri|Impasse|Ruelle|Avenue|Av\.)[\ ](?:(?:de|du|des|de[\ ]la)[\ ])?"
                   r"\p{Lu}[\p{L}\p{M}'’\-]+(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]+){0,2}(?:[\ ]\#[\ ]?\d{1,4})?")


class StreetAddressRecognizer(PatternRecognizer):
    """Street lines (English and continental), units and post-office boxes."""

    PATTERNS = [
        Pattern(
            "street_typed",
            r"""(?x)
            (?:(?<![\w&\#/])(?<!(?i:issue|bug|ticket|pr|pull|fix|fixes|fixed|close|closes|closed|see|task|case|story
                                |item|no|number|order|step|rank|top)[\ ])\#  # Trinidad's '#12 Eastern Main Road' (not
                                           # an issue's: 'see #12 Fix Road')
              |(?:(?<![\w.\-])(?:Lot|LOT)[\ \t]+)?  # the Caribbean's lot before the number: 'Lot 14 Red Hills Road'
              """ + _NUM_START + r"""       # a whole number, not part of a version, time or path
              (?<!(?i:compound|stand|block|building|door|box)[\ ]))  # (nor a compound's or a building's before the
                                           # street: 'Compound 12, Bertil Harding Highway')
            """ + _HOUSE + r"""            # the house number: 221, 221B, 12-14
            ,?[\ \t]+                      # a space (same line)
            (?:[NSEW]\.?[\ \t]+|(?:North|South|East|West)[\ \t]+)?  # a leading direction: N Main St
            (?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.[\ \t])  # (a date's month: 'delivery 9-14 Mar.
                                           # Track at https://...')
            (?:""" + _NAME + r"""[\ \t]+){1,4}  # 1-4 capitalized name words: Maple, Agias Lavras
            (?=\p{Lu})                     # the street type is capitalized (Street, ST) ...
            """ + _TYPES_EN + r"""         # ... and one of the English street types
            (?![\p{L}\p{M}\d\-]|['’]\p{L})   # the whole word (Streets, Drive-in are not types; a closing quote
                                           # may follow: "'line1': '14/2 Gariahat Road'", a dict's value)
            (?:(?<=(?i:st|str|ave?|rd|ln|dr|blvd|ct|pl|ter|cir|pkwy|hwy|sq|cres|trl|aly|gdns|hts|expy|fwy|tpke))
              \.(?!\w))?                   # an abbreviation's period: St. (not the full stop after Street)
            (?:[\ \t]+(?:[NS][EW]|[NSEW])\.?(?=[\ \t]*(?:$|[,;\n])))?  # a trailing quadrant: 2nd Ave S, Pine St NE
            """,
            0.9,
        ),
        Pattern(
            "street_number_first_continental",
            r"""(?x)
            """ + _NUM_START + r"""\d{1,4}[a-z]?[\ ]       # a house's number first, as an English speaker writes a
            (?:(?:\p{Lu}[\p{L}\p{M}]*-){0,3}\p{Lu}[\p{L}\p{M}]+""" + _SUFFIXES + r"""  # German or an Italian
              |(?:Via|Viale|Corso|Piazza|Largo|Vicolo)(?:[\ ](?:di|del|della|dei|delle)?[\ ]?\p{Lu}[\p{L}\p{M}'’]+){1,3})
            (?=,[\ ]|[\ \t]*$)                         # street: '105 Schillerstraße, 10437, Berlin', '63 Corso
                                                       # Vercelli, Torino' (its comma or the line's end after it)
            """,
            0.85,
        ),
        Pattern(
            "street_compound",
            r"""(?x)
            (?<![\p{L}\p{M}\d\-_./])       # a whole word
            (?!(?i:garantie|partie|sortie|repartie|amnistie|modestie|dynastie|minutie|inertie|ineptie|idiotie
                |martie|[\p{L}]*(?:cratie|matie|pathie)|\p{Ll}*(?:le|pa|li|vi|ie|ro|un)gata)(?![\p{L}\p{M}]))  # (French's words in '-tie': 'garantie 5 x
                                           # Dell', 'sortie 3', and Romanian's March: '10 martie 2024'; Finland's
                                           # roads are 'Mannerheimintie 5'; Italian's participles in '-gata': 'guida
                                           # allegata 978-88-...', 'pagata 12 euro', not Norway's 'Storgata 5')
            (?:(?:\p{Lu}[\p{L}\p{M}]*-){1,3}[\p{L}\p{M}]*|[\p{L}\p{M}]{2,})""" + _SUFFIXES + r"""  # a one-word street:
                                           # Lindwurmstrasse, Rantakatu, tjørnevej; a saint's or a name's parts first:
                                           # 'Sint-Pietersnieuwstraat', 'Pieter-Paulstraat', 'Karl-Marx-Allee'
            (?:[\ ](?:Oost|West|Noord|Zuid))?  # (its stretch, as Dutch names one: Curaçao's 'Schottegatweg Oost 91')
            [\ \t]+                        # a space
            \d{1,4}[A-Za-z]?(?:[\-/]\d{1,4})?  # the house number: 33, 5a, 12-14
            (?:/\d{1,3}(?![\w/.])|(?:/|[\ ]/[\ ]|,[\ ])(?:Stiege|Stg\.?)[\ ]?\d{1,2}(?:/\d{1,3})?
               |(?:/|[\ ]/[\ ]|,[\ ])Top[\ ]?\d{1,3})?  # (Austria's stair and door after it: '88/3/12', '5/Top
                                           # 7', '14/Stiege 2/5')
            (?:(?<=(?:tie|katu|kuja|polku|tori|väylä|raitti|rinne|gatan|vägen)[\ \t]+\d{1,4})  # (Finland's staircase
               [\ ][A-H](?:[\ ]\d{1,3})?(?=,|[\ \t]*$|[\ ]\d{5}\b))?  # and flat: 'Mannerheimintie 12 B 34, 00100 ...')
            (?![\w]|[.,:/]\d)              # and not a longer number, decimal or time
            """,
            0.9,
        ),
        Pattern(
            "street_word_after_name",
            r"""(?x)
            (?<![\p{L}\p{M}\d\-_./])       # a whole word
            (?:
              (?:\p{Lu}[\p{L}\p{M}\-]+[\ \t]+(?=\p{Lu}[\p{L}\p{M}\-]+(?:s|ar)[\ \t]))?  # (a person's given name
                                           # before their family name's genitive: 'Niels Finsens gøta 12')
              \p{Lu}[\p{L}\p{M}\-]+         # a capitalized name: Tölzer, Vibekes, Lange
              [\ \t]+                      # a space
              """ + _STREET_WORDS + r"""   # the street word: Strasse, gate, tee, Wei
              | (?:\p{Lu}[\p{L}\p{M}\-]+[\ \t]+){0,2}  # or capitalized names first: Kossuth Lajos, Béla
              [\p{L}\p{M}\-]+             # then a name in any case: király, Bethlen, szőlőhegyi
              [\ \t]+                      # a space
              """ + _STREET_WORDS_HU + r"""  # and a Hungarian street word: útja, út, tér
            )
            (?:(?<=урамы|урамӗ|проспекты|урамы[\ ]|урам),)?  # (Tatar's, Bashkir's and Chuvash's comma before the
                                           # number, as Russian's after its street: 'Тукая урамы, 90')
            [\ \t]+                        # a space
            \d{1,4}[A-Za-z]?(?:[\-/]\d{1,4})?  # the house number: 33, 5a, 12-14
            (?:/\d{1,3}(?![\w/.])|(?:/|[\ ]/[\ ]|,[\ ])(?:Stiege|Stg\.?)[\ ]?\d{1,2}(?:/\d{1,3})?
               |(?:/|[\ ]/[\ ]|,[\ ])Top[\ ]?\d{1,3})?  # (Austria's stair and door after it: '88/3/12', '5/Top
                                           # 7', '14/Stiege 2/5')
            (?![\w]|[.,:/]\d)              # and not a longer number, decimal or time
            """,
            0.9,
        ),
        Pattern(
            "street_prefix_number_after",
            r"""(?x)
            (?<![\w.\-])                   # a whole word
            """ + _PREFIX_AFTER + r"""     # the street word: Via, Rua, Calle, ul.
            [\ \t]+                        # a space
            (?:""" + _PARTICLE + r"""[\ \t]*){0,2}  # particles: do, de la, dell'
            (?:\p{Lu}\.(?:\p{Lu}\.){0,3}[\ \t]+(?=\p{Lu}\p{Ll}))?  # a person's initials ('Caya G.F. Betico Croes 4')
            (?:[„"«]\p{Lu}[^"“”»„\n]{1,40}[“"”»](?:[\ \t]+|(?=,))  # a name in quotes: ул. „Шипка“ 14
              |(?:""" + _NAME + r"""(?:[\ \t]+|(?=,))  # name words: Ippolito Nievo, Cândido Portinari
               (?:""" + _PARTICLE + r"""[\ \t]+)?){1,4}  # with particles between: Rua Benedita de Lacerda
              |\d{1,3}(?:[\ ]de[\ ]\p{Lu}\p{Ll}{2,}|[A-Z]?(?:ra|da|ta|va|na|ma|°|º)?  # or a number, a date:
                 |[\ ](?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre))  # (French's
                                           # date: Bujumbura's 'Boulevard du 28 Novembre n°67')
               (?:[\ \t]+|(?=[\ ](?:Bloque|Blq\.|Edif\.|e/|entre)[\ ])))  # Spanish-speaking America's 'Calle 23 No.
                                           # 456', 'Av. 18 de Julio 1450', 'Carrera 7A # 45-10', Poland's 'ul. 3 Maja 5'
            (?:(?<=\d)(?=[\ ](?:Bloque|Blq\.|Edif\.|e/|entre)[\ ])  # (a numbered street's block or corner after
                                           # it, the unit pattern's: 'Calle 12 Bloque 5 #8', 'Calle 23 e/ L y M')
              |,[\ \t]*(?:(?:Nr|nr|No|br|бр|буд|д|(?<=(?:ul|pr)\.[^\n,]{2,40},[\ ])d)\.[\ \t]?|[Nn]\.?[°º]\.?[\ \t]?)?\d{1,4}
              |(?:br|бр|nr|Nr)\.[\ \t]?\d{1,4}  # (Russian's house in Latin letters after 'ul.': 'ul. Lenina, d. 57')
                                           # (Lusophone Africa's 'n.º' after the comma: 'Rua Major Kanhangulo,
                                           # n.º 45', 'Av. Julius Nyerere, n.º 1234')
              |(?:[Nn]\.?[°º]\.?|Nro\.|No\.|\#)[\ \t]?\d{1,5}  # (Latin America's 'Calle Saphi N° 402', 'Calle Bolívar #2209',
                                           # Kinshasa's 'Avenue Lukonga n°305')
              |(?:N|S|E|Oe|O)\d{1,3}[A-Z]?(?=-\d)  # (Quito's, its quarter's letter and block: 'Av. Amazonas N34-120')
              |(?<=[\ \t])[Ss]/[Nn](?=[,\s]|$)  # (Latin America's 'no number': 'Calle Macedonio Alcalá S/N')
              |\d{1,5})  # the house number: 41, after a comma
                                           # too: Rua Augusta, 1508 (and after Albanian's Nr.,
                                           # Macedonian's бр.: 'ул. Македонија бр. 12')
                                           # (Portugal, Brazil, Spain); five digits after a comma are a
                                           # postcode ('47 Rue des Tanneurs, 59000 Lille')
            \p{L}?(?:[\-/]\d{1,4})?        # 12a, 157α, 12/3
            (?![\w]|[.,:/]\d)              # and not a longer number, decimal or time
            """,
            0.9,
        ),
        Pattern(
            "street_ru_adjective",
            r"""(?x)
            (?<![\w\-])
            (?:\p{Lu}[а-яё]{2,}(?:ая|ий|ый|ое)[\ ])?  # Russian names a street by an adjective before its word:
            \p{Lu}[а-яё\-]{2,}(?:ий|ый|ой|ая|ое|ов|ин)  # 'Ленинградский проспект, 39', 'Кутузовский пр-т, д. 12',
            [\ ](?:проспект|пр-т|бульвар|б-р|шоссе|переулок|пер\.|проезд|набережная|наб\.|улица|площадь|тупик  # 'Большая
                |аллея|тракт)               # Садовая улица'; the prefix pattern takes its other order ('ул. Ленина')
            (?:,?[\ ](?:д\.|дом)[\ ]?\d{1,4}[а-я]?(?:/\d{1,3})?|,[\ ]\d{1,4}[а-я]?(?:/\d{1,3})?)?
            (?![\w])
            """,
            0.9,
        ),
        Pattern(
            "street_after_label",
            r"""(?x)
            (?<=(?:^|\n|\\n|[.!?][\ \t]+|<p>|<br>|<br[\ ]/>|\b(?i:shipping|delivery|billing|home|postal)[\ ]
                |[\ \t](?=(?i:adres|address|adresa|adresse|direccion|endereco)=["']))  # (at a line's, a key's in a log's
                                           # a sentence's or a paragraph's start, or after the address's kind: 'site visit
                                           # booked. Address: ...', 'Shipping address: ...')
            [\ \t>*\-]*(?i:direcci[oó]n|domicilio|address|endere[cç]o|morada|adresse|adres|adresa|dieuthinsi
                          |διεύθυνση|cím|anschrift|адреса|adresë|lokacija|локација|vendndodhja)(?:[\ \t]*:[\ \t]*|=["']))  # (and
                                           # Turkish's, Czech's, Greek's, Hungarian's; the South Slavic languages', Macedonian's
                                           # and Albanian's address and location; a log's key=value: 'adres="Αγίου
                                           # Δημητρίου 159, Ηράκλειο"')
            (?:\p{Lu}[\p{L}\p{M}'’.\-]*[\ ](?:(?:de|del|la|las|los|od|kod|na)[\ ]|(?<=\p{L}[\ ])\p{Ll}{3,8}[\ ](?=\p{Lu}))?){1,4}  # a
                                           # street's name and its number after an address's label, where no street's
                                           # word says it is one (Argentina writes none: 'Dirección: Alsina 1231,
                                           # Quilmes', 'Address: Bulnes 1807'; Greece and Cyprus none for a street named
                                           # for someone: 'Address: Spyrou Kyprianou 90, ...'; Serbia's in the genitive,
                                           # a title in lower case between: 'Lokacija: Bulevar kralja Aleksandra 164/3',
                                           # 'Adresa: Zmaja od Bosne 105')
            (?:No[:.][\ ]?)?                # (Turkey's number after 'No:', 'Salamis Yolu No: 42')
            \d{1,5}\p{L}?(?:/\d{1,4})?      # (a flat's number after a slash: '172/3'; Cyrillic's letter: '61б')
            (?![\w]|[.,:/]\d)
            """,
            0.9,
        ),
        Pattern(
            "street_where_one_is_es",
            r"""(?x)
            (?<=\b(?i:estoy|vivo|vivimos|estamos|queda|quedamos)[\ ]en[\ ])  # the same where one lives or is, in
            (?:\p{Lu}[\p{L}\p{M}'’.\-]*[\ ](?:(?:de|del|la|las|los)[\ ])?){1,4}  # Spanish, a town after its comma:
            \d{1,5}[A-Za-z]?(?=,[\ ]\p{Lu}\p{Ll})  # 'Estoy en Pinto 2556, Tandil' (not 'estoy en Windows 10')
            """,
            0.9,
        ),
        Pattern(
            "block_lot_es",
            r"""(?x)
            (?<![\w\-])(?:Mz\.?|MZ\.?|Manzana)[\ ]?(?:[A-Z]\d{0,2}|\d{1,4}[A-Z]?),?[\ ]  # a house by its block
            (?:Lote|Lt\.?|LT\.?|Villa|Solar|Casa)[\ ]?\d{1,4}[A-Z]?  # and its lot, as Peru, Ecuador and the
            (?![\w\-])                      # Caribbean number them: 'Mz. 108 Villa 14', 'Mz. B Lt. 12'
            """,
            0.9,
        ),
        Pattern(
            "road_km",
            r"""(?x)
            (?<![\w\-])(?:Carr\.|Carretera|Carret\.|Autopista|PR-?)[\ ]?  # a house by its road and kilometre,
            (?:\d{1,4}[A-Z]?|\p{Lu}\p{Ll}+(?:[\ ]\p{Lu}\p{Ll}+){0,2}),?[\ ]  # as Puerto Rico and the Dominican
            (?:Km|km|KM)\.?[\ ]?\d{1,3}(?:[.,]\d{1,2})?(?:[\ ]\d/\d)?  # Republic write it: 'Carr. 2 Km 15.3',
            (?![\w]|[.,]\d)                # 'Autopista Duarte Km 12', 'Carretera Mella Km 9 1/2'
            |(?<![\w\-])(?:Km|km|KM)\.?[\ ]\d{1,3}(?:[.,]\d{1,2})?(?:[\ ]1/2)?,?[\ ](?:Carretera|Carr\.|carretera)[\ ]  # or the
            (?:a[\ ])?\p{Lu}\p{Ll}+(?:[\ ]\p{Lu}\p{Ll}+){0,2}  # kilometre first, as Central America writes it:
            (?![\p{L}\p{M}])              # 'Km 8 Carretera a Masaya', 'Km 12.5 Carretera Norte'
            """,
            0.9,
        ),
        Pattern(
            "directions_ca",
            r"""(?x)
            (?<![\w])(?:[Dd]e(?:l|[\ ]la|[\ ]los|[\ ]las)?|[Dd]esde[\ ](?:el|la)|[Dd]e[\ ]donde[\ ]fue[\ ](?:el|la))[\ ]  # an
            [^\n,;:.()]{2,50}?[\ ]         # address as Costa Rica and Nicaragua give one, from a landmark by
            (?:\d{1,4}(?:[.,]\d{1,2})?|1/2|\d[\ ]1/2|media|una|dos|tres)[\ ]?  # distance and direction:
            (?:m|mts\.?|metros|varas|vrs\.?|v\.|c\.|cuadras?|km|kms?\.)  # 'de la iglesia católica 200 m norte y
            [\ ](?:al[\ ]|hacia[\ ](?:el[\ ])?)?  # 50 m oeste', 'del semáforo de Rubenia 2 c. al lago, 1/2 c.
            (?:norte|sur|este|oeste|lago|arriba|abajo|monta[ñn]a|oriente|poniente|Norte|Sur|Este|Oeste)  # arriba'
            (?:,?[\ ](?:y[\ ])?(?:\d{1,4}(?:[.,]\d{1,2})?|1/2|media|una)[\ ]?  # (Managua's 'al lago': north,
              (?:m|mts\.?|metros|varas|vrs\.?|v\.|c\.|cuadras?|km)[\ ](?:al[\ ])?  # 'arriba': east; its
              (?:norte|sur|este|oeste|lago|arriba|abajo|monta[ñn]a|oriente|poniente))*  # blocks in 'c.')
            (?:,?[\ ](?:contiguo|frente|detr[aá]s|diagonal|al[\ ]lado|casa|port[oó]n|segunda|primera|tercera|cuarta
                |[uú]ltima|edificio|apartamento|apto|local|a[\ ]mano|mano)(?![\p{L}\p{M}])[^,;\n()"]{0,60}(?<![\ ,]))?  # and
                                           # the house as the directions describe it ('..., casa esquinera portón
                                           # negro', 'contiguo al salón comunal'), to its comma
            (?![\p{L}\p{M}])
            """,
            0.9,
        ),
        Pattern(
            "landmark_fr",
            r"""(?x)
            (?<![\w])(?:[Dd]erri[èe]re|[Dd]evant|[Ff]ace(?:[\ ][àa])?|[Ee]n[\ ]face[\ ](?:de[\ ]la|de[\ ]l['’]|du|des|de)
              |[Àà][\ ]c[ôo]t[ée][\ ](?:de[\ ]la|de[\ ]l['’]|du|des|de)|a[\ ]cote[\ ](?:de[\ ]la|du|de)
              |[Pp]r[èe]s[\ ](?:de[\ ]la|de[\ ]l['’]|du|des|de)|[Nn]on[\ ]loin[\ ](?:de[\ ]la|du|de))  # an address
            [\ ]?(?:(?:la|le|les|l['’])[\ ]?)?  # by its landmark, as francophone Africa's and Haiti's are given:
            (?:pharmacie|station|[ée]glise|mosqu[ée]e|march[ée]|[ée]cole|lyc[ée]e|carrefour|rond-point|h[ôo]tel  # 'derrière
              |boulangerie|stade|h[ôo]pital|clinique|gare|pont|cimeti[èe]re|mairie|agence|supermarch[ée]|boutique  # la pharmacie
              |coll[èe]ge|cath[ée]drale|paroisse|poste|commissariat|gendarmerie|ambassade|banque|universit[ée]  # Saint-Joseph',
              |maternit[ée]|dispensaire|ch[âa]teau[\ ]d['’]eau|terrain|chapelle|temple|restaurant|maquis|cabaret)  # 'face
            (?![\p{L}\p{M}])(?:[\ ](?:(?:de|du|des|la|le)[\ ]|l['’])?\p{Lu}[\p{L}\p{M}'’\-]*){0,4}  # station Total',
            (?:[\ ]\p{Ll}[\p{L}\p{M}\-]{2,})?(?:[\ ](?:de|du|des|d['’])[\ ]?(?:l['’]|la[\ ]|le[\ ])?[\p{L}\p{M}'’\-]+){0,2}  # 'en face de l'école Sainte-
            (?=[,;.)]|[\ ]?\n|$)           # Marie' (its name, to its comma; or its kind: 'derrière le terrain de
                                           # foot', 'en face de l'école primaire')
            """,
            0.9,
        ),
        Pattern(
            "landmark_en",
            r"""(?x)
            (?<![\w])(?:(?:[Bb]ehind|[Nn]ear|[Oo]pposite|[Bb]eside|[Aa]fter|[Bb]efore|[Cc]lose[\ ]to|[Nn]ext[\ ]to)[\ ]  # an
              (?:the[\ ])?(?:\p{Lu}[\p{L}\p{M}'’\-]*[\ ]){1,3}  # address by its landmark, as West and Central Africa's
              (?:Church|Mosque|Market|Mission|Hospital|Pharmacy|Chapel|Cathedral|Stadium|Motor[\ ]Park|Junction  # English
                |Roundabout|junction|roundabout|Filling[\ ]Station|Petrol[\ ]Station)  # gives one: 'behind Presbyterian
              |(?:\p{Lu}[\p{L}\p{M}'’\-]*[\ ]){1,3}(?:junction|roundabout|Junction|Roundabout)  # Church', 'near GHS
              |(?!(?:Main|Old|New|Ring|Back|Side|Access|High|Long|Dirt|Private|Public|Express|This|That|Your|Every
                   |Toll|Service|Which|Each|Same|Next|Last|First|Wrong|Right|Left|Open|Closed|Busy|Rough|Muddy)[\ ])
               \p{Lu}\p{Ll}{3,}(?:[\ ]\p{Lu}\p{Ll}+)?[\ ](?:street|road))  # junction', 'Check Point junction', 'Hospital
            (?![\p{L}\p{M}])                  # Roundabout', a street's kind in lower case: 'Mokunda street', 'Food
            (?=[,.;:)!?\n]|$|[\ ](?:in|at|near|behind|opposite|off|by|and|or|to|for|before|after)\b)  # Market road'
            """,
            0.85,
        ),
        Pattern(
            "numbered_street_alone",
            r"""(?x)
            (?<=(?:^|\n|[,:][\ ]|\(|\b(?:à|a|au|in|at|to|adresse|domicile)[\ ]))  # a street known by its number alone,
            (?:Rue|Street|Zankat|Zenket|Zanqa)[\ ](?:N°[\ ]?|No\.?[\ ]?)?\d{1,4}  # where an address starts, before its
            (?=,[\ ](?:\p{Lu}|\d{1,2}(?:er|e|ème)[\ ]arrondissement))  # quarter: the Maghreb's and Sudan's ('Rue 12, Hay
            """,                             # Mohammadi, Casablanca', 'Street 15, Amarat, Khartoum'), N'Djamena's and
                                             # Niamey's ('adresse Rue 106, 2e arrondissement', '(Rue 5224, Klémat)'),
                                             # not a street's house ('Main Street 5, ...')
            0.85,
        ),
        Pattern(
            "numbered_road_ht",
            r"""(?x)
            (?<![\w\-])(?:(?:Delmas|Tabarre|P[èe]lerin|Clercine|Thomassin)[\ ]\d{1,3}(?![\w\-])  # Port-au-Prince's roads
              (?:""" + _HT_SIDE_STREET + r""")?  # numbered by their side streets ('Delmas 33', 'Tabarre 27'), and any
              |\p{Lu}\p{Ll}{2,}[\ ]\d{1,3}""" + _HT_SIDE_STREET + r""")  # such before its side street ('Delmas 33,
                                           # Rue Charbonnière #12': one place, not a house '33' on 'Rue Charbonnière')
            |(?<![\w\-])(?:Rue|rue|Ri)[\ ]\d{1,3}[\ \-]?[A-Q](?![\w\-])  # Cap-Haïtien's grid: 'Rue 17 H', 'Rue 24-A'
            |(?<![\w\-])(?:[Aa]ngle|[Cc]oin|[Kk]wen)[\ ](?:des[\ ])?(?:[Rr]ues?|[Aa]venues?|[Rr]i|[Aa]vni)[\ ]  # a corner:
              [^\n,;]{2,40}?[\ ](?:et|ak|&)[\ ](?:(?:la|le|du|de[\ ]la|des)[\ ])?(?:(?:[Rr]ue|[Aa]venue|[Rr]i)[\ ])?  # 'Angle
              \p{Lu}[\p{L}\p{M}'’\-]+(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]+)?  # Rues Pavée et du Centre'
            """,
            0.9,
        ),
        Pattern(
            "rural_civic_number",
            r"""(?x)
            (?<!(?i:version|page|build|release|year|chapter|section|step|line|table|figure|item|no\.?|nr\.?|\#)[\ ])  # (a
                                           # document's or a build's numbers)
            (?:(?<![\w.\-/])(?:\d{1,5}-)?\d{1,6}[\ ]  # a house's civic number on a numbered road, as rural Canada and the
            (?:Hwy|Highway|Route|Rte\.?|Concession|Conc\.?|Side[\ ]?Rd|Sideroad|Township[\ ]R(?:oa)?d|Twp[\ ]Rd  # US give
              |Range[\ ]R(?:oa)?d|Rge[\ ]Rd|County[\ ]R(?:oa)?d|Regional[\ ]Rd|State[\ ]Rte)  # them ('1393 Hwy 16', '2031
            [\ ]\d{1,4}[A-Z]?                   # Concession 6', '2383 Side Rd 15', '52147 Range Rd 222'), and a numbered
            (?:[\ ](?:N|S|E|W|North|South|East|West))?  # street's, the Prairies' grid ('5559 62 Ave', '8107 56 St NW',
            |(?<![\w.\-/:])(?:\d{1,5}-)?\d{1,6}[\ ]\d{1,3}(?:st|nd|rd|th)?[\ ](?:Ave|Avenue|St|Street)  # '113-7727 20th
            (?:[\ ](?:NW|NE|SW|SE|N|S|E|W))?)  # St W')
            (?![\w\-])
            """,
            0.9,
        ),
        Pattern(
            "ru_street_without_house",  # Russia's and Ukraine's street by its abbreviated word, no house after it: a
            r"""(?x)                      # place a message names ('Ремонт телефонов на ул. Гагарина', 'в районе
            (?<![\w.\-])                   # пр-т Акушинского', 'ул. 345-й Дагестанской дивизии')
            (?:ул\.|улица|пр-т|пр-кт|просп\.|проспект|пер\.|переулок|б-р|бульв\.|ш\.|шоссе|мкр\.|вул\.)[\ ]
            (?:им\.[\ ](?:\p{Lu}\.[\ ]?){0,2})?
            (?:\d{1,3}-(?:й|я|го|ой)[\ ]\p{L}[\p{Ll}\-]+(?:[\ ]\p{Ll}[\p{Ll}\-]+)?
              |\p{Lu}[\p{Ll}\-]+(?:[\ ]\p{Lu}[\p{Ll}\-]+){0,2})
            (?![\w\-]|,?[\ ]?(?:д\.[\ ]?|дом[\ ])?\d)       # (a house after it: the pattern's with the house)
            """,
            0.85,
        ),
        Pattern(
            "numbered_street_ca",
            r"""(?x)
            (?<![\w.\-/])(?:\d{1,2}(?:a|ra|da|ta|va|na|ma|°|º)?\.?[\ ](?:[Cc]alle|[Aa]venida|Ave\.|Av\.)  # a street by its
              (?:[\ ](?:Poniente|Oriente|Norte|Sur|Pte\.|Ote\.|[NS]\.?[EO]\.?)(?![\p{L}\p{M}]))?  # number first, as
                                           # Honduras and El Salvador write them ('3 calle, 5 avenida', '2a Calle
                                           # Poniente', '3a. Av. N.O.')
              (?:[\ ]\d{1,3}-\d{1,3}(?:,[\ ](?:[Zz]ona|Z\.)[\ ]?\d{1,2}(?!\d))?(?=[,.;]|\s|$))?  # (Guatemala's house, its
                                           # cross street's number and its own, and its zone: '4a. Avenida 18-94,
                                           # Zona 15, Totonicapán')
              |(?:Calle|Avenida|Av\.)[\ ]\d{1,3}(?:[\ ](?:Este|Oeste|Norte|Sur|Poniente|Oriente|Pte\.|Ote\.))?  # or after its
                (?=,|[\ ]y[\ ]))          # word before a comma: Panama's 'Calle 50, PH Torre Global', 'Calle 3,
            (?![\w\-])                     # Block 4'
            """,
            0.9,
        ),
        Pattern(
            "olt_description_place",
            r"""(?x)
            (?<=\b(?:desc[\ ]"|Desc=")[^"|\n]{3,60}\|)  # a fibre terminal's description in an OLT's command or alarm,
            \p{Lu}[^"|\n]{2,60}(?<![\ ])(?=\|)  # its subscriber's place between pipes ('desc "Xiomara Chaves
            """,                             # Menjivar|Col Jardines del Valle|76330736"')
            0.85,
        ),
        Pattern(
            "street_then_town",
            r"""(?x)
            (?<![\w.\-])(?<!\by[\ ])        # (not a corner's second street: the unit pattern's 'y Av. República')
            (?:(?:Rue|Rua|Avenida|Avenue|Av\.|Calle|Travessa|Largo|Estrada|Chemin|Route|Alameda
                  |Rruga|Rr\.|Bulevardi|Bulevar|Ulica|Ulitsa)[\ ]  # a street named
               (?:(?:de|do|da|dos|das|du|des|de[\ ]la|del|e)[\ ])?  # without its number before its town after a
               \p{Lu}[\p{Ll}\p{M}'’\-]+(?:[\ ](?:(?:de|do|da|du|des|del)[\ ])?\p{Lu}[\p{Ll}\p{M}'’\-]+){0,3}  # comma:
              |(?!(?:The|A|An|This|That|Our|My|Your|Their)[\ ])  # (an article is no street's name)
               \p{Lu}[\p{Ll}\p{M}'’\-]+(?:[\ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){0,2}[\ ](?:Road|Street|Avenue|Lane|Highway))  # 'Royal
            (?=,[\ ](?:opposite|near|behind|beside|off|next[\ ]to|across[\ ]from)[\ ]  # (or a landmark after it:
                                           # 'Old Road, opposite Total gas station, Sinkor')
              |,[\ ](?:\p{Lu}[\p{Ll}\p{M}'’]+(?:[\ \-]\p{Lu}[\p{Ll}\p{M}'’]+){0,2}  # Road, Rose-Hill',
               (?:[,.;\n]|[\ ]\d{3,5}\b|$)|\d{4,5}[\ ]\p{Lu})  # 'Rue Labourdonnais, Port Louis 11328', 'Rua Comandante Gika,
                                           # Luanda': Mauritius and Lusophone Africa number few houses)
               |,[\ ](?:casa|piso|apto|depto|andar|n\.?[°º]|edif[ií]cio|\#|Pallati|Pall\.|Nr\.|Ndërtesa)(?![\p{L}\p{M}]))  # (or its house: 'Av.
                                           # República de Chile, casa #1520'; Albania's building: 'Rruga e Kavajës, Pallati 5')
            """,
            0.85,
        ),
        Pattern(
            "street_prefix_number_before",
            r"""(?x)
            """ + _NUM_START + r"""        # a whole number, not part of a version, time or path
            \d{1,5}[A-Za-z]?(?:[\ \t]+(?i:bis|ter|quater))?,?  # the house number: 8, 8B, France's '4 bis'
            [\ \t]+                        # a space
            (?=\p{L})""" + _PREFIX_BEFORE + r"""  # the street word, any case: Rue, avenue
            [\ \t]+                        # a space
            (?:""" + _PARTICLE + r"""[\ \t]*){0,2}  # particles: de la, du, l'
            (?:
              (?:""" + _NAME + r"""(?:[\ \t]+(?=\p{Lu}))?){1,4}  # capitalized name words: Paix, Abou Al Kacem Chebbi
              | [\p{Ll}][\p{L}\p{M}\-]{2,30}  # or one lower-case word (36 rue de zélande)
            )
            (?<![\ \t])                    # not ending in a space
            """,
            0.9,
        ),
        Pattern(
            "unit",
            r"""(?x)
            (?<![\w.\-])                   # a whole word
            (?:(?:Apt|APT|Apartment|APARTMENT|Suite|SUITE|Ste|STE|Unit|UNIT|Flat|FLAT)  # the unit word
               \.?[\ \t]*\#?[\ \t]*          # 'Apt. ', 'Suite #', 'Unit '
               \d{1,5}[A-Z]?               # the unit number: 407, 3B
              |(?:ет|ап|вх|бл|кв|эт)\.[\ \t]?(?:\d{1,4}|[А-Я])  # Bulgarian's, Ukrainian's and Russian's floor,
                                           # flat, entrance, block: 'ет. 3, ап. 65', 'вх. Б', 'кв. 12'
              |(?:דירה|קומה)[\ \t]+\d{1,4}  # Hebrew's flat and floor: 'דירה 7'
              |(?:House|Plot|Holding)[\ \t](?:No\.?[\ \t]?|\#[\ \t]?)?\d{1,5}[A-Z]?(?:/(?:\d{1,5}|[A-Z]))?(?=,|(?<=[,،][\ ]\w{4,7}[\ ]\d{1,4})[\ \t]*(?:\r?\n|$))  # South Asia's and
                                           # East Africa's house and plot: 'House 12, Road 5'
              |(?:বাড়ি|বাসা|ফ্ল্যাট|मकान|फ़्लैट|प्लॉट|घर)[\ \t]+(?:নং|নম্বর|नं\.?|नंबर|नम्बर)?[\ \t]*\d{1,4}  # Bengali's,
                                           # Hindi's and Nepali's: 'বাড়ি নং ১২', 'मकान नं. 12', 'घर नं. १२'
              |(?:Door|D\.|H\.)[\ \t]?No\.?[\ \t]?\d{1,4}(?:[\-/]\d{1,4}){0,3}  # India's door and house:
                                           # 'Door No. 12-3-45', 'H.No. 8-2-293'
              |(?:مکان|گلی|ہاؤس|پلاٹ)[\ \t]نمبر[\ \t]?\d{1,4}  # Urdu's house, street, plot: 'مکان نمبر 12'
              |(?:የቤት[\ \t]ቁጥር|ቤት[\ \t]ቁ\.)[\ \t]?\d{1,5}  # Amharic's house number: 'የቤት ቁጥር 1234'
              |(?:ផ្ទះលេខ|ផ្លូវលេខ|ផ្លូវ)[\ \t]?\d{1,4}[A-Z]?  # Khmer's house and street: 'ផ្ទះលេខ 12'
              |\#\d{1,4}[A-Z]?,[\ \t](?:St\.|Street)[\ \t]\d{1,4}  # Cambodia's in Latin: '#12, St. 271'
              |\d{1,4}-(?:uy|xonadon|уй|хонадон)  # Uzbek's house and flat: '12-uy, 34-xonadon'
              |\d{1,4}(?:-р)?[\ \t]байр|\d{1,4}[\ \t]?тоот  # Mongolian's building and flat: '12-р байр, 34 тоот'
              |(?:\d{1,4}-)?\d{1,4}[\ \t]toot|\d{1,2}[\ \t](?:давхар|davkhar|davhar)  # (romanized: '43-12 toot'; a floor)
              |(?:(?:SBD|BZD|KhUD|SKhD|BGD|ChD|СБД|БЗД|ХУД|СХД|БГД|ЧД),?[\ \t])?  # Ulaanbaatar's district, by its
                \d{1,2}(?:-?(?:r|р|st|nd|rd|th))?[\ \t](?:khoroo|horoo|хороо|bag|баг)(?![\w])  # letters, and its sub-
              |(?:khoroo|хороо)[\ \t]\d{1,2}  # district, a town's: 'BZD 26th khoroo', '8-р хороо', 'Darkhan, 4th bag'
              |(?<=,[\ ])(?:building|door|bldg\.?|toot)[\ \t]\d{1,4}[A-Za-z]?  # (and a building and its door after
                                           # a comma: 'Zaisan, building 45, door 12')
              |(?<=,[\ ])(?:íbúð|íb\.|lejl\.|lejlighed|hæð)[\ ]\d{1,4}[A-Za-z]?  # Icelandic's and Danish's flat and
                                           # floor after a comma: 'Hringbraut 119, íbúð 302', 'B-1234, lejl. 12'
              |(?:Compound|Cpd\.)[\ \t](?:No\.[\ \t]?)?\d{1,4}[A-Z]?(?=,)  # the Gambia's compound: 'Compound 12, Bertil ...'
              |(?<=\b(?:to|at|address:?|Address:?)[\ ])Building[\ ]\d{1,5}(?=,[\ ]\p{Lu})  # a house by its building's number
                                           # as Canada's north numbers them ('mail the kits to Building 232, Kuujjuarapik')
              |(?<=,[\ ])(?:Bldg\.?|BLDG|Bld\.)[\ ]?(?:No\.?[\ ]?|\#)?\d{1,4}[A-Za-z]?  # a building after a comma ('Al-Masyoun,
                                           # Al Irsal Street, Bldg 22, Apt 5')
              |(?:Mahall?ah?|Mhalla|Zuqaq|Zuqa|Zukak|Zqaq|Zokak|Darbuna)[\ ](?:No\.?[\ ]?)?\d{1,4}  # Iraq's quarter and
                                           # alley by their numbers ('Al-Mansour, Mahalla 605, Zuqaq 12, House 7')
              |(?<=,[\ ])(?:block|tent|shelter|caravan|sector|Tent|Shelter|Caravan|Sector)[\ ](?:[A-Z]\d{1,3}|\d{1,4}[A-Z]?)(?=[,;]|\.?\s*$)
                                           # a camp's block, sector, tent, shelter after a comma ('Kawergosk camp,
                                           # block B4, tent 34', 'Darashakran camp, sector 1, shelter 244')
              |(?:Allotment|Allot\.|Lot)[\ ]\d{1,4}[A-Za-z]?,?[\ ]Sec(?:tion|\.)?[\ ]\d{1,4}  # (and both as one:
              |Sec(?:tion|\.)?[\ ]\d{1,4},?[\ ](?:Allotment|Lot)[\ ]\d{1,4}[A-Za-z]?  # 'Allotment 15 Sec 42', 'Sec 45 Lot 12')
              |(?<=Lot[\ ]\d{1,4}[A-Za-z]?,?[\ ])Section[\ ]\d{1,4}|Section[\ ]\d{1,4}(?=,?[\ ]Lot[\ ]\d)  # Papua New
                                           # Guinea's section beside its lot ('Lot 12, Section 45, Boroko')
              |(?<=,[\ ])(?:app\.|appt\.|bureau|local)[\ ]\d{1,4}[A-Za-z]?  # Quebec's flat and office after a comma
              |(?<=^|\n)App\.[\ ]\d{1,4}[A-Za-z]?(?=,)  # ('1234, rue Saint-Jean, app. 5', 'bureau 200'; first: 'App. 3, 75 ch. du Lac')
              |(?:\#\d{1,4}[A-Z]?,[\ \t])?\d{1,2}(?:st|nd|rd|th)[\ \t](?:Cross|Main)(?:[\ \t]Road)?  # Bengaluru's
                                           # cross and main roads: '#185, 8th Cross', '2nd Main Road'
              |(?<=,[\ ])[Pp]orte[\ ]\d{1,4}  # a villa's or a building's door after a comma, as Burkina
                                           # Faso's and Côte d'Ivoire's addresses give it: 'Villa 12, porte 34'
              |(?:piso|Piso|apto|Apto|dpto|Dpto|depto|Depto|[Dd]to\.|[Dd]epartamento|[Aa]partamento|[Oo]ficina|Of\.|Int\.
                 |[Ii]nterior|Bloque|Blq\.|Edif\.|Torre)\.?[\ ]?(?:N[°º][\ ]?|\#[\ ]?)?[\dA-Z]{1,4}[°º]?  # Spanish-speaking
                (?:[\ ]\#\d{1,4}[A-Z]?)?     # America's floor, flat, office, block: 'piso 3', 'depto B', 'apto
                                           # 302', 'Bloque 5 #8'
              |e/[\ ]?""" + _ES_CROSS_ANY + r"""[\ ]y[\ ]""" + _ES_CROSS_ANY + r"""  # and the streets the house is
              |entre[\ ]""" + _ES_CROSS + r"""[\ ]y[\ ]""" + _ES_CROSS + r"""
              |(?<=\d[\ ])y[\ ](?:Av\.|Avda\.|Avenida|Calle)[\ ]""" + _ES_CROSS + r"""  # between, or the corner's:
                                           # Cuba's 'e/ L y M', Quito's 'N34-120 y Av. República'
              |Lot[\ \t](?:[IVX]{1,4}[\ \t]?[A-Z]{0,2}[\ \t]?)?\d{1,4}[\ \t]?(?:Bis[\ \t]|Ter[\ \t])?[A-Z]{0,3}[\ \t]?A[mn][a-z]{5,}  # Madagascar's
              |Lot[\ \t][IVX]{1,4}[\ \t]?[A-Z]{1,2}[\ \t]?\d{1,4}[\ \t]?(?:Bis[\ \t]|Ter[\ \t])?[A-Z]?[\ \t]?\p{Lu}\p{Ll}{3,}  # (its
                                           # section's Roman number before the lot: any quarter, 'Lot II J 133 Ivandry')
                                           # lot in its quarter (Malagasy places' 'An-', 'Am-'): 'Lot IVG 123
                                           # Antsahabe', 'Lot 112 Antsororokavo', 'Lot II M 45 Bis Ankadifotsy'
              |(?<=,[\ ])(?:[Cc]asa|CASA|[Ll]ocal|Quarteir[aã]o|[Qq]uart\.|Block|Blk\.|Pol\.|Pol[ií]gono|Senda|Lote|[Vv]illa|B[âa]t\.|B[âa]timent
                 |Bt|Bloc|Imm\.|Appt|App\.|Appartement  # (the Maghreb's building, block, flat: 'Cité 1200 Logements, Bt
                                           # 14, N° 3', 'Bloc 26, Appt 88')
                 |Lot(?=[\ ][Nn][°º]))\.?[\ ]  # after a
                (?:[Nn]\.?[°º]\.?[\ ]?|No\.[\ ]?|\#[\ ]?)?(?:[A-Z]-?)?\d{1,4}[A-Z]?  # comma, a house, a shop, a block
                                           # and a lot in Central America and Mozambique: 'Col. Palmira, casa
                                           # #1520', 'casa B-12', 'Bairro Maxaquene B, Quarteirão 12, Casa n.º 34',
                                           # 'Calle 3, Block 4, casa 17' (not 'en casa 2 horas')
              |(?:[Cc]asa|CASA)[\ ](?:[Nn]\.?[°º]\.?[\ ]?|\#[\ ]?)\d{1,4}[A-Z]?  # (or its number's sign: 'casa #15')
              |(?<=,[\ ])(?:Pallati|Pall\.|Shkalla|Shk\.|Hyrja|Kati|Ap\.|[Ss]tan|sprat|ulaz|kat|стан|спрат|улаз|д\.|дом
                 |корп\.|корпус|хонаи|Nr\.)[\ ]?\d{1,4}[A-Za-zА-Яа-я]?  # Albania's building, staircase, entrance, floor
                                           # and flat, the South Slavic languages' flat, floor and entrance, Russian's
                                           # house and block, Tajik's flat after a comma ('Pallati 5, Shkalla 2, Ap.
                                           # 14', 'Кнеза Милоша 12, стан 4', 'мкр. Самал-2, д. 58, кв. 7')
              |(?<=\d[A-Za-z]?[,،][\ ])(?:apt|flat|unit|floor|house|plot|stand)\.?[\ ]?(?:No\.[\ ]?|\#)?\d{1,4}[A-Za-z]?  # (English's
                                           # words in lower case after a house's number only: 'Rustaveli St. 45, apt 8')
              |(?<=[,،][\ ])(?:mənzil|mən\.|bina|բն\.|բնակարան|ბინა|ბ\.|Pelak|pelak|Vahed|vahed
                 |Tabaghe|tabaghe|Kuche|kuche|واحد|پلاک|طبقه|خانه)\.?[\ ]?(?:No\.[\ ]?|\#)?[\d\u06f0-\u06f9]{1,4}[A-Za-z]?  # a unit's word
                                           # after a comma: the Caucasus' and Iran's flat, house, plate, floor
                                           # and alley ('mənzil 12', 'բն. 14',
                                           # 'Pelak 12, Vahed 4', 'پلاک ۱۲، واحد ۴')
              |(?<=,[\ ])(?:Unit|Stand|Block)[\ ][A-Z](?![\w\-])  # a unit by its letter ('Stand 4521, Unit K')
              |(?<=,[\ ])(?:B[âa]t(?:\.|iment)|Bloc|Bt|Imm\.|Immeuble)[\ ][A-Z](?![\w\-])  # a building by its letter
                                           # ('Résidence Les Flamboyants, Bât. C', 'Résidence El Menzah 6, Bloc C')
              |\d{1,2}\.?[°º][\ ](?:andar|piso|Andar|Piso)|(?<=,[\ ])(?:andar|Andar)[\ ]\d{1,2})  # a floor as Portuguese
                                           # writes it: '2.º andar', '8º andar')
            (?![\w]|[.,:/]\d)              # and not a longer number, decimal or time
            """,
            0.5,
        ),
        Pattern(
            "postcode",
            r"""(?x)
            (?<![\w\-/.#])                 # a whole token
            (?-i:                          # a postcode whose shape says it is one, in capitals:
              (?:[A-Z]{1,2}\d[A-Z\d]?\ (?!\d(?:GB|MB|TB|KB)\b)\d[A-Z]{2}  # the UK's (AB18 1XQ, SW1A 1AA;
                                           # not a chip and its memory, 'M2 8GB'),
              | [A-Z]\d[A-Z]\ \d[A-Z]\d       # Canada's (K1A 0B1),
              | [AC-FHKNPRTV-Y]\d{2}\ [AC-FHKNPRTV-Y\d]{4}  # Ireland's Eircode (V94 AF7X),
              | BB[12]\d{4}                 # Barbados' (BB22026: a parish's and a route's digits),
              | (?:FIQQ|SIQQ|STHL|ASCN|TDCU|BIQQ|PCRN|BBND|TKCA)\ 1ZZ)  # the British overseas territories' one
                                           # postcode each (the Falklands' FIQQ 1ZZ, St Helena's STHL 1ZZ)
            )
            (?![\w\-])
            """,
            0.6,
        ),
        Pattern(
            "uk_postcode_in_query",
            r"""(?x)
            (?<=[?&](?i:pc|postcode|post_code|postal_code|zip)=)  # the UK's postcode in a query string, its blank
            (?-i:[A-Z]{1,2}\d[A-Z\d]?(?:\+|%20)\d[A-Z]{2})     # encoded ('/postcode-lookup?pc=SA2+6JX&lang=cy')
            (?![\w%])
            """,
            0.85,
        ),
        Pattern(
            "postcode_ar",
            r"""(?x)
            (?<=,[\ ]|\(|\b(?:CP|CPA|C\.P\.)[:\ ]{1,2}|\d[\ ])  # Argentina's postcode (CPA): its province's
            (?-i:[A-HJ-NP-Z]\d{4}[A-Z]{3})  # letter, the town's four digits, the block's three letters
            (?=[\ ,)]|$)                    # ('..., piso 3 depto B, CABA (C1043AAZ)', 'CP: B7600FDA'); after
            """,                             # a comma, a parenthesis, its label or the house's number only
            0.7,
        ),
        Pattern(
            "county_abbreviated",
            r"""(?x)
            (?<=,[\ ]|(?<![\w\-])(?i:in|near|from)[\ ])  # Ireland's and Northern Ireland's county, 'Co.' and its name,
            (?-i:Co\.?[\ ](?:na[\ ]|an[\ ])?(?!(?:Ltd|Limited|Inc|Op|LLC|KG|Kg|Pty|Plc|PLC)\b)\p{Lu}[\p{Ll}\p{M}'’]+(?:[\ ]\p{Lu}[\p{Ll}\p{M}'’]+)?)  # in English or
            (?![\w\-]|[\ ](?-i:Ltd|Limited|Council|Co))  # Irish, after an address's comma ('Tralee, Co. Kerry', 'Gaillimh, Co.
            """,                             # na Gaillimhe'; not a county council's, '& Co.' is a firm's)
            0.85,
        ),
        Pattern(
            "jamaica_postal_district",
            r"""(?x)
            (?<![\p{L}\p{M}\-])Kingston[\ ](?:[1-9]|1\d|20)  # Kingston by its postal district, as Jamaica
            (?![\w]|[.:,/]\d|[\ ]?(?i:gb|tb|mb|x\b))  # writes it: 'Lot 12 Gordon Town Road, Kingston 6' (not a
            """,                             # memory stick's 'Kingston 16 GB')
            0.85,
        ),
        Pattern(
            "street_jalan",
            r"""(?x)
            (?<![\w.\-])                   # a whole word: Indonesian and Malay streets, the street word
            (?:Jl\.|Jln\.|Jalan)[\ \t]+    # first, the house's number last after 'No.':
            (?:""" + _NAME + r"""[\ \t]+|(?:Km|KM)\.?[\ \t]?\d{1,3}[\ \t]+|Gg\.[\ \t]+){1,8}?  # 'Jl. Raya Bogor
            (?:No\.?|Gg\.)[\ \t]?\d{1,4}[A-Za-z]?(?:/\d{1,3})?  # Km 32 No. 22', 'Jl. Pahlawan Gg. Melati No. 102',
            (?![\w/])                     # or an alley's number last: 'Jl. Kartini Gg. 23'
            """,
            0.9,
        ),
        Pattern(
            "street_jalan_number_first",
            r"""(?x)
            (?<![\w.,\-/])                 # a Malaysian address, the house's number first: 'No. 12,
            (?:No\.?[\ \t]?|Lot[\ \t])?\d{1,4}[A-Za-z]?(?:-\d{1,3}){0,2},?[\ \t]+  # Jalan Bukit Bintang', '23-1,
            (?:Jalan|Jln\.|Lorong|Lrg\.|Persiaran|Lebuh  # Lorong Maarof', 'Jalan SS 2/24'; a lot's number in a
               |Kampung|Kampong|Kg\.|Taman|Tmn\.|Simpang|Spg\.)[\ \t]+  # village or an estate: 'Lot 23, Kampung Likas', 'No. 8, Taman Ria'
            (?:[\p{Lu}\d][\p{L}\p{M}\d/'’\-]*\.?(?:[\ \t]+|(?=[,\n]|$))){1,5}
            (?<![\ \t])
            """,
            0.9,
        ),
        Pattern(
            "street_georgian",
            r"""(?x)
            (?<![\p{Georgian}\w])          # a Georgian street: its name (a genitive), the street word
            \p{Georgian}{2,}(?:[\ \t]+\p{Georgian}{2,}){0,2}[\ \t]+  # after it, then the number:
            (?:ქ\.|ქუჩა|გამზ\.|გამზირი|შეს\.|შესახვევი|ჩიხი|მოედანი)  # 'ჭავჭავაძის გამზ. 37',
            [\ \t]*(?:N|№)?[\ \t]?\d{1,4}[\p{Georgian}a-z]?(?:[\-/]\d{1,4})?  # 'რუსთაველის ქ. N12'
            (?![\w]|[.,:/]\d)
            """,
            0.9,
        ),
        Pattern(
            "street_persian",
            r"""(?x)
            (?<![\p{Arabic}\w])            # a Persian address, its street word first, the house's
            (?:خیابان|بلوار|میدان|کوچه|خ\.)[\ \t]+  # plate ('پلاک') last: 'خیابان ولیعصر، کوچه
            [\p{Arabic}\u200c]+(?:[\ \t،,]{1,3}[\p{Arabic}\u200c]+){0,6}?  # نادر، پلاک ۱۲'
            (?:[\ \t،,]{1,3}پلاک[\ \t]*|[\ \t]+)\d{1,4}  # or the number alone, after the lane's name:
            (?!\w)                         # 'خیابان هراز، کوچه شهید بهشتی ۱۵'
            """,
            0.9,
        ),
        Pattern(
            "postcode_persian",
            r"""(?x)
            (?<=کد[\ \t\u200c]?پستی[\ \t]*[:：]?[\ \t]*)  # Iran's postcode after its label ('کد پستی
            \d{5}[\-\ ]?\d{5}              # 4616933471'): ten digits, in two fives as it is often written
            (?!\w)
            """,
            0.85,
        ),
        Pattern(
            "street_compound_number_first",
            r"""(?x)
            """ + _NUM_START + r"""        # South Africa's one-word Afrikaans street, the number first:
            \d{1,5}[A-Za-z]?,?[\ \t]+      # '12 Kerkstraat', '4 Jan Smutslaan'
            (?:\p{Lu}[\p{L}\p{M}]+[\ \t]+){0,2}\p{Lu}[\p{L}\p{M}]+(?:straat|laan|rylaan|singel)
            (?![\p{L}\p{M}\d]|[\ \t]+\d)        # (a number after it is the Dutch street's own: '85778
                                           # Populierenstraat 374', a building's and the house's)
            """,
            0.9,
        ),
        Pattern(
            "street_way",
            r"""(?x)
            """ + _NUM_START + r"""        # an English street named in one word that ends in 'way', the
            \d{1,5}[A-Za-z]?[\ \t]+       # number first: '1585 Broadway', '158 Kingsway', '2109 W
            (?:[NSEW][\ \t]+)?             # Broadway'; a town after a comma, or nothing, after it (a
            (?!(?:Norway|Galway|Subway|Gateway|Midway|Runway|Railway|Hallway|Doorway|Stairway|Fairway
               |Halfway|Anyway|Someway|Headway|Motorway|Highway|Expressway|Freeway|Skyway)(?![\p{L}]))
            \p{Lu}\p{Ll}{2,}way              # country, a chain, a product's or a name's 'way': '3 Norway',
            (?=,[\ \t]*\p{Lu}|[\ \t]*$)      # '5 Subway', '2 Gateway' are not streets)
            """,
            0.9,
        ),
        Pattern(
            "street_metre_road",
            r"""(?x)
            (?<![\w.\-])                   # a ring road named by its width, as Erbil's, Sulaymaniyah's and
            \d{2,3}[\ ]?(?:m|M|[Mm]eter|[Mm]etre)[\ ](?:Road|Street|St\.)  # Kirkuk's are ('100m Road, Bakhtiari
            (?:,[\ ]\p{Lu}[\p{L}\p{M}\-]+[\ ](?:[Qq]uarter|[Dd]istrict|[Nn]eighbou?rhood))?  # quarter, house 221'),
            (?:,[\ ](?:[Hh]ouse|[Bb]uilding|[Vv]illa|[Aa]partment)[\ ](?:[Nn]o\.?[\ ]?)?\d{1,4}[A-Za-z]?)?  # its
            (?![\w\-])                     # quarter and house maybe after it
            """,
            0.85,
        ),
        Pattern(
            "street_turkish",
            r"""(?x)
            (?<![\w.\-])                   # a whole word: a Turkish address, its quarter maybe first,
            (?:(?:\p{Lu}[\p{L}\p{M}]+[\ \t]+){1,3}(?:Mah\.|Mh\.|Mahallesi)[\ \t]+)?  # ('Cumhuriyet Mah.'),
            (?:(?:Dr|Prof|Av|Op|Doç|Yzb|Şht)\.[\ \t]+)?  # (a title of the one the street is named for: 'Dr. Fazıl
                                           # Küçük Blv. No:70', Nicosia's)
            (?:\p{Lu}[\p{L}\p{M}]+[\ \t]+|\d{1,4}\.?[\ \t]+){1,3}  # the street's name and its word,
            (?:Sk\.|Sok\.|Sokak|Sokağı|Cd\.|Cad\.|Caddesi|Cadde|Bulvarı|Blv\.|Bulv\.)  # then 'No:' and the house's
            [\ \t]*,?[\ \t]*No[\ \t]?:[\ \t]?\d{1,4}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?)?  # number: 'Gazi Sk. No:150',
            (?:[\ \t]+Kat[\ \t]?:[\ \t]?\d{1,3})?  # its floor and flat: 'Kat:9 D:10'
            (?:[\ \t]+(?:D|Daire)[\ \t]?:[\ \t]?\d{1,4})?
            (?![\w/])
            """,
            0.9,
        ),
        Pattern(
            "street_korean_road",
            r"""(?x)
            (?<![\w.\-])                   # a whole word: a Korean road-name address, romanized, its
            (?:\d{1,4}(?:-\d{1,3})?[\ \t]+""" + _KOREAN_ROAD + r"""  # building's number before the road
              | """ + _KOREAN_ROAD + r"""[\ \t]+\d{1,4}(?:-\d{1,3})?)  # or after it: '168 Gunja-ro',
            (?![\w\-])                     # 'Teheran-ro 152', 'Jungang-ro 12beon-gil 5'
            """,
            0.9,
        ),
        Pattern(
            "street_taiwan",
            r"""(?x)
            (?<![\w.\-])                   # Taiwan's address romanized, smallest part first: the floor
            (?:\d{1,2}F\.?(?:-\d{1,2})?,[\ ])?  # maybe, the number, then alley, lane and the road's section
            No\.[\ ]?\d{1,5}(?:-\d{1,3})?,[\ ]  # when there are, then the road: 'No. 123, Sec. 2,
            (?:Aly\.[\ ]\d{1,4},[\ ])?(?:Ln\.[\ ]\d{1,4},[\ ])?(?:Sec\.[\ ]\d{1,2},[\ ])?  # Zhongshan Rd.',
            \p{Lu}[\p{Ll}'’]+(?:[\ ](?:\p{Lu}[\p{Ll}'’]+|\d{1,2}(?:st|nd|rd|th)|[NSEW]\.))*  # '5F.-2, No. 106,
            [\ ](?:Rd|St|Blvd|Ave|Expy|Hwy)\.?  # Sec. 2, Heping E. Rd.'
            (?![\w])
            """,
            0.9,
        ),
        Pattern(
            "taiwan_district",
            r"""(?x)
            (?<![\w.\-])\p{Lu}[\p{Ll}'’]+(?:[\ ]\p{Lu}[\p{Ll}'’]+)?  # Taiwan's district, township and village
            [\ ](?:Dist\.|District|Township|Twp\.|Vil\.|Village)  # romanized: "Da'an Dist.", 'Guangfu Township'
            (?![\w])
            (?![\ ](?:School|College|Council|Hospital|Court|Office|Health|Centre|Center|Primary|High|Secondary)\b)  # (not a
                                           # body's name: 'Mulifanua District School', 'Neiafu District Council')
            """,
            0.85,
        ),
        Pattern(
            "city_postcode",
            r"""(?x)
            (?<![\w.\-])\p{Lu}\p{Ll}+(?:[\ ]\p{Lu}\p{Ll}+)?[\ ](?:City|County)  # a city or a county, then its
            [\ ]\d{3}(?:\d{2,3})?(?![\w\-])  # postcode: Taiwan's 'Taipei City 106', 'Pingtung County 901'
            """,
            0.85,
        ),
        Pattern(
            "japan_block_lot",
            r"""(?x)
            (?<![\w.\-])\d{1,4}-\d{1,4}(?:-\d{1,4})?[\ ]\p{Lu}\p{Ll}+  # Japan's block and lot romanized, its
            (?:-(?:cho|machi|mura|son))?   # district, then a city, a ward, a county or a town by its
            (?=,[\ ]\p{Lu}\p{Ll}+-(?:ku|shi|cho|machi|gun|mura|son)\b)  # suffix: '2-14-3 Tonoshiro, Ishigaki-shi'
            """,
            0.9,
        ),
        Pattern(
            "japan_unit",
            r"""(?x)
            (?<![\w.\-])\p{Lu}\p{Ll}+-(?:ku|shi|cho|machi|gun|mura|son)  # a city, ward, county, town or village
            (?=,[\ ]|[\ ]\d{3}-\d{4}(?![\d\-]))  # romanized, by its suffix: 'Chiyoda-ku, Tokyo'
            """,
            0.85,
        ),
        Pattern(
            "japan_prefecture_postcode",
            r"""(?x)
            (?<![\w.\-])(?:Hokkaido|Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|Tochigi|Gunma|Saitama
              |Chiba|Tokyo|Kanagawa|Niigata|Toyama|Ishikawa|Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Mie|Shiga
              |Kyoto|Osaka|Hyogo|Nara|Wakayama|Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|Tokushima|Kagawa
              |Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|Miyazaki|Kagoshima|Okinawa)
            (?:-(?:ken|to|fu))?,?[\ ]\d{3}-\d{4}  # a prefecture romanized and its postcode: 'Okinawa 907-0004'
            (?![\d\-])
            """,
            0.9,
        ),
        Pattern(
            "street_hangul",
            r"""(?x)
            (?<![가-힣\w])                  # an address in Hangul: province, city, district (도, 시,
            (?:[가-힣]{1,10}(?:도|시|군|구)[\ \t]+){1,3}  # 군, 구), then a neighbourhood or a road (동, 읍,
            [가-힣]{1,10}(?:동|읍|면|로|길|리)[\ \t]?\d{1,5}(?:-\d{1,4})?  # 면, 로, 길, 리) and its number:
            (?![\w\-])                     # '경기도 시흥시 정왕동 104-4'
            """,
            0.9,
        ),
        Pattern(
            "br_town_state",
            r"""(?x)
            (?<![\w.\-/])                   # a Brazilian town before its state's letters: with its CEP after
            """ + _BR_TOWN + r"""             # them ('Porto Alegre - RS, 99572-447'), or after a slash
            (?=[\ \t]-[\ \t]""" + _UF + r""",?[\ \t]+(?:CEP:?[\ \t]*)?\d{5}-\d{3}(?![\w\-])  # ('Curitiba/PR');
              |/""" + _UF + r"""(?![\w\-/]))  # not a degree's ('Berlin - BA'). The town alone: a town
                                           # found is looked for elsewhere (known.py)
            """,
            0.9,
        ),
        Pattern(
            "br_state_after_town",
            r"""(?x)
            (?<=(?<![\w.\-/])""" + _BR_TOWN + r"""/)  # the state's letters after a Brazilian town and its slash
            """ + _UF + r"""(?![\w\-/])           # ('Porto Alegre/RS, CEP 90570-748', 'Curitiba/PR'), or its dash
            |(?<=(?<![\w.\-/])""" + _BR_TOWN + r"""[\ \t]-[\ \t])""" + _UF + r"""(?=,?[\ \t]+(?:CEP:?[\ \t]*)?\d{5}-\d{3}(?![\w\-]))
            """,  # and its CEP after them ('Salvador - BA, 40140-157')
            0.9,
        ),
        Pattern(
            "br_town_after_cep",
            r"""(?x)
            (?<=\d{5}-\d{3}[\ \t]{1,3})     # a Brazilian town with its CEP before it and its state's
            """ + _BR_TOWN + r"""             # letters after: '22021-001 Rio de Janeiro - RJ'
            (?=[\ \t]-[\ \t]""" + _UF + r"""(?![\w\-/]))
            """,
            0.9,
        ),
        Pattern(
            "cep",
            r"""(?x)
            (?<=\b(?i:cep)[:\ \t]{1,3}     # a CEP after its label, 'CEP 80671-332', or after a state's
               |[\ \t]-[\ \t]""" + _UF + r""",?[\ \t]+)  # letters: 'Porto Alegre - RS, 99572-447'
            \d{5}-?\d{3}(?![\w\-])
            |(?<![\w\-])\d{5}-\d{3}(?=[\ \t]{1,3}""" + _BR_TOWN + r"""[\ \t]-[\ \t]""" + _UF + r"""(?![\w\-/]))
                                           # or before its town and state: '22021-001 Rio de Janeiro - RJ'
            """,
            0.9,
        ),
        Pattern(
            "street_hebrew",
            r"""(?x)
            (?<![\p{Hebrew}\w])             # a Hebrew street: its word ('רחוב', 'רח'', 'שדרות',
            (?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|משעול)[\ \t]+  # 'דרך'), the name, the number:
            [\p{Hebrew}'׳"״\-]+(?:[\ \t]+[\p{Hebrew}'׳"״\-]+){0,3}  # 'רחוב ז'בוטינסקי 45'
            [\ \t]+\d{1,4}[\p{Hebrew}]?(?:[\-/]\d{1,4})?
            (?![\w]|[.,:/]\d)
            """,
            0.9,
        ),
        Pattern(
            "po_box",
            r"""(?x)
            (?<![\w.])                     # a whole word
            (?:
              (?i:p\.?[\ \t]?o\.?[\ \t]*box|post[\ \t]+office[\ \t]+box|post[\ \t]+box)  # P.O. Box, PO Box, Post Office Box,
                                           # Post Box (Bhutan's)
              | (?:Postbox|Postboks|Postfach|POSTBOX|POSTFACH)  # Dutch, Nordic, German
              | (?:Posbus|Kotak[\ \t]Pos|Peti[\ \t]Surat|S\.L\.P\.|SLP|Apartat[\ \t]de[\ \t]correus)  # Afrikaans,
                                           # Indonesian, Malay, Swahili, Catalan
              | (?:Caixa[\ \t]Postal|Cx\.[\ \t]?Postal)  # Portuguese ('Caixa Postal 1234', Angola's, Mozambique's)
              | (?:Apartado(?:[\ \t]Postal)?|Apdo\.|Casilla(?:[\ \t]de[\ \t]Correos?|[\ \t]Postal)?  # Spanish
                  |(?<=\b(?:la|en|mi|su)[\ ])casilla(?:[\ ]de[\ ]correos?|[\ ]postal)?)
              | (?:PSC|Unit|UNIT|CMR)[\ \t]+\d{1,5},?[\ \t]+Box  # US military: PSC 8361, Box; Unit 6093 Box
              | (?-i:HC)[\ \t\-]+\d{1,3},?[\ \t]+(?-i:Box)  # Alaska's and Puerto Rico's highway contract route's box:
                                           # 'HC 67 Box 2283', 'HC-02 Box 15432'
              | (?-i:RR|R\.R\.)[\ \t\-]?\#?\d{1,3},?[\ \t]+(?-i:Box)  # a rural route's box: 'RR 1 Box 2345'
              | (?-i:C\.P\.|Case[\ ]postale|case[\ ]postale)(?=[\ ]\d{1,4},)  # Quebec's 'case postale': 'C.P. 200, Rankin
                                           # Inlet' (Mexico's 'C.P. 06600' is a postcode of five digits, no box)
              | (?:(?<=^|\n|,[\ ])(?-i:Box)(?=[\ ]\d{1,5}(?:,|[\ ]\p{Lu}\p{Ll})))  # a box alone, first or after a comma,
                                           # as Canada's north and rural mail write it ('Box 28, Pangnirtung NU')
              | (?-i:RR|R\.R\.)(?=[\ ]?\#?\d{1,3}(?:,|[\ ](?-i:Site|Comp)\b))  # a rural route, a site and a compartment on it
              | (?<=(?:RR|R\.R\.)[\ ]?\#?\d{1,3},?[\ ])(?-i:Site|Comp)  # ('RR 2, Site 5, Comp 12, Bathurst NB')
              | (?<=Site[\ ]\d{1,3},?[\ ])(?-i:Comp|C)
            )
            [\ \t]*\#?[\ \t]*              # 'Box #123'
            (?:(?-i:[A-Z]{1,2})-?(?=\d))?    # the Bahamas' letters of a post office: 'P.O. Box N-7741', 'SS-5678'
            \d{1,7}                        # the box number (Puerto Rico's have up to seven digits: 'PO Box 9021112')
            (?:-\d{1,6}(?!-))?              # (Liberia's with its office's: 'P.O. Box 10-9012')
            (?!\w)                         # the whole number
            """,
            0.9,
        ),
        Pattern(
            "camp",
            r"""(?x)
            (?<![\w\-])                      # a refugees' or the displaced's camp by its name, numbered or not, where a
            (?!(?:Boot|Summer|Base|Training|Music|Code|Day|Holiday|Band|Bible|Space|Fat|Spring|Winter|Sports?|Army
               |Tech|Startup|Science|Art|Art[s]|Language|Surf|Soccer|Football|Dance|Film|Theatre|Family|Youth)[ ])
            \p{Lu}\p{Ll}{2,}(?:[\ ]\d{1,2})?[\ ](?:camp|Camp)  # family lives ('Domiz 1 camp', 'Kawergosk camp, block B4');
            (?![\w\-])                      # not a course's or a season's ('Boot camp', 'Summer Camp')
            """,
            0.85,
        ),
        Pattern(
            "private_bag",
            r"""(?x)
            (?<![\w.])(?-i:Private[\ ]Mail[\ ]Bag|Private[\ ]Bag|PRIVATE[\ ]MAIL[\ ]BAG)  # the Pacific's and southern
            (?:[\ ](?:No\.?[\ ]?)?\d{1,6})?(?![\w])  # Africa's bag at the post office, with its number or none
                                           # ('Private Mail Bag, Apia', 'Private Bag 0012')
            """,
            0.9,
        ),
        Pattern(
            "military_mail",
            r"""(?x)
            (?<![\w.])                     # a whole word
            (?i:
              (?:(?:USNS|USNV|USS|USCGC)[\ \t]+[\p{L}\p{M}'’\-]+\s+  # a ship: USNS Åberg, then a line break
                | (?:PSC|Unit|CMR)[\ \t]+\d{1,5},?[\ \t]+Box[\ \t]+\d{1,5}\s+  # or a box: PSC 8361, Box 2740
              )?
              [ADF]PO                      # Army/Fleet/Diplomatic Post Office
              [\ \t]+A[AEP]                # the 'state': Americas, Europe, Pacific
            )
            [\ \t]+\d{5}                   # the ZIP code
            (?!\w)                         # the whole number
            """,
            0.9,
        ),
        Pattern(
            "maldives_street",
            r"""(?x)
            (?<![\p{L}\p{M}\-])             # the Maldives number no houses: a road's name, then its
            (?:\p{Lu}\p{Ll}{2,}(?:[\ ]\p{Lu}\p{Ll}{2,})?[\ ](?:Magu|Hingun|Goalhi)  # word ('Fareedhee
              |[\u0780-\u07bf]{2,}(?:[\ ][\u0780-\u07bf]{2,})?[\ ](?:މަގު|ހިނގުން|ގޯޅި))  # Magu', 'ފަރީދީ މަގު')
            (?![\p{L}\p{M}])
            """,
            0.9,
        ),
        Pattern(
            "maldives_house",
            r"""(?x)
            (?<![\w.])                     # and a house's name, after its ward's or its atoll's
            (?:H|Ma|M|G|S|Hdh|Lh|K|AA|Adh|B|F|Dh|Th|L|Ga|Gdh|Gn|R|N|Sh|Ha|V)\.[\ ]  # letters:
            \p{Lu}\p{Ll}{2,}(?:[\ ]\p{Lu}\p{Ll}{2,})?  # 'H. Maagiri, Boduthakurufaanu Magu'
            (?=,[\ ](?:\p{Lu}\p{Ll}{2,}(?:[\ ]\p{Lu}\p{Ll}{2,})?[\ ](?:Magu|Hingun|Goalhi)
                   |[\u0780-\u07bf]{2,}(?:[\ ][\u0780-\u07bf]{2,})?[\ ](?:މަގު|ހިނގުން|ގޯޅި)))
            """,
            0.9,
        ),
        Pattern(
            "district_word",
            r"""(?x)
            (?<![\p{L}\p{M}\-])             # a town's quarter by its word, then its name: French-speaking
            (?:Quartier|Colonia|Barangay|Brgy\.?|Sitio|Purok|Mohalla|Mahalla|Kelurahan  # Africa's 'Quartier Rohero',
               |Fraccionamiento|Fracc\.|Alcald[ií]a|(?<=,[\ ])Col\.  # (Mexico's: a housing estate, Mexico City's
                                                    # borough, 'Col.' after an address's comma: not a colonel's)
               |Urbanizaci[oó]n|Urb\.|Barrio|barrio|Bo\.|B[°º]|Barriada|Bda\.|Ensanche|Ens\.|Reparto|Rpto\.
               |Residencial|Ciudadela|Cdla\.|AA\.[\ ]?HH\.|A\.H\.|Asentamiento[\ ]Humano|Pueblo[\ ]Joven
               |Sector(?=[\ ](?:Los|Las|La|El)[\ ])
               |Cond\.(?=[\ ]\p{Lu}\p{Ll})|Condominio(?=[\ ]\p{Lu}\p{Ll})|Parc\.(?=[\ ]\p{Lu}\p{Ll})|Parcelas(?=[\ ]\p{Lu}\p{Ll})
               |Ext\.(?=[\ ](?:Villa|Urb\.?|Jardines|San|Santa|La|Las|Los|El)[\ ])  # (Puerto Rico's condominiums,
                                                    # plots and an estate's extension: 'Cond. Torres del Parque', 'Parc.
                                                    # Falú', 'Ext. Villa Rica'; not a phone's 'Ext. 204')
               |Res\.?(?=[\ ](?:Los|Las|La|El)[\ ])|Res\.(?=[\ ]\p{Lu}\p{Ll})|Bairro|bairro|Achada|Zona(?=[\ ]\p{Lu}\p{Ll})|Lotificaci[oó]n|Caser[ií]o|Aldea|Cant[oó]n|Morcellement|Cit[ée]
               |(?<=(?:\b(?:en|la|na|da|a)|:)[\ ])Col\.|(?<=\b(?:en|la|a)[\ ])colonia|Edificio|Edif[ií]cio|Edf\.|PH(?=[\ ]\p{Lu}\p{Ll})
               |Sicap|SICAP|HLM|Lotissement|Lot\.|R[ée]sidence(?=[\ ](?:Les|Le|La|L['’])?\p{Lu})|Immeuble|Imm\.
               |Contrada|contrada|C\.da|Localit[àa]|localit[àa]|Loc\.|Frazione|frazione|Fraz\.|Borgata|borgata
               |Quartiere|quartiere|Lieu-dit|lieu-dit|Hameau[\ ](?:de|du|des)|Hameau[\ ]d['’](?=\p{Lu})
                                                    # (Italy's and Corsica's rural places, hamlets and quarters:
                                                    # Sicily's 'Contrada Bufalefi', 'C.da Granatello', Sardinia's
                                                    # 'località Su Planu', 'Frazione Pianotta', Palermo's 'borgata
                                                    # Sferracavallo', 'quartiere Zisa', Corsica's 'Lieu-dit Cardetto',
                                                    # 'Hameau de Pioggiola')
               |Derb|Douar|Coop[ée]rative(?=[\ ](?:El|Al)[\ ]|[\ ][^,\n]{2,30},[\ ](?:Villa|Lot|N°|Bt|Bloc|Imm|Maison))
                                                    # (the Maghreb's alleys, villages, Algeria's cooperative
                                                    # estates: 'Derb Sidi Bouloukat', 'Douar Ouled Ali', 'Coopérative
                                                    # El Feth', 'Lot. Al Wafa')
               |Cit[ée][\ ](?:AADL|LSP|LPP|CNEP|EPLF|OPGI)  # (Algeria's housing programmes' estates: 'Cité AADL Bouinan')
               |Cit[ée](?=[\ ]\d{2,4}[\ ](?:Logements|logements|Logts|Lgts|Lots)\b  # Algeria's estates by their
                  |[\ ]\d{1,2}[\ ](?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre  # count
                     |Décembre)\b)                  # of homes or their date: 'Cité 1200 Logements', 'Cité 5 Juillet'
               |Hay(?=[\ ]\p{Lu}\p{Ll}+(?:[\ ]\p{Lu}\p{Ll}+)?(?:,|[\ ]\d|[\ ]*$))(?![\ ](?:Day|Festival|River|Que|Una|Un|Muchos?|Muchas?|Algo|Alguien|Nada)\b))
                                                    # (Morocco's quarter: 'Hay Mohammadi, Casablanca', 'Hay Riad
                                                    # 2'; not Spanish's 'there is': 'Hay Que ...', 'Hay Nada ...')
                                                    # (francophone Africa's and the Antilles' estates and buildings:
                                                    # Dakar's 'Sicap Liberté 6', 'HLM Grand Yoff', 'Lotissement
                                                    # Bellevue', 'Résidence Les Flamboyants', 'Immeuble Kalina')
                                                    # (Central America's colonias, cantons, villages, buildings:
                                                    # 'Entregar en Col. Palmira', 'Edificio Bancomer', Panama's 'PH
                                                    # Torre Global'; Lusophone Africa's 'Bairro Maxaquene', Cape
                                                    # Verde's 'Achada Santo António'; Mauritius' 'Morcellement Saint
                                                    # André', 'Cité La Cure')
                                                    # (Spanish-speaking America's: Puerto Rico's 'Urb. Villa
                                                    # Carolina', 'Bo. Candelaria', Santo Domingo's 'Ensanche Piantini',
                                                    # 'Sector Los Mina', Cuba's 'Reparto Sueño', Córdoba's 'B° Güemes',
                                                    # Guayaquil's 'Cdla. Kennedy', Lima's 'AA.HH. Los Olivos')
            (?![\ ](?i:health|nutrition|captain|chairman|chairperson|kagawad|tanod|secretary|treasurer|council
                     |hall|officials?|workers?|scholar|clearance|certificate|captains)\b)  # (a barangay's office
                                                    # or worker: 'Barangay Health Worker', 'Barangay Hall')
            [\ ](?:(?<=[Bb]airro[\ ])(?:de|do|da)[\ ]|(?:La|Le|Les|El|Los|Las|Al|Aït|Ait|Sidi|Ouled|Oulad|Ben|Bab|Ain|Aïn)[\ ](?=\p{Lu})
                |(?<=(?:[Ll]ocalit[àa]|Loc\.|[Cc]ontrada|C\.da)[\ ])(?:Su|Sa|Is|Sos|Sas|Lu|La|Li)[\ ](?=\p{Lu})  # (Sardinian's
                                                    # and Gallurese's articles: 'località Su Planu', 'Loc. Sa Serra')
                |(?<=Cit[ée][\ ])\d{1,4}[\ ])?  # ('bairro de Bandim', 'Cité 1200 Logements',
                                                    # 'Cité La Cure')
            \p{Lu}[\p{L}\p{M}'’\-]{2,30}(?:[\ ](?:(?:de|del|la|los|las)[\ ])?(?!(?:Mz|Mza|Lt|Lote|Villa|Solar|Casa|Calle|Av|Km|Apt|Apto|Edif|Bloque)\b)
              \p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,2}  # Mexico's 'Colonia Roma
            (?:(?<=(?:Sicap|SICAP|HLM|Cit[ée])[\ ][^\n,]{1,40})[\ ]\d{1,2}(?![\w\-/:.,]\d|[\w\-]))?  # (Dakar's numbered ones: 'Sicap Liberté 6')
            (?![\p{L}\p{M}])               # Norte', the Philippines' 'Brgy. Lahug', 'Sitio Mahayag', India's
            """,                             # 'Mohalla Benta'
            0.9,
        ),
        Pattern(
            "longhouse_or_village",
            r"""(?x)
            (?<![\p{L}\p{M}\-])(?:Rumah[\ ]Panjang|Kampung|Kampong|Kg\.|Mukim)  # Borneo's longhouse by its name, a Malaysian
            [\ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[\ ]\p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,3}  # village: 'Rumah Panjang
            (?![\p{L}\p{M}])               # Ulu Mujok', 'Kampung Likas' (above NER's score: the model
            """,                             # reads a longhouse as a person; Brunei's 'Kampong Kiulap', 'Mukim Gadong B')
            0.9,
        ),
        Pattern(
            "kebele_woreda",
            r"""(?x)
            (?<![\w\-])(?:(?:Kebele|Woreda|Qebele|Wereda|Kabele)[\ ](?:No\.?[\ ]?)?\d{1,2}  # Ethiopia's wards and
               |\p{Lu}[\p{Ll}\p{M}']{2,20}(?:[\ ]\p{Lu}[\p{Ll}\p{M}']{2,20})?[\ ]Sub-?[\ ]?[Cc]ity)  # districts by
            (?![\w\-])                      # their number, its towns' sub-cities by their name ('Bole Sub-City,
            """,                             # Woreda 03, House No. 1234', 'Kirkos Sub City, Kebele 14')
            0.85,
        ),
        Pattern(
            "baltic_rural_area",
            r"""(?x)
            (?<![\p{L}\p{M}\-])\p{Lu}[\p{L}\p{M}'’\-]{2,30}  # a rural place by its kind's word after its name, as
            [\ ](?:alevik|alev|küla|vald|valla|pagasts|pag\.|novads|nov\.|seniūnija|sen\.|kaimas|apskritis|apskr\.)  # the
            (?![\p{L}\p{M}])               # Baltic states write them: Estonia's borough, village and parish ('Vaida
            """,                             # alevik', 'Rae vald'), Latvia's parish and municipality ('Ozolnieku
            0.85,                            # pag.'), Lithuania's eldership and village
        ),
        Pattern(
            "ward_number",
            r"""(?x)
            (?<![\w\-])(?:(?:Ward|वडा)[\ ](?:No\.?|नं\.?|नम्बर)[\ ]?[0-9०-९]{1,2}  # a town's ward by its number, as
               |(?:Ward|Qtr\.?)[\ ]\d{1,2}(?=,[\ ]\p{Lu}\p{Ll}))  # (or a ward's, a quarter's number before its
                                            # town, as Myanmar writes them: 'Ward 3, Taunggyi', 'Qtr 5, Mawlamyine')
            (?![\w\-])                      # Nepal's and India's addresses give it: 'Ward No. 4, Baneshwor',
            """,                             # 'वडा नं. ४'
            0.7,
        ),
        Pattern(
            "town_ward_devanagari",
            r"""(?x)
            (?<![\p{L}\p{M}\-])\p{Devanagari}(?<!\p{N})[\p{L}\p{M}]{1,20}-[०-९]{1,2}  # a town and its ward, as
            (?=[\ ]?,[\ ]?\p{Devanagari}|[\ \t]*(?:\r?\n|$))  # Nepal writes an address: 'धरान-१२, सुनसरी' (its
                                            # district after it, or the line's end; not 'कोभिड-१९ को': COVID-19's)
            """,
            0.7,
        ),
        Pattern(
            "postcode_mx",
            r"""(?x)
            (?<=(?<![\w.])C\.[\ ]?P\.[\ ]?)\d{5}  # a postcode after Spanish's 'C.P.' (código postal): Mexico's
            (?![\w\-])                      # 'C.P. 06600', Spain's 'C.P. 28013'
            """,
            0.7,
        ),
        Pattern(
            "postcode_ru",
            r"""(?x)
            (?<=(?<![\w])(?:[Ии]ндекс|[Пп]очтовый[\ ]индекс|[Пп]аштовы[\ ]індэкс|[Іі]ндэкс)[:\ ]{1,2})\d{6}  # Russia's, Belarus'
            (?![\w\-])                      # and Kazakhstan's postcode after its label: 'Индекс 443783', 'Індэкс: 220030'
            """,
            0.85,
        ),
        Pattern(
            "purok_number",
            r"""(?x)
            (?<![\p{L}\p{M}\-])Purok[\ ]\d{1,2}(?:-?[A-Z])?  # a Philippine barangay's zone by its number:
            (?![\w\-])                      # 'Purok 3', 'Purok 7-A'
            """,
            0.7,
        ),
        Pattern(
            "block_lot",
            r"""(?x)
            (?<![\w\-])(?:Blk|Block|Bl)\.?[\ ]\d{1,4}[A-Z]?,?[\ ](?:Lot|Lt)\.?[\ ]\d{1,4}[A-Z]?  # a house by its
            (?:,?[\ ](?:Phase[\ ]\d{1,2}[A-Z]?,?[\ ])?  # block and lot, as Philippine subdivisions number them,
              \p{Lu}[\p{L}\-]+(?:[\ ]\p{Lu}[\p{L}\-]+){0,3}[\ ]  # the subdivision's name after them maybe:
              (?:Homes|Subd\.|Subdivision|Village|Estates?|Heights|Residences|Townhomes))?  # 'Blk 12 Lot 5', 'Block
            (?![\w\-])                      # 3, Lot 14', 'Blk 39 Lot 5 Bria Homes'
            """,
            0.9,
        ),
        Pattern(
            "singapore_block_unit",
            r"""(?x)
            (?<![\w\-])(?:(?:Blk|BLK|Block)\.?[\ ]?\d{1,4}[A-Z]?,?[\ ]  # Singapore's block or house number, the
              \p{Lu}[\p{L}'’\-]+(?:[\ ]\p{Lu}[\p{L}'’\-]+|[\ ]\d{1,3}[A-Z]?){0,5}  # street, its number maybe, then
            |\d{1,4}[A-Z]?[\ ]                # the flat's floor and unit ('Blk 823 Tampines Street 81 #05-123',
              (?=(?:\p{Lu}[\p{L}'’\-]+[\ ]|\d{1,3}[A-Z]?[\ ]){0,4}  # '12 Jalan Bukit Merah #08-45'), then its
                (?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lorong|Lor|Jalan|Crescent|Cres|Central|Close|Way|Walk
                  |Place|Link|Terrace|Rise|Boulevard|Blvd|Field|Green|View|Vale|Grove|Loop|Heights)\b)  # postcode
                                                # maybe ('Singapore 520823', 'S(150012)');
              \p{Lu}[\p{L}'’\-]+(?:[\ ]\p{Lu}[\p{L}'’\-]+|[\ ]\d{1,3}[A-Z]?){0,5})  # without a block, a street's
            \.?,?[\ ]\#\d{1,3}-\d{1,5}[A-Z]?  # word names it. The unit is what tells it apart.
            (?:[\ ]?,?[\ ](?:Singapore|SINGAPORE|S)[\ ]?(?:\(\d{6}\)|\d{6}))?  # (a blank before the comma too)
            (?![\w\-])
            """,
            0.9,
        ),
        Pattern(
            "malta_street_postcode",
            r"""(?x)
            (?<![\w\-])Triq[\ ](?:(?:i[lxżnrsdt]|l)-|ta['’][\ ]|ta[lsdt]-)?\p{Lu}[\p{L}'’\-]+  # a Maltese street
            (?:[\ ](?:(?:i[lxżnrsdt]|l)-|ta['’][\ ]|ta[lsdt]-)?\p{Lu}[\p{L}'’\-]+){0,3}  # without its house number
            (?=,[\ ])                       # before its town or postcode ('Triq San Ġużepp, BKR 9012', 'Triq
                                            # il-Kbira, Mosta'; alone it may be a street's mention): 'Triq' is no word
            |(?<![\w\-])(?:ATD|BBG|BGU|BKR|BML|BZN|DGL|FGR|FNT|FRN|GDJ|GHR|GRB|GXQ|GZR|HMR|IKL|ISL|KCM|KKP  # else; and
              |KLN|LJA|LQA|MDN|MGR|MLH|MQB|MRS|MSD|MSK|MST|MTF|MXK|MXR|NDR|NXR|PBK|PLA|PTA|QLA|QRD|QRM|RBT  # a Maltese
              |SFI|SGN|SLC|SLM|SLZ|SNT|SPB|STJ|SVR|SWQ|TXN|VCT|VLT|XBX|XJR|XLN|XWK|ZBG|ZBR|ZRQ|ZTN)  # postcode: its
            [\ ]?\d{4}(?![\w\-]|[\ ]\d)      # locality's three letters and four digits ('SLM 1605', 'ZBG1234'; not
                                                # Għasri's GSM, a phone's label, nor a number going on: 'GSM 0494 04 55')
            """,
            0.85,
        ),
        Pattern(
            "us_town_state_zip",
            r"""(?x)
            (?<![\w\-.]|,[\ ]|\p{Lu}[\p{L}'’\-]*\.?[\ ])  # (from the town's first word: 'Los Angeles')
            \p{Lu}[\p{L}'’\-]+\.?(?:[\ ]\p{Lu}[\p{L}'’\-]+\.?){0,2}  # a US town, its state's
            (?:,[\ ]ID|,?[\ ](?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH  # code
              |NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP))  # and its ZIP code ('Columbus, OH
            (?:[\ ]{1,2}\d{5}(?:-\d{4})?(?![\w\-])  # 43215', 'St. Paul, MN 55104-1234'), no street before it (after
                                                # one and its comma, the town, the state and the ZIP are pieces of
                                                # its block: addresses.address_blocks); or in brackets after a
              |(?<=\([^()\n]{1,40},[\ ](?!OK|IN|OR|ME|HI|AS)[A-Z]{2})(?=\)))  # name, no ZIP ('Nguyen Van Minh (Garden
                                                # Grove, CA)'; not a word: '(Tested, OK)'; Idaho's after a comma
                                                # only: 'Event ID 10016' is a log's)
            """,
            0.85,
        ),
        Pattern(
            "cz_sk_street_line",
            r"""(?x)
            (?:^|(?<=[:,][\ ]|\n))            # (a value's or a clause's start)
            (?!(?:Page|Strana|Version|Verzia|Verze|Order|Objednávka|Faktúra|Faktura|Invoice|Room|Izba
              |Table|Step|Krok|Item|Položka|Line|Riadok|Part|Časť|Box|Kapitola|Chapter|Ticket|Case|Build|Rev
              |Windows|Office|Android|Server|Edition|Release|Update|Patch|Model|Size|Rack|Slot|Port|Vlan|Test
              |Level|Grade|Class|Trieda|Kanál|Channel|Floor|Poschodie|Unit|Block|Blok
              |House|Plot|Holding|Road|Lane|Flat|Apt|Apartment|Suite|Sector)\b)  # (South Asia's house: 'House 23/A')
            (?:\p{Lu}[\p{L}'’\-]+\.?[\ ]){0,2}\p{Lu}[\p{L}'’\-]+[\ ]  # a Slovak or Czech street line without a
            (?:\d{1,5}/(?:\d{1,5}[A-Za-z]?|[A-Za-z])  # street's word: its house number as the land register's and
              |\d{1,5}[A-Za-z]?(?=,[\ ]\d{3}[\ ]\d{2}[\ ]\p{Lu}))  # the street's, with a slash ('Hlavná 1148/67,
            (?=,[\ ](?:\d{3}[\ ]\d{2}[\ ])?\p{Lu})  # Bratislava'), or before a postcode ('Hlavná 12, 960 01
                                                # Zvolen'), then its town
            """,
            0.85,
        ),
        Pattern(
            "cz_street",
            r"""(?x)
            (?<![\w\-./])
            (?:(?:ul\.|ulice|nám\.|náměstí|Nám\.|Náměstí|nábř\.|nábřeží|Nábřeží|tř\.|třída|Třída)[\ ]  # a Czech or
              (?:\d{1,2}\.[\ ](?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu  # Slovak
                |prosince)                      # street after its kind's word ('náměstí Míru 820/9', 'ul. Palackého
              |\p{Lu}[\p{Ll}\p{M}]+(?:[\ ]\p{Lu}[\p{Ll}\p{M}]+){0,2})  # 1589/17a', 'nábřeží Kapitána Jaroše
                                                # 1000/7', 'tř. 28. října 12'), or before it ('Hlavní třída 583/45',
            |\p{Lu}[\p{Ll}\p{M}]+(?:[\ ]\p{Lu}[\p{Ll}\p{M}]+)?[\ ](?:třída|náměstí|nábřeží|sady|alej)  # 'Smetanovy sady 5')
            |(?:Na|U|K|Pod|Nad|Za|Před|Mezi)[\ ]\p{Lu}[\p{Ll}\p{M}]{1,}[aeiouyáéěíóúůý](?![\p{L}\p{M}])  # a street
              (?:[\ ]\p{Lu}[\p{Ll}\p{M}]+)?     # named by its place, after a preposition, the place's word in
                                                # its case ('Na Příkopě 15', 'U Nemocnice 2'; not Burmese's
                                                # honorific before a name, 'U Kyaw Min 45')
            |\d{1,2}\.[\ ](?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)
              (?=[\ ]\d{1,5}/\d)                 # a date's, with both numbers ('28. října 1234/5'; not a date's
                                                # year: '28. října 2024')
            |(?:\p{Lu}[\p{Ll}\p{M}]+[\ ]){0,2}\p{Lu}[\p{Ll}\p{M}]*(?:ova|ovo|ovy|ská|cká|ní|ého|ích|ých|á|í|ě|é)  # or a
              (?=[\ ]\d{1,5}/\d)                 # street by its name's adjective's or possessive's ending, with the
                                                # land register's number and the street's ('Štefánikova 2580/28')
            )
            [\ ]\d{1,5}(?:/\d{1,5})?[a-zA-Z]?      # the house's number
            (?![\w/\-.,]\d|[\w/])
            """,
            0.85,
        ),
        Pattern(
            "lot_parcelle",
            r"""(?x)
            (?<![\w\-])(?i:lot)[\ ](?:n[°º]\ ?)?\d{1,5}[A-Z]?,?[\ ](?i:parcelle)[\ ](?:n[°º]\ ?)?[A-Z0-9]{1,4}
            (?:,?[\ ](?i:section)[\ ][A-Z0-9]{1,4})?  # a plot as francophone West Africa's land registry
            (?![\w\-])                      # numbers it: 'Lot 44, parcelle E, section BC' (Burkina Faso's)
            """,
            0.9,
        ),
        Pattern(
            "sector_number",
            r"""(?x)
            (?<![\p{L}\p{M}\-])(?:[Ss]ecteur|Quartier)[\ ](?:n[°o][\ ]?)?\d{1,2}  # a town's sector by its number, as
            (?![\w\-])                      # Ouagadougou's and Bobo-Dioulasso's addresses give it: 'Secteur 15'
            |(?<![\p{L}\p{M}\-])\p{Lu}\p{Ll}{2,}[\ ]Zone[\ ]\d{1,2}(?![\w\-])  # (a quarter's: 'Quartier 3'; and
                                            # Abidjan's zones by their commune, 'Marcory Zone 4')
            """,
            0.7,
        ),
        Pattern(
            "numbered_street_bf",
            r"""(?x)
            (?<![\w\-])(?:Rue|rue|Avenue|avenue|Av\.)[\ ]\d{1,2}\.\d{1,3}  # a street by its number, as Burkina
            (?![\w\-]|[.,]\d)               # Faso's towns number them ('Rue 17.52': sector 17's street 52)
            """,
            0.9,
        ),
        Pattern(
            "boite_postale",
            r"""(?x)
            (?<![\w\-.])(?:\d{2}[\ ])?(?:BP|B\.P\.)[\ ]?\d{1,5}  # a post-office box as French-speaking West
            (?=,?[\ ]\p{Lu}\p{Ll})             # Africa writes it, before its town: '01 BP 1234 Ouagadougou 01'
            """,                             # (not a blood pressure's 'BP 130/85')
            0.9,
        ),
        Pattern(
            "ghana_digital_address",
            r"""(?x)
            (?<=(?i:digital[\ ]address|gps(?:[\ ]address)?|ghana[\ ]?post(?:[\ ]gps)?(?:[\ ]address)?)  # Ghana Post's
                [\ ]?[:\-=]?[\ ]?(?i:(?:is|be|na|dey)[\ ])?["']?)  # GPS address after its label (or its 'is',
                                            # English's and Pidgin's: 'my GPS be GA-183-8164'): region and
                                            # district letters, the
            [A-Z]{2}-\d{1,4}-\d{4}         # area's and the spot's numbers ('Digital address: GA-183-8164',
                                            # a log's 'gps=SD-014-3983');
            (?![\w\-])                      # without it the shape is an order's or a part's as often
            """,
            0.9,
        ),
        Pattern(
            "plot_number_za",
            r"""(?x)
            (?<![\w\-])(?:Stand|Erf|ERF)[\ ](?:[Nn]o\.?[\ ]?)?\d{1,6}[A-Z]?  # a stand or an erf by its number,
            (?=,?[\ ]\p{Lu}\p{Ll})             # as South Africa's villages and townships give an address, before
            """,                             # its place: 'Stand No. 1234 Ga-Kgapane', 'Erf 5521, Mamelodi'
            0.9,
        ),
        Pattern(
            "grid_address_gulf",
            r"""(?x)
            (?<![\w\-])                     # the Gulf's addresses number the grid, not the street:
            (?:(?:(?:""" + _GRID_PART + r"""),?[\ ]){1,4}  # Oman's 'Way 3015, House 1204', Kuwait's 'Block 4,
            """ + _GRID_STREET + r"""       # Street 12, Jadda 3, House 18', Qatar's 'Building 45, Street 230,
            (?:,?[\ ](?:""" + _GRID_PART + r""")){0,5}  # Zone 66', Bahrain's 'Flat 12, Building 1425, Road
            |""" + _GRID_STREET + r"""      # 3621, Block 336': a street word among two parts or more
            (?:,?[\ ](?:""" + _GRID_PART + r""")){1,5})
            |(?<![\w\-])Way[\ ](?:No\.?[\ ]?)?\d{3,4}(?=,|[\ ]\p{Lu})  # Oman's way, its number alone, before its area
            """,
            0.9,
        ),
        Pattern(
            "mv_house",
            r"""(?x)
            (?<![\w.\-])(?:(?:[A-Z]|[A-Z][a-z]{1,2})\.[\ ])?  # a Maldivian house by its name, its island's letter
            (?=\p{Lu}\p{Ll}*(?:aa|ee|oo|dh|lh|gh))      # (Dhivehi's long vowels and digraphs in it: no English
                                                 # word's 'Message', 'Storage', 'Cottage')
            \p{Lu}\p{Ll}{2,}(?:aage|ge|ghe|vilaa)        # before it maybe ('Ge. Asurumaage', 'Maavaage'), then a
            (?=,[\ ][^\n]{0,60}?(?:Atoll|Mal[eé]|Hulhumal[eé]|Addu|Fuvahmulah|Kulhudhuffushi|Hithadhoo|Maldives
              |Villimal[eé]|Thinadhoo|Naifaru|Eydhafushi|\b\d{5}\b))  # comma and its island or atoll
            """,
            0.85,
        ),
        Pattern(
            "postal_code_om",
            r"""(?x)
            (?<=,[\ ]|Box[\ ]\d{1,5}[\ ])   # Oman's postal code after its box or a comma: 'P.O. Box 1234,
            (?:P\.?C\.?|Postal[\ ][Cc]ode)[\ :]{1,2}\d{3}(?!\d)  # PC 112, Ruwi', 'PO Box 88 PC 611'
            """,
            0.7,
        ),
        Pattern(
            "village_of_chief_za",
            r"""(?x)
            (?<![\p{L}\p{M}\-])(?:Ga|Ha)-  # a village by its chief's family, as Limpopo names them: Sepedi's
            (?!(?:Young|Yeong|Yoon|Seong|Jeong|Kyung|Hyun|Eun|Yeon|Hee|Jin|Min|Sung|Jung|Joon|Won)\b)  # 'Ga-',
            \p{Lu}\p{Ll}{4,}(?![\p{L}\p{M}\-])  # Tshivenda's 'Ha-' ('Ga-Kgapane', 'Ha-Mashamba'; not a Korean
            """,                             # given name's syllables: 'Ha-Young')
            0.7,
        ),
        Pattern(
            "street_before_postcode_town",
            r"""(?x)
            (?<![\w.\-/])(?!(?:Version|Issue|Order|Ticket|Build|Room|Page|Step|Item|Line|Port|Total|Invoice|Case|Task
                             |Windows|Android|Release|Chapter|Section|Table|Figure|Level|Phase|Batch|Job|Run)\b)
            \p{Lu}[\p{Ll}\p{M}'’\-]+\.?(?:[\ ](?:\p{Lu}[\p{Ll}\p{M}'’\-]+\.?|od|i|и|e|kralja|краља|kneza|кнеза
                                              |cara|цара|vojvode|војводе|bana|kraljice|narodnog|народног)){0,3}
            [\ ](?:\d{1,4}[a-zA-Zа-я]?(?:/(?:\d{1,4}|[IVX]{1,4}))?|bb|BB|бб)  # a street named without its word, then
            (?=(?:,[\ ][^,\n]{1,20})?,[\ ]\d{4,5}[\ ]\p{Lu}[\p{Ll}\p{M}]+(?:[\ ]\p{Lu}[\p{Ll}\p{M}]+)?(?:[,.;)]|[\ \t]*$))
                                           # its number (or 'bb', no number), maybe a flat, and a postcode and its town:
                                           # the South Slavic lands' 'Ilica 45, 10000 Zagreb', 'Zmaja od Bosne 8, 71000
                                           # Sarajevo', 'Кнеза Милоша 12, стан 4, 11000 Београд', 'Maršala Tita bb, 88000
                                           # Mostar'
            """,
            0.85,
        ),
        Pattern(
            "street_slavic_lower_words",
            r"""(?x)
            (?<![\w.\-])(?:ул\.|бул\.|улица|булевар|Булевар|Ulica|ul\.|Trg|trg|Bulevar|bul\.|Bul\.)[\ ]  # a South Slavic
            \p{Lu}[\p{L}\p{M}'’\-]+\.?(?:[\ ](?:\p{Lu}[\p{L}\p{M}'’\-]+\.?|\p{Ll}[\p{Ll}\p{M}]{2,20})){1,3}  # street's name
            [\ ](?:(?:бр|br)\.[\ ]?)?\d{1,4}\p{L}?(?:[\-/]\d{1,4}){0,2}  # with words in lower case ('ул. Македонски
            (?![\w]|[.,:/]\d)              # просветители 45', 'бул. Партизански одреди 15/3-12', 'Trg bana Jelačića 5')
            """,
            0.9,
        ),
        Pattern(
            "street_type_then_number",
            r"""(?x)
            (?<![\w.\-])\p{Lu}[\p{Ll}\p{M}'’‘ʻ\-]+(?:[\ ]\p{Lu}[\p{Ll}\p{M}'’‘ʻ\-]+){0,2}  # a street's name, its
            [\ ](?:Ave|Ave\.|Avenue|Street|St|St\.|Str\.|Blvd|Blvd\.|Boulevard|Road|Rd|Rd\.|Prospekt|Prospect|Lane)  # English
            [\ ](?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?:/\d{1,4})?  # word, then its number, as Central Asia writes it in
            (?=,|\.?[\ \t]*$|[\ ](?:apt|kv|office|of\.)\b)  # English ('Kabanbay Batyr Ave 53, apt 104')
            """,
            0.85,
        ),
        Pattern(
            "area_word_before_name",
            r"""(?x)
            (?<![\p{L}\p{M}\-.])
            (?:г\.|гор\.|ш\.|мкр\.?|микрорайон|пос\.|пгт|аул|ауыл|кишлак|(?<!/|\d[\ ])с\.(?=[\ ]?\p{Lu}\p{Ll})  # Russian's, Kazakh's
                                           # and Tajik's town, microdistrict, settlement, village ('г. Алматы', 'мкр.
                                           # Самал-2', 'ш. Душанбе'; not a rate's 'per second': '100 Мбит/с. Телефон',
                                           # nor seconds: 'заняла 59 мин 15 с. You can ...')
               |Sangkat|Phum|Khum|Srok|Krong|Muang|Meuang|(?<=,[\ ])Khan|(?<=,[\ ])Ban  # Cambodia's quarter, village,
                                           # commune, district, town, (after a comma) its district, Laos' district and
                                           # village ('Sangkat Tuol Tumpung 2, Khan Chamkarmon', 'Ban Xiengmouan')
               |(?:(?<=^)|(?<=\n))Ban(?=[\ ]\p{Lu}\p{Ll}+,)  # (a Lao village starting an address's line: 'Ban
                                           # Phonxay, Saysettha District')
               |Lagjja|Lagja            # Albania's neighbourhood ('Lagjja 4', 'Lagjja Kodra e Diellit')
               |mun\.|municipiul|or\.|orașul|oraşul|orasul|jud\.|județul|judeţul|judetul|(?<![)\]][\ ]|dot[\ ])com\.|comuna|sat\.|satul
               |raionul|r-nul|гр\.|град|обл\.|област|общ\.|община|(?<!\d[\ ])gr\.|obl\.|obsht\.|obshtina
                                           # Romania's and Moldova's municipality, town, county, commune, village and
                                           # district ('mun. Chișinău', 'jud. Cluj', 'com. Florești', 'raionul
                                           # Ungheni'), Bulgaria's town, province and municipality ('гр. Пловдив',
                                           # 'общ. Карлово', 'gr. Plovdiv'; not grams: '500 gr. Brânză', nor an
                                           # obfuscated address's domain: 'aiman (at) gmail (dot) com. Terima')
               |(?<![\w\-][\ ])village|(?<=,[\ ])village)  # a village, in an address's place ('village Tsinandali,
                                           # Telavi municipality'; not 'the village Elders')
            [\ ]?
            (?:\p{Lu}\p{Ll}[\p{L}\p{M}'’‘ʻ\-]{0,30}(?:(?<=-)\d{1,3}|-\d{1,3})?(?:[\ ](?:e[\ ])?\p{Lu}\p{Ll}[\p{L}\p{M}'’‘ʻ\-]{0,30}){0,2}(?:[\ ]\d{1,2}(?!\d))?
              |\d{1,3}(?![\w\-.,/:]\d|[\w\-]))
            (?![\p{L}\p{M}])
            """,
            0.85,
        ),
        Pattern(
            "sea_script_area",
            r"""(?x)
            (?<![\u1780-\u17ff\u0e80-\u0eff\u1000-\u109f])  # Cambodia's district, province, town, commune, quarter
            (?:(?:ខណ្ឌ|ខេត្ត|ស្រុក|សង្កាត់|ភូមិ|ឃុំ|ក្រុង|រាជធានី)[\u1780-\u17d3\u17d7\u17dc\u17dd]{2,30}  # and village
              |(?:ເມືອງ|ແຂວງ|ບ້ານ|ນະຄອນຫຼວງ)[\u0e80-\u0ecf\u0edc-\u0eff]{2,30}  # glued to its name ('ខណ្ឌសែនសុខ',
              |[\u1000-\u1049\u104c-\u109f]{2,30}မြို့နယ်)  # 'ខេត្តសៀមរាប'), Laos' district, province, village and
            (?![\u1780-\u17d3\u0e80-\u0ecf\u1000-\u1049\u104c-\u109f])  # capital ('ເມືອງໄຊທານີ'), Myanmar's township after
                                           # its name ('ကမာရွတ်မြို့နယ်'): one word, as these scripts write one
            """,
            0.85,
        ),
        Pattern(
            "area_word_after_name",
            r"""(?x)
            (?<![\p{L}\p{M}\-])(?!(?:The|This|That|These|Those|Our|Your|Their|His|Her|Its)[\ ])  # ('The compound')
            \p{Lu}[\p{L}\p{M}'’‘ʻ\-]{2,30}(?:[\ ]\p{Lu}[\p{L}\p{M}'’‘ʻ\-]{2,30})?  # a place by its
            [\ ](?:tumani|tumanı|viloyati|shahri|sh\.|mahallasi|qalasy|qalasi|qishlog['‘’ʻ]i|ауданы|облысы|ауылы|району|районы|район
               |қаласы|қ\.|шаҳри|шахри|тумани|вилояти|маҳалласи|қишлоғи  # (Kazakh's town; Uzbek's in Cyrillic)
               |р-н|обл\.|область|облусу|oblast|oblys|oblysy|rayon|Tsp\.?|Township|Qarku|Bashkia|opština|općina|општина
               |Province|province|[Mm]unicipality|şəh\.|şəhəri|r-nu|rayonu|ray\.|qəs\.|qəsəbəsi|kəndi|compound|Compound
               |duureg|düüreg|дүүрэг|aimag|аймаг|soum|сум|Dzongkhag|dzongkhag|Gewog|gewog|Thromde|thromde)
            (?![\p{L}\p{M}])               # kind's word after its name: Uzbekistan's district, region, town, quarter
                                           # ('Chilonzor tumani', 'Farg‘ona viloyati', 'Toshkent sh.'), Kazakhstan's,
                                           # Kyrgyzstan's and Russian's ('Медеуский район', 'Алматинская обл.'), Myanmar's
                                           # township ('Bahan Tsp'), Albania's county and municipality, the South Slavic
                                           # lands' municipality, a province ('Kampong Cham Province'),
                                           # Azerbaijan's town, district, settlement, village ('Bakı şəh., Nəsimi
                                           # r-nu', 'Yasamal ray.'), Georgia's municipality, Armenia's province
                                           # ('Telavi municipality', 'Kotayk province'), Zambia's and Malawi's
                                           # township ('Magazine compound'), Mongolia's district, province and
                                           # county ('Khan-Uul duureg', 'Сүхбаатар дүүрэг', 'Dornod aimag'), Bhutan's
                                           # district, block and town ('Paro Dzongkhag', 'Chang gewog')
            """,
            0.9,
        ),
        Pattern(
            "street_finglish",
            r"""(?x)
            (?<![\p{L}\p{M}\-.])            # Iran's and Afghanistan's street words in Latin letters, before the
            (?:(?:Kuche|Kucheh|Kooche|Koocheh|Khiaban|Khiyaban|Kheyaban|Kheiaban|Bolvar|Meydan|Midan|Sarak|Blvd\.|Shahrak)
               (?:-ye|-e|-i|e(?<=[nr]e)|ye(?<=he?ye))?  # (the ezafe glued on: 'Kheyabane Enghelab', 'Bolvare Keshavarz')
              |(?:Jada|Jadeh|Darwaza|Darvazeh|Kuy|Koy)-(?:ye|e|i)
            |Kh\.|Kuch\.)                 # (the street word shortened: 'Kh. Valiasr', 'Kuch. Naderi')
                                           # name or the number ('Kuche-ye Shahid Rahimi',
            [\ ](?:\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]{1,30}(?:[\ ]\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]{1,30}){0,2}  # 'Blvd. Zand',
                 |\d{1,4}(?![\w\-.,/:]\d|[\w\-]))  # 'Jada-e Walayat', 'Darwaza-e Balkh', 'Sarak 3')
            |(?<![\p{L}\p{M}\-.])(?:Alley|Kuche|Kucheh|Sarak)[\ ]\d{1,4}(?![\w\-.,/:]\d|[\w\-])  # ('Alley 23')
            |(?<![\p{L}\p{M}\-.])\p{Lu}\p{Ll}{2,20}(?:[\ ]\p{Lu}\p{Ll}{2,20})?[\ ](?:St|Ave|Blvd|Rd)\.(?=,)  # a street
                                           # named without its number, its word shortened, before a comma:
                                           # 'Tehran, Valiasr St., Kuche ...' (a saint's 'St.' comes before a name)
            |(?<![\p{L}\p{M}\-.])\p{Lu}\p{Ll}{3,20}-e[\ ](?:Bala|Payin|Paeen|Shomali|Jonubi)  # a street's upper or
            (?![\p{L}\p{M}])               # lower, northern or southern part: 'Chaharbagh-e Bala'
            """,
            0.85,
        ),
        Pattern(
            "postcode_after_its_label",
            r"""(?x)
            (?<=[\ :])(?=\d)                    # cheap guard first: a number's first digit after a blank or a colon
            (?<=(?:(?i:c[óo]digo[\ ]postal|c[óo]d\.[\ ]?postal|codi[\ ]postal|code[\ ]postal|codice[\ ]postale
                 |postal[\ ]code|post[\ ]code|postcode|zip[\ ]code)|(?-i:C\.P\.|CP|CAP|PLZ|ZIP))
                 (?:[\ ](?:é|es|is|era|was))?[\ ]?:?[\ ]?)  # a postcode after its label, in a sentence too (a shop's
                                                    # log: 'Código postal 38530 no coincide con municipio ...', a
                                                    # message: 'o código postal é 9230-116')
            (?:\d{4}-\d{3}|\d{5}(?:-\d{4})?)     # Portugal's seven digits, a five-digit code and a ZIP+4's
            (?![\w\-]|[.,]\d)                    # (the whole code: no amount, no longer number)
            """,
            0.85,
        ),
        Pattern(
            "postcode_iran_labelled",
            r"""(?x)
            (?<=(?i:postal[\ ]code|post[\ ]code|postcode|zip[\ ]code|code[\ ]posti|kod[\ ]posti|kod-e[\ ]posti)[\ ]?:?[\ ]?)
            \d{5}[\-\ ]?\d{5}(?![\w\-])     # Iran's ten digits after an English or Latin-letter label ('Postal code
            """,                             # 71348-45761': no phone number)
            0.9,
        ),
        Pattern(
            "numbered_quarter_uz",
            r"""(?x)
            (?<![\w\-])(?:\p{Lu}[\p{Ll}\p{M}'’‘ʻ]+[\ ])?\d{1,3}-(?:kvartal|mavze|mavzesi|mikrorayon|мавзе|квартал|мкр)
            (?![\p{L}\p{M}])               # Tashkent's numbered quarter, maybe after its district ('Yunusobod 19-mavze',
            """,                             # '9-kvartal')
            0.85,
        ),
    ]

    CONTEXT = [
        "address",
        "street",
        "lives",
        "live",
        "located",
        "ship",
        "shipping",
        "billing",
        "mail",
        "home",
        "residence",
        "deliver",
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name="StreetAddressRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # case-sensitive; keywords use (?i:...)
        )
