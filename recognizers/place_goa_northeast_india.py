"""LOCATION: Goa's, Assam's, Meghalaya's and Nagaland's towns, districts and a city's localities, in English,
Konkani's and Hindi's Devanagari, and Assamese's and Bengali's script.

place_india lists India's larger towns (``Guwahati``, ``Panaji``, ``Margao``) and its states. The smaller towns and
villages (``Mapusa``, ``Calangute``, ``Jorhat``, ``Shillong``, ``Kohima``, ``Mokokchung``) spaCy's small English
model reads as persons or not at all, it reads no Devanagari or Assamese script, and a log's lines get no NER. A
closed list is the evidence, and outscores the model's reading (0.9 against its 0.85):

* ``goa_town``: Goa's towns, villages and Panaji's localities (``Mapusa``, ``Porvorim``, ``Calangute``, ``Baga
  Beach``, ``Fontainhas``, ``Vasco-da-Gama``; ``Vasco`` before ``, Goa`` or a PIN only), and in Devanagari before
  Konkani's and Hindi's endings glued to them (``मडगांवांत`` 'in Margao', ``पणजेंत``, ``म्हापसा``, ``फोंड्यांत``).
* ``assam_town``: Assam's towns and districts (``Gauhati``, ``Dibrugarh``, ``Sivasagar``/``Sibsagar``, ``North
  Lakhimpur``, ``Majuli``), and in Assamese, Bengali and Hindi before their case endings glued to them
  (``গুৱাহাটীত`` 'in Guwahati', ``ডিব্ৰুগড়ৰ``, ``শিলচরে``, ``गुवाहाटी``).
* ``meghalaya_town``: Meghalaya's towns and districts (``Shillong``, ``Cherrapunji``/``Sohra``, ``Mawlynnong``,
  ``East Khasi Hills``, ``South West Garo Hills``, ``Ri Bhoi``).
* ``nagaland_town``: Nagaland's towns (``Kohima``, ``Dimapur``, ``Chümoukedima``, ``Khonoma``; ``Mon`` before ``,
  Nagaland`` or a PIN only).
* ``ne_locality``: Guwahati's, Shillong's, Kohima's and Dimapur's localities (``Paltan Bazar``, ``Ganeshguri``,
  ``Lachit Nagar``, ``Laitumkhrah``, ``Police Bazar``, ``Nongrim Hills``, ``PR Hill``, ``Duncan Basti``).
* ``gne_pin``: a six-digit PIN code of those states after one of those towns (``Shillong 793003``, ``Jorhat-785001``,
  ``Kohima - 797001``, ``Mapusa 403507``); place_india's ``in_pin`` takes it after ``Guwahati`` and the states.
* ``gne_words_after_prep``: the names that are words or people's too (``Tura``, ``Mon``, ``Laban``, ``Polo``,
  ``Verna``, ``Baga``, ``Ponda``, ``Colva``, ``Phek``, ``Peren``, ``Malki``, ``Vasco``, ``Dona Paula``, ``Six
  Mile``), only after English's word for 'in', 'from' or 'near', or Khasi's ``na`` 'from' and ``ha`` 'in' (``in
  Tura``, ``from Mon``, ``ha Laban``, ``at Six Mile``).
* ``gne_words_before_state``: those names before their state, a PIN of these states or Hindi's postposition
  (``Verna, Goa``, ``Mon, Nagaland``, ``Tura 794001``, ``Ponda में``).

Left out: a town inside a firm's, a school's, a team's, a paper's, a tea's or a hotel's name (``Dibrugarh
University``, ``Shillong Lajong FC``, ``Jorhat Engineering College``, ``Gauhati High Court``, ``Shillong Times``,
``Calangute Beach Resort``, ``Dibrugarh tea``), a hospital's (``Naga Hospital``), a weekday's ``Mon`` (``from Mon to
Fri``, ``Mon-Fri``), a romanized Assamese case ending (``Jorhatot``), the towns place_india finds (``Guwahati``,
``Panaji``, ``Margao``, ``Williamnagar``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# The first three digits of Goa's (403), Assam's (781-788), Meghalaya's (793, 794) and Nagaland's (797, 798) PINs
_PIN3 = r"(?:403|78[1-8]|79[3478])"
_GOA = (r"(?:Mapusa|Vasco-da-Gama|Vasco(?:[ ]da[ ]Gama)?(?=[ ]?[,\-–][ ]?(?:South[ ]Goa|Goa|403)|[ ]403)"
        r"|Calangute|Candolim|Anjuna|Porvorim|Bicholim|Pernem|Sanquelim|Curchorem|Quepem|Canacona|Benaulim"
        r"|Fatorda|Navelim|Siolim|Assagao|Arpora|Baga[ ]Beach|Miramar|Taleigao|Fontainhas|Altinho|Chicalim"
        r"|Dabolim|Cortalim|Majorda|Utorda|Loutolim|Chinchinim|Cuncolim|Panjim|Madgaon|Mormugao|Marmagao"
        r"|Old[ ]Goa|North[ ]Goa|South[ ]Goa|Valpoi|Sanguem|Morjim|Mandrem|Arambol|Agonda|Palolem|Cavelossim"
        r"|Varca|Betalbatim|Saligao|Caranzalem|Ribandar|Bambolim|Sancoale"
        # (and in Devanagari: Konkani's oblique 'पणजे', 'म्हापशा', 'फोंड्या' before its endings)
        r"|मडगांव|मडगाव|पणजी|पणजे|म्हापसा|म्हापशा|वास्को|फोंडा|फोंड्या|गोंय|गोवा)")
_ASSAM = (r"(?:Gauhati|Dispur|Jorhat|Dibrugarh|Tezpur|Silchar|Nagaon|Nowgong|Tinsukia|Sivasagar|Sibsagar"
          r"|Golaghat|Bongaigaon|Dhubri|Goalpara|Barpeta|Nalbari|North[ ]Lakhimpur|Lakhimpur|Karimganj"
          r"|Hailakandi|Diphu|Haflong|Kokrajhar|Majuli|Mangaldoi|Mangaldai|Morigaon|Marigaon|Dhemaji|Kaziranga"
          r"|Digboi|Duliajan|Sonitpur|Kamrup|Cachar|Karbi[ ]Anglong|Dima[ ]Hasao|Udalguri|Biswanath[ ]Chariali"
          r"|Hojai|Lumding|Charaideo"
          # (and in Assamese, Bengali (Silchar's and Karimganj's) and Hindi; 'ড়' and 'ढ़' composed or not)
          r"|গুৱাহাটী|গুৱাহাটি|গু(?:\u09df|\u09af\u09bc)াহাটি|দিশপুৰ|ডিব্ৰুগ(?:\u09dc|\u09a1\u09bc)"
          r"|ডিব্রুগ(?:\u09dc|\u09a1\u09bc)"
          r"|যোৰহাট|জোরহাট|তেজপুৰ|তেজপুর|শিৱসাগৰ|নগাঁও|নগাঁৱ|শিলচৰ|শিলচর|তিনিচুকীয়া|ধুবুৰী|বৰপেটা|নলবাৰী"
          r"|গোলাঘাট|কোকৰাঝাৰ|মাজুলী|করিমগঞ্জ|गुवाहाटी|डिब्रूग(?:\u095d|\u0922\u093c)|जोरहाट|तेजपुर|सिलचर"
          r"|असम)")
_MEGHALAYA = (r"(?:Shillong|Jowai|Nongpoh|Cherrapunji|Cherrapunjee|Sohra|Mawlynnong|Nongstoin|Baghmara|Mairang"
              r"|Resubelpara|Khliehriat|Mawsynram|Dawki|Umiam|Mawkyrwat|Ampati|Khasi[ ]Hills|Garo[ ]Hills"
              r"|(?:South[ ]West|Eastern[ ]West|North|South|East|West)[ ](?:Khasi|Garo|Jaintia)[ ]Hills"
              r"|Jaintia[ ]Hills|Ri(?:[ ]|-)Bhoi|শিলং|शिलांग|शिलॉन्ग|मेघालय)")
_NAGALAND = (r"(?:Kohima|Dimapur|Mokokchung|Wokha|Zunheboto|Tuensang|Kiphire|Longleng|Chümoukedima|Chumoukedima"
             r"|Chumukedima|Medziphema|Jalukie|Tseminyu|Pfutsero|Chizami|Kigwema|Khonoma|Jotsoma|Noklak|Niuland"
             r"|Shamator|Mon(?=[ ]?[,\-–][ ]?(?:Nagaland|79[78])|[ ]79[78])|কোহিমা|कोहिमा|दीमापुर|नागालैंड)")
_LOCALITIES = (r"(?:Paltan[ ]Bazar|Pan[ ]Bazar|Fancy[ ]Bazar|Uzan[ ]Bazar|Chandmari|Ganeshguri|Beltola|Khanapara"
               r"|Zoo[ ]Road|Ulubari|Bhangagarh|Maligaon|Jalukbari|Hatigaon|Lachit[ ]Nagar|Zoo[ ]Tiniali"
               r"|Laitumkhrah|Police[ ]Bazar|Mawlai|Nongthymmai|Rynjah|Jaiaw|Mawprem|Lumparing|Lachumiere"
               r"|Upper[ ]Shillong|Nongrim[ ]Hills|Mawkhar|Jhalupara|Iewduh|Bara[ ]Bazar|Mawbah|Lawsohtun"
               r"|Nongmynsong|Kohima[ ]Village|High[ ]School[ ]Junction|PR[ ]Hill|Bayavü[ ]Hill|Bayavu[ ]Hill"
               r"|Daklane|Duncan[ ]Basti|Burma[ ]Camp|Purana[ ]Bazar|Nagarjan)")
# Words or people's names too: only after a preposition, or before their state, a PIN or a Hindi postposition
_WORDS = (r"(?:Tura|Laban|Polo|Verna|Baga|Ponda|Colva|Phek|Peren|Malki|Aldona|Dona[ ]Paula|Six[ ]Mile|Basistha"
          r"|Midland|Margherita|Vasco[ ]da[ ]Gama|Vasco(?![ ]da[ ]|-da-)"
          r"|(?<!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*[ ]to[ ])Mon(?![ ]?[\-–/&][ ]?\p{Lu}|[ ]?\d"
          r"|,[ ]?(?:Tue|Wed|Thu|Fri|Sat|Sun)|[ ](?:to|through|thru|till|until|and|or|onwards?)\b"
          r"|[ ](?:Ami|Amie|Amour|Cheri|Dieu)\b))")  # (a weekday's 'Mon', French's 'mon')
_PREP = r"(?<=(?<![\p{L}'’])(?:in|from|near|to|at|via|reached|visit|visiting|na|ha)[ ])"
_STATE_AFTER = (r"(?=[ ]?[,\-–][ ]?(?:(?:North[ ]|South[ ])?Goa|Assam|Meghalaya|Nagaland"
                r"|(?:\p{Lu}\p{Ll}+[ ]){0,2}(?:Khasi|Garo|Jaintia)[ ]Hills)(?![\p{L}\p{M}])"
                r"|[ ]?[,\-–]?[ ]?" + _PIN3 + r"[ ]?\d{3}(?!\d)|[ ](?:में|से|mein)(?![\p{L}\p{M}]))")

# Devanagari's endings glued to a town's name: Konkani's 'मडगांवांत' (in Margao), 'पणजेंत', 'म्हापशाक' (to Mapusa),
# 'गोंयचो' (Goa's); Hindi's 'गुवाहाटीमें'. Assamese's 'গুৱাহাটীত' (in Guwahati), 'গুৱাহাটীৰ' (of), 'গুৱাহাটীলৈ' (to),
# Bengali's 'শিলচরে', 'শিলচরের'
_DEVANAGARI_GLUED = (r"(?:ांतल्यान|ंतल्यान|ांतलो|ांतली|ांतलें|ांत|ंत|ाक|क|चें|चो|ची|च्या|सून|में|से|का|की|के|ला"
                     r"|मध्ये|हून|चा)")
_BENGALI_GLUED = r"(?:ৰপৰা|ৰে|ৰ|তে|ত|লৈ|ক|েৰ|ের|র|ে|তো)"
_END = (r"(?=(?:(?<=[\p{Devanagari}\p{Latin}])" + _DEVANAGARI_GLUED + r"|(?<=[\p{Bengali}\p{Latin}])" + _BENGALI_GLUED
        + r")?"  # (a Latin name takes them too: 'মই Calanguteৰ পৰা আহিম', from Calangute)
        r"(?![\p{L}\p{M}'’]|-(?![\p{Lu}\d\p{Devanagari}\p{Bengali}])))")  # (the ending is no part of the name; a
# PIN or an ending after a hyphen is no longer word's: 'Jorhat-785001', 'Shillong-ত')
_BUSINESS_AFTER = (r"(?:Tea|University|College|School|Academy|Institute|Polytechnic|Court|Bench|Times|Tribune"
                   r"|Chronicle|Post|Sentinel|Express|Lajong|FC|United|Club|Team|Cup|Tournament|Hospital|Medical"
                   r"|Nursing|Airport|Railway|Refinery|Oil|Petroleum|Cement|Bank|Branch|Office|Police|Municipal"
                   r"|Municipality|Corporation|Board|Council|Chamber|Choir|Press|Diocese|Hotel|Resort|Residency|Inn"
                   r"|Lodge|Homestay|Cottages?|Retreat|Villa|Shack|Travels|Tours|Motors|Store|Stores|Mall|Festival"
                   r"|Marathon|Ralph|Shirts?)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}])"
                 r"|[ ](?:tea|airport|refinery|railway[ ]station|shirts?)\b)")
_NOT_A_SITE = (r"(?<!\b(?:Hotel|Resort|Homestay|Club|Bank|University|College|Tea|Hospital|Diocese[ ]of"
               r"|Archdiocese[ ]of|Bishop[ ]of|University[ ]of|Bank[ ]of)[ ])")


def _place(names: str) -> str:
    return r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names + _END + _NOT_BUSINESS


class PlaceGoaNortheastIndiaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("goa_town", _place(_GOA), 0.9),
        Pattern("assam_town", _place(_ASSAM), 0.9),
        Pattern("meghalaya_town", _place(_MEGHALAYA), 0.9),
        Pattern("nagaland_town", _place(_NAGALAND), 0.9),
        Pattern("ne_locality", _place(_LOCALITIES), 0.9),
        Pattern("gne_pin", r"(?x)(?<=(?<![\p{L}\p{M}\-])(?:" + _GOA + r"|" + _ASSAM + r"|" + _MEGHALAYA + r"|"
                + _NAGALAND + r"|" + _LOCALITIES + r"|" + _WORDS + r")(?:[ ]?[,\-–][ ]?|[ ]))" + _PIN3
                + r"[ ]?\d{3}(?![\d\-/:\#\p{L}]|\.\d|[ ]\d)", 0.85),
        Pattern("gne_words_after_prep", r"(?x)" + _PREP + _WORDS + r"(?![\p{L}\p{M}\-'’])" + _NOT_BUSINESS, 0.85),
        Pattern("gne_words_before_state", r"(?x)(?<![\p{L}\p{M}\-'’])" + _WORDS + _STATE_AFTER, 0.85),
    ]
    CONTEXT = ["address", "pin", "pincode", "town", "city", "village", "district", "locality", "पता", "ঠিকনা"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
