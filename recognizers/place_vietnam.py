"""LOCATION: Vietnamese addresses, their areas and Vietnam's towns.

A Vietnamese address runs from the house to the province, comma apart: ``123 Nguyễn Trãi,
Phường 7, Quận 5, TP. Hồ Chí Minh``; ``Số 12 ngõ 34 phố Huế, Hai Bà Trưng, Hà Nội``. spaCy's
small English model reads none of it. The evidence:

* ``vi_street`` (0.85): a house's number (``123``, ``12/3``, ``Số 12``), its alleys (``ngõ 34``,
  ``hẻm 5``), then the street (``đường``, ``phố`` maybe) whose name holds a Vietnamese letter,
  up to a comma or the ward's word: not ``12 Adeola Odeku Street``; without the marks only before a
  numbered ward or district (``123 Nguyen Trai, Phuong 7``).
* ``vi_area`` (0.85): an area's word and its number or name: ward (``Phường 7``, ``P.7``, ``P. Bến Nghé``),
  district (``Quận 5``, ``Q.1``, ``Huyện Củ Chi``), commune (``Xã``), town (``Thị xã``,
  ``Thị trấn``), city (``Thành phố``, ``TP.``), province (``Tỉnh``), quarter and hamlet
  (``Khu phố``, ``Ấp``, ``Thôn``).
* ``vi_town`` (0.85): a closed list of Vietnam's cities, provinces and urban districts
  (``Hà Nội``, ``TP.HCM``, ``Đà Nẵng``, ``Gò Vấp``, ``Cầu Giấy``), with and without diacritics
  where both are written (``Ha Noi``, ``Da Nang``). Left out: names that are people's or words
  too (``Vinh``, ``Hoàng Mai``, ``Hue``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

_SYL = r"\p{Lu}\p{Ll}{0,6}"
_END = r"(?![\p{L}\p{M}\-])"
# A letter only Vietnamese writes (a vowel with a hook, a horn, a breve or a dot below, and đ)
_VI_LETTER = r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]"
_TOWNS = (r"(?:Hà[ ]Nội|Ha[ ]Noi|Hanoi|TP\.?[ ]?HCM|Hồ[ ]Chí[ ]Minh|Ho[ ]Chi[ ]Minh[ ]City|Sài[ ]Gòn|Saigon|Đà[ ]Nẵng"
          r"|Da[ ]Nang|Hải[ ]Phòng|Hai[ ]Phong|Cần[ ]Thơ|Can[ ]Tho|Huế|Nha[ ]Trang|Biên[ ]Hòa|Biên[ ]Hoà|Vũng[ ]Tàu"
          r"|Vung[ ]Tau|Đà[ ]Lạt|Da[ ]Lat|Buôn[ ]Ma[ ]Thuột|Quy[ ]Nhơn|Thủ[ ]Đức|Bình[ ]Dương|Đồng[ ]Nai|Long[ ]An"
          r"|Bắc[ ]Ninh|Quảng[ ]Ninh|Hạ[ ]Long|Thái[ ]Nguyên|Nam[ ]Định|Thanh[ ]Hóa|Nghệ[ ]An|Quảng[ ]Nam|Hội[ ]An"
          r"|Hoi[ ]An|Khánh[ ]Hòa|Lâm[ ]Đồng|Kiên[ ]Giang|Phú[ ]Quốc|An[ ]Giang|Cà[ ]Mau|Bạc[ ]Liêu|Sóc[ ]Trăng"
          r"|Bến[ ]Tre|Tiền[ ]Giang|Mỹ[ ]Tho|Vĩnh[ ]Long|Trà[ ]Vinh|Đồng[ ]Tháp|Hậu[ ]Giang|Bình[ ]Định|Phú[ ]Yên"
          r"|Gia[ ]Lai|Pleiku|Kon[ ]Tum|Đắk[ ]Lắk|Đắk[ ]Nông|Bình[ ]Phước|Tây[ ]Ninh|Bà[ ]Rịa|Ninh[ ]Thuận|Phan[ ]Rang"
          r"|Bình[ ]Thuận|Phan[ ]Thiết|Quảng[ ]Ngãi|Quảng[ ]Trị|Quảng[ ]Bình|Hà[ ]Tĩnh|Ninh[ ]Bình|Hà[ ]Nam|Thái[ ]Bình"
          r"|Hưng[ ]Yên|Hải[ ]Dương|Vĩnh[ ]Phúc|Phú[ ]Thọ|Tuyên[ ]Quang|Hà[ ]Giang|Cao[ ]Bằng|Lạng[ ]Sơn|Lào[ ]Cai"
          r"|Sa[ ]?Pa|Yên[ ]Bái|Sơn[ ]La|Điện[ ]Biên|Lai[ ]Châu|Hòa[ ]Bình|Bắc[ ]Giang|Bắc[ ]Kạn|Hà[ ]Đông|Gò[ ]Vấp"
          r"|Bình[ ]Thạnh|Tân[ ]Bình|Phú[ ]Nhuận|Cầu[ ]Giấy|Đống[ ]Đa|Hoàn[ ]Kiếm|Ba[ ]Đình|Hai[ ]Bà[ ]Trưng"
          r"|Thanh[ ]Xuân|Long[ ]Biên|Tây[ ]Hồ|Từ[ ]Liêm|Bình[ ]Tân|Tân[ ]Phú|Củ[ ]Chi|Hóc[ ]Môn|Nhà[ ]Bè"
          r"|Hải[ ]Châu|Sơn[ ]Trà|Ngũ[ ]Hành[ ]Sơn|Thanh[ ]Khê|Liên[ ]Chiểu|Ninh[ ]Kiều|Dĩ[ ]An|Thuận[ ]An"
          r"|Thủ[ ]Dầu[ ]Một)")


class PlaceVietnamRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "vi_street",
            r"(?x)(?<![\p{L}\d/.,])(?:(?:[Ss]ố|[Nn]hà)[ ])?\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,3}"
            r"(?:[ ](?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)[ ]\d{1,4}(?:/\d{1,4})?){0,2}"  # the alleys, numbered
            r"[ ](?:(?:[Đđ]ường|[Pp]hố)[ ])?(?=[^,;\n]{0,30}" + _VI_LETTER  # (a Vietnamese name, or one without its
            + r"|[^,;\n]{0,30},[ ]?(?:Phường|Phuong|P\.|Quận|Quan|Q\.)[ ]?\d)"  # marks before a numbered ward or district)
            + _SYL + r"(?:[ ]" + _SYL + r"){0,3}" + _END
            + r"(?=[ ]?[,;\n]|[ ]?$|[ ](?:[Pp]hường|[Qq]uận|P\.|Q\.|[Pp]\.|[Qq]\.))",
            0.85,
        ),
        Pattern(
            "vi_area",
            r"(?x)(?<![\p{L}\p{M}])(?:(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị[ ]xã|[Tt]hị[ ]trấn|[Tt]hành[ ]phố|TP\.|Tp\."
            r"|[Tt]ỉnh|[Kk]hu[ ]phố|[Ấấ]p|[Tt]hôn)[ ]?(?:\d{1,2}[A-Z]?(?!\d)|" + _SYL + r"(?:[ ]" + _SYL + r"){0,3}" + _END
            + r")|(?:P|Q)\.[ ]?\d{1,2}(?!\d)|(?:Phuong|Quan)[ ]\d{1,2}(?!\d)|(?i:tp\.?[ ]?hcm)(?![\p{L}])"  # (without
            # the marks, as a system without them writes an address: 'Phuong 7, Quan 5, TP HCM')
            # (a ward or a district abbreviated before its name, one with a Vietnamese letter: 'P. Phạm Ngũ Lão')
            r"|(?:P|Q)\.[ ](?=[^,;\n]{0,24}" + _VI_LETTER + r")" + _SYL + r"(?:[ ]" + _SYL + r"){0,3}" + _END + r")",
            0.85,
        ),
        Pattern("vi_town", r"(?x)(?<![\p{L}\p{M}])" + _TOWNS + _END, 0.85),
    ]
    CONTEXT = ["địa chỉ", "address", "ở"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
