"""PERSON: names in Thai script, by the words that introduce them.

Thai has no capitals and writes no blank between the words of a sentence, only between
phrases and between a given name and a family name; spaCy's small English model reads none of
it. What marks a name:

* ``thai_name_labelled`` (0.85): one or two words after ``my name is`` (``ผมชื่อ``, ``ฉันชื่อ``,
  ``ดิฉันชื่อ``, glued to the name or not) or a form's label (``ชื่อ:``, ``ชื่อ-นามสกุล:``,
  ``ผู้ติดต่อ:`` contact, ``ผู้รับ:`` recipient). The name ends at a blank, or before a polite
  particle glued to it (``สมชายครับ``, ``...ค่ะ``).
* ``thai_label_latin_name`` (0.85): one to three capitalized words in Latin letters after the same words
  or a title (``ผมชื่อSomchai Jaideeครับ``, ``Notebook คุณToey``): a romanized name in a Thai sentence.
* ``thai_name_titled`` (0.85): a given name and a family name after a title: ``นาย`` (Mr),
  ``นาง`` (Mrs), ``นางสาว``/``น.ส.`` (Miss), ``คุณ`` (Khun); the blank between the two names is
  the evidence (``นายจ้าง`` is an employer, ``คุณช่วย`` 'can you help').
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_THAI = r"[\u0e01-\u0e4e]"
_NOT_THAI_BEFORE = r"(?<![\u0e01-\u0e4e])"
# Polite particles glued after a name ('สมชายครับ'), and words a sentence goes on with after it: lives,
# and, from, phone, number, is, speaking
_PARTICLE = r"(?:นะ)?(?:ครับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|คับ)"
_STOP = r"(?:ครับ|ค่ะ|คะ|นะ|อยู่|และ|จาก|โทร|เบอร์|เป็น|พูด|ที่|ค่า|จ้า|คับ)"
_WORD = (r"(?!" + _STOP + r"(?![\u0e01-\u0e4e]))(?!เล่น|ว่า)" + _THAI + r"{2,25}?(?=" + _PARTICLE + r"?(?![\u0e01-\u0e4e]))")
_LABEL = (r"(?:(?:ผม|ฉัน|ดิฉัน|หนู|เรา|กระผม|ข้าพเจ้า|พี่|น้อง)ชื่อ(?:เล่น)?(?:ว่า)?"  # (a nickname's: 'ชื่อเล่นว่า')
          r"|(?:ชื่อ(?:[\-‐ ]?(?:นามสกุล|สกุล))?|ผู้ติดต่อ|ผู้รับ|ผู้ส่ง|ลูกค้า)[ ]?:)")
_TITLE = r"(?:นางสาว|นาย|นาง(?!สาว)|น\.ส\.|คุณ)"


class PersonThaiRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "thai_name_labelled",
            r"(?x)(?<=" + _NOT_THAI_BEFORE + _LABEL + r"[ ]?)" + _WORD + r"(?:[ ]" + _WORD + r")?",
            0.85,
        ),
        Pattern(
            # ... or a name in Latin letters after the same words or a title, glued into the Thai or not
            # ('ผมชื่อSomchai Jaideeครับ', 'ชื่อ: John Smith', 'Notebook คุณToey')
            "thai_label_latin_name",
            r"(?x)(?<=" + _NOT_THAI_BEFORE + r"(?:" + _LABEL + "|" + _TITLE + r")[ ]?)\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}\p{Ll}{1,20}){0,2}(?![\p{Latin}\-])",
            0.85,
        ),
        Pattern(
            "thai_name_titled",
            r"(?x)(?<=" + _NOT_THAI_BEFORE + _TITLE + r"[ ]?)" + _WORD + r"[ ]" + _WORD,
            0.85,
        ),
    ]
    CONTEXT = ["ชื่อ", "name", "คุณ"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
