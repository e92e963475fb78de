"""LOCATION: Pakistan's and Afghanistan's towns, provinces and the large towns' areas, by name.

spaCy's small English model reads many of them as persons (``Gulshan-e-Iqbal``, ``Karte Char``,
``Sahiwal``) or misses them, and log lines get no NER at all. A closed list is the evidence, and
outscores the model's reading (0.9 against its 0.85):

* ``pk_town``: Pakistan's towns and provinces, Karachi's, Lahore's, Islamabad's and Rawalpindi's
  areas (``Gulshan-e-Iqbal``, ``DHA Phase 6``, ``Johar Town``, ``Blue Area``).
* ``pk_sector``: an Islamabad sector (``F-8/3``, ``G-11 Markaz``) after ``Sector`` or before
  ``Islamabad``: alone, ``F-16`` is an aircraft and ``I-9`` a form.
* ``pk_chak``: a Punjab village by its number (``Chak No. 45/12-L``, ``Chak 208 RB``).
* ``af_town``: Afghanistan's towns, provinces and Kabul's districts (``Mazar-i-Sharif``,
  ``Karte Char``, ``Shahr-e Naw``, ``Dasht-e-Barchi``). Dari's ezafe joins a name's parts in many
  spellings (``Kart-e-Char``, ``Karte Char``, ``Karte-Char``); every one is taken.

A town inside a street's, a firm's, a team's or a body's name is no one's place, and not taken
(``Kabul Road``, ``Karachi Kings``, ``Lahore Qalandars``, ``Kabul Bank``, ``Multan Sultans``).
Names that are people's too are taken only where a place goes, after a comma, a preposition or
a label (``..., Farah``, ``from Wardak``; ``Farah Khan``, ``Ahmad Wardak`` are people).

Left out: ``Swat`` (a police team), ``Clifton`` and ``Defence`` (English words and names) unless
Karachi follows, ``Gujrat`` and ``Hyderabad`` next to India's (kept: both are towns either way),
``Anarkali`` (a dress) and ``Township``.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Dari's and Urdu's ezafe between a name's parts, in its Latin spellings: 'Mazar-i-Sharif', 'Mazar-e Sharif',
# 'Karte Char', 'Karte-Char', 'Gulshan-e-Iqbal', 'Gulshan e Iqbal', 'Mazar Sharif'
_EZ = r"(?:[- ]?[eiy][- ]|-|[ ])"

_PK = (r"(?:Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Multan|Peshawar|Quetta|Hyderabad|Gujranwala|Sialkot"
       r"|Sargodha|Bahawalpur|Bahawalnagar|Sukkur|Larkana|Abbottabad|Mardan|Mingora|Gilgit[ -]Baltistan|Gilgit|Skardu|Muzaffarabad"
       r"|Sahiwal|Okara|Sheikhupura|Jhelum|Gujrat|Rahim[ ]Yar[ ]Khan|Dera[ ]Ghazi[ ]Khan|Dera[ ]Ismail[ ]Khan"
       r"|D\.[ ]?G\.[ ]?Khan|D\.[ ]?I\.[ ]?Khan|Kasur|Chiniot|Jhang|Mianwali|Attock|Wah[ ]Cantt|Taxila|Murree"
       r"|Nawabshah|Mirpur[ ]?Khas|Thatta|Gwadar|Turbat|Khuzdar|Chitral|Kohat|Bannu|Nowshera|Charsadda|Swabi"
       r"|Haripur|Mansehra|Hunza|Khanewal|Vehari|Burewala|Toba[ ]Tek[ ]Singh|Pakpattan|Narowal|Hafizabad"
       r"|Mandi[ ]Bahauddin|Chakwal|Khushab|Bhakkar|Layyah|Muzaffargarh|Rajanpur|Lodhran|Jacobabad|Shikarpur"
       r"|Khairpur|Dadu|Badin|Sanghar|Umerkot|Tando[ ]Adam|Tando[ ]Allahyar|Kamoke|Daska|Wazirabad|Gojra"
       r"|Jaranwala|Samundri|Kharian|Lalamusa|Gujar[ ]Khan|Hasan[ ]Abdal|Fateh[ ]Jang|Talagang|Sibi|Zhob"
       r"|Loralai|Chaman|Panjgur|Battagram|Timergara|Saidu[ ]Sharif|Parachinar|Landi[ ]Kotal"
       # provinces and regions
       r"|Punjab|Sindh|Khyber[ ]Pakhtunkhwa|KPK|Balochistan|Baluchistan|Azad[ ]Kashmir|AJK"
       # Karachi's areas
       r"|Gulshan" + _EZ + r"(?:Iqbal|Maymar|Hadeed)|Gulistan" + _EZ + r"(?:Jauhar|Johar)|North[ ]Nazimabad"
       r"|Nazimabad|PECHS|Bahadurabad|Korangi|Malir|Landhi|Lyari|Orangi(?:[ ]Town)?|Shah[ ]Faisal[ ]Colony"
       r"|Federal[ ]B\.?[ ]Area|F\.[ ]?B\.[ ]Area|Surjani[ ]Town|Kemari|Keamari|North[ ]Karachi|Garden[ ]East"
       r"|Clifton(?=,?[ ](?:Block|Karachi))|Defence[ ](?:Phase[ ]\d{1,2}|View)(?:[ ]Karachi)?"
       r"|DHA(?:[ ]Phase[ ](?:\d{1,2}|[IVX]{1,4})(?:[ ]Ext(?:ension|\.)?)?|[ ](?:Karachi|Lahore|Islamabad|City))"
       # Lahore's, Islamabad's, Rawalpindi's, Peshawar's and Quetta's areas
       r"|Gulberg(?:[ ](?:I{1,3}|[1-5]|Green))?|Johar[ ]Town|Model[ ]Town|(?:Allama[ ])?Iqbal[ ]Town|Bahria[ ]Town"
       r"|Faisal[ ]Town|Garden[ ]Town|Wapda[ ]Town|Valencia[ ]Town|Shadman|Samanabad|Ichhra|Raiwind|Shahdara"
       r"|Sabzazar|Blue[ ]Area|Bani[ ]Gala|Chaklala|Westridge|Satellite[ ]Town|Hayatabad|University[ ]Town"
       r"|Jinnah[ ]Town|Saddar)")

# Islamabad's sectors: a letter, a number, a sub-sector ('F-8/3', 'G-11/2', 'I-8 Markaz')
_SECTOR = r"(?:[A-I]-\d{1,2}(?:/[1-4])?(?:[ ]Markaz)?)"

_AF = (r"(?:Kabul|Herat|Kandahar|Qandahar|Mazar" + _EZ + r"Sharif|Jalalabad|Kunduz|Ghazni|Bamyan|Bamiyan|Khost"
       r"|Lashkar[ ]Gah|Gardez|Charikar|Pul" + _EZ + r"Khumri|Puli[ ]Khumri|Faizabad|Taloqan|Sheberghan|Shibirghan"
       r"|Maimana|Maymana|Zaranj|Asadabad|Mehtarlam|Aybak|Chaghcharan|Tarinkot|Qalat|Sharana|Pul" + _EZ + r"Alam"
       r"|Spin[ ]Boldak|Torkham|Islam[ ]Qala"
       # provinces
       r"|Parwan|Panjshir|Nangarhar|Helmand|Balkh|Badakhshan|Logar|Paktia|Paktiya|Kapisa|Baghlan|Takhar"
       r"|Samangan|Jowzjan|Jawzjan|Faryab|Badghis|Daykundi|Uruzgan|Oruzgan|Zabul|Paktika|Kunar|Laghman|Nuristan"
       r"|Nimroz|Sar" + _EZ + r"Pul|Maidan[ ]Wardak|Wardak|Farah|Ghor"
       # Kabul's districts
       r"|Kart(?:e[ -]|-[ei]-|-[ei][ ])(?:Char|Se|Seh|Sey|Parwan|Naw|Now|Mamureen|[1-4])|Karte[ ]?(?:[1-4])"
       r"|Shahr" + _EZ + r"(?:Naw|Now|Nau)|Shar-e-Naw|Wazir[ ]Akbar[ ]Khan|Khair[ ]?Khana|Macroyan|Makroryan"
       r"|Microrayon|Taimani|Qala" + _EZ + r"(?:Fatullah|Fathullah|Wahid|Zaman[ ]Khan)|Qalai[ ]Fatullah"
       r"|Dasht" + _EZ + r"Barchi|Kot" + _EZ + r"Sangi|Deh[ ]Mazang|Pul" + _EZ + r"(?:Surkh|Charkhi)|Darulaman"
       r"|Chahar[ ]Qala|Char[ ]Qala|Shash[ ]Darak|Qargha|Paghman|Bagram|Shewaki|Butkhak)")

# Names that are people's too ('Farah Khan', 'Ahmad Wardak', 'Chaman Gul'): only where a place goes
_PEOPLES = r"(?:Farah|Wardak|Taimani|Chaman|Aybak|Sharana|Mardan|Parwan|Hunza)"

# A firm's, a team's or a body's name the town is part of ('Karachi Kings', 'Kabul Bank', 'Lahore Grammar
# School', 'Peshawar Zalmi', 'Punjab Police')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Tech|Medical|Hospital|Clinic|College|University"
                   r"|School|Council|Airport|International|Hotel|Resort|Mall|Group|Trust|Club|Store|Stores|Shop"
                   r"|Motors|Express|Bank|Port|Expo|Plaza|Outlet|Tours|Travel|Cargo|Airlines|Electric|Stock"
                   r"|Exchange|Police|Board|Assembly|Kings|Qalandars|United|Zalmi|Gladiators|Sultans|Whites"
                   r"|Cantonment[ ]Board|Brewery|Development|Authority|Chamber|Press|Gymkhana|Biryani|Road|Highway"
                   r"|Motorway|Street|Avenue|Gate|Market|Bazaar|Bazar|Health|Outreach|Centre|Center|Dispensary"
                   r"|MCH|CHC|BHU|RHC|DHQ|THQ|PHC)")  # (a clinic's: 'Model Town MCH Centre', 'Dasht-e-Barchi Health Post')

# A street's, a square's or a building's name the town's is part of ('Shahrah-e-Faisal', 'Lahore Road',
# 'Jinnah Avenue': after), 'Karachi Road', 'Kabul River'
_STREET_BEFORE = (r"(?<!(?<![\p{L}\p{M}])(?i:road|street|st|avenue|shahrah|shahra|sarak|chowk|gali|hospital|clinic|centre"
                  r"|center|dispensary"  # (a clinic's site: 'TB Clinic Korangi')
                  r"|university|college|school|airport|general|gen|doctor|dr|hazrat|sardar|mr|mrs|ms|miss)"
                  r"\.?[ ](?:" + _EZ + r")?)")

_BEFORE_A_PLACE = r"(?<=,[ ]|[:=][ ]?|\"|(?<![\p{L}\p{M}])(?i:in|from|to|at|near|of|se|mein|main)[ ])"


def _town(towns: str) -> str:
    return (r"(?x)" + _STREET_BEFORE
            + r"(?:" + _BEFORE_A_PLACE + r"|(?!" + _PEOPLES + r"(?![\p{L}\p{M}])))"
            + r"(?!" + _PEOPLES + r"[ ]\p{Lu}\p{Ll})"
            + r"(?<![\p{L}\p{M}\-./])(?<!\p{L}-[eiy][ ])(?<!(?:CHC|BHU|RHC|MCH|PHC|DHQ|THQ)[ ])" + towns  # (no part of a
            # longer name: 'Darwaza-e Balkh', a clinic's 'Jebrael CHC Herat')
            + r"(?![\p{L}\p{M}\-/]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER + r"(?![\p{L}\p{M}]))")


class PlacePakistanAfghanistanRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("pk_town", _town(_PK), 0.9),
        Pattern("pk_sector", r"(?x)(?<=(?<![\p{L}\p{M}])[Ss]ector[ ])" + _SECTOR + r"(?![\p{L}\p{M}\d/\-])", 0.9),
        Pattern("pk_sector_before_town", r"(?x)(?<![\p{L}\p{M}\d\-/])" + _SECTOR
                + r"(?=,?[ ](?:Islamabad|ICT)(?![\p{L}\p{M}]))", 0.9),
        Pattern("pk_chak", r"(?x)\bChak[ ](?:No\.?[ ]?)?\d{1,3}(?:/\d{1,2})?(?:[- ]?(?:[A-Z]{1,2}|GB|JB|RB|SB|WB|EB|TDA))?"
                r"(?![\p{L}\p{M}\d])", 0.85),
        Pattern("af_town", _town(_AF), 0.9),
    ]
    CONTEXT = ["address", "city", "town", "district", "province", "sector", "mohalla", "live", "from",
               "shehar", "pata", "ولسوالی", "ناحیه"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.MULTILINE,  # (case-sensitive: a town's name is capitalized)
        )
