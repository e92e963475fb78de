"""SERIAL_NUMBER: a serial or a key after a Chinese, Japanese or Korean label.

serial_number.py's ``serial_after_keyword`` needs a word boundary before its keyword and an
ASCII colon after it. CJK text glues its label to what comes before it (``設備序號``, the
device's serial), writes a full-width colon (``：``) or none (``シリアル番号：SN8472AB91``).

* ``cjk_serial`` (0.85): a serial or a key after ``序列號``, ``設備序號``, ``製造番号``, ``シリアル
  番号``, ``產品金鑰``, ``시리얼 번호``...: letters and digits with a digit, 5-40 of them; all
  digits only from 8 on (a short number is a count's); after a bare ``序號`` a letter too
  (``cjk_serial_bare_label``: a table's ``序號`` is its row's number). No digest and no UUID.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# (after the label: maybe a blank, a colon, half- or full-width, or '=')
_SEP = r"[\ 　]?(?:[:：=]|是)?[\ 　]?"  # (or Chinese's 'is': '序列号是K07L10KWJL')
_SERIAL_LABEL = (  # (Traditional and Simplified in one: '序列號', '序列号', '設備序號', '设备序号', '激活码')
    r"(?:序列[號号]|[產产]品序[號号]|[設设][備备]序[號号]|[機机]身序[號号]|[製制]造[番编][號号]|シリアル(?:番号|No\.?|ナンバー|キー)?"
    r"|(?:製品|本体|機器)番号|製造No\.?|(?:授[權权]|激活|啟用)[碼码]|[產产]品(?:金[鑰钥]|密[钥鑰])|(?:ライセンス|プロダクト)キー"
    r"|(?:시리얼|일련)(?:\ ?번호)?|(?:제품|라이선스)\ ?키)"  # (Korean's 'serial' alone too: '시리얼 G4BB23AEA3')
)
_ALNUM = r"[A-Za-z0-9]"
# Letters and digits with a digit, 5-40 of them, no date, no short number
_VALUE = (r"(?!\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2})(?![0-9]{1,7}(?![A-Za-z0-9\-]))(?=[A-Za-z\-]*[0-9])"
          + _ALNUM + r"(?:" + _ALNUM + r"|-(?=" + _ALNUM + r")){4,39}(?![A-Za-z0-9\-])")


class CjkSerialRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "cjk_serial",
            r"""(?x)
            (?<=""" + _SERIAL_LABEL + _SEP + r""")
            """ + _VALUE + r"""
            """,
            0.85,
        ),
        Pattern(
            "cjk_serial_bare_label",
            r"""(?x)
            (?<=(?:序號|序号)""" + _SEP + r""")    # a bare '序號': a letter too (a table's row number has none)
            (?=[0-9\-]*[A-Za-z])
            """ + _VALUE + r"""
            """,
            0.85,
        ),
    ]
    _DIGEST = re.compile(r"[0-9a-fA-F]{32,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

    def __init__(self) -> None:
        super().__init__(
            supported_entity="SERIAL_NUMBER",
            name="CjkSerialRecognizer",
            patterns=list(self.PATTERNS),
            context=["序號", "シリアル"],
            global_regex_flags=re.MULTILINE,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        return bool(self._DIGEST.fullmatch(pattern_text))  # a digest or a UUID is no serial
