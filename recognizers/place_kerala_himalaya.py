"""LOCATION: Kerala's towns, and the Himalaya's in India: Sikkim and Darjeeling's hills, Ladakh and Kargil; in English,
Malayalam, Nepali and Hindi in Devanagari, Urdu and Tibetan.

place_india lists India's larger towns. Kerala's smaller towns and resorts (``Alappuzha``, ``Munnar``, ``Varkala``),
Sikkim's and Darjeeling's (``Gangtok``, ``Kalimpong``, ``Pelling``) and Ladakh's (``Leh``, ``Nubra``, ``Diskit``)
are read by spaCy's small English model as persons or not at all, and a log's lines get no NER. A closed list is the
evidence, and outscores the model's reading (0.9 against its 0.85):

* ``kerala_town``: Kerala's towns, resorts and a city's localities (``Alappuzha``/``Alleppey``, ``Fort Kochi``,
  ``Kakkanad``), and in Malayalam (``ആലപ്പുഴ``, ``തൃശ്ശൂർ``), before its case endings (``മൂന്നാറിൽ`` is not taken:
  a chillu letter changes before them; ``ആലപ്പുഴയിൽ`` is, its ending left out).
* ``sikkim_darjeeling_town``: Sikkim's and the Darjeeling hills' towns (``Gangtok``, ``Namchi``, ``Kurseong``), and
  in Nepali's Devanagari before its postpositions glued to them (``दार्जिलिङबाट``, ``गान्तोकमा``).
* ``ladakh_town``: Ladakh's and Kargil's towns, villages and valleys (``Leh``, ``Choglamsar``, ``Nubra``, ``Zanskar``),
  in Devanagari, Urdu and Tibetan (``लेह``, ``کرگل``, ``གླེ``).
* ``kh_pin``: a six-digit PIN code after one of those towns (``Leh 194101``, ``Gangtok - 737101``).
* ``kh_words_after_prep``: the names that are words or people's too (``Pala``, ``Adoor``, ``Lava``, ``Mirik``,
  ``Shey``, ``Stok``, ``Hemis``, ``Melli``, ``Ranka``), only after a preposition (``in Pala``, ``from Lava``,
  ``near Shey``).

Left out: a town inside a firm's, a school's or a body's name (``Kerala Blasters``, ``Munnar Tea Estates``, ``Leh
Airport``, ``Darjeeling Himalayan Railway``), a homestay's (``Nubra Organic Retreat``, ``Spangmik Camps``),
Darjeeling's tea (``Darjeeling tea``, ``a Darjeeling first flush``), a river named for a town (``the Chalakudy
river``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_KERALA = (r"(?:Alappuzha|Alleppey|Kumarakom|Munnar|Thekkady|Kumily|Varkala|Kovalam|Wayanad|Kalpetta"
           r"|Sulthan[ ]Bathery|Sultan[ ]Bathery|Mananthavady|Idukki|Thodupuzha|Pathanamthitta|Malappuram|Manjeri"
           r"|Tirur|Ponnani|Kasaragod|Kasargod|Kasaragode|Thalassery|Tellicherry|Payyanur|Vadakara|Guruvayur"
           r"|Guruvayoor|Chalakudy|Irinjalakuda|Kodungallur|Aluva|Alwaye|Angamaly|Angamaly|Perumbavoor|Muvattupuzha"
           r"|Kothamangalam|Fort[ ]Kochi|Fort[ ]Cochin|Mattancherry|Kakkanad|Edappally|Edapally|Vyttila|Kalamassery"
           r"|Tripunithura|Thrippunithura|Changanassery|Changanacherry|Ettumanoor|Vaikom|Cherthala|Kayamkulam"
           r"|Haripad|Mavelikara|Chengannur|Thiruvalla|Tiruvalla|Punalur|Karunagappally|Attingal|Neyyattinkara"
           r"|Nedumangad|Kazhakootam|Pattom|Vazhuthacaud|Kowdiar|Sasthamangalam|Poovar|Bekal|Nilambur"
           r"|Perinthalmanna|Kottakkal|Shoranur|Ottapalam|Mannarkkad|Cherpulassery|Kunnamkulam|Kochi|Thrissur"
           r"|Trichur|Kozhikode|Calicut|Kannur|Cannanore|Kollam|Quilon|Palakkad|Palghat|Kottayam|Ernakulam"
           # (and in Malayalam)
           r"|ആലപ്പുഴ|കുമരകം|മൂന്നാർ|തേക്കടി|കുമളി|വർക്കല|കോവളം|വയനാട്|കൽപ്പറ്റ|ഇടുക്കി|തൊടുപുഴ|പത്തനംതിട്ട"
           r"|മലപ്പുറം|മഞ്ചേരി|തിരൂർ|പൊന്നാനി|കാസർഗോഡ്|കാസറഗോഡ്|തലശ്ശേരി|പയ്യന്നൂർ|വടകര|ഗുരുവായൂർ|ചാലക്കുടി"
           r"|ഇരിങ്ങാലക്കുട|കൊടുങ്ങല്ലൂർ|ആലുവ|അങ്കമാലി|പെരുമ്പാവൂർ|മൂവാറ്റുപുഴ|കോതമംഗലം|ഫോർട്ട്[ ]കൊച്ചി"
           r"|മട്ടാഞ്ചേരി|കാക്കനാട്|ഇടപ്പള്ളി|വൈറ്റില|കളമശ്ശേരി|തൃപ്പൂണിത്തുറ|ചങ്ങനാശ്ശേരി|ഏറ്റുമാനൂർ|വൈക്കം"
           r"|ചേർത്തല|കായംകുളം|ഹരിപ്പാട്|മാവേലിക്കര|ചെങ്ങന്നൂർ|തിരുവല്ല|പുനലൂർ|കരുനാഗപ്പള്ളി|ആറ്റിങ്ങൽ"
           r"|നെയ്യാറ്റിൻകര|നെടുമങ്ങാട്|കഴക്കൂട്ടം|നിലമ്പൂർ|പെരിന്തൽമണ്ണ|കോട്ടക്കൽ|ഷൊർണൂർ|ഒറ്റപ്പാലം"
           r"|കുന്നംകുളം|തൃശ്ശൂർ|തൃശൂർ|എറണാകുളം|കോട്ടയം|കൊല്ലം|പാലക്കാട്|കണ്ണൂർ|കൊച്ചി|കോഴിക്കോട്"
           r"|തിരുവനന്തപുരം|കേരളം|കേരള)")
_SIKKIM = (r"(?:Gangtok|Namchi|Gyalshing|Geyzing|Pelling|Ravangla|Rabongla|Lachung|Yuksom|Rumtek"
           r"|Rangpo|Singtam|Jorethang|Soreng|Pakyong|Darjeeling|Darjiling|Kalimpong|Kurseong|Sukna|Ghoom"
           r"|Lolegaon|Rishyap|Pedong|Algarah|Bagdogra|Tadong|Ranipool|Zuluk|Nathula|Nathu[ ]La|Tsomgo|Changu"
           r"|Takdah|Sittong|Sonada|Tindharia|Dooars|Jaigaon|Jalpaiguri|Siliguri|Sikkim"
           # (and in Nepali's and Hindi's Devanagari)
           r"|दार्जिलिङ|दार्जीलिङ|दार्जिलिंग|दार्जीलिंग|कालिम्पोङ|कालेबुङ|कालिम्पोंग|खरसाङ|कर्सियांग|मिरिक|सिलगढी"
           r"|सिलीगुड़ी|सिलीगुडी|गान्तोक|गंगटोक|नाम्ची|पेलिङ|मङ्गन|रावाङ्ला|लाचुङ|जोरथाङ|सिङताम|रङ्पो|सिक्किम)")
_LADAKH = (r"(?:Leh|Kargil|Nubra|Diskit|Hunder|Turtuk|Pangong|Spangmik|Lukung|Nyoma|Tso[ ]Moriri|Korzok"
           r"|Zanskar|Zangskar|Padum|Lamayuru|Alchi|Likir|Basgo|Nimmoo|Nimmu|Thiksey|Thiksay|Choglamsar|Phyang"
           r"|Drass|Sankoo|Khaltse|Khalsi|Changthang|Chushul|Panamik|Tangtse|Durbuk|Skurbuchan|Mulbekh"
           r"|Suru[ ]Valley|Ladakh|Ladak"
           # (and in Devanagari, Urdu and Tibetan)
           r"|लेह|कारगिल|लद्दाख|नुब्रा|ज़ांस्कर|जांस्कर|لیہ|لہہ|کرگل|کارگل|لداخ|གླེ|ལ་དྭགས|ཀར་གིལ)")
# Nepali's and Hindi's postpositions glued to a town's name: 'दार्जिलिङबाट' (from Darjeeling), 'गान्तोकमा' (in Gangtok)
_DEVANAGARI_GLUED = r"(?:बाट|मा|को|देखि|सम्म|से|में|का|की|के)"
# Malayalam's case endings after a town ending in a vowel: 'ആലപ്പുഴയിൽ' (in Alappuzha), 'കൊച്ചിയിലെ' (of Kochi's)
_MALAYALAM_GLUED = r"(?:യിൽ|യിലെ|യിലേക്ക്|യിൽനിന്ന്|യുടെ|ിൽ|ിലെ|ിലേക്ക്)"
_END = (r"(?=(?:(?<=\p{Devanagari})" + _DEVANAGARI_GLUED + r"|(?<=\p{Malayalam})" + _MALAYALAM_GLUED + r")?"
        r"(?![\p{L}\p{M}'’]|-(?!\p{Lu})))")  # (the ending is no part of the name)
# Words or people's names too: only after a preposition
_WORDS = (r"(?:Pala|Adoor|Lava|Mirik|Shey|Stok|Hemis|Melli|Ranka|Dras|Mangan|Saboo|Sumur|Hanle|Lachen|Ghum)")
_PREP = r"(?<=(?<![\p{L}'’])(?:in|from|near|to|at|via|reached|visit|visiting)[ ])"

_BUSINESS_AFTER = (r"(?:Blasters|Tea|Estates?|Airport|Railway|Himalayan|Hospital|Medical|College|School|University"
                   r"|Retreat|Homestay|Camps?|Guest[ ]?[Hh]ouse|Lodge|Inn|Cottages?|Farm|Farmstay|Villa|Vidya"
                   r"|Institute|Bank|Club|FC|Police|Municipal|Corporation|Municipality|Express|Mail|Times|Tourism"
                   r"|Travels|Tours|Holidays|Motors|Hotel|Resort|Homestay|Cooperative|Co-operative|Marathon|Festival"
                   r"|Hub|Cluster|DC|Server|Branch|Office|Division|Circle|Zone|Region|Store|Mall|Stores)")
_NOT_BUSINESS = (r"(?![ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}])"
                 r"|[ ](?:tea|first[ ]flush|second[ ]flush|airport|railway[ ]station|bus[ ]stand|river|dam)\b)")
_NOT_A_SITE = r"(?<!\b(?:Hotel|Resort|Homestay|Club|Bank|Airport|University|College|Tea|Estate|Road|Marg)[ ])"


def _place(names: str) -> str:
    return r"(?x)(?<![\p{L}\p{M}\-'’])" + _NOT_A_SITE + names + _END + _NOT_BUSINESS


class PlaceKeralaHimalayaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("kerala_town", _place(_KERALA), 0.9),
        Pattern("sikkim_darjeeling_town", _place(_SIKKIM), 0.9),
        Pattern("ladakh_town", _place(_LADAKH), 0.9),
        Pattern("kh_pin", r"(?x)(?<=(?<![\p{L}\p{M}\-])(?:" + _KERALA + r"|" + _SIKKIM + r"|" + _LADAKH + r")"
                r"(?:[ ]?[,\-–][ ]?|[ ]))[1-9]\d{2}[ ]?\d{3}(?![\d\-/:#\p{L}]|\.\d|[ ]\d)", 0.9),
        Pattern("kh_words_after_prep", r"(?x)" + _PREP + _WORDS + r"(?![\p{L}\p{M}\-'’])" + _NOT_BUSINESS, 0.85),
    ]
    CONTEXT = ["address", "pin", "pincode", "town", "city", "village", "district", "വിലാസം", "ठेगाना", "पता"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
