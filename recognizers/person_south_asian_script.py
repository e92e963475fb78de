"""PERSON: names in Bengali, Sinhala, Tamil and Thaana script, by the words that introduce them.

These scripts have no capitals, and spaCy's small English model reads none of their words; what
marks a name is the statement or the form's label before it:

* ``south_asian_script_name_labelled`` (0.85): one to three words after ``my name is`` or a
  form's ``Name:`` in Bengali (``আমার নাম``, ``নাম:``, with its visarga as the colon: ``নামঃ``),
  Sinhala (``මගේ නම``, ``නම:``), Tamil (``என் பெயர்``, ``பெயர்:``) or Dhivehi in Thaana
  (``އަހަރެންގެ ނަމަކީ``, ``ނަން:``), up to the word a statement goes on with (Bengali's ``আমি``
  (I), ``থেকে`` (from); Tamil's ``நான்``; Dhivehi's ``އެވެ``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Bengali, Tamil, Sinhala and Thaana letters and their marks
_SCRIPT = r"[\u0980-\u09ff\u0b80-\u0bff\u0d80-\u0dff\u0780-\u07bf]"
_NOT_SCRIPT = r"(?<![\u0980-\u09ff\u0b80-\u0bff\u0d80-\u0dff\u0780-\u07bf])"
_END = r"(?![\u0980-\u09ff\u0b80-\u0bff\u0d80-\u0dff\u0780-\u07bf])"
# Words a statement goes on with after the name: Bengali's I, and, from, 'speaking', 'is'; Sinhala's I,
# 'is'; Tamil's I, 'is', from; Dhivehi's sentence end, 'and', from
_STOP = (r"(?:আমি|এবং|আর|থেকে|বলছি|হলো|হল|হচ্ছে|මම|වේ|යි|නම්|நான்|ஆகும்|இருந்து|மற்றும்"
         r"|އެވެ|އާއި|އިން|އަކީ)")
_WORD = r"(?!" + _STOP + _END + r")" + _SCRIPT + r"{2,}" + _END
_LABEL = (r"(?:আমার[\ ]নাম(?:[\ ](?:হলো|হল|হচ্ছে))?|নাম[\ ]?[:ঃ]"
          r"|මගේ[\ ]නම|මාගේ[\ ]නම|නම[\ ]?:"
          r"|என்[\ ]பெயர்|என்னுடைய[\ ]பெயர்|எனது[\ ]பெயர்|பெயர்[\ ]?:"
          r"|އަހަރެންގެ[\ ]ނަމަކީ|ނަން[\ ]?:)")


class PersonSouthAsianScriptRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "south_asian_script_name_labelled",
            r"(?x)(?<=" + _NOT_SCRIPT + _LABEL + r"[\ ]?)" + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}",
            0.85,
        ),
    ]
    CONTEXT = ["name", "নাম", "නම", "பெயர்", "ނަން"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
