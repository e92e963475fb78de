"""LOCATION: India's towns, localities, PIN codes and addresses after a label in India's scripts.

spaCy's small English model reads a locality named for a person as a person (``Gandhi Nagar``,
``Shivaji Nagar``, ``Vasant Vihar``), misses many towns (``Noida``, ``Kondapur``), and reads no
Devanagari, Tamil, Telugu, Bengali, Kannada, Malayalam, Gujarati or Gurmukhi at all. Evidence here
outscores the model's reading (0.9 against its 0.85):

* ``in_locality``: a locality by India's words for one after its name (``Vasant Vihar``, ``Defence
  Colony``, ``HSR Layout``, ``Anna Salai``, ``Kasba Peth``); ``Nagar``, a family name too, only
  after a house's number or a comma (``45 Gandhi Nagar``, ``12, Shivaji Nagar``), or glued to the
  name (``Indiranagar``, ``Koramangala`` is a name of its own and not taken).
* ``in_town``: India's larger towns and its states by name (``Lucknow``, ``Noida``, ``Uttar
  Pradesh``); not those that are people's names or English words too (``Salem``, ``Sagar``,
  ``Kota``, ``Erode``).
* ``in_pin``: a six-digit PIN code after a listed town or state, a dash between or none
  (``Chennai - 600040``, ``Pune 411005``), or after its label (``PIN: 700019``, ``pincode
  500032``, ``पिन कोड 226001``).
* ``in_script_town``: the larger towns in India's scripts (``लखनऊ``, ``मुंबई``, ``சென்னை``,
  ``హైదరాబాద్``, ``কলকাতা``, ``ಬೆಂಗಳೂರು``).
* ``in_script_address``: an address after its label in those scripts, up to the value's end
  (``पता: 45, गांधी नगर, लखनऊ``, Marathi's ``पत्ता:``, ``முகவரி:``, ``చిరునామా:``, ``ঠিকানা:``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# A locality's word after its name; 'Nagar' (a family name too) is the next pattern's
_LOCALITY_WORDS = (r"(?:Vihar|Colony|Enclave|Layout|Puram|Bagh|Ganj|Chowk|Salai|Peth|Kunj|Mohalla|Extension|Extn"
                   r"|Cantonment|Cantt|Nagara|Palya|Halli|Wadi|Pally|Palli)")
_NAME = r"\p{Lu}[\p{Ll}'’]+"
_LOCALITY = (r"(?x)(?<![\p{L}\p{M}])(?:" + _NAME + r"[ ]){0,2}" + _NAME + r"[ ]" + _LOCALITY_WORDS
             + r"(?:[ ](?:Phase|Sector|Block|Stage)[ ][0-9IVX]{1,4})?(?![\p{L}\p{M}])"
             r"|(?<![\p{L}\p{M}])(?:HSR|BTM|JP|RT|HBR|HRBR|OMR|ECR|GT)[ ](?:Layout|Nagar|Road)(?![\p{L}\p{M}])")
# 'Nagar' after a house's number or an address's comma, or glued to the locality's name
_NAGAR = (r"(?x)(?:(?<=(?<![\w.:/\-])(?:[A-Z]-?)?\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4})?,?[ ])|(?<=,[ ]))"
          r"(?:" + _NAME + r"[ ]){0,2}" + _NAME + r"[ ]Nagar(?![\p{L}\p{M}])"
          r"|(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{2,}nagar(?![\p{L}\p{M}])")
_SCRIPTS = r"[\p{Devanagari}\p{Tamil}\p{Telugu}\p{Bengali}\p{Kannada}\p{Malayalam}\p{Gujarati}\p{Gurmukhi}]"
# India's states and union territories, and its larger towns (not 'Salem', 'Sagar', 'Kota', 'Erode', 'Durg':
# people's names or English words too)
_STATES = (r"(?:Uttar[ ]Pradesh|Madhya[ ]Pradesh|Andhra[ ]Pradesh|Himachal[ ]Pradesh|Arunachal[ ]Pradesh"
           r"|Maharashtra|Karnataka|Tamil[ ]Nadu|Telangana|Kerala|Gujarat|Rajasthan|West[ ]Bengal|Bihar|Odisha"
           r"|Orissa|Haryana|Assam|Jharkhand|Chhattisgarh|Uttarakhand|Goa|Tripura|Meghalaya|Manipur|Mizoram"
           r"|Nagaland|Sikkim|Puducherry|Pondicherry|Chandigarh|Jammu[ ]and[ ]Kashmir|Jammu[ ]&[ ]Kashmir|Ladakh)")
_TOWNS = (r"(?:Mumbai|Bombay|New[ ]Delhi|Delhi|Kolkata|Calcutta|Chennai|Madras|Bengaluru|Bangalore|Hyderabad"
          r"|Secunderabad|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Thane|Bhopal|Visakhapatnam|Vizag"
          r"|Patna|Vadodara|Baroda|Ghaziabad|Ludhiana|Agra|Nashik|Faridabad|Meerut|Rajkot|Varanasi|Srinagar"
          r"|Aurangabad|Dhanbad|Amritsar|Navi[ ]Mumbai|Prayagraj|Allahabad|Ranchi|Howrah|Coimbatore|Jabalpur"
          r"|Gwalior|Vijayawada|Jodhpur|Madurai|Raipur|Guwahati|Hubli|Mysuru|Mysore|Tiruchirappalli|Trichy"
          r"|Bareilly|Aligarh|Tiruppur|Gurugram|Gurgaon|Noida|Greater[ ]Noida|Moradabad|Jalandhar|Bhubaneswar"
          r"|Warangal|Guntur|Bhiwandi|Saharanpur|Gorakhpur|Bikaner|Amravati|Jamshedpur|Bhilai|Cuttack"
          r"|Kochi|Cochin|Ernakulam|Thiruvananthapuram|Trivandrum|Kozhikode|Calicut|Thrissur|Dehradun|Nellore"
          r"|Udaipur|Ajmer|Kolhapur|Mangaluru|Mangalore|Belagavi|Belgaum|Jamnagar|Jhansi|Tirunelveli|Vellore"
          r"|Gaya|Jammu|Siliguri|Durgapur|Asansol|Shimla|Panaji|Margao|Vasai|Kalyan|Dombivli|Sangli|Solapur"
          r"|Tirupati|Puducherry|Pondicherry|Hosur|Manipal|Udupi|Kakinada|Rajahmundry|Karimnagar|Nizamabad"
          r"|Kurnool|Anantapur|Thanjavur|Kanchipuram|Nagercoil|Kottayam|Kollam|Palakkad|Kannur|Davanagere"
          r"|Shivamogga|Ballari|Kalaburagi|Gulbarga|Haridwar|Rishikesh|Mathura|Vrindavan|Ayodhya|Bhagalpur"
          r"|Muzaffarpur|Darbhanga|Rourkela|Sambalpur|Bilaspur|Korba|Ujjain|Dewas|Ratlam|Satna|Rewa|Jalgaon"
          r"|Akola|Latur|Nanded|Ahmednagar|Bhavnagar|Anand|Gandhinagar|Vapi|Navsari|Bharuch|Mehsana|Panipat"
          r"|Karnal|Rohtak|Hisar|Sonipat|Ambala|Patiala|Bathinda|Mohali|Zirakpur"
          r"|Andheri|Bandra|Powai|Borivali|Dadar|Chembur|Whitefield|Koramangala|Indiranagar|Jayanagar"
          r"|Electronic[ ]City|Gachibowli|Madhapur|Kondapur|Kukatpally|Banjara[ ]Hills|Jubilee[ ]Hills"
          r"|Salt[ ]Lake|Velachery|Adyar|T\.[ ]?Nagar|Tambaram|Dwarka|Rohini|Saket|Lajpat[ ]Nagar|Karol[ ]Bagh"
          r"|Connaught[ ]Place|Hinjewadi|Kothrud|Baner|Wakad|Hadapsar|Viman[ ]Nagar|Civil[ ]Lines|Model[ ]Town)")
# A firm's, a body's or a team's name the town is part of ('Mumbai Indians', 'Delhi Public School', 'Hyderabad
# Hospital', a clinic's 'Model Town MCH Centre'), no one's place
_BUSINESS_AFTER = (r"(?:Indians|Blasters|Vidya|Capitals|Super[ ]Kings|Knight[ ]Riders|Titans|Royals|Sunrisers|Giants|Public"
                   r"|School|College|University|Institute|IIT|Hospital|Clinic|Airport|Metro|Bank|Branch|Office"
                   r"|Team|Hub|Express|Mail|Times|Police|Municipal|Corporation|Stock|Port|Central|Junction|Cantt"
                   r"|Cantonment|Division|Circle|Zone|Region|Club|Mall|Store|Stores|Tech|Data|Server|DC|Cluster"
                   r"|Marathon|Darshan|Rajdhani|Shatabdi|Duronto|Centre|Center|Dispensary|Health|MCH|BHU|RHC|PHC|CHC)")
_TOWN = (r"(?x)(?<![\p{L}\p{M}\-])(?:" + _TOWNS + r"|" + _STATES + r")"
         r"(?!(?!" + _SCRIPTS + r")[\p{L}\p{M}]|-(?!" + _SCRIPTS + r")|[ ]" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))")
# (a case ending in India's scripts, glued or after a hyphen, is no longer the name's: 'Kottayam-ൽ നിന്ന്', from
# Kottayam; 'Guwahatiৰ পৰা', Assamese's)
# The larger towns in Devanagari (Hindi and Marathi), Tamil, Telugu, Bengali, Kannada, Malayalam, Gujarati and
# Gurmukhi
_SCRIPT_TOWNS = (r"(?:मुंबई|मुम्बई|दिल्ली|नई[ ]दिल्ली|कोलकाता|चेन्नई|बेंगलुरु|बेंगलूरु|हैदराबाद|अहमदाबाद|पुणे|सूरत|जयपुर"
                 r"|लखनऊ|कानपुर|नागपुर|इंदौर|भोपाल|पटना|वाराणसी|आगरा|नाशिक|नासिक|ठाणे|औरंगाबाद|प्रयागराज|रांची"
                 r"|उत्तर[ ]प्रदेश|महाराष्ट्र|बिहार|राजस्थान|मध्य[ ]प्रदेश|गुजरात|कोल्हापूर|सोलापूर"
                 r"|சென்னை|மதுரை|கோயம்புத்தூர்|கோவை|திருச்சி|சேலம்|திருநெல்வேலி|தமிழ்நாடு|புதுச்சேரி"
                 r"|హైదరాబాద్|విజయవాడ|విశాఖపట్నం|వరంగల్|గుంటూరు|తిరుపతి|తెలంగాణ|ఆంధ్రప్రదేశ్"
                 r"|কলকাতা|হাওড়া|হাওড়া|শিলিগুড়ি|শিলিগুড়ি|দুর্গাপুর|পশ্চিমবঙ্গ"
                 r"|ಬೆಂಗಳೂರು|ಮೈಸೂರು|ಮಂಗಳೂರು|ಹುಬ್ಬಳ್ಳಿ|ಕರ್ನಾಟಕ|തിരുവനന്തപുരം|കൊച്ചി|കോഴിക്കോട്|കേരളം"
                 r"|અમદાવાદ|સુરત|વડોદરા|રાજકોટ|ગુજરાત|ਅੰਮ੍ਰਿਤਸਰ|ਲੁਧਿਆਣਾ|ਜਲੰਧਰ|ਪੰਜਾਬ|ਚੰਡੀਗੜ੍ਹ)")
# A PIN code: six digits, the first not 0, sometimes written 3 + 3
_PIN_DIGITS = r"[1-9१-९]\d{2}[ ]?\d{3}(?![\d\-/:#]|\.\d|[ ]\d)"  # (in Devanagari's digits too: 'पुणे ४११००५'; not
# a longer number's start: a conference's 'PIN 649 681 5775#')
_PIN = (r"(?x)(?<=(?<![\p{L}\p{M}\-])(?:" + _TOWNS + r"|" + _STATES + r"|" + _SCRIPT_TOWNS + r")(?:[ ]?[,\-–][ ]?|[ ])"
        r"|(?<![\p{L}\p{M}])(?:PIN|Pin|pin|PIN[ ]?[Cc]ode|Pin[ ]?[Cc]ode|pin[ ]?code|Pincode|pincode|PINCODE"
        r"|पिन|पिन[ ]?कोड|पिनकोड|পিন|পিন[ ]?কোড|பின்[ ]?கோடு|పిన్[ ]?కోడ్|पिन[ ]?क्रमांक)"
        r"[ ]?(?:[:ः\-#.]|No\.?)?[ ]?)" + _PIN_DIGITS + r"(?![\p{L}\p{M}])")
# An address's label in those scripts (Hindi's and Nepali's, Marathi's, Tamil's, Telugu's, Bengali's, Kannada's,
# Malayalam's, Gujarati's, Punjabi's; or English's before a value in those scripts), its value after it up to the
# line's or the value's end, or the next label
_SCRIPT_LABEL = (r"(?:(?i:address)|पता|पत्ता|ठिकाणा|ठेगाना|வீட்டு[ ]முகவரி|முகவரி|చిరునామా|ঠিকানা|ವಿಳಾಸ|വിലാസം|સરનામું|ਪਤਾ"
                 r"|डिलीवरी[ ]पता|वितरण[ ]पता|स्थायी[ ]पता|वर्तमान[ ]पता)")
# Each of the address's pieces, apart by its commas (a house's number and its street, a locality, a town; a PIN after
# a town is in_pin's), after the label and the pieces before it
_PIECE = r"[^\n|;:ः\"',]"
# A phone's or a mail's label in those scripts (or English's), which ends the address before it
_CONTACT_LABEL = (r"(?:ഫോൺ|ഫോണ്|മൊബൈൽ|ഇമെയിൽ|फोन|फ़ोन|मोबाइल|मो\.|दूरभाष|ईमेल|ফোন|মোবাইল|ইমেইল|போன்|தொலைபேசி"
                  r"|கைபேசி|ఫోన్|మొబైల్|ಫೋನ್|ಮೊಬೈಲ್|ફોન|મોબાઇલ|ਫੋਨ|ਮੋਬਾਈਲ|(?i:phone|mobile|mob|tel|email|e-mail)\b)")
_SCRIPT_ADDRESS = (r"(?x)(?<=(?<![\p{L}\p{M}])" + _SCRIPT_LABEL + r"[ ]?[:ः][ ]?"
                   r"(?=[^\n|;]{0,12}" + _SCRIPTS + r")"  # (a value in the scripts, not 'पता: N/A')
                   r"(?:" + _PIECE + r"{1,60},[ ]?){0,6})"  # (the pieces before this one)
                   r"(?:[\p{N}][\p{N}/\-]{0,8}[A-Za-z]?,[ ]?)?"  # (a house's number before its street: '45, गांधी नगर')
                   r"(?=" + _PIECE + r"{0,60}?[\p{L}])(?<![\p{N}/\-])"  # (a letter in the piece; no number's rest)
                   r"(?!" + _CONTACT_LABEL + r")"  # (nor the phone or mail after the address: 'വിലാസം: തൃശ്ശൂർ, ഫോൺ 944...')
                   r"[\p{L}\p{M}\p{N}]" + _PIECE + r"{0,60}?"
                   r"(?=[ ]?(?:,|\||;|\"|'|\\n|\r?\n|$)|[ ][1-9१-९০-৯]\d{2}[ ]?\d{3}(?!\d))")  # (the piece's end,
# the value's, a quoted message's, a log's escaped line break, or a PIN after it: "'address: ৭/২, বালিগঞ্জ প্লেস, কলকাতা
# 700019'")


class PlaceIndiaRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("in_locality", _LOCALITY, 0.9),
        Pattern("in_nagar", _NAGAR, 0.9),
        Pattern("in_town", _TOWN, 0.9),
        Pattern("in_pin", _PIN, 0.9),
        Pattern("in_script_town", r"(?x)(?<![\p{L}\p{M}])" + _SCRIPT_TOWNS + r"(?![\p{L}\p{M}])", 0.9),
        Pattern("in_script_address", _SCRIPT_ADDRESS, 0.9),
    ]
    CONTEXT = ["address", "pincode", "pin", "पता", "पत्ता", "முகவரி", "చిరునామా", "ঠিকানা", "city", "town"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
