"""PERSON: a name in Ge'ez (Ethiopic) script, by the word that introduces it.

spaCy's English model reads no Ge'ez: an Amharic chat's ``ስሜ መሮን አለሙ ነው`` (my name is Meron
Alemu) gives it nothing, and the script has no capital letters to tell a name from the words
around it. What introduces a name does:

* ``et_name_labelled`` (0.85): one to three words after ``ስሜ`` (my name), ``ስም:``, ``ሙሉ ስም:``
  (name, full name), ``ተቀባይ:`` (recipient), ``ላኪ:`` (sender), Tigrinya's ``ሽመይ`` (my name), up
  to the words a statement ends with (``ነው``, is; ``ይባላል``, is called; ``እባላለሁ``, I am called).
* ``et_name_self`` (0.85): two or three words between ``እኔ`` and ``ነኝ`` (I am ... ), or Tigrinya's
  ``ኣነ`` and ``እየ``.
* ``et_name_titled`` (0.85): one or two words after a title (``አቶ``, ``ወ/ሮ``, ``ወ/ሪት``, ``ዶ/ር``,
  ``ኢንጂነር``, ``ፕሮፌሰር``: Mr, Mrs, Miss, Dr, Engineer, Professor).
* ``et_name_from_amount`` (0.85): a remittance's sender, ``ከ`` (from) glued before the name and an
  amount after it (``ከሄሊና USD 573.00 ደርሶዎታል``: from Helina, USD 573.00 has reached you).
* ``et_name_signed`` (0.85): a sign-off's name, two or three words after Amharic's thanks or
  regards (``አመሰግናለሁ፣ ዳዊት በቀለ``; ``ከሰላምታ ጋር``), or after an English one (``Thanks, ዳዊት በቀለ``).

Ge'ez writes no space inside a word, and its own comma (``፣``) and full stop (``።``) end a name.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Ge'ez letters (Ethiopic, its supplement and its extended block); the edges of a word
_ET = r"[\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf]"
_NOT_ET = r"(?<![\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf])"
_END = r"(?![\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf])"
# Words that end a name or are none: is, am, is called, and, from, in, my, your, thanks, greetings,
# address, phone, here, the customer, the team (Amharic's; Tigrinya's 'is', 'am')
_STOP = (r"(?:ነው|ነኝ|ናቸው|ነበር|ይባላል|እባላለሁ|እና|ና|ከ|ወደ|በ|የ|ውስጥ|እኔ|እሱ|እሷ|እኛ|አንተ|አንቺ|እርስዎ|የእኔ|ስልክ|ስልኬ|አድራሻ"
         r"|አድራሻዬ|ሰላም|አመሰግናለሁ|እናመሰግናለን|ከሰላምታ|ጋር|እዚህ|ደንበኛ|ቡድን|ድርጅት|ኩባንያ|እዩ|እየ|ኢዩ|ኣነ|ይበሃል"
         r"|ስም|ሙሉ|ቁጥር|ቀን|ዛሬ|ነገ|ትናንት|እባክህ|እባክሽ|እባክዎ|ችግር|ጥያቄ"
         r"|በጣም|ብዙ|ብዙሕ|ብጣዕሚ|ሁላችሁም|ኩልኹም)")  # (very, much, all of you: 'አመሰግናለሁ በጣም!', thanks a lot)
_WORD = r"(?!" + _STOP + _END + r")" + _ET + r"{2,}" + _END
_NAME = _WORD + r"(?:[\ ]" + _WORD + r"){0,2}"
_LABEL = r"(?:ስሜ|ሽመይ|ስም[\ ]?:|ሙሉ[\ ]ስም[\ ]?:|ተቀባይ[\ ]?:|ላኪ[\ ]?:|የደንበኛ[\ ]ስም[\ ]?:)"
_TITLE = r"(?:አቶ|ወ/ሮ|ወ/ሪት|ወይዘሮ|ወይዘሪት|ዶ/ር|ዶክተር|ኢንጂነር|ኢ/ር|ፕሮፌሰር|ፕ/ር|ሻምበል|ሻለቃ|ቄስ|ሼህ)"
_THANKS = (r"(?:አመሰግናለሁ|እናመሰግናለን|ከሰላምታ[\ ]ጋር|የቀንየለይ|የቐንየለይ"
           r"|\b(?:Thanks|thanks|Thank[\ ]you|Regards|regards|Best|Cheers))")


class PersonEthiopicRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern("et_name_labelled", r"(?x)(?<=" + _NOT_ET + _LABEL + r"[\ ]?)" + _NAME, 0.85),
        Pattern(
            "et_name_self",
            r"(?x)(?<=" + _NOT_ET + r"(?:እኔ|ኣነ)[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r"){1,2}(?=[\ ](?:ነኝ|እየ)" + _END + r")",
            0.85,
        ),
        Pattern(
            "et_name_from_amount",
            r"(?x)(?<=" + _NOT_ET + r"ከ)" + _ET + r"{2,}" + _END + r"(?=[\ ](?:USD|ETB|EUR|GBP|SEK|CAD|AED|SAR|\d))",
            0.85,  # a remittance's sender, 'from' glued before the name and the amount after: 'ከሄሊና USD 573.00'
        ),
        Pattern("et_name_titled", r"(?x)(?<=" + _NOT_ET + _TITLE + r"[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r")?",
                0.85),  # (a given name and the father's: a verb may follow, 'አቶ ዮናስ ተስፋማርያም ደውለው ነበር')
        Pattern(
            "et_name_signed",
            r"(?x)(?<=" + _THANKS + r"[\ ]?[,፣!።]?[\ \n]{1,3})" + _WORD + r"(?:[\ ]" + _WORD + r"){1,2}"
            + r"(?=\s*$|\s*[,፣።.!])",  # a sign-off's name at the message's end: 'አመሰግናለሁ፣ ዳዊት በቀለ'
            0.85,
        ),
        Pattern(
            "et_name_thanked",
            r"(?x)(?<=" + _NOT_ET + r"(?:አመሰግናለሁ|እናመሰግናለን|የቀንየለይ|የቐንየለይ)[\ ])" + _WORD + r"(?=!)",
            0.85,  # one given name thanked, as a bot's reply writes it: 'አመሰግናለሁ ቅዱስ! ጥያቄዎ ተመዝግቧል' (thank you
        ),  # Kidus! your request is registered), Tigrinya's 'የቐንየለይ ሄለን!'
    ]
    CONTEXT = ["ስም", "ስሜ", "name"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # (Ge'ez has no case: no case-blind prefilter)
        )
