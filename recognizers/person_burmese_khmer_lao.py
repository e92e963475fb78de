"""PERSON: Burmese names by their honorific; names in Myanmar, Khmer and Lao script by the
words that introduce them.

A Burmese name has no family name and is a run of syllables (``Aung Kyaw Moe``); what marks
it is the honorific it is said with: ``U`` and ``Daw`` (an older man's, a woman's), ``Ko`` and
``Ma`` (a young man's and woman's), ``Maung``, and the Karen's, Shan's and Kachin's ``Saw``,
``Naw``, ``Sai``, ``Nang``. spaCy's English model takes ``Daw Khin Myo Thant`` or ``Ma Thida
Win`` for nothing. Myanmar, Khmer and Lao script have no capitals, and the model reads none of
them.

* ``burmese_honorific_name`` (0.85): an honorific and two to four syllables of Burmese names
  (``U Aung Kyaw Moe``, ``Ma Thida Win``, ``Saw Eh Htoo``); ``Daw`` (no English word) before one
  syllable too (``Daw Khin``). The syllables are a closed list: ``U Win`` (you win) has one, and
  ``Ma Bell`` none.
* ``sea_script_name_labelled`` (0.85): one to three words after ``my name is`` or a form's
  ``Name:`` in Myanmar (``ကျွန်တော့်နာမည်``, ``နာမည်:``), Khmer (``ខ្ញុំឈ្មោះ``, ``ឈ្មោះ:``) or
  Lao (``ຂ້ອຍຊື່``, ``ຊື່:``), up to the polite particle or the verb a statement ends with
  (``ပါ``, ``ဖြစ်ပါတယ်``; ``បាទ``; ``ແມ່ນ``, ``ເດີ``), a sentence's end or the next label (a phone's:
  ``ဖုန်း``, ``លេខទូរស័ព្ទ``, ``ເບີໂທ``); a third word only of a name's length.
* ``sea_script_name_signed`` (0.6): two Khmer or Lao words that end a text message after its last
  sentence or the number to call (``... សូមផ្លាស់ប្តូរអាសយដ្ឋាន។ យឹម សុធា"``), not its thanks.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Syllables of Burmese given names (romanized as Myanmar's own documents spell them)
_SYLLABLE = (r"(?:Aung|Kyaw|Moe|Khin|Myo|Thant|Zaw|Min|Htet|Thida|Win|Hla|Tun|Htun|Eh|Htoo|Seng|Su|Nyein|Thu"
             r"|Ye|Naing|Soe|Than|Myint|Thein|Oo|Nwe|Yi|Mya|Phyu|Lwin|Lin|Linn|Hnin|Wai|Phyo|Phyoe|Wint|Hein|Pyae"
             r"|Sone|Khaing|Zin|Mar|San|Sandar|Nandar|Thiri|Ei|Chaw|Shwe|Tin|Kyi|Nyunt|Sein|Pyone|Hlaing|Htay"
             r"|Myat|Wunna|Kaung|Sithu|Nay|Lay|Paing|Thet|Swe|Nu|Mon|May|Thuzar|Khine|Zar|Wah|Yadanar|Thaw|Tint"
             r"|Khant|Maw|Pyi|Sandi|Yamin|Yin|Ohn|Kyu|Nyi|Htike|Noe|Wutyi|Thazin|Aye|Cho|Ngwe|Chit|Hsu|Htwe"
             r"|Mint|Myaing|Naung|Nyan|Nyo|Pwint|Sanda|Shein|Sint|Thiha|Yan|Yee|Zeya|Zayar|Zarni|Hmue|Khet|Lei"
             r"|Nway|Phoo|Saung|Shun|Sue|Thinzar|Tharaphi|Htar|Yupar|Hsan|Kyawt|Myin|Nilar|Thandar"
             r"|Hnaung|Htin|Lwan|Hkawn|Ja|Bawk|Lu|Ngwar|Thit|Wyne|Yamone|Yoon|Zun)(?![\p{L}\p{M}'’\-])")
_HONORIFIC = r"(?:U|Ko|Ma|Maung|Mg\.?|Saw|Naw|Nang|Sai|Mahn|Nan|Sao|Khun)"
# Myanmar, Khmer and Lao letters and their marks; not their digits nor their punctuation (Burmese's '၊', '။',
# Khmer's '។'): a sentence's end after a polite particle ends the name ('ကျော်ဇော ပါ။ ဖုန်း ...')
_LETTERS = (r"\u1000-\u1039\u103a-\u103f\u1050-\u108f\u109a-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff\u1780-\u17d3"
            r"\u17d7\u17dc\u17dd\u19e0-\u19ff\u0e80-\u0ecf\u0edc-\u0eff")
_SCRIPT = r"[" + _LETTERS + r"]"
_NOT_SCRIPT = r"(?<![\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff\u1780-\u17ff\u19e0-\u19ff\u0e80-\u0eff])"
_END = r"(?![" + _LETTERS + r"])"
# Words that end a name: Burmese's polite particles and 'is', Khmer's 'yes' (a man's, a woman's)
# and 'and', Lao's 'is', its polite particles and 'from'; the labels of what follows a name in a
# message, its phone, address and e-mail (Burmese's 'ဖုန်း', Khmer's 'លេខទូរស័ព្ទ', Lao's 'ເບີໂທ')
_STOP = (r"(?:ပါ|ပါတယ်|ဖြစ်ပါတယ်|ဖြစ်တယ်|ပါရှင်|ပါခင်ဗျာ|ခင်ဗျာ|ရှင်|နဲ့|က|បាទ|ចាស|ហើយ|និង|ពី|នៅ"
         r"|ແມ່ນ|ເດີ|ຄັບ|ເຈົ້າ|ຈາກ|ແລະ|ຢູ່"
         r"|ဖုန်း|ဖုန်းနံပါတ်|လိပ်စာ|အီးမေးလ်|နေရပ်|លេខទូរស័ព្ទ|ទូរស័ព្ទ|លេខ|អាសយដ្ឋាន|អ៊ីមែល|មកពី|រស់នៅ"
         r"|ເບີໂທ|ເບີ|ໂທ|ທີ່ຢູ່|ອີເມວ|ອີເມລ)")
_WORD = r"(?!" + _STOP + _END + r")" + _SCRIPT + r"{2,}" + _END
# A Khmer or a Lao word (a name's: no stop word), and their thanks and regards, which end a message too
_KL_WORD = (r"(?!" + _STOP + _END + r")[\u1780-\u17d3\u17d7\u17dc\u17dd\u19e0-\u19ff\u0e80-\u0ecf\u0edc-\u0eff]{2,}"
            + _END)
_THANKS = r"(?:អរគុណ|សូមអរគុណ|ដោយក្តីគោរព|ຂອບໃຈ|ຂອບໃຈຫຼາຍ|ດ້ວຍຄວາມນັບຖື|ຂໍຂອບໃຈ)"
_LABEL = (r"(?:ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်တော်နာမည်|ကျွန်တော့်နာမည်က|ကျွန်မနာမည်က|နာမည်[\ ]?:|အမည်[\ ]?:"
          r"|ខ្ញុំឈ្មោះ|ឈ្មោះ[\ ]?:|ឈ្មោះខ្ញុំ|ຂ້ອຍຊື່|ຂ້ານ້ອຍຊື່|ຂ້ອຍຊື່ແມ່ນ|ຊື່[\ ]?:|ຊື່ຂອງຂ້ອຍແມ່ນ)")


class PersonBurmeseKhmerLaoRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "burmese_honorific_name",
            r"(?x)(?<![\w'’\-])(?:" + _HONORIFIC + r"|Daw)(?:[\ ](?=" + _SYLLABLE + r")\p{Lu}\p{Ll}*){1,4}"
            + r"(?<!(?<![\w'’\-])" + _HONORIFIC + r"[\ ][\p{L}]+)",  # (two syllables at least, unless after 'Daw';
            # each word a syllable by a lookahead, so the prefilter is short: see detect/prefilter.py)
            0.85,
        ),
        Pattern(
            "sea_script_name_signed",
            r"(?x)(?<=(?:[។៕?!.]|\d)[\ ]{1,2})"  # a text message's sender signs its end with their two names in
            # Khmer or Lao, after its last sentence or the number to call ('... សូមផ្លាស់ប្តូរអាសយដ្ឋាន។ យឹម សុធា"',
            # 'ໂທ 2023537804 ມະນີວັນ ດວງຈັກ"'), not its thanks
            r"(?!" + _THANKS + r")" + _KL_WORD + r"[\ ]" + _KL_WORD + r"(?=[\ ]?[\"']|[\ \t]*$)",
            0.6,
        ),
        Pattern(
            "sea_script_name_labelled",
            r"(?x)(?<=" + _NOT_SCRIPT + _LABEL + r"[\ ]?)" + _WORD + r"(?:[\ ]" + _WORD + r"){0,1}"
            + r"(?:[\ ](?=" + _SCRIPT + r"{2,10}" + _END + r")" + _WORD + r")?",  # (a third word a name's length: not
            # the message going on, 'ຂ້ອຍຊື່ ບຸນມີ ສີສຸພັນ ໄດ້ໂອນເງິນຜ່ານ ...': ... transferred the money via)
            0.85,
        ),
    ]
    CONTEXT = ["name", "နာမည်", "ឈ្មោះ", "ຊື່"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # (case-sensitive: 'u win' is no name)
        )
