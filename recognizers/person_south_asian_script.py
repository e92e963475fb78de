"""PERSON: names in Bengali, Sinhala, Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi and Thaana
script, by the words that introduce them.

These scripts have no capitals, and spaCy's small English model reads none of their words; what
marks a name is the statement or the form's label before it:

* ``south_asian_script_name_labelled`` (0.85): one to three words after ``my name is`` or a
  form's ``Name:`` in Bengali (``আমার নাম``, ``নাম:``, with its visarga as the colon: ``নামঃ``) and Assamese (``মোৰ
  নাম``),
  Sinhala (``මගේ නම``, ``නම:``), Tamil (``என் பெயர்``, ``பெயர்:``) or Dhivehi in Thaana
  (``އަހަރެންގެ ނަމަކީ``, ``ނަން:``), Telugu (``నా పేరు``, ``పేరు:``), Kannada (``ನನ್ನ ಹೆಸರು``,
  ``ಹೆಸರು:``), Malayalam (``എന്റെ പേര്``, ``പേര്:``), Gujarati (``મારું નામ``, ``નામ:``) or Punjabi in
  Gurmukhi (``ਮੇਰਾ ਨਾਮ``, ``ਨਾਮ:``), up to the word a statement goes on with (Bengali's ``আমি``
  (I), ``থেকে`` (from); Tamil's ``நான்``; Dhivehi's ``އެވެ``).
* ``south_asian_script_greeting_i_am`` (0.85): a greeting, the word for 'I', then one to three words before a comma
  or 'is' (``ഹലോ, ഞാൻ വിഷ്ണു നമ്പൂതിരി, ...``, ``வணக்கம், நான் கீர்த்தனா,``).
* ``devanagari_my_name`` (0.85): Hindi's, Nepali's, Marathi's and Konkani's 'my name is' in Devanagari (``मेरा नाम``,
  ``मेरो नाम``, ``माझे नाव``, ``म्हजें नांव``), one to three words, then 'is' or the sentence's end (``मेरो नाम रमेश राई हो``); a form's
  ``नाम:`` is person_address'.
* ``south_asian_script_signature`` (0.85): one to three words in those scripts alone on a message's
  last line after a dash (``— নুসরাত``, ``-- නදීෂා``); ``south_asian_script_thanks_signature`` (0.85):
  on the line after a thanks in those scripts (``நன்றி,`` then ``கீர்த்தனா சிவகுமார்``);
  ``south_asian_script_mail_name`` (0.85): a mail header's name before its address (``From: "সাদিয়া দাস"
  <...>``); ``south_asian_script_name_here`` (0.85): after a greeting's comma, before English's ``here`` (``જય શ્રી
  કૃષ્ણ Hamisibhai, સુનિલ લાખા here.``).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Bengali, Tamil, Sinhala and Thaana letters and their marks
# (and Telugu, Kannada, Malayalam, Gujarati and Gurmukhi)
_RANGES = r"\u0980-\u09ff\u0b80-\u0bff\u0d80-\u0dff\u0780-\u07bf\u0c00-\u0c7f\u0c80-\u0cff\u0d00-\u0d7f\u0a80-\u0aff\u0a00-\u0a7f"
_SCRIPT = r"[" + _RANGES + r"]"
_NOT_SCRIPT = r"(?<![" + _RANGES + r"])"
_END = r"(?![" + _RANGES + r"])"
# Words a statement goes on with after the name: Bengali's I, and, from, 'speaking', 'is'; Sinhala's I,
# 'is'; Tamil's I, 'is', from; Dhivehi's sentence end, 'and', from
_STOP = (r"(?:আমি|এবং|আর|থেকে|বলছি|হলো|হল|হচ্ছে|মই|পৰা|হয়|হয়|আৰু|මම|වේ|යි|නම්|நான்|ஆகும்|இருந்து|மற்றும்"
         r"|އެވެ|އާއި|އިން|އަކީ"
         # Telugu's I, 'is', from; Kannada's I, from; Malayalam's I, 'is'; Gujarati's I, 'is'; Punjabi's I, 'is'
         r"|నేను|గారు|నుండి|ನಾನು|ಇಂದ|ಅವರು|ഞാൻ|ആണ്|હું|છે|ਮੈਂ|ਹੈ)")
_WORD = r"(?!" + _STOP + _END + r")" + _SCRIPT + r"{2,}" + _END
# A name's word in Devanagari, no verb's or conjunction's
_DEVANAGARI_WORD = (r"(?!(?:है|हो|हुँ|हूँ|आहे|छ|आसा|र|और|म|मैं|हम|तपाईं|आप|क्या|के|का|की|को|ये|यह|नहीं|तो|पर|भी)(?![\p{L}\p{M}]))"
                    r"\p{Devanagari}(?<!\p{N})[\p{Devanagari}\p{M}]{1,20}(?<![।॥])")
_LABEL = (r"(?:আমার[\ ]নাম(?:[\ ](?:হলো|হল|হচ্ছে))?|নাম[\ ]?[:ঃ]|মোৰ[\ ]নাম(?:[\ ]হৈছে)?"  # (and Assamese's)
          r"|මගේ[\ ]නම|මාගේ[\ ]නම|නම[\ ]?:"
          r"|என்[\ ]பெயர்|என்னுடைய[\ ]பெயர்|எனது[\ ]பெயர்|பெயர்[\ ]?:"
          r"|އަހަރެންގެ[\ ]ނަމަކީ|ނަން[\ ]?:"
          r"|నా[\ ]పేరు|పేరు[\ ]?:|ನನ್ನ[\ ]ಹೆಸರು|ಹೆಸರು[\ ]?:|എന്റെ[\ ]പേര്|പേര്[\ ]?:|મારું[\ ]નામ|નામ[\ ]?:"
          r"|ਮੇਰਾ[\ ]ਨਾਮ|ਨਾਮ[\ ]?:|ਨਾਂ[\ ]?:)")


class PersonSouthAsianScriptRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern(
            "south_asian_script_name_labelled",
            r"(?x)(?<=" + _NOT_SCRIPT + _LABEL + r"[\ ]?)" + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}",
            0.85,
        ),
        Pattern(
            "south_asian_script_greeting_i_am",  # a greeting, 'I', then who: Malayalam's, Tamil's, Telugu's,
            r"(?x)(?<=(?<![\p{L}\p{M}])(?:ഹലോ|നമസ്കാരം|ഹായ്|வணக்கம்|ஹலோ|హలో|నమస్తే|నమస్కారం|ನಮಸ್ಕಾರ|ಹಲೋ|নমস্কার"  # Kannada's
            r"|হ্যালো|(?i:hello|hi|namaskaram|vanakkam))[,!]?[\ ](?:ഞാൻ|நான்|నేను|ನಾನು|আমি)[\ ])"  # and Bengali's
            + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}(?=[,،]|[\ ](?:ആണ്|ആണു|தான்|here)(?![\p{L}\p{M}]))",  # ('ഹലോ,
            0.85,                                         # ഞാൻ വിഷ്ണു നമ്പൂതിരി, Kottayam-ൽ നിന്ന്')
        ),
        Pattern(
            "devanagari_my_name",  # Hindi's, Nepali's and Marathi's 'my name is', one to three words, then 'is' or
            r"(?x)(?<=(?<![\p{L}\p{M}])(?:मेरा|मेरो|माझे|माझं|म्हजें|म्हजे)[\ ]ना(?:म|व|ंव)[\ ](?:(?:हो|है)[\ ])?)"  # the
            + _DEVANAGARI_WORD + r"(?:[\ ]" + _DEVANAGARI_WORD + r"){0,2}"  # sentence's end: 'मेरो नाम रमेश
            r"(?=[\ ](?:है|हो|हुँ|हूँ|आहे|छ|आसा)(?![\p{L}\p{M}])|[\ ]?[,.।!]|\s*$)",  # राई हो', 'मेरा नाम सोनम
            0.85,                                                         # वांगचुक है'
        ),
        Pattern(
            "south_asian_script_thanks_signature",  # the name on the line after a thanks in those scripts
            r"(?x)(?<=(?:^|\n)[\ \t]*(?:நன்றி|ধন্যবাদ|ස්තූතියි|ස්තුතියි|ޝުކުރިއްޔާ|শুভেচ্ছান্তে|இப்படிக்கு)[,،!]?[\ \t]*\r?\n[\ \t]*)"
            + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}(?=[\ \t]*(?:\r?\n|$))",  # ('நன்றி,\nகீர்த்தனா சிவகுமார்')
            0.85,
        ),
        Pattern(
            "south_asian_script_mail_name",  # a mail header's name in those scripts, its address after it
            r"(?x)(?<=(?:^|\n)(?:From|To|Cc|Reply-To):[\ ]\"?)" + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}"
            r"(?=\"?[\ ]<[^<>\s@]+@)",  # ('From: "সাদিয়া দাস" <sadiad69@gmail.com>')
            0.85,
        ),
        Pattern(
            "south_asian_script_signature",  # a message signed with a dash, the name alone on the last line
            r"(?x)(?<=(?:^|\n)[\ \t]*(?:--|[–—~])[\ ]?)" + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}"
            r"(?=[\ \t]*(?:\n|$)|'[,)])",  # (or a dump's string's end: "...\n— নুসরাত',")
            0.85,
        ),
        Pattern(
            "south_asian_script_name_here",  # who writes, after the greeting's comma, before English's 'here'
            r"(?x)(?<=,[\ ])" + _WORD + r"(?:[\ ]" + _WORD + r"){0,2}(?=[\ ]here\b)",  # ('જય શ્રી કૃષ્ણ
            0.85,                                                                # Hamisibhai, સુનિલ લાખા here.')
        ),
    ]
    CONTEXT = ["name", "নাম", "නම", "பெயர்", "ނަން", "పేరు", "ಹೆಸರು", "പേര്", "નામ", "ਨਾਮ"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON",
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
