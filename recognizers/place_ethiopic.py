"""LOCATION: an address and a town in Ge'ez (Ethiopic) script.

spaCy's English model reads no Ge'ez: an Amharic delivery note's ``ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ አዲስ
አበባ`` (Bole sub-city, woreda 03, Addis Ababa) gives it nothing. The words that make an address
do:

* ``et_district`` (0.85): a sub-city by its name (``ቦሌ ክፍለ ከተማ``), a woreda or a kebele by its
  number (``ወረዳ 03``, ``ቀበሌ 14``), a neighbourhood by its name (``ፒያሳ ሰፈር``).
* ``et_landmark`` (0.85): the landmark an address is given by, the word before ``አጠገብ``, ``ፊት
  ለፊት``, ``ጀርባ`` (next to, facing, behind): ``መስቀል አደባባይ አጠገብ``.
* ``et_lives_in`` (0.85): where one lives or is from (``የምኖረው ... ነው``: I live in ...;
  ``ከ... ነኝ``: I am from ...; Tigrinya's ``ኣብ ... እነብር``: I live in ...).
* ``et_town`` (0.85): Ethiopia's and Eritrea's towns and Addis Ababa's quarters by name
  (``አዲስ አበባ``, ``ባሕር ዳር``, ``አስመራ``, ``ቦሌ``), with ``በ``, ``ከ``, ``ወደ`` glued before (in,
  from, to).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Ge'ez letters; the edges of a word
_ET = r"[\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf]"
_NOT_ET = r"(?<![\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf])"
_END = r"(?![\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf])"
_WORD = _ET + r"{2,}" + _END
# Towns and Addis Ababa's quarters (two words where they are written so); 'ቦሌ' is Bole
_TOWNS = (r"(?:አዲስ[\ ]አበባ|ባሕር[\ ]ዳር|ባህር[\ ]ዳር|ድሬ[\ ]ዳዋ|ደብረ[\ ]ዘይት|ደብረ[\ ]ብርሃን|ደብረ[\ ]ማርቆስ|ሐዋሳ|ሀዋሳ|መቀሌ|መቐለ"
          r"|ጎንደር|አዳማ|ናዝሬት|ጅማ|ደሴ|ሐረር|ሀረር|ጅጅጋ|ጂጂጋ|አርባ[\ ]ምንጭ|ሻሸመኔ|ነቀምት|ቢሾፍቱ|አክሱም|ላሊበላ|አሶሳ|ጋምቤላ"
          r"|አስመራ|ከረን|ምጽዋ|ባረንቱ|ቦሌ|ፒያሳ|ካዛንቺስ|መገናኛ|ሲኤምሲ|ሳሪስ|መርካቶ|ጉለሌ|ቂርቆስ|ልደታ|የካ|አራት[\ ]ኪሎ"
          r"|ስድስት[\ ]ኪሎ|ለገሃር|ኮልፌ|አቃቂ|ሰሚት|ጀሞ"
          # (and Eritrea's towns as Tigrinya spells them, its 'ኣ': Asmara, Mendefera, Akordat, Dekemhare, Assab,
          # Massawa, Adi Keyh)
          r"|ኣስመራ|መንደፈራ|ኣቆርደት|ደቀምሓረ|ኣሰብ|ምጽዋዕ|ዓዲ[\ ]ቐይሕ)")


class PlaceEthiopicRecognizer(PatternRecognizer):
    CASELESS_SCRIPT = True  # (its prefilters pack last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "et_district",
            r"(?x)" + _NOT_ET + r"(?:" + _WORD + r"(?:[\ ]" + _WORD + r")?[\ ](?:ክፍለ[\ ]ከተማ|ክ/ከተማ|ሰፈር)" + _END
            + r"|(?:ወረዳ|ቀበሌ)[\ ]?[0-9\u1369-\u137c]{1,2}(?![0-9]))",  # 'ቦሌ ክፍለ ከተማ', 'ወረዳ 03', 'ቀበሌ 14'
            0.85,
        ),
        Pattern(
            "et_landmark",
            r"(?x)" + _NOT_ET + _WORD + r"(?:[\ ]" + _WORD + r")?(?=[\ ](?:አጠገብ|ፊት[\ ]ለፊት|ጀርባ|አካባቢ)" + _END + r")",
            0.85,  # 'መስቀል አደባባይ አጠገብ' (next to Meskel Square)
        ),
        Pattern(
            "et_lives_in",
            r"(?x)(?<=" + _NOT_ET + r"የምኖረው[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r")?(?=[\ ]ነው" + _END + r")"
            # (Tigrinya's 'in ... I live', 'he lives', 'I stay': 'ኣብ ከረን እነብር')
            + r"|(?<=" + _NOT_ET + r"ኣብ[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r")?"
            + r"(?=[\ ](?:እነብር|ይነብር|ትነብር|ንነብር|እቕመጥ|ይቕመጥ)" + _END + r")",
            0.85,  # 'የምኖረው ባሕር ዳር ነው' (I live in Bahir Dar)
        ),
        Pattern(
            "et_town",
            r"(?x)(?:" + _NOT_ET + r"|(?<=" + _NOT_ET + r"(?:በ|ከ|ወደ|የ)))" + _TOWNS + _END,
            0.85,
        ),
    ]
    CONTEXT = ["አድራሻ", "ከተማ", "address"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="LOCATION",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,  # (Ge'ez has no case: no case-blind prefilter)
        )
