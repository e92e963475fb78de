"""LOCATION: Thailand's towns, Bangkok's districts and Thai address words, in Latin letters.

spaCy's small English model knows Bangkok and Chiang Mai, but reads Bangkok's districts and a
Thai address's area words as people (``Khlong Toei Nuea``, ``Tambon Suthep``, ``Amphoe Mueang``)
and misses a lane's address (``99/12 Soi Sukhumvit 21``). The evidence:

* ``th_town`` (0.9): a closed list of Thailand's provinces' and towns' names and Bangkok's districts
  (``Hat Yai``, ``Nonthaburi``, ``Watthana``, ``Huai Khwang``), as the other place files take theirs:
  not inside a firm's or a body's name (``Phuket International Airport``, ``Khon Kaen University``).
* ``th_area`` (0.9): an area's word and its name: sub-district (``Tambon``, ``Khwaeng``), district
  (``Amphoe``, ``Khet``), province (``Changwat``), village (``Moo 3``, ``Mu Ban Sinthani``).
* ``th_lane_address`` (0.9): a house's number, then its lane, road or alley (``Soi``, ``Thanon``,
  ``Trok``) and the lane's name and number: ``99/12 Soi Sukhumvit 21``, ``45/7 Moo 3``.

Left out: names that are people's, brands or words too (``Surin``, ``Ari``, ``Ramkhamhaeng``, a
hotel's ``Dusit``; Vietnamese's given name ``Trang``; ``Tak``, ``Pai``, ``Nan``, ``Loei``, ``Trat``, ``Phrae``: short, or words of other
languages).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_TH = (r"(?:Nonthaburi|Pathum[ ]Thani|Samut[ ]Prakan|Samut[ ]Sakhon|Chon[ ]?Buri|Pattaya|Si[ ]Racha|Rayong|Phuket"
       r"|Patong|Krabi|Ao[ ]Nang|Hua[ ]Hin|Cha-am|Khon[ ]Kaen|Nakhon[ ]Ratchasima|Korat|Udon[ ]Thani|Ubon[ ]Ratchathani"
       r"|Hat[ ]Yai|Songkhla|Surat[ ]Thani|Ko[ ]Samui|Koh[ ]Samui|Nakhon[ ]Si[ ]Thammarat|Phitsanulok|Chiang[ ]Rai"
       r"|Lampang|Lamphun|Ayutthaya|Nakhon[ ]Pathom|Ratchaburi|Kanchanaburi|Saraburi|Lopburi|Chachoengsao"
       r"|Prachinburi|Nakhon[ ]Sawan|Phetchabun|Sakon[ ]Nakhon|Nakhon[ ]Phanom|Nong[ ]Khai|Buriram"
       r"|Sisaket|Roi[ ]Et|Maha[ ]Sarakham|Kalasin|Yala|Pattani|Narathiwat|Phatthalung|Chumphon"
       r"|Ranong|Phang[ ]Nga|Mae[ ]Hong[ ]Son|Mae[ ]Sot|Sukhothai|Uttaradit|Chanthaburi|Samut[ ]Songkhram"
       r"|Phetchaburi|Prachuap[ ]Khiri[ ]Khan|Bang[ ]Saen|Rangsit|Bang[ ]Bua[ ]Thong|Pak[ ]Kret"
       # Bangkok's districts
       r"|Watthana|Khlong[ ]Toei(?:[ ]Nuea)?|Bang[ ]Rak|Pathum[ ]Wan|Sathon|Chatuchak|Huai[ ]Khwang|Din[ ]Daeng"
       r"|Ratchathewi|Phaya[ ]Thai|Bang[ ]Kapi|Lat[ ]Phrao|Bang[ ]Na|Phra[ ]Khanong|Bang[ ]Sue|Yan[ ]Nawa"
       r"|Bang[ ]Khen|Don[ ]Mueang|Min[ ]Buri|Lat[ ]Krabang|Nong[ ]Chok|Bang[ ]Khae|Thon[ ]Buri|Khlong[ ]San"
       r"|Bang[ ]Phlat|Taling[ ]Chan|Sai[ ]Mai|Bueng[ ]Kum|Saphan[ ]Sung|Prawet|Suan[ ]Luang|Wang[ ]Thonglang"
       r"|Chom[ ]Thong|Rat[ ]Burana|Thung[ ]Khru|Bang[ ]Bon|Bang[ ]Khun[ ]Thian|Nong[ ]Khaem|Phasi[ ]Charoen"
       r"|Bangkok[ ]Noi|Bangkok[ ]Yai|Samphanthawong|Phra[ ]Nakhon|Khan[ ]Na[ ]Yao|Lak[ ]Si|Thawi[ ]Watthana"
       r"|Thong[ ]Lo|Ekkamai|On[ ]Nut|Silom|Sukhumvit|Ratchada|Bang[ ]Chak)")

# A firm's or a body's name the town is part of ('Phuket International Airport', 'Khon Kaen University')
_BUSINESS_AFTER = (r"(?:Office|Offices|Team|Branch|Depot|Hub|Hospital|Clinic|Pharmacy|College|University|School"
                   r"|Airport|International|Hotel|Resort|Lodge|Mall|Group|Club|Store|Stores|Shop|Bank|Park|Plaza"
                   r"|Station|Market|Fair|Festival|Conference|Expo|Marathon|Road|Rd|Soi|Line|BTS|MRT|Tower|Complex)")


def _town(towns: str) -> str:
    # (Thai writes no blank between words: a town in Latin letters glued into a Thai sentence is one,
    # 'ผมอยู่Khon Kaenครับ', 'I live in Khon Kaen')
    return (r"(?x)(?<![\p{Latin}\-])(?<![\p{Latin}\p{Han}]\p{M})(?<![^\p{Thai}\p{Latin}\s\p{P}\p{S}\d])"
            r"(?<!(?:Soi|Thanon|Trok|Road|Rd\.?|Street)[ ])" + towns
            + r"(?![\p{Latin}\p{M}\-]|[^\p{Thai}\p{Latin}\s\p{P}\p{S}\d]|[ ](?:\p{Lu}\p{Ll}+[ ])?" + _BUSINESS_AFTER
            + r"(?![\p{L}\p{M}]))")


_NAME = r"\p{Lu}[\p{Ll}\-]+(?:[ ]\p{Lu}[\p{Ll}\-]+){0,2}"


class PlaceThailandRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("th_town", _town(_TH), 0.9),
        Pattern("th_area", r"(?x)(?<![\p{L}])(?:Tambon|Khwaeng|Amphoe|Khet|Changwat|Mu[ ]?Ban|Moo[ ]?Ban)[ ]" + _NAME, 0.9),
        Pattern(
            "th_lane_address",
            r"(?x)(?<![\w/])\d{1,4}(?:/\d{1,4})?(?:,?[ ](?:Moo|Mu|M\.)[ ]?\d{1,2})?"
            r"(?:,?[ ](?:Soi|Thanon|Trok|Th\.)[ ]" + _NAME + r"(?:[ ]\d{1,3}(?:/\d{1,3})?)?(?![\w/]))+"
            r"|(?<![\w/])\d{1,4}(?:/\d{1,4})?,?[ ](?:Moo|Mu)[ ]?\d{1,2}(?![\w/])",
            0.9,
        ),
    ]
    CONTEXT = ["address", "soi", "moo", "bangkok", "thailand", "live", "from"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
