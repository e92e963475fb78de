"""PERSON: Vietnamese names, by their family name or by the words that introduce them.

spaCy's small English model reads Vietnamese as no language it knows: ``tôi là Nguyễn Văn An``
(I am ...) and ``Chị Trần Thị Mai ở Hà Nội`` give it nothing. Vietnamese names are few
family names before one to three given syllables, each capitalized; the evidence:

* ``vi_full_name`` (0.85): a family name of a closed list (Nguyễn, Trần, Lê, Phạm, Hoàng, ...:
  together nine in ten people) and one to three capitalized syllables. Family names that are
  also a place's first word (Hà Nội, Cao Bằng, Lâm Đồng, Thái Bình, Châu Đốc) are left out,
  as is a street named for a person after its house number or its word (``123 Nguyễn Trãi``,
  ``đường Lê Lợi``: place_vietnam's), and ``Hồ Chí Minh`` (the city, as often as the man).
* ``vi_name_unaccented`` (0.8): the same written without diacritics, as forms and e-mail
  signatures do (``Nguyen Van An``, ``Tran Thi Mai``): a family name that is no English word
  and a given syllable, or any of the list with a middle name of the usual few (Van, Thi, Duc...).
* ``vi_name_cued`` (0.85): one to four capitalized syllables after ``tôi là``, ``tên tôi là``,
  ``tên là``, ``họ tên:``, ``họ và tên:``, ``người nhận:`` (I am, my name is, full name,
  recipient), whatever the family name.
* ``vi_name_signed`` (0.85): one to four capitalized syllables closing a line after a sign-off
  (``Trân trọng``, ``Thân ái``, ``Cảm ơn``: regards, thanks).
* ``vi_name_titled`` (0.7): one to three capitalized syllables after a kin word used as a title,
  in lower case inside a sentence (``anh Minh``, ``chị Lan``, ``cô Hoa``, ``ông Nam``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_SYL = r"\p{Lu}\p{Ll}{0,6}"
_END = r"(?![\p{L}\p{M}\-])"
_SURNAME = (r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lưu"
            r"|Trịnh|Lương|Tạ|Quách|Kiều|Triệu|Phùng|Vương|Tăng|Mạc|Thân|Đào|Nghiêm|Hứa|Diệp|Tống)")
# (a street's word or its house's number before it: a street named for a person, no one here)
_NOT_A_STREET = (r"(?<!\d[ ])(?<!\d\p{L}[ ])(?<!/\d[ ])"
                 r"(?<!(?i:đường|phố|ngõ|hẻm|kiệt|quận|huyện|phường|xã|tỉnh|phố|street|st\.|road|tp\.|thành[ ]phố|p\.|q\.)[ ])")
_ASCII_SURNAME = r"(?:Nguyen|Tran|Pham|Hoang|Huynh|Phan|Dang|Ngo|Duong|Dinh|Doan|Truong|Trinh|Luong)"
_MIDDLE = r"(?:Van|Thi|Duc|Minh|Hong|Ngoc|Quoc|Huu|Xuan|Thanh|Kim|Thu|Gia|Bao|Quang|Cong|Dinh|Tuan)"


class PersonVietnameseRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "vi_full_name",
            r"(?x)(?<![\p{L}\p{M}\d])" + _NOT_A_STREET + r"(?!Hồ[ ]Chí[ ]Minh)"
            + _SURNAME + r"(?:[ ]" + _SYL + r"){1,3}" + _END,
            0.85,
        ),
        Pattern(
            "vi_name_unaccented",
            r"(?x)(?<![\p{L}\p{M}\d])" + _NOT_A_STREET + r"(?:" + _ASCII_SURNAME + r"(?:[ ][A-Z][a-z]{1,6}){1,2}"
            r"|(?:Le|Vu|Vo|Bui|Do|Ho|Ly)[ ]" + _MIDDLE + r"[ ][A-Z][a-z]{1,6})(?![A-Za-z\-]|[ ][A-Z][a-z])",
            0.8,
        ),
        Pattern(
            "vi_name_cued",
            r"(?x)(?<=(?<![\p{L}])(?i:tôi[ ]là|tôi[ ]tên[ ]là|tên[ ]tôi[ ]là|em[ ]tên[ ]là|mình[ ]tên[ ]là|tên[ ]là"
            r"|họ[ ]tên|họ[ ]và[ ]tên|người[ ]nhận|người[ ]gửi|tên[ ]khách[ ]hàng)[ ]?:?[ ])"
            + _SYL + r"(?:[ ]" + _SYL + r"){0,3}" + _END,
            0.85,
        ),
        Pattern(
            "vi_name_signed",  # a sign-off's name alone on its line ('Trân trọng,\nPhạm Minh Tuấn', 'Thân ái, Ngọc Anh')
            r"(?x)(?<=(?<![\p{L}])(?:Trân[ ]trọng|Thân[ ]ái|Thân[ ]mến|Kính[ ]thư|Cảm[ ]ơn|Xin[ ]cảm[ ]ơn)[,.!]?[ ]*\n?[ ]*)"
            + _SYL + r"(?:[ ]" + _SYL + r"){0,3}(?=[ \t]*(?:\r?\n|$))",
            0.85,
        ),
        Pattern(
            "vi_name_titled",
            r"(?x)(?<=(?<![\p{L}])(?-i:anh|chị|cô|chú|ông|bà|bác|em)[ ])(?!Hà[ ]Nội|Rịa|Chiểu|Điểm|Quẹo)"
            + _SYL + r"(?:[ ]" + _SYL + r"){0,2}" + _END,
            0.7,
        ),
    ]
    CONTEXT = ["tên", "anh", "chị", "name"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
