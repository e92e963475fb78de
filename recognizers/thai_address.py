"""LOCATION: a Thai address in Thai script, by its words for the house, lane, road and areas.

A Thai address runs from the house's number to the postcode with blanks, no commas:
``99/12 ซอยสุขุมวิท 21 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110`` (house 99/12, lane
(ซอย, ซ.) Sukhumvit 21, road (ถนน, ถ.) Sukhumvit, sub-district (แขวง in Bangkok, ตำบล/ต.
elsewhere), district (เขต, อำเภอ/อ.), province (จังหวัด/จ., or Bangkok: กรุงเทพฯ, กทม.), postcode).
spaCy's English model reads none of it.

* ``thai_address`` (0.85): a house's number, then at least one of those words with its name,
  to the postcode when written; the whole address is one span, as its writer wrote it on one
  line. A village number (``หมู่ 3``, ``ม.3``), an estate (``หมู่บ้าน``), a building (``อาคาร``),
  a floor (``ชั้น``) and a room (``ห้อง``) may come between.
* ``thai_area`` (0.85): a sub-district or a district with its name, alone, glued to the words
  before it as Thai writes (``อยู่แขวงบางรัก``, ``ตำบลสุเทพ``, ``อำเภอเมืองเชียงใหม่``), a polite
  particle glued after it left out. Not ``เขต`` alone: it is 'zone' too (``เขตเวลา``, a time zone).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_THAI = r"[\u0e01-\u0e4e]"
_NAME = _THAI + r"{2,30}"
# A lane's or a road's name, its number after it ('ซอยสุขุมวิท 21', 'ซ.ลาดพร้าว 101/1')
_STREET_NAME = _NAME + r"(?:[ ]?\d{1,3}(?:/\d{1,3})?(?![\d/]))?"
_PART = (r"(?:(?:หมู่ที่|หมู่|ม\.)[ ]?\d{1,2}"
         r"|(?:หมู่บ้าน|อาคาร|คอนโด)[ ]?" + _NAME + r"(?:[ ]?\d{1,3})?"
         r"|(?:ชั้น|ห้อง)[ ]?\d{1,4}[A-Za-z]?"
         r"|(?:ซอย|ซ\.|ถนน|ถ\.)[ ]?" + _STREET_NAME
         + r"|(?:แขวง|ตำบล|ต\.|เขต|อำเภอ|อ\.|จังหวัด|จ\.)[ ]?" + _NAME
         + r"|กรุงเทพฯ|กรุงเทพมหานคร|กรุงเทพ|กทม\.?)")
_POSTCODE = r"[1-9]\d{4}(?!\d)"


class ThaiAddressRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "thai_address",
            r"(?x)(?<![\d/\-.])(?:บ้านเลขที่[ ]?|เลขที่[ ]?)?\d{1,4}(?:/\d{1,4})?(?![\d/])(?:[ ]?" + _PART + r"){1,9}"
            + r"(?:[ ]?" + _POSTCODE + r")?",
            0.85,
        ),
        Pattern(
            "thai_area",
            r"(?x)(?:แขวง|ตำบล|อำเภอ)" + _THAI + r"{2,30}?(?=(?:นะ)?(?:ครับ|ค่ะ|คะ|คับ)?(?![\u0e01-\u0e4e]))",
            0.85,
        ),
    ]
    CONTEXT = ["ที่อยู่", "address", "อยู่ที่", "ส่ง"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
