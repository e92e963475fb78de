"""PHONE_NUMBER: numbers that the ``phonenumbers`` package accepts.

Three candidate shapes, each with its own base score:

* ``phone_international`` (0.85): ``+`` or ``00`` country prefix (or ``(+48)``), parsed
  without a region.
* ``phone_formatted`` (0.65): national digits with separators, ``(555) 010-1234``,
  parsed in :attr:`PhoneNumberRecognizer.default_region`.
* ``phone_plain`` (0.3): a bare run of 7-12 digits. Order ids and counters look the
  same, so it stays below the pipeline's 0.4 threshold unless Presidio's context
  enhancer finds ``phone``/``tel``/``call``... nearby.

``validate_result`` never returns True (that would lift every parsed number, bare
runs included, to 1.0): a number that checks out keeps its shape's score, one that
does not is dropped.

Fictional NANP numbers: ``phonenumbers`` accepts ``202-555-0143`` (555-01XX with a real
area code is in its metadata), but rejects reserved ranges that synthetic data and
fiction also use, e.g. the 555 area code or an exchange starting with 0/1, as in
``(555) 010-1234``. For region-1 numbers we therefore also accept a *formatted*
ten-digit number in 3-3-4 grouping that ``is_possible_number`` accepts: written that
way it is a phone number for every practical purpose, and other data (dates, ids,
prices, versions) is not written in that shape. Bare digit runs get no such leniency.

Other ranges regulators set aside for fiction are accepted too when ``phonenumbers``
calls them invalid (it does for the UK's drama mobiles ``07700 900xxx``): see
``_FICTIONAL``. Synthetic data uses exactly these, and a real scanner loses nothing by
reporting a number nobody can own.

National numbers written with a trunk ``0`` (``01 99 00 75 11``, ``07700 900633``)
cannot be NANP numbers; when they fail in :attr:`default_region`, they are tried in
:attr:`PhoneNumberRecognizer.fallback_regions` (formatted candidates, and bare runs of ten
digits or more, which keep ``phone_plain``'s low score: a context word must lift them).

Numbers with an explicit country code (``+41 (0)97 582 14 36``, ``+1-986-174-0253``)
need only be *possible* in that country's plan (right length): the ``+`` says what they
are. Any shape may carry an extension (``349-809-1390x2291``, ``... ext. 12``), which is
not counted as digits of the number.

A toll-free, shared-cost or premium-rate number (``1-800-624-9896``, India's
``1800-425-4026``, ``0800 ...``) is dropped whatever its shape: such a line is a business's
(a vendor's hotline in a ticket's footer), and no person's to hide.

:class:`LabelledPhoneRecognizer` adds ``phone_labelled`` (0.6): a number right after a
label (``Phone:``, ``Mobile:``, ``Desk:``, ``Tel. no.``, ``call me at``, ``messages
to``). There the shape checks (length, dates, IPs, versions, cards) suffice and
``phonenumbers`` is not asked: synthetic data and numbering plans outside the fallback
regions give numbers like ``Phone: 583 1642`` or ``Mobile: 518 27 094``. It also adds
``phone_in_file_name`` (0.6): a fax's, a text's or a voice mail's file named for its number
(``fax_from_0889786738_20230305_129771.pdf``), and ``phone_in_spool_file`` (0.6): an SMS
gateway's spooled message so named (Gammu SMSD's ``IN20261109_063947_00_+4797094649_00.txt``),
with the same shape checks.
"""

from __future__ import annotations

import datetime

import phonenumbers
import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

# Pieces spliced into the verbose patterns below (no '#' comments inside them).
#
# The fast path runs a Rust-compatible superset of each pattern over whole columns
# (piiscan.detect.prefilter: lookaheads and negative lookbehinds dropped, a leading
# positive lookbehind kept as a consuming group), so the consuming part and the leading
# positive lookbehind are what make a candidate; they carry the selectivity here.
#
# the left edge: at a line start or after a character that does not glue the number to
# a word, a price, a decimal, a date, an id or a path (a comma only after a letter or
# symbol, as in a list 'Office\\,07700 081 532': after a digit it is a decimal); not the
# tail of a space-grouped number ('200 418327' is one candidate at '200', none at
# '418327'); not the seconds of a time ('14:27:53.418 5127'); not the status code of an
# access-log request ('"GET / HTTP/1.1" 206 5193472': status and size). Kana, Han and Hangul glue
# a number to the word before it as to the one after it ('不在の場合は07012803614', '致電0912-345-678'): a
# letter of theirs (U+3040 to U+D7A3) may come before.
# Not a record's id as a log's key=value gives it ('jobid=3164343869', 'order_id=...'), but a caller's, a WhatsApp
# user's or a text's sender's, which are numbers ('callerid=', 'cid=', 'wa_id=', 'sender_id=')
_NOT_AN_ID_KEY = (r"(?<!\b(?!(?i:caller_?id|calling_?id|cid|clid|cli_?id|wa_?id|whatsapp_?id|sender_?id|phone_?id)=)"
                  r"[A-Za-z_]{0,20}(?:id|Id|ID)=)")
_START = (r"(?<=^|[^\w+$€£¥.,/\-]|[^\d\s],|[\u3040-\ud7a3]|[а-яё])(?:(?<!\b\d+[\ ])|(?=\+\d))(?<!\d:)"
          r"(?<!HTTP/[\d.]{1,3}\"\ )"
          # (a Cyrillic word glued to a number, a forum's signature run into it: 'Дела реза хуьлда+7 988 519-27-12')
          # (a '+' starts a number of its own after another's digits: a PIN code's, 'Sikkim 737101 +91-97330 12345')
          # (nor a firm's tax or register number after its label: Poland's 'NIP 941-249-48-94', 'REGON', 'KRS',
          # Ukraine's 'ЄДРПОУ', Russia's 'ИНН', Hungary's 'adószám', Denmark's 'CVR', Finland's 'Y-tunnus')
          r"(?<!\b(?i:NIP|REGON|KRS|PESEL|VAT|ЄДРПОУ|ЕДРПОУ|ІПН|ИНН|adószám|CVR|Y-tunnus)[:.]?[\ ]{1,2})"
          + _NOT_AN_ID_KEY)
# the right edge: not followed by a letter/digit, another separator+digit group or a
# ':' and digits (the hour of '2023-10-05 12:30' is not the end of a number), nor by a
# dot or colon and a letter (84-71-236-158.dsl.example.net is a host name,
# '[0312/093815:WARNING' a timestamp), nor by a unit: a log's id and a duration ('transaction
# id:6146810 - 1653 ms'), a size ('240570 B'). A document's extension after it is no host's
# part: a form named for its number ('Fiche urgence - Bertille Dupuich - 0498 43 50 12.pdf').
# Chinese, Japanese and Korean glue their words to a number: a letter of theirs may follow
# ('090-1234-5678です', '0912-345-678給我').
# a duration's unit: a count of them after a number is no group of it ('Will call +353839140753 30 min before')
_DURATION = r"min|mins|minutes|hours?|hrs?|days?|weeks?|seconds?"
_END = (r"(?![^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|[.,/:\-]\d|\ \d(?!\d{0,3}\ (?-i:" + _DURATION + r")\b)"
        r"|[.:](?!(?i:pdf|docx?|xlsx?|odt|rtf|txt|jpe?g|png|heic|msg|eml)(?![\w.\-]))"
        r"[^\W\d_]|\ (?-i:ms|µs|ns|B|kB|KB|MB|GB|bytes|secs?|" + _DURATION + r")\b)")
# an optional extension: 349-809-1390x2291, 202-555-0143 ext. 12
_EXT = r"(?:\ ?(?:x|ext\.?|extension)\ ?\d{1,6})?"
# one group of digits, optionally in parentheses: 202, (202), (0)
_GROUP = r"(?:\(\d{1,5}\)|\d{1,10})"
# ... and after a country code, eleven digits too: China's mobiles written whole after it ('+86 13572308758')
_GROUP_INTL = r"(?:\(\d{1,5}\)|\d{1,11})"
# one separator: a dash, dot or slash with optional spaces, or a single space; after a
# parenthesized group ('(202)555') there may be none. A pattern spells a number as
# _LINK{n} _GROUP, i.e. a group followed by n (separator, group) pairs: the optional
# separator belongs to the '(202)' group before it, because an empty alternative in the
# separator itself would let the prefilter match any digit run.
_SEP = r"(?:\ ?[\-./]\ ?|\ )"
_LINK = r"(?:\(\d{1,5}\)" + _SEP + r"?|\d{1,10}" + _SEP + r")"
# An international number's: a slash between spaces is no separator of its groups but the
# end of one number of two ('+974 5512 3344 / 5512 3345': the second in the first's plan, see
# numbers_listed_after); a German line writes its area code so ('089 / 123456'), not after a '+'.
_SEP_INTL = r"(?:\ ?[\-.]\ ?|/\ ?|\ )"
_LINK_INTL = r"(?:\(\d{1,5}\)" + _SEP_INTL + r"?|\d{1,10}" + _SEP_INTL + r")"
# The same without the dot. A dotted number is a phone only in two shapes, 202.555.0143
# (the last group has 4+ digits) and 01.99.00.75.11 (5+ two-digit groups), so
# phone_formatted spells those out and uses these links otherwise. Then the consuming
# part cannot match a dotted quad (81.146.7.215) or its prefix (81.146.7): the client IP
# at the start of every access-log line is no longer a candidate.
_SEP_NODOT = r"(?:\ ?\-\ ?|/\ ?|\ /(?!\ [0+])\ ?|\ )"
_LINK_NODOT = r"(?:\(\d{1,5}\)" + _SEP_NODOT + r"?|\d{1,10}" + _SEP_NODOT + r")"

_CONTEXT = [
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "call",
    "fax",
    "contact",
    "whatsapp",
    "sms",
    "wallet",  # (a mobile-money wallet's number is its phone's: 'My wallet number is 23233638717')
    "momo",
    # other languages' (substrings of a word: German 'Telefonnummer', 'anrufen'; Spanish
    # 'llamar'; Korean '연락' (contact), '전화'; Vietnamese 'gọi' (call), 'điện thoại', 'SĐT')
    "telefon",
    "handy",
    "anruf",
    "llam",
    "연락",
    "전화",
    "휴대폰",
    "gọi",
    "thoại",
    "sđt",
    "liên",  # ('liên hệ': contact)
    "zalo",  # (Vietnam's messenger, by the number)
    "nipigi",  # Swahili's call me, call ('Nipigie 0712345678'; its 'simu', phone, is the labelled pattern's: a
    "pigia",   # context word would be inside 'simulation')
    "ekwent",  # Igbo's phone ('nọmba ekwentị m'), Yoruba's ('fóònù', 'foonu')
    "fóònù",
    "foonu",
    "тел",  # Bulgarian, Ukrainian and Russian 'телефон'
    "смс",  # (and Russian's SMS, call, call back: 'новый в смс на 8903...', 'Перезвоним на ...', 'позвоните')
    "звон",
    "номер",  # (Russian's number, and WhatsApp as Russian writes it: 'номер 8928 123 4567', 'Ватсап 8964...')
    "ватсап",
    "вацап",
    "вотсап",
    "טלפון",
    "โทร",
    "sími",
    "tālr",
    # Indonesian and Malay, Swahili, Welsh, Afrikaans; Hindi, Bengali, Persian, Georgian, Armenian
    "telp",
    "telepon",
    "simu",
    "ffôn",
    "selfoon",
    "फ़ोन",
    "फोन",
    "मोबाइल",
    "ফোন",
    "মোবাইল",
    "تلفن",
    "موبایل",
    "ტელ",
    "հեռ",
    "nomor",  # (Indonesian, Malay, Swahili: a number: 'nomor 628122360817')
    "nombor",
    "nambari",
    # Urdu, Nepali, Tamil, Telugu, Amharic, Hausa ('a kira ni a': call me at), Somali, Uzbek,
    # Mongolian
    "فون",
    "رابطہ",
    "सम्पर्क",
    "தொலைபேசி",
    "ఫోన్",
    "ስልክ",
    "kira",
    "waya",
    "wac",
    "taleefan",
    "aloqa",
    "qo'ng'iroq",
    "утас",
    # Tagalog's and Cebuano's call ('Tawagi si Lyka sa 0939...', 'Pakitawagan po ako sa', 'Tumawag lang po sa').
    # Not 'text' nor 'number': a field's name is context too, and a record's 'text' or an
    # 'Order Number' column would lift every long number in it ('credit card 060426070011',
    # 'order number 2025550143'); Tagalog's 'number ko' is a label (_MORE_LABEL).
    "tawag",
    "tumawag",
    # (and a messenger's, a reachable one's, a text sent or asked for: 'Viber lang: 6391...', 'Reachable at 6391...',
    # 'Texted 6396...:', 'Pakitext po sa 6391...')
    "viber",
    "reachable",
    "texted",
    "pakitext",
    # isiZulu's and isiXhosa's number ('inombolo yami': my number), Setswana's ('nomoro'), Shona's
    # ('nhamba', and its phone: 'runhare'); Afrikaans' phone and mobile ('foon', 'selfoon' above)
    "inombolo",
    "nomoro",
    "nhamba",
    "runhare",
    "foon",
    # a prepaid line's top-up: the number it is for ('Airtime top-up 08131460859', 'MTN recharge 0803...')
    # an SMS gateway's opt-out: its sender's number ('Opt-out received from 380683981975: "STOP"')
    "opt-out",
    "optout",
    "airtime",
    "recharg",
    "topup",
    "top-up",
]

_DATE_SHAPES = re.compile(
    r"""(?x)
    (?<!\d)(?:
      (?:19|20)\d\d[\-./](?:0?[1-9]|1[0-2])[\-./](?:0?[1-9]|[12]\d|3[01])  # 2023-10-05, 2023/10/05
      | (?:0?[1-9]|[12]\d|3[01])[\-./](?:0?[1-9]|[12]\d|3[01])[\-./](?:19|20)\d\d  # 10/05/2023, 05.10.2023
    )(?!\d)
    """
)
# A day and a month with a slash, then a blank and a time's window: a visit's date and hours ('visit 05/02
# 8-12'), no number (a phone's groups are not slashed so, then spaced)
_DAY_MONTH_THEN_HOURS = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])[ ]\d{1,2}(?::\d\d)?-\d{1,2}(?::\d\d)?")
# A whole candidate that is a date with a two-digit year (5-10-23, 05.10.23). Only as
# the whole candidate: inside one, 01.23.45.67.89 (a French number) would look like one.
_SHORT_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([\-./])(?:0?[1-9]|[12]\d|3[01])\1\d\d")
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")  # IPs and four-part versions
_IS_POSSIBLE = phonenumbers.ValidationResult.IS_POSSIBLE
# Toll-free, shared-cost and premium codes of the plans most written (NANP's 800-888 and 900,
# the UK's and Europe's 0800, 0808, 0500, 084x, 087x, 09, India's 1800 and 1860, Australia's 1300)
_FIRMS_CODES = ("800", "833", "844", "855", "866", "877", "888", "900", "0808", "0500", "084", "087", "09", "1660",
                "1300", "1860", "0120",  # (and Japan's free dial, '0120-444-111')
                "0850", "444",  # (and Turkey's firms' lines: '0850 222 0 555', '444 1 444')
                "707", "808", "3003", "4003", "4004", "0300",  # (Portugal's and Brazil's: '707 500 600', '4003-3939')
                "078", "070",  # (Belgium's national-rate and premium lines: '078 15 15 15', '070 22 44 66')
                "400")  # (and China's firms' lines: '400-111-1111')
# The Nordics' firms' lines: Norway's and Denmark's eight digits ('815 34 355', '80 20 30 40'), Sweden's
# free and shared-cost ('020-58 81 72', '0771-20 62 60'); and Hungary's ('06 80 200 300'), each as its country groups
# them (see _a_firms_line)
_NORDIC_FIRMS = re.compile(r"8[012]\d{6}$|0(?:20|771|900|939|944)|06(?:80|40|90|91)\d{6}$")
_HU_FIRMS = re.compile(r"06[\ \-/](?:80|40|9[01])[\ \-/]\d{3}[\ \-]\d{3}")
_NO_DK_FIRMS = re.compile(r"8[012]\d\ \d\d\ \d{3}|8[012](?:\ \d\d){3}")
_SE_FIRMS = re.compile(r"0(?:20|200|771|900|939|944)-\d{2,3}(?:\ \d{2,3}){1,3}|0200\ \d{5,6}")
# Belgium's grouping of a national number of nine digits: '078 15 15 15', '070/22.44.66'
_BE_GROUPS = re.compile(r"0\d\d[ ./]\d\d[ .]\d\d[ .]\d\d|0\d{8}")
_TOLL_FREE_STARTS = ("1800", "1860", "1300", "0800", "0808", "1660",  # (India's, Australia's, the UK's, Nepal's)
                     "0900", "078", "070")  # (the Netherlands' and Belgium's premium and national-rate lines)
_FIRMS_LINES = (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                phonenumbers.PhoneNumberType.PREMIUM_RATE,
                phonenumbers.PhoneNumberType.UAN)  # (a firm's one number for the whole country: Turkey's '444 1 444')
# Brazil's firms' '0300' lines as Brazil groups them ('0300 789 6000'); Pakistan's mobiles start so too, grouped
# otherwise or not at all ('0300 7893239', '03005325994')
_BR_FIRMS_GROUPS = re.compile(r"0300[ .\-]\d{3}[ .\-]\d{4}")
# Japan's mobiles as Japan groups them: three, four and four digits ('080-8338-0074', '090 6678 2664')
_JP_MOBILE_GROUPS = re.compile(r"0[789]0[\-\ ]\d{4}[\-\ ]\d{4}")
_EXT_TAIL = re.compile(r"\ ?(?:x|ext\.?|extension)\ ?\d{1,6}$", re.IGNORECASE)
_LONE_LAST_DIGIT = re.compile(r"[^\d(]\d$")
_SSN_SHAPE = re.compile(r"\d{3}-\d\d-\d{4}")
# Go's monotonic clock reading as a time prints it, seconds and their nanoseconds ('... +0000 UTC
# m=+86658.693732301'): no number is written with nine digits after one dot
_MONOTONIC_READING = re.compile(r"\+\d{1,9}\.\d{9}")
_CEP_SHAPE = re.compile(r"\d{5}-\d{3}")
_COUNT_PAIR = re.compile(r"\d{5,}/\d{1,3}")
# Ids written in groups no numbering plan uses: Hungary's tax number (adószám, '12345678-2-42') and its
# company register's number (cégjegyzékszám, '01-09-123456'); a birth date and four digits, the Nordics'
# personal numbers (Denmark's CPR, Iceland's kennitala, Sweden's personnummer: '010185-2349') and
# Sweden's org numbers ('556677-8899')
_HU_TAX_SHAPE = re.compile(r"\d{8}-\d-\d\d|\d\d-\d\d-\d{6}")
_SIX_FOUR = re.compile(r"\d{6}-\d{4}")
# Slovakia's and Czechia's birth number (rodné číslo): the birth date, a woman's month plus 50, a slash and
# three or four digits ('850512/1234', '905723/456'); no phone is written six and four around a slash
_BIRTH_NUMBER = re.compile(r"\d\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])/\d{3,4}")
_YEAR_SLASH = re.compile(r"(?:19|20)\d\d/")
# A number's first group, one to three digits and a separator: a country's code where the
# rest is a valid mobile of that country ('675 7449 8222')
_COUNTRY_GROUP = re.compile(r"(\d{1,3})[ .\-]\d")
_AR_MOBILE = re.compile(r"\(?0\d{2,4}\)?[\ \-]15[\ \-](?:\d{3,4}[\ \-]?\d{4}|\d{2}[\ \-]\d{2}[\ \-]\d{4}|\d{2,3}[\ \-]\d{4}"
                        r"|\d{6,8})")
# (and as Patagonia writes its six or seven digits after '15': '(02945) 15-63-8467', '(02945) 15-45-64-67', '02966 15
# 570338'; the AR plan decides)
_BR_MOBILE = re.compile(r"\(\d{2}\)\ ?9\d{4}-\d{4}")
# Nine digits in pairs after the first three or two, no trunk: Spain's '612 34 56 78', '93
# 123 45 67', Georgia's mobiles '555 12 34 56'; India's mobiles in two fives, '98765 43210'
_NINE_IN_PAIRS = re.compile(r"(?:\d{3}|\d\d\ \d{3})\ \d\d\ \d\d(?:\ \d\d)?")
# Norway's and Denmark's eight digits, no trunk '0', as they are grouped: '912 34 567', '41 23 45 67'
_NORDIC_EIGHT = re.compile(r"\d{3}\ \d\d\ \d{3}|\d\d\ \d\d\ \d\d\ \d\d")
_PL_MOBILE = re.compile(r"\d{3}([\ \-])\d{3}\1\d{3}")
_IN_MOBILE = re.compile(r"[6-9]\d{4}[\ \-]\d{5}")
# Italy's mobiles, no trunk, the operator's three digits then six or seven: '366 7018951', '345-6473359'
_IT_MOBILE = re.compile(r"3\d\d[\ \-]\d{6,7}")
# A country's calling code in parentheses without its '+': Hong Kong's '(852) 6631 7485'
_PAREN_COUNTRY = re.compile(r"\((\d{2,3})\)\ ?(\d.*)")
_NANP_3_3_4 = re.compile(r"(?:\+?1[\ \-.]?)?(?:\(\d{3}\)\ ?|\d{3}[\ \-./])\d{3}[\ \-./]\d{4}")


# E.164 ranges set aside for drama and documentation by national regulators.
_FICTIONAL = re.compile(
    r"""(?x)
    \+1[2-9]\d\d55501\d\d        # NANP: NXX-555-0100..0199 (any area code)
    | \+447700900\d{3}           # UK (Ofcom): 07700 900000..900999 mobiles
    | \+442079460\d{3}           # UK (Ofcom): 020 7946 0000..0999 (London)
    | \+3319900\d{4}             # France (ARCEP): 01 99 00 xx xx
    | \+493023125\d{3}           # Germany (BNetzA): 030 23125 xxx (Berlin)
    | \+61491570\d{3}            # Australia (ACMA): 0491 570 xxx mobiles
    """
)


def _is_yyyymmdd(digits: str) -> bool:
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    try:
        datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


class PhoneNumberRecognizer(PatternRecognizer):
    """International and national phone numbers, checked with ``phonenumbers``."""

    default_region = "US"  # for numbers without a country prefix; the caller may override it
    # validate_result only rejects (see the module docstring): a caller may skip it for a
    # match whose score could not pass its threshold anyway (piiscan's fast path does)
    validation_never_raises = True
    # Tried, in order, for formatted national numbers with a trunk '0' that do not
    # parse in default_region (NANP has no trunk 0, so those are foreign numbers).
    fallback_regions: tuple[str, ...] = ("GB", "FR", "DE", "AU", "NL", "BE", "CH", "AT", "IE", "NZ",
                                         # France's overseas regions: its plan, their own codes
                                         # ('0690 12 34 56' is Guadeloupe's, '0692 ...' Réunion's)
                                         "GP", "MQ", "GF", "RE")
    # Tried after those for numbers of nine digits or more only: their plans hold short
    # numbers that ids take too (an amavis log's '(03172-02)' is a valid Italian landline)
    long_fallback_regions: tuple[str, ...] = ("IT", "SE", "KR", "VN", "JP", "IN", "TR", "BR", "UA", "IL",
                                              "EG",  # (Egypt's mobiles, '010 1234 5678': eleven digits)
                                              "PK",  # (and Pakistan's: '0300 7893239', '(0320) 121-6523')
                                              "HU")  # (Hungary's trunk '06': '06 70 678 0455', '06-31/5...')

    PATTERNS = [
        Pattern(
            "phone_international",
            r"(?x)"
            + _START
            + r"""
            (?:
            (?:\+|00)\ ?             # country prefix: '+' or the '00' international access code
            (?:\d{7,15}              # E.164 written without separators: +12025550143
            |\d{1,3}\(\d{2,5}\)(?:\d{5,8}|\d{1,3}(?:-\d{2,4}){1,3})  # or the area code's brackets glued
                                     # to the country code, as Russia's are written: +7(4152)41-22-33, +7(914)1234567
            |\d{1,7}                 # or a country code (+44 or +447700: glued to the area code) ...
            """
            + _SEP_INTL
            + _LINK_INTL
            + r"{0,6}"
            + _GROUP_INTL
            + r"""                   # ... and the rest, in 1-7 groups
            )
            |\(\+\d{1,4}\)\ ?          # or a country code in parentheses: (+48) 601-234-567,
            """                          # (+298) 211360 (the Faroes' six digits)
            + _LINK_INTL
            + r"{0,6}"
            + _GROUP_INTL
            + r""")"""
            + _EXT
            + _END,
            0.85,
        ),
        Pattern(
            "phone_formatted",
            r"(?x)"
            + _START
            + r"(?:"
            + _LINK_NODOT
            + r"{1,7}"
            + _GROUP
            + r"""                   # 2-8 groups, at least one separator: (555) 010-1234
            |"""
            + _LINK
            + r"""{1,7}\d{4,10}        # dotted: 202.555.0143, (202) 555.0143
            |(?:\(\d\d\)|\d\d)(?:[.\ ]\d\d){4,7}  # dotted, 2-digit groups: 01.99.00.75.11
            |0\d{1,3}/\d{2,3}\.\d\d\.\d\d   # Belgium's and Switzerland's zone, a slash and dotted pairs:
                                     # 0491/99.26.98, 02/512.34.56, 079/123.45.67
            |0\d{3}-\d{3}\.\d\d\.\d\d     # Venezuela's area or mobile code, a dash, then dotted groups:
                                     # 0414-123.45.67, 0212-555.12.34
            |0\d{1,4}\(\d{1,4}\)\d{4}   # Japan's exchange in parentheses after the area code: 098(837)2880
            |8\(\d{3,5}\)(?:\d{5,7}|\d{1,3}(?:-\d{2,4}){1,3})  # Russia's trunk '8' glued to the area code's
                                     # brackets: 8(4112)42-11-22, 8(914)123-45-67, 8(914)1234567
            )"""
            + _EXT
            + _END,
            0.65,
        ),
        Pattern(
            "phone_in_telephony",
            r"""(?x)
            (?<=\b(?:sips?|tel):        # a SIP or tel URI's user part: sip:+46313205500@carrier,
              |\b(?:PJSIP|SIP|IAX2|DAHDI|Local)/  # an Asterisk channel's: PJSIP/+31619832688@trunk
              |\bsofia/[\w\-]{1,30}/(?:[\w\-]{1,30}/)?  # a FreeSWITCH channel's: sofia/external/+6913206555@
                                          # 103.1.248.181, its gateway's: sofia/gateway/fsmtc/+6913206707
              |(?<![\w+])(?:in|out|rec|exten|from|to)[\-_])  # a call recording's file name: in-+4670...-2024...
            (?:\+|00)\d{7,15}           # an international number, glued to the rest
            (?=[@;>,\s"'/\-_\])!]|$)      # ('[sofia/gateway/fsmtc/+6913206707]', '... +6913200456!')
            """,
            0.85,
        ),
        Pattern(
            "phone_plain",
            r"""(?x)
            (?<=^|[^\w+$€£¥.,/\-])   # not glued to a word, '+', price, decimal or id
            (?<!\b\d+[\ ])              # not the tail of a space-grouped number
            """ + _NOT_AN_ID_KEY + r"""       # nor an id's value
            \d{7,12}                 # a bare run; longer ones are ids, card numbers, ms timestamps
            (?![\w]|[.,/\-]\d|\ \d)  # the whole run
            """,
            0.3,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="PhoneNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        if _MONOTONIC_READING.fullmatch(pattern_text):
            return False
        return None if self._plausible(pattern_text) and not self._a_firms_line(pattern_text) else False

    def _a_firms_line(self, text: str) -> bool:
        """A toll-free, shared-cost or premium-rate number ('1-800-624-9896', India's
        '1800-425-4026', '+1 (888) 294-6312', '0800 ...'): a business's line, which no person
        has (a vendor's hotline in a ticket's footer). Tried in the default region and, for a
        national number that starts as their toll-free numbers do, in India's, Australia's and
        the UK's plans (only so: a mobile elsewhere, '0915 938 3602', is a premium line in
        the UK's)."""
        digits = re.sub(r"\D", "", text)
        korean = len(digits) == 8 and digits[:2] in ("15", "16", "18") and not text.startswith(("+", "00"))
        if not korean and not any(code in digits[:7] for code in _FIRMS_CODES) and not _NORDIC_FIRMS.match(digits):
            return False  # (no such line's code near its start: not parsed again)
        text = _EXT_TAIL.sub("", text)
        if text.startswith("(+"):
            text = "+" + text[2:].replace(")", "", 1)
        international = text.startswith(("+", "00"))
        if international and text.startswith("00"):
            text = "+" + text[2:]
        regions: tuple[str | None, ...] = (None,) if international else (self.default_region,)
        if not international and digits.startswith(("070", "078")) and not _BE_GROUPS.fullmatch(text.strip()):
            return False  # (Belgium's national-rate lines as Belgium groups them, '078 15 15 15'; grouped otherwise,
            # '070-358-606', '070 358 606', it is Slovenia's mobile, as a phone-only '070...' may be too)
        if not international and _JP_MOBILE_GROUPS.fullmatch(text.strip()):
            return False  # (Japan's mobiles as Japan groups them, '080-8338-0074': not the UK's freephone '0808 ...')
        if not international and digits.startswith(_TOLL_FREE_STARTS):
            regions += ("IN", "AU", "GB", "NP", "BR", "UY", "AR", "PK", "NL", "BE")  # (and the Southern Cone's: '0800
            # 8765', '0800-345-7788'; Pakistan's, the Netherlands' and Belgium's: '0800-74426', '0900-8844', '078 15 15 15')
        elif not international and len(digits) == 8 and digits.startswith("800"):
            regions += ("LU",)  # (Luxembourg's free lines, no trunk: '8002 1234')
        elif not international and digits.startswith("0120"):
            regions += ("JP",)  # (Japan's free dial: no mobile anywhere starts so)
        elif korean:
            regions += ("KR",)  # (Korea's firms' one number for the whole country, eight digits: '1588-4100')
        elif not international and (digits.startswith("0850") and len(digits) == 11
                                    or digits.startswith("444") and len(digits) == 7):
            return True  # Turkey's firms' lines: '0850' numbers (VoIP to the plan's tables, a call centre's in
            # use) and '444' numbers for the whole country
        elif not international and len(digits) == 9 and digits.startswith(("800", "808", "707", "760")):
            regions += ("PT",)  # (Portugal's free, shared-cost and national-rate lines, no trunk: '808 200 150')
        elif not international and (len(digits) == 8 and digits[:4] in ("3003", "4003", "4004", "4020", "4062")
                                    or len(digits) == 11 and digits[:4] in ("0300", "0500", "0800", "0900")
                                    and (digits[:4] != "0300" or _BR_FIRMS_GROUPS.fullmatch(text.strip()))):
            regions += ("BR",)  # (Brazil's firms' one number in every town, '4003-3939', and its free lines)
        elif not international and len(digits) == 10 and digits[:3] in ("400", "800"):
            regions += ("CN",)  # (China's firms' one number, '400-111-1111', and its free lines: no mobile starts so)
        elif not international and _NO_DK_FIRMS.fullmatch(text.strip()):
            regions += ("NO", "DK") if digits[:2] == "80" else ("NO",)  # (Norway's free, shared-cost and premium
            # lines, '815 34 355', and both's free lines, '80 20 30 40': eight digits, no trunk, grouped as they
            # group them; not Denmark's '90', a premium line there and a mobile in Norway, nor Singapore's mobiles,
            # '8123 4567')
        elif not international and _HU_FIRMS.fullmatch(text.strip()):
            regions += ("HU",)  # (Hungary's free, shared-cost and premium lines after its trunk, grouped as Hungary
            # groups them: '06 80 200 300'; France's mobiles are written in pairs, '06 80 12 34 56')
        elif not international and _SE_FIRMS.fullmatch(text.strip()):
            regions += ("SE",)  # (Sweden's free and shared-cost lines, grouped as Sweden groups them: '020-58 81 72',
            # '0771-20 62 60'; not Amsterdam's '020-7479019' nor the Netherlands' and France's mobiles)
        elif not international and digits.startswith("8800"):
            regions += ("RU", "KZ")  # (the trunk '8', then Russia's and Kazakhstan's free lines: '8 800 080 4747')
        elif not international and digits.startswith("018000") and len(digits) in (11, 12):
            regions += ("CO",)  # (Colombia's free lines: '01 8000 51 3030'; no mobile nor landline starts so)
        for region in regions:
            try:
                number = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _FIRMS_LINES:
                return True
        return False

    def _plausible(self, text: str, labelled: bool = False) -> bool:
        """Whether ``text`` is a phone number; ``labelled``: it follows a label such as
        'Phone:' (see :class:`LabelledPhoneRecognizer`), so the shape checks suffice."""
        text = _EXT_TAIL.sub("", text)
        if text[:2] in ("٠٠", "۰۰"):
            text = "00" + text[2:]  # (an international number in Arabic's or Persian's digits: '٠٠٩٦٨ ٧٦٣٩٤٥٤٣')
        if text.startswith("(+"):  # (+48) 601-234-567: the country code in parentheses
            text = "+" + text[2:].replace(")", "", 1)
        elif text.startswith("(00") and ")" in text[4:7]:  # or after its '00' ('(00226) 64 30 11 50')
            text = "+" + text[3:].replace(")", "", 1)
        digits = re.sub(r"\D", "", text)
        international = text.startswith(("+", "00"))
        formatted = not text.isdigit()
        if not (6 if labelled and not international else 7) <= len(digits) - (2 if text[:2] == "00" else 0) <= 15:
            return False  # (six after a label: the Faroes' and Greenland's plans, 'Fartlf. 912838'; E.164's fifteen
            # after an '00': '0049152014747165')
        if not international:
            if len(digits) > 12 and not _AR_MOBILE.fullmatch(text) and not (len(digits) == 13 and text[0] != "0" and (
                    not formatted and self._accepts_mobile("+" + text) or formatted and self._a_mobile_after_its_code(text))
                    or len(digits) == 13 and text[:2] == "08" and self._accepts(text, "ID")):
                return False  # ISBN-13, card numbers, long ids (but a mobile's 13 digits in E.164
                # without its '+': Nigeria's '2348106970956', Indonesia's '62 812 3456 7890'; and
                # Indonesia's longest mobiles with their trunk '0': '0895-2303-14178')
            if _DATE_SHAPES.search(text) or _SHORT_DATE.fullmatch(text) or _is_yyyymmdd(digits) \
                    or _DAY_MONTH_THEN_HOURS.fullmatch(text):
                return False
            if _DOTTED_QUAD.fullmatch(text):
                return False  # 192.0.2.1, 10.0.19045.2006-ish versions
            if not formatted and len(digits) == 10 and digits[0] == "1":
                return False  # unix timestamps (1700000000); no NANP area code starts with 1
            if "." in text and not re.fullmatch(r"\(?\d{2,4}\)?(?:[.\ ]\d{2,4}){2,5}|0\d{1,3}/\d{2,3}\.\d\d\.\d\d"
                                                r"|0\d{3}-\d{3}\.\d\d\.\d\d", text):
                return False  # dotted phones are 202.555.0143, 01.23.45.67.89, Belgium's 0491/99.26.98 or
                # Venezuela's 0414-123.45.67, not 10.0.1.2006
            if _LONE_LAST_DIGIT.search(text):
                return False  # no numbering plan ends in a one-digit group: '301 318 462 1'
            if text.startswith("0 ") and not text.startswith("0 ("):
                return False  # nor starts with a trunk '0' alone: a log's counters ('0 1532 23 22'); Turkey
                # writes its trunk so before the area code in parentheses ('0 (542) 884 60 45')
            if not labelled and _SSN_SHAPE.fullmatch(text):
                return False  # 078-31-4526 is written the way US SSNs are
            if _CEP_SHAPE.fullmatch(text):
                return False  # 01304-001 is Brazil's postcode (CEP): no phone is written 5-3
            if _YEAR_SLASH.match(text):
                return False  # a year, a slash, a number: an invoice's or a file's ('facture 2024/0418-42')
            if _HU_TAX_SHAPE.fullmatch(text) or not labelled and _SIX_FOUR.fullmatch(text) or _BIRTH_NUMBER.fullmatch(text):
                return False
            if _COUNT_PAIR.fullmatch(text):
                return False  # two counts, the second short: a mail server's 'Bytes in/out: 2358846/527'
                # (a number's slash comes after its area code: '0761/123456')
        if len(digits) >= 13 and _luhn_ok(digits) and not international and not _AR_MOBILE.fullmatch(text):
            return False  # (a card's number; one in ten of Argentina's mobiles with their '15' pass Luhn's check too)
        if international:
            # possible-only counts with a '+' (not '00', which starts ids too: 001047-3926)
            return self._accepts("+" + text[2:] if text.startswith("00") else text, None,
                                 possible=text.startswith("+"))
        if labelled:
            return True
        if self._accepts(text, self.default_region, nanp_3_3_4=formatted):
            return True
        if _AR_MOBILE.fullmatch(text):
            return self._accepts(text, "AR")  # Argentina's mobiles as it dials them at home: the trunk, the area
            # code and '15' before the number ('011 15-0580-4144', '(0341) 15-555-1234')
        if _BR_MOBILE.fullmatch(text):
            return self._accepts(text, "BR")  # Brazil's mobiles by their area code, no trunk '0': (16) 99058-5007
        if text[0] in "45678" and _PL_MOBILE.fullmatch(text):
            return self._accepts_mobile("+48" + digits, 48)  # Poland's mobiles, no trunk: '605 221 661', '884-900-709'
        if text[0] != "0" and _NORDIC_EIGHT.fullmatch(text):
            # (Norway's mobiles start with 4 or 9; Denmark's plan types none apart from its landlines, and most of its
            # mobiles start with 2: '20 12 34 56'; not any eight digits in pairs, a TV's '55 12 34 56')
            return text[0] in "49" and self._accepts_mobile("+47" + digits, 47) or text[0] == "2" and self._accepts(
                "+45" + digits, None)
        if text[0] != "0" and _NINE_IN_PAIRS.fullmatch(text):  # (a trunk '0' is the fallbacks')
            return self._accepts(text, "ES") or self._accepts(text, "GE")
        if _IN_MOBILE.fullmatch(text):
            return self._accepts(text, "IN")
        if _IT_MOBILE.fullmatch(text):
            return self._accepts(text, "IT")
        if (m := _PAREN_COUNTRY.fullmatch(text)) and self._accepts(f"+{m[1]} {m[2]}", None):
            return True  # (valid in that country's plan: not possible only, as a '+' would allow)
        if not formatted and len(digits) == 11 and (text[:2] == "89" and self._accepts(text, "RU")
                                                    or text[:4] in ("8025", "8029", "8033", "8044")
                                                    and self._accepts(text, "BY")):
            return True  # a Russian or a Belarusian mobile's number, its trunk '8' first, bare ('в смс на
            # 89035426404', 'Перезвоним на 80339147651'): the same low score, a context word must lift it
        if formatted and len(digits) == 11 and text[:2] == "89" and self._accepts(digits, "RU"):
            return True  # a Russian mobile's trunk '8' glued to its code, the rest apart ('8928 123 4567')
        if formatted and text[:2] in ("8 ", "8(", "8-") and len(digits) >= 9:
            # the trunk '8' of Lithuania and of Russia and its neighbours: '8 602 26513', '8 (495) 123-45-67'
            return any(self._accepts(text, region) for region in ("LT", "RU", "BY", "KZ"))
        if not formatted and 11 <= len(digits) <= 13 and text[0] != "0" \
                and self._accepts_mobile("+" + text):
            return True  # a mobile's number in E.164 without its '+' ('628122360817'): a bare run keeps
            # its low score, a context word must lift it
        if formatted and 10 <= len(digits) <= 13 and self._a_mobile_after_its_code(text):
            return True  # a mobile's number with its country's code apart and no '+' ('675 7449 8222',
            # '62 812-3456-7890'): that code first, then a valid mobile of that country
        if not formatted and len(digits) == 10 and text[0] in "6789" and self._accepts(text, "IN"):
            return True  # an Indian mobile's ten digits, bare ('contact Bankitbok Dkhar 9815026832'):
            # the same low score
        if not formatted and len(digits) == 10 and text[:2] in ("96", "97", "98") and self._accepts(text, "NP"):
            return True  # and a Nepali mobile's ('Call 9841234567')
        if not formatted and len(digits) == 11 and text[:2] == "09" and self._accepts_mobile("+63" + digits[1:], 63):
            return True  # and a Philippine mobile's, its trunk '0' first ('sa 09491240531'): the same low score
        if len(digits) == 10 and (digits[:2] == "69" or digits[0] == "2") and self._accepts("+30" + digits, None):
            return True  # Greece's ten digits, no trunk: its mobiles (69...) and landlines by area code (2...), as
            # Greeks write them ('699 3016669', '28318 52572'); bare, the same low score
        if text.lstrip("(").startswith("0") and (formatted or len(digits) >= 10):
            # (a bare run stays at its low score: a context word must lift it, 'gọi 0885570844')
            regions = self.fallback_regions + (self.long_fallback_regions if len(digits) >= 9 else ())
            return any(self._accepts(text, region) for region in regions)
        return False

    def _a_mobile_after_its_code(self, text: str) -> bool:
        lead = _COUNTRY_GROUP.match(text)
        return lead is not None and self._accepts_mobile("+" + text, int(lead.group(1)))

    @staticmethod
    def _accepts_mobile(text: str, country_code: int | None = None) -> bool:
        try:
            number = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            return False
        if country_code is not None and number.country_code != country_code:
            return False
        return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)

    @staticmethod
    def _accepts(text: str, region: str | None, nanp_3_3_4: bool = False,
                 possible: bool = False) -> bool:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return False
        if phonenumbers.is_valid_number(number):
            return True
        if number.country_code in _RENUMBERED and len(phonenumbers.national_significant_number(number)) == 8:
            return _valid_before_renumbering(number)
        if number.country_code == 52 and _MX_MOBILE_ONE.fullmatch(phonenumbers.national_significant_number(number)):
            return _valid_mx_mobile_with_one(number)
        if not phonenumbers.is_possible_number(number):
            return False
        if possible and phonenumbers.is_possible_number_with_reason(number) == _IS_POSSIBLE:
            return True  # an explicit country code and a length that fits its plan (not local-only)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if _FICTIONAL.fullmatch(e164):
            return True
        # Reserved NANP ranges written as 3-3-4, (555) 010-1234: see the module docstring.
        return (
            nanp_3_3_4
            and number.country_code == 1
            and len(str(number.national_number)) == 10
            and _NANP_3_3_4.fullmatch(text) is not None
        )


# Plans that went from eight digits to ten by a prefix, whose old numbers fill years of
# exports and notes: Benin's (2024: '01' before every number; '+229 97 21 99 00' is now
# '+229 01 97 21 99 00') and Côte d'Ivoire's (2021: '07', '05' or '01' by mobile operator,
# '27', '25' or '21' for fixed lines). The metadata knows only the new plan.
_RENUMBERED = {229: ("01",), 225: ("07", "05", "01", "27", "25", "21")}


# Mexico's mobiles as written before its 2019 plan, a '1' after the country code ('+52 1 967 123 4567', '+521
# 9991234567'): people and WhatsApp still write it, and the metadata knows only the plan without it
_MX_MOBILE_ONE = re.compile(r"1\d{10}")


def _valid_mx_mobile_with_one(number) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(
            "+52" + phonenumbers.national_significant_number(number)[1:], None))
    except phonenumbers.NumberParseException:
        return False


def _valid_before_renumbering(number) -> bool:
    national = phonenumbers.national_significant_number(number)
    for prefix in _RENUMBERED[number.country_code]:
        try:
            renumbered = phonenumbers.parse(f"+{number.country_code}{prefix}{national}", None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(renumbered):
            return True
    return False


# A label that says the next thing is a phone number: 'Phone:', 'Mob: ', 'Fax:\n',
# 'Tel. no. ', 'call me back at ', 'phone us on ', 'texts to ', 'picks up at ', 'my
# registered number '. Generic words (desk, office, home, work) count only with a colon.
# The fast path keeps this leading lookbehind as a consuming group, so only text right
# after such a label is ever a candidate.
_STRONG_LABEL = (r"(?:tel(?:ephone)?|tél(?:éphone)?|phone|mob(?:ile)?|cell(?:phone)?|fax|whatsapp|landline"
                 # other languages' ('tlf 47 83 58 40', 'Puh. 040 123 4567', 'Telefon: ...', 'Handy ...')
                 r"|tlf|telefon(?:[eo]|as|s)?|telefoon|telefonszám|puh(?:elin)?|gsm|handy|mobil|mobiel|cellulare|celular"
                 # (and German's landline, its 'given' after it, call number; Italian's 'my number': 'Festnetz
                 # angegeben: 0387426337', 'Rufnummer 335/8681586', 'Il mio numero: 333/8478908')
                 r"|festnetz(?:nummer)?(?:[ ]angegeben)?|rufnummer|(?:il[ ])?mio[ ]numero"
                 # Latvian, Estonian, Slovenian and Croatian, Bulgarian and Ukrainian, Greek, Hebrew,
                 # Thai, Icelandic ('tālr. 2612 3456', 'моб. 088 123 4567', "טל' 052-1234567", 'sími 581 2345')
                 r"|tālr(?:unis)?|mobiil|mobitel|тел(?:ефон)?|моб|τηλ(?:έφωνο)?|κιν(?:ητό)?|טל'?|טלפון|נייד"
                 r"|τηλ(?:έφωνο|\.)?[ ](?:σπιτιού|οικίας|εργασίας|γραφείου)"  # (Greek's home and work phone)
                 r"|tilefono|kinito"  # (Greek in Latin letters, as Greeks and Cypriots text it: 'Tilefono: 96 317 585')
                 r"|โทร(?:ศัพท์)?|มือถือ|(?:far)?sími"
                 # Indonesian and Malay ('Telp. 0812-...'), Tagalog, Swahili, Catalan, Welsh,
                 # Afrikaans, Albanian; Hindi, Bengali, Persian (and its 'my number', 'contact number':
                 # 'شماره من ۰۹۱۲ ۱۲۳ ۴۵۶۷'), Georgian, Armenian, Kazakh
                 r"|telp|telepon(?:o)?|simu|telèfon|mòbil|ff[oô]n|symudol|selfoon|cel"
                 # (and Persian's my, his number, a contact number, in Latin letters: 'shomare tamasam 0990 ...')
                 r"|shomare[ \-]?(?:am|ash|tamas(?:am|esh)?|ye[ ]?man|e[ ]?man)|shomaram|shomarash|shomarem"
                 r"|फ़ोन|फोन|मोबाइल|ফোন|মোবাইল|(?:মোৰ[ ]|আমার[ ])?নম্বৰ|(?:মোৰ[ ]|আমার[ ])?নম্বর|تلفن|موبایل|همراه|شماره[ ]?(?:من|ام|تماس|اش)|شماره\u200c(?:ام|اش)|شمارم|شمارش|ტელ(?:ეფონი)?|მობ(?:ილური)?|հեռ(?:ախոս)?"
                 r"|բջջ(?:ային)?|ұялы"
                 # Urdu, Nepali, Sinhala, Tamil, Telugu, Amharic, Yoruba, Hausa, Somali, Mongolian,
                 # Slovak, Maltese, Irish, Basque, Galician, Khmer ('رابطہ: 0300-1234567', 'ስልክ
                 # 0911 23 45 67', 'Taleefanka: +252 61 ...', 'Утас: 9911 2345', 'Guthán: 087 ...')
                 r"|فون|موبائل|رابطہ|सम्पर्क|දුරකථන|ජංගම|தொலைபேசி|கைபேசி|அலைபேசி|ఫోన్|మొబైల్|ስልክ|ሞባይል"
                 r"|fóònù|foonu|waya|taleefan(?:ka)?|telefoonka|утас|telefón|mowbajl|fón|guthán"
                 r"|telefonoa|mugikorra|teléfono|móbil|ទូរស័ព្ទ|ទូរសព្ទ"
                 # Kannada, Malayalam, Gujarati, Punjabi, Marathi, Pashto, Sorani, Belarusian, Lao,
                 # Burmese, Tigrinya, Igbo, Malagasy, Faroese, Zulu and Xhosa, Maori, Samoan ('ಫೋನ್:
                 # 98450 12345', 'ເບີໂທ: 020 5555 1234', 'Finday: 034 12 345 67', 'Waea: 021 ...')
                 r"|ಫೋನ್|ದೂರವಾಣಿ|ಮೊಬೈಲ್|ഫോൺ|മൊബൈൽ|ફોન|મોબાઇલ|ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ|मोबाईल|भ्रमणध्वनी|تلیفون|ټیلیفون"
                 r"|ګرځنده|مۆبایل|تەلەفۆن|тэл(?:ефон)?|мабільны|ໂທ(?:ລະສັບ)?|ເບີໂທ|ဖုန်း|ስልኪ|ቴሌፎን|ekwentị|finday"
                 r"|telefaona|fartelefon|fartlf|ucingo|umnxeba|iselula|ifowuni|waea|telefoni"
                 # Hawaiian, Uyghur, Sindhi, Assamese, Odia, Tibetan and Dzongkha, Dhivehi, Fijian,
                 # Tok Pisin, Guarani, Haitian Creole, Breton, Corsican, West Frisian, Shona, Oromo,
                 # Tswana and Sesotho, Kinyarwanda ('Kelepona: 808 ...', 'Fon: 7123 4567',
                 # 'Telefòn: 3712-3456', 'Bilbila: 0911 ...', 'Mogala: 71 234 567')
                 r"|kelepona|تېلېفون|يانفون|موبائيل|ম'বাইল|ম’বাইল|ଫୋନ|ମୋବାଇଲ|ཁ་པར་?|ފޯނު|talevoni|fon"
                 r"|pumbyry|telefòn|selilè|pellgomz|telefonu|telefoan|nhare|runhare|bilbila(?:a)?|mogala"
                 r"|mohala|selefouno|terefone|telefone"
                 # Portuguese's mobile, as Lusophone Africa shortens it ('tlm 82 765 4321', 'Telemóvel: 923 ...')
                 r"|tlm|tlmv|telem[oó]vel"
                 # Vietnamese's 'phone number', shortened ('SĐT: 0903.123.456')
                 r"|sđt|sdt"
                 # Esperanto, Scottish Gaelic, Cebuano, Northern Sami, Greenlandic, Yiddish,
                 # Sardinian, Yakut ('Poŝtelefono: ...', 'Fòn: ...', 'Oqarasuaat: 32 12 34')
                 r"|poŝtelefono|telefonnumero|fòn(?:[ -]làimhe)?|selpon|telefovdna|mátketelefovdna"
                 r"|oqarasuaat|טעלעפֿאָן|telèfonu|төлөпүөн"
                 # Javanese and Sundanese, Papiamento, Friulian, siSwati, Xitsonga, Chichewa and
                 # Bemba, Luganda, Kikuyu, Hmong, Cornish ('Telpon: ...', 'Selular: ...',
                 # 'Riqingho: ...', 'Essimu: 0772 ...', 'Xov tooj: ...', 'Pellgowser: ...')
                 r"|telpon|selular|telefonin|lucingo|riqingho|foni|essimu|thimũ|xov[ ]tooj|pellgowser"  # (Faroese 'Fartlf.')
                 # Sicilian, Cantonese (Traditional Chinese), Tahitian, Gilbertese, Kabyle, Tamazight
                 # (Tifinagh) ('Telèfunu: ...', '手提電話: 9123 4567', 'Niuniu: 87 12 34 56',
                 # 'Tareboon: 73012345', 'Tiliɣri: 0550 ...', 'ⵜⵉⵍⵉⴼⵓⵏ: 0612 ...')
                 r"|telèfunu|cellulari|手提電話|手機|電話號碼|聯絡電話|niuniu|tareboon|tiliɣri|ⵜⵉⵍⵉⴼⵓⵏ"
                 # Cook Islands Māori, Bambara ('Tereponi: 22 123', 'Telefɔni: 76 12 34 56')
                 r"|tereponi|telefɔni"
                 # Welsh's and Scottish Gaelic's ('Ffôn: (02945) 15-63-8467', 'Rhif ffôn: ...', 'Fòn: ...')
                 r"|ff[ôo]n|rhif[ ]ff[ôo]n|f[ôò]n|f[òo]n[ ]làimhe"
                 # Portuguese, Spanish and Italian contacts ('Contato: (19) 97954-8045', 'fone 3516-5741')
                 r"|fone|contato|contacto|contatto"
                 # the Horn's mobile wallets, a subscriber's number after them ('telebirr: 0912 345 678',
                 # 'EVC Plus 615123456', 'Zaad: 063 4123456', 'e-Dahab 062 ...')
                 r"|telebirr|evc(?:[ ]plus)?|zaad|e-?dahab|sahal|m-?birr|cbe[ ]birr|hellocash|bankak|d-?money|waafi"
                 # Estonian's, Latvian's, Lithuanian's and Finnish's 'call' ('Helistage 5123 4567', 'Zvaniet ...')
                 r"|helista(?:ge)?|zvan(?:iet|i)|skambink(?:ite)?|soita(?:kaa)?"
                 # the Nordic languages' 'my number (is)', Northern Sami's 'write, call me', 'my number (is)',
                 # Russian's 'call' ('mitt nummer er 46435988', 'čále munnje 97124072', 'звоните 8 (815 31) 6-15-37')
                 r"|mitt[ ]nummer(?:[ ](?:er|är))?|nummeret[ ]mitt(?:[ ]er)?|mit[ ]nummer(?:[ ]er)?"
                 r"|(?:čále|riŋge|ringe|sádde[ ]sms)[ ]munnje|mu[ ]nummir(?:[ ]lea)?|mu[ ]telefon(?:nummir)?[ ]lea"
                 r"|звоните|позвоните|звонить"
                 # (and 'you reach me at': 'Dere når meg på 41645952')
                 r"|når[ ]meg[ ]på|nå[ ]meg[ ]på|når[ ]mig[ ]på|nås[ ]på)")
_LABEL = (
    r"(?<=\b(?:"
    + _STRONG_LABEL
    # (and with a colon only: Indonesian's hand phone and WhatsApp, 'No. HP:', 'WA:';
    # Afrikaans' 'Sel:'; Tagalog's cell phone, 'CP:'; an alternative number, 'Alt:'; a
    # signature's 'Ph:' and 'Contact:' (not pH, not a contact's name); the Signal messenger's
    # handle, 'Signal：9153-7218'; the colon also full-width, as CJK text writes it)
    + r"|desk|office|home|work|hp|h/p|wa|sel|cp|alt|ph|contact|signal"
    # (a signature's direct line, a message's new number: 'Direct: 2 869 692', 'New number: 00230 ...')
    + r"|direct|directe|ligne\ directe|l[ií]nea\ directa|new\ number|nouveau\ num[ée]ro|nuevo\ n[uú]mero|novo\ n[uú]mero"
    # (Albanian's number, recovery number, and its and the South Slavic languages' 'call (before connecting)', as
    # a support note writes them: 'Numri: 043359441', 'Thirr para lidhjes: 048791017', 'Zvati pre povezivanja: 099...')
    + r"|numri(?:\ (?:për\ rikuperim|i\ telefonit))?|(?:thirr|(?:po|na)?zvati)(?:\ [a-zë]+){0,3}"
    + r"|ara|aray[ıi]n(?:[ıi]z)?)"  # (Turkish's call: 'Evde yoksam ara: 0532 ...')
    + r"\.?(?:\ ?(?:no|nr|number|mai)\.?)?\ ?[:：՝][\ \t]*\n?[\ \t]*"  # (Lao's 'new' romanized: 'phone mai: 020 ...';
    # Armenian's colon, its comma-like mark: 'Հեռ.՝ 099213613')
    + r"|\b"
    + _STRONG_LABEL
    + r"\.?(?:\ (?:no|nr|number)\.?)?(?:\ [\-–]|\ (?:is|es|é|ist))?\ "  # (a signature's 'Mobile - 82803-67358';
    # 'Mijn WhatsApp is 8964303', 'mi celular es 0991 234 567')
    + r"|(?:ទូរស័ព្ទ|ទូរសព្ទ)(?:មក)?លេខ\ ?"  # (Khmer's 'call (back) at number', glued to the words before it:
    # 'បងសុំទូរស័ព្ទមកលេខ 089 967 102 វិញបានទេ?')
    + r"|\b(?:call|phone|text|reach|ring|sms|message)\ (?:me|us)\ (?:back\ )?(?:(?:at|on)\ )?"  # ('Call me 99257546 pls')
    + r"|\b(?:call|ring|contact|reach|text|whatsapp)\ (?:[^\W\d]+\ ){1,6}(?:on|at)\ "  # 'call my husband Kedar on',
    # 'call before delivery on', 'contact my wife Mdm Lee Siew Lan at'
    + r"|\b(?:messages?|texts?|sms)\ to\ |\b(?:answering|answers|picks?\ up)\ at\ "
    + r"|\bsuna[țţt]i\ (?:\w+\ )?la\ "  # Romanian: 'sunați (înainte) la ...' (call at)
    + r"|\b(?:tsalela|fowunela|shayela)\ ku-?"  # Xhosa and Zulu: 'Tsalela ku-068 189 0426' (call at)
    + r"|\bring\ meg\ på\ |\bbeni\ arayın:?\ "  # Norwegian 'ring meg på' (call me at), Turkish 'beni arayın'
    + r"|(?:☎\ufe0f?|☏|📞|📱)[\ \t]?"  # a telephone's sign before the number ('☎ 91172240', a classified's)
    + r"|\bkolem\ mi\ long\ |\bsingaot(?:em)?\ mi\ long\ "  # Bislama: 'kolem mi long 7712345', 'Plis
    # singaot mi long 786 1810' (call me at)
    + r"|\bbest\ (?:phone\ |contact\ )?number\ (?:is\ )?"  # 'best number 29 12 99'
    + r"|\balt(?:ernative|ernate)?\.?\ (?:phone\ |mobile\ |cell\ )?(?:number|no\.?)\ (?:is\ )?"  # 'alt number 7840 9738'
    + r"|\bthe\ ['\"]?(?:To|From)['\"]?\ number\ "  # (an SMS API's error: "The 'To' number 0737639500 is not valid")
    # Tok Pisin's: call me (her, him) at, text (to) ('kolim mi long 7075 6624', 'o tekst 7278 3647')
    + r"|\bkolim\ (?:mi|em|yu|mipela)\ long\ |\btekst(?:\ long)?\ "
    + r"|\b(?:my|his|her|their|our|meh|mi)\ (?:new\ )?(?:(?:phone\ |mobile\ |cell\ |whatsapp\ )?number\ (?:is|na)"
    + r"|(?:hp|h/p|handphone)(?:\ (?:no|number)\.?)?(?:\ is)?)\ "  # 'his number is ...'; Singapore's and Malaysia's hand
    # Hinglish's my (his, her, our) number (is): 'mera number 9812345678 hai', 'uska naya no. 98...'
    + r"|\b(?:mera|meraa|mere|meri|uska|uske|unka|hamara|apna)\ (?:naya\ |new\ )?(?:(?:phone|mobile|whatsapp|contact)\ )?"
    + r"(?:number|no\.?|nambar)(?:\ (?:hai|h|he))?:?\ "
    # phone in English: 'my HP is 9123 4567', 'her H/P no. 8123 4567'
    # ...'; the Caribbean's 'meh number is ...', 'mi number is ...'; Nigerian Pidgin's 'my number na ...'
    + r"|\btawagan\ (?:yu\ )?(?:ku|mu|ke)\ ?:?\ "  # Kapampangan: 'Tawagan yu ku: 0949 ...' (call me)
    # Papiamentu's 'my number is', 'call me at', and Dutch's 'call me at', 'my number is' ('Mi number ta 561-2230', 'Yama
    # mi na 5612230', 'bel mij op 0612345678', 'mijn nummer is ...')
    + r"|\bmi\ (?:number|nummer|telefon|selular|celular)\ ta\ |\byama\ (?:mi|nos)\ (?:na|riba|den)\ "
    + r"|\bbel\ (?:mij|me|ons)\ (?:op|terug\ op)\ |\bmijn\ (?:mobiele\ |telefoon)?nummer\ is\ "
    + r"|\b(?:message|text|whatsapp|call)\ me:\ "  # 'If you need a guide, message me: 0995...'
    # the same with Cantonese's and Chinese's 'me', glued or not: 'WhatsApp我 6607-7192', 'call 我 ...'
    + r"|\b(?:message|text|whatsapp|call|sms|signal)\ ?(?:我哋|我)\ ?"
    # a call log's caller: 'Customer called from 8698209605', 'Inbound call from ...'
    + r"|\b(?:called|calls?|calling)\ from\ "
    # Cantonese, Chinese and Japanese, written without a blank before them ('我電話 9153-7218',
    # '電話 0920156283', '連絡は 098(899)5417', Japanese's 'by phone', 'お電話で 07030626387'; Simplified
    # '电话13812345678', a mobile's '手機0912345678', '携帯：090-1234-5678')
    + r"|(?:電話(?:號碼|番号|で)?|电话(?:号码)?|手[機机]|携帯(?:番号)?|ケータイ|連絡は|連絡先|聯絡|联系)(?:我)?[:：=]?\ ?"  # ('请联系我：';
    # a log's key: '携帯番号=09012345678')
    # Korean's receiving, sending and reply numbers, as a messaging log keys them ('수신번호=01098765432', '발신번호:
    # 0212345678'), its contact, mobile, phone
    + r"|(?:수신(?:자)?번호|발신(?:자)?번호|회신번호|연락처|휴대전화(?:번호)?|휴대폰(?:번호)?|핸드폰(?:번호)?|전화번호)[:：=]?\ ?"
    # (and one's number, said: Japanese's 'my husband's number is', Korean's 'Japanese number', 'my number':
    # '夫の番号は09052193800です', '일본 번호 09052193800 로 연락주세요', '제 번호는 010-...')
    + r"|(?<!注文|予約|会員|受付|問い合わせ|管理|伝票|追跡)(?:の番号は|の番号：|(?:일본|한국|제|내|제\ 휴대폰|새)\ 번호(?:는)?)[:：]?\ ?"
    # (and Cantonese's 'please call', 'call me', 'reach me at': '請打 6123 4567 搵我', '打俾我 9876 5432',
    # '致電 2345 6789')
    + r"|(?:[請请]打|打[俾畀比]我|致[電电]|搵我)[:：]?\ ?"
    # a chat export's speaker that is a number (WhatsApp's for a contact not saved): '[31/10/23,
    # 09:41 AM] 73559-51061: ...'
    + r"|^\[\d{1,2}/\d{1,2}/\d{2,4}(?:,\ \d{1,2}:\d{2}(?::\d{2})?(?:\ [AP]M)?)?\]\ "
    + r"|\b(?:me\ )?lig(?:ar|ue|a)\ (?:no|para|pra|em)\ "  # Portuguese: 'pode me ligar no ...' (call me at)
    # (and 'called from the landline', 'the landline': 'Cliente ligou do fixo (11) 3357-3703', 'fixo: ...')
    + r"|\blig(?:ou|uei|aram)\ d[oae]\ (?:(?:telefone\ )?fixo\ |celular\ |n[uú]mero\ )?|\b(?:telefone\ )?fixo:?\ "
    + r"|\bliguem\ para\ (?:o|a)\ [^\W\d]+:\ "  # (and 'Liguem para o escritório: 332 7464': call the office at)
    # Indonesian and Malay: contact (someone) at, can be contacted at, his or her number ('Hubungi Agapito
    # Pinto di 60109700467', 'keluarga bisa dihubungi di 0812...', 'nombor dia 7731 8453')
    + r"|\b(?:hubungi|hubungilah)\ (?:[^\W\d][\w'’\-]*\ ){0,4}di\ |\bdihubungi\ di\ "
    + r"|\b(?:nombor|nomor)\ (?:dia|saya|beliau|telefon|telepon|hp|wa)\ "
    # Tetum: contact (me) at, phone (the office) at ('kontaktu ha'u iha 76577668', 'Bele telefone ba
    # eskritóriu iha 3339516')
    + r"|\b(?:kontaktu|telefone)\ (?:[^\W\d][\w'’\-]*\ ){0,3}iha\ "
    # Russian: call (me) at the number, the phone ('позвоните мне по номеру 8 928 ...', 'Звоните по
    # телефону ...'); Georgian: call me ('დამირეკეთ 599 12 34 56'); French: call me at ('appelez-moi
    # au 25 12 34', New Caledonia's six digits)
    + r"|\b(?:по)?звоните\ (?:мне\ )?по\ (?:номеру|телефону)\ |\bდამირეკე(?:თ)?\ "
    # (Russian's my (new, mobile) number, mobile, home, 'call back', Tatar's and Bashkir's 'my phone (number)', a
    # bare mobile's trunk '8' after them: 'Мой номер 89512786278', 'мобильный 8900437-83-89', 'Перезвоните,
    # пожалуйста: 8927953-84-38', 'Телефоным 8917...', 'Минем номер 8987...')
    + r"|(?<![\w\-])(?:мой\ (?:новый\ |мобильный\ |сотовый\ )?(?:номер|телефон)|мобильный|моб\.|сотовый|домашний"
    + r"|рабочий|перезвоните(?:,\ пожалуйста)?|телефоным|телефон\ номерым|минем\ номер|минең\ номерым"
    # (and 'call', 'for contact', 'I'll call back', romanized 'my number', Bashkir's 'to me' before 'at number':
    # 'Звоните 8917064-49-19', 'тел. для связи 8927...', 'Moy nomer 8951...', 'Миңә 89276942391 номерына
    # шылтыратығыҙ')
    + r"|звоните|(?:тел\.|телефон)\ для\ связи|я\ перезвоню|moy\ nomer|moi\ nomer|moy\ telefon|миңә|миңа)\ ?:?\ "
    + r"|\b(?:appelez-moi|appelle-moi|m['’]appeler)\ au\ "
    # (and call or reach (someone) at, call, or at after a number: 'joindre la maman de Julien au 72 98
    # 16', "Merci d'appeler Eliane au 27 80 82", 'Appelez 88 07 33', 'au +687 81 92 70 ou au 475396')
    + r"|\b(?:joindre|(?:r)?appel(?:er|lera|lerai|leront|le|lez)|contacter)\ (?:[^\W\d][\w'’\-]*\ ){0,5}au\ "
    + r"|\b[Aa]ppelez\ |(?<=\d\ )ou\ au\ "  # ('le transporteur vous appellera au 765743')
    + r"|\b(?:llamar|llame|llámame|llamarme|ll[aá]menme|contactar|escribir|whatsapp)\ (?:me\ )?al\ (?:n[uú]mero\ )?"
    # (Spanish: 'llamar al 7432-2926', 'por WhatsApp al 6867-9373': call at)
    + r"|\b(?:ll[aá]men(?:le)?|llame|llamar|llama)\ a\ (?:[^\W\d]+\ ){1,5}al\ "  # ('llamen a mi hermana Rosa
    # Elena Ankuash al 0981811017': call my sister ... at)
    + r"|\bmy\ registered\ (?:(?:phone|mobile|cell)\ )?(?:number\ )?"
    # a command's or a query's subscriber number ('--msisdn=264814788568', 'msisdn: ...')
    + r"|\bmsisdn\ ?[=:]\ ?"
    # 'call' and a number, a request's: after a comma or 'please', or starting a sentence ('If
    # someone can come, call 82 217 4335.', 'Please call 0803 ...'); not 'call' alone, which
    # starts a log's message about a call and its id; or after a dash, a delivery's note: 'Deliver to
    # Chisangu - call 0959487261 on arrival')
    + r"|\b(?<=(?:[,;.!?\-–]\ |please\ |kindly\ |pls\ |or\ |atau\ ))call\ "  # (Malay's and
    # Indonesian's 'atau call ...': or call)
    # an emergency contact's label, their name, then their number (an HR card's 'Emergency: Ezekiel
    # Turalir 7655 3309', Indonesian's 'Kontak darurat:'), or a parcel's receiver's (an order's remark:
    # 'Receiver: Tembo Thokozani 095 5529932', Swahili's 'Mpokeaji:')
    + r"|\b(?:emergency(?:\ contact)?|ICE|kontak\ darurat|contacto\ de\ emergencia|receiver|recipient|mpokeaji"
    # (and Afrikaans' emergency contact, a site's contact person, a secretary: 'Noodkontak: Festus Kanyetu
    # (vrou) 0813548901', 'Site contact: Maria Mabunda 87 877 1865', 'Secretária: Anastácia Cossa - 82 873
    # 8303'; kin in parentheses or a dash between the name and the number)
    + r"|noodkontak|site\ contact|contact\ person|secret[aá]ri[ao]|secretary"
    # (and a delivery's rider or courier: 'Rider: Liza Tolentino 0991...'; a comma may part the name
    # from the number: 'Recipient: Nenita Sumugat, 0917...')
    + r"|rider|courier)"
    + r":\ (?:[^\W\d_][\w'’\-]*\ ){0,2}[^\W\d_][\w'’\-]*,?\ (?:\([^\W\d_]{2,20}\)\ )?(?:[\-–]\ )?)"
)


# Labels of the round's languages, a pattern of their own (phone_labelled_more): the first's
# prefilter is at a joined group's size (6,000 characters)
_MORE_LABEL = (
    r"(?<=(?:"
    # Tetum: my number (is) ('Ha'u nia númeru 7723 4567', 'ha'u-nia númeru telefone mak ...');
    r"\bha['’]u(?:-|\ )nia\ n[uú]meru\ (?:telefone\ )?(?:mak\ |maka\ )?"
    # Portuguese (Timor-Leste's): call me at, my number is ('liga-me para 7723 4567', 'ligue-me
    # para o 7723 4567', 'o meu número é ...'); Spanish (Chiapas', Guatemala's): dial (me) at, my
    # number is ('márcame al 5512 3456', 'mi número es ...'); Indonesian and Malay: phone me at
    # ('telepon saya di ...'); Tok Pisin: my number (is) ('namba bilong mi em 7123 4567'); Arabic
    # (South Sudan's, Eritrea's): call me on (the number), my number (is), my phone's number
    # Indonesian and Malay: phone (someone) at, phone to, contact (directly) ('telpon sa pung adik Ipak di
    # 0817...', 'sudah telpon ke 0852...', 'mohon hubungi 60145734285'); English: WhatsApp me at
    r"|\b(?:telpon|telepon|telefon|tlp|wa|whatsapp)\ (?:[^\W\d][\w'’\-]*\ ){0,5}di\ (?=\+|\d)"
    r"|\b(?:telpon|telepon|telefon)\ ke\ (?=\+|\d)|\b(?:hubungi|hubungilah)\ (?=\+|\d)"
    r"|\bwhatsapp\ me\ (?:at|on)\ "
    r"|\b(?:alt|alternate|alternative)\.?\ ?(?:\#|no\.?|number|num)\ ?:?\ ?(?=\+|\d)"  # (a second number: 'Alt # 0929...')
    # a one-time code's or a text's recipient ('sending OTP to 9797488232', 'SMS sent to 0917...'); Hindi's and
    # Nepali's 'my number (is)' ('मेरा नंबर 09419569306 है')
    r"|\b(?:send(?:ing)?|sent|resend(?:ing)?|resent)\ (?:an?\ |the\ )?(?:OTP|otp|SMS|sms|verification\ code)\ to\ (?=\+|\d)"
    r"|(?<![\p{L}\p{M}])(?:मेरा|मेरो)\ (?:नंबर|नम्बर|फोन\ नंबर)\ (?:है\ |हो\ )?(?=\+|\d)"
    # Tagalog and Cebuano: text or call (me, just) at ('Text lang ko sa 0928...', 'matawagan sa', 'tawagi ko sa')
    r"|\b(?:text|txt|i-?text|tawag|tawagan|matawagan|tawagi|tawgi)\ (?:(?:lang|lng|na|nalang|po|mo|ko|ako|me|ra"
    r"|kami|nyo|niyo|ninyo)\ ){0,3}sa\ (?=\+|\(|\d)"
    # Tagalog and Cebuano: my (her, our) number (is) ('number ko 0948...', 'numero niya po ay 0917...',
    # Cebuano's 'Akong numero 0998...'); a classified ad's 'Text 0995...', 'Text lang 0966...' (a
    # number right after 'text': not 'text message 2 of 3')
    r"|\b(?:number|numero|num)\ (?:ko|nya|niya|nila|namin|natin|mo|nyo|niyo|nako)\ (?:(?:po|ay|is|kay)\ ){0,2}(?=\+|\(|\d)"
    r"|\b(?:akong|among|aking|ang\ aking)\ (?:number|numero|num)\ (?:(?:po|ay|is|kay)\ ){0,2}(?=\+|\(|\d)"
    r"|\b(?:text|txt)\ (?:(?:lang|lng|po|me|nalang)\ ){0,2}(?=\+\d|0\d)"
    # Tetum: phone (me, them) back at ('husu ita telefone fali ba 7745 2337': asks you to phone back at)
    r"|\btelefone\ (?:fali\ )?ba\ (?:ha['’]u\ )?(?=\+|\(|\d)"
    r"|\b(?:liga|ligue|ligar)-me\ (?:para|no)\ (?:o\ )?|\bmeu\ n[uú]mero\ (?:de\ telefone\ )?é\ "
    r"|\bm[aá]rca(?:me|rme|r|le)\ al\ |\bmi\ n[uú]mero\ (?:de\ (?:tel[eé]fono|celular)\ )?es\ "
    # (and Central America's texts: 'mi número nuevo 8763-2214', 'Te paso mi número 90412245', 'El número de
    # Edwin es 77969644', 'el número de Xiomara el que arregla celulares: 5254-3450')
    r"|\bmi\ n[uú]mero\ (?:nuevo\ |de\ (?:cel|celular|whatsapp)\ )(?:es\ )?(?=\+|\(|\d)|\bmi\ n[uú]mero\ (?=\+|\(|\d)"
    r"|\b[Ee]l\ n[uú]mero\ de\ \p{Lu}[\p{L}\p{M}]+(?:\ [^\W\d]+){0,4}?(?:\ es|:)\ (?=\+|\(|\d)"
    # Rioplatense and Caribbean Spanish's mobile and WhatsApp, as chats shorten them ('mi celu es 11 5555-1234',
    # 'wsp: 099 123 456', 'wasap 809-555-3321')
    r"|\b(?:celu|wasap|guasap|wpp|wsp)\.?(?:\ ?[:：]|\ es)?\ |\b[Ll][ií]nea\ (?=\+|\d)"  # (and a SIM's line:
    # 'ya está activo. Línea 11 5747-1942')
    r"|\btele(?:pon|fon)\ saya\ di\ |\bnamba\ (?:bilong|blong)\ (?:mi|mipela|hem|em|yu)\ (?:em\ |i\ )?"
    # (and Bislama's 'his number', 'Namba 7988 2820' alone as Tok Pisin writes it; Samoan's '(please) call (me)',
    # Fijian's 'call (me)', Tongan's 'ring (me)': 'Fa'amolemole vala'au 7827699', 'Valaʻau mai 7747347', 'qiri mai 9...')
    r"|\b(?-i:Namba)\ (?=\d{3,4}\ ?\d{4}(?!\d))|\bvala[ʻ'’]?au(?:\ mai)?\ (?=\d)|\bqiri(?:a)?\ mai\ (?=\d)"
    r"|\btelefoni\ mai\ (?=\d)"
    # (a signature's 'Ph' first on its line, below the signer's: 'Principal, Vaiala College\nPh 7867271'; not a
    # text's first word without its colon, see the tests)
    r"|(?<=\n)(?-i:Ph)\.?:?\ (?=\+?\(?\d)"
    # (and his, her number, contact me at, as the Levant writes them: 'أخوي فاطمة رقمه 0942244158', 'تواصلوا معي على ...')
    r"|\b(?:اتصل|تواصل)(?:وا)?\ (?:بي|بنا|معي)\ على\ (?:الرقم\ )?|\b(?:و|ف)?رقم(?:ي|ه|ها)\ (?:هو\ )?"
    r"|\bرقم\ (?:هاتفي|جوالي)\ (?:هو\ )?"
    # (and in Latin letters, as Egypt's chats write it (Arabizi): 'w da raqamy 0111...', 'nemrty 0100...'; the
    # Levant's his, her number: 'khayye Khaled ra2mo 79-190038')
    r"|\b(?:ra[q2k]a?m[yioa]|nemrt[yi]|nimrity|mob(?:il|ayl)[iy])\ (?:(?:howa|hwa|huwa)\ )?(?=\+|\d)"
    # Malay: my handphone's (telephone's) number ('no hp saya 0123456789', 'No. H/P: ...' has its own shape)
    r"|\b(?:no|nombor|num)\.?\ ?(?:hp|h/p|handphone|tel|telefon)\ (?:(?:saya|sy|dia|kami)\ )?(?:(?:ialah|adalah|is)\ )?(?=\+|\d)"
    # Nepali, romanized as people type it and in Devanagari: my (his, her, our) number ('mero number 9841...
    # ho', 'mero no. 98...', 'unko nambar ...', 'मेरो नम्बर ९८४...')
    r"|\b(?:mero|malai|unko|usko|hamro|tapai(?:ko)?)\ (?:number|nambar|namber|no\.?|num)\ (?:(?:ho|chha|cha|yo)\ )?(?=\+|\d)"
    r"|(?<![\p{L}\p{M}])(?:मेरो|उहाँको|उनको|हाम्रो)\ (?:नम्बर|नं\.?|फोन\ नम्बर)\ (?:(?:हो|छ)\ )?"
    # French (Burkina Faso's, as West Africa writes it): my (phone's, WhatsApp's) number (is) (the),
    # reachable at ('Mon numéro : 70 12 34 56', 'mon numéro WhatsApp est le 76 ...', 'mon numéro c'est
    # le 70 ...', 'joignable au
    # 70 ...'); English: 'my number: 072 ...' (with 'is' a _LABEL's)
    r"|\b(?:mon|son|notre|leur)\ (?:autre\ |nouveau\ )?num[ée]ro(?:\ (?:de\ )?(?:t[ée]l[ée]phone|portable|mobile|whatsapp|wa))?"
    r"(?:\ ?:\ ?|\ (?:est|c['’\ ]est)\ (?:le\ )?|\ (?=\+|\d))"  # ('Mon autre numéro: 90 48 ...' too)  # (also 'Son numero 78 ...', 'mon autre numero c est 61...')
    # Central America's 'call me at' ('Llamame al 8765 4321', 'llámenme al ...'); Cape Verdean Crioulo's ('Liga-m
    # pa 991 23 45'); the Creoles' of the Caribbean coast ('call mi pon 8456-1234'); Mauritian and
    # Seychellois Kreol's my (our) number, contact me at ('Mo nimero 5789 1234', 'mon nimero: 2 51 23 45',
    # 'kontak mwan lor 5912 3456'); Malagasy's call (at) ('antsoy amin'ny 034 ...')
    r"|\bll[aá]m(?:ame|enme|eme|ele|anos)\ al\ |\bliga-?m\ pa\ |\bcall\ mi\ (?:pon|pan|on|at)\ "
    r"|\b(?:mo|mon|nou|so|zot)\ nimero(?:\ (?:telefonn|telefon|portab|WhatsApp))?(?:\ ?:\ ?|\ (?:se\ |c['’]est\ )?)"
    r"|\b(?:kontak|apel|telefonn)\ (?:mwan|mwa|nou|li)\ (?:(?:lor|lo|o|au|sur)\ )?(?=\+|\(|\d)"
    # Haitian Kreyòl's my number is, call me (us) at ('Nimewo m se 3712-3456', 'Rele m nan 4812 3456'); a French
    # text's 'my num is' ('mon num c 77 654 32 10')
    r"|\bnimewo\ (?:m|mwen|nou)\ (?:se\ )?(?=\+|\(|\d)|\brele\ (?:m|mwen|nou)\ (?:(?:nan|sou|o)\ )?(?=\+|\(|\d)"
    r"|\bmon\ num\ (?:c|c['’]est|est|:)\ ?(?=\+|\(|\d)"
    # Italian's, Spain's and Portugal's call (me) at, a call with, contact at ('Potete chiamarmi al 3710173689',
    # 'Chiamato Pablo López al 94 331 16 16', 'ti richiamo io al ...', 'te llamo al 670841277', 'Llamada con
    # Mariana (961 170 243)', 'ligo-lhe para o 937 179 294', 'pede contacto para 961 170 243', Catalan's 'Em podeu
    # trucar al ...', Galician's 'Podedes chamarme ao ...', Basque's 'Deitu 600133865 zenbakira')
    r"|\b(?:(?:ri)?chiam\w{1,5}|contattarmi)\ (?:[^\W\d][\w'’\-]*\ ){0,4}al\ |\b(?:te|le|os)\ llamo\ al\ "
    r"|\bllamada\ con\ (?:[^\W\d][\w'’\-]*\ ){1,3}\((?=\+|\(|\d)|\bligo-lhe\ para\ o\ |\bcontacto\ para\ (?=\+|\(|\d)"
    r"|\btrucar\ al\ |\bchamarme\ ao\ |\bdeitu\ (?=\+|\(|\d)"
    # (and Central America's 'to this same number or at ...': 'Cualquier cosa a este mismo número o al 7271-2407')
    r"|\bn[úu]mero\ o\ al\ (?=\+|\(|\d)"
    r"|\b(?:antsoy(?:ina)?|miantso)\ (?:ahy\ |aho\ )?amin['’]ny\ "
    # Portuguese's contact me (at), send me a message ('O dono pode contactar-me: 87 979 5044', 'Manda-me
    # mensagem: 84 916 5354')
    r"|\b(?:contact[ae]r?-me|contacte-nos|ligue-nos|(?:manda|mande|envia|envie)-me\ (?:uma\ )?mensagem)\ ?(?:[:：]\ ?|para\ (?:o\ )?|no\ )?(?=\+|\(|\d)"
    # (an English chat's 'reach me on WhatsApp at'; Malagasy's number: 'Ity ny nomerao nandoavako: 034...')
    r"|\breach\ (?:me|us)\ (?:on|via)\ (?:whatsapp|viber|signal|telegram)\ (?:at|on)\ |\bnomerao(?:\ [^\W\d]+){0,2}\ ?:?\ "
    # Georgian's, Armenian's and Azerbaijani's my number, call (me), romanized and in their scripts ('chemi nomeri
    # 599 12 34 56', 'Zangeq 091 12 34 56', 'Զանգեք 091123456', 'nömrəm: 050 ...', 'ჩემი ნომერი 599 ...')
    r"|\b(?:chemi\ nomeri|nomeri|zangeq|zangi|zangahari|n[öo]mr[əe]m|əlaq[əe]\ n[öo]mr[əe]si)\ ?:?\ (?=\+|\(|\d)"
    r"|(?<![\p{L}\p{M}])(?:ჩემი\ ნომერი(?:ა)?|ნომერი|დამირეკეთ|დარეკეთ|დამირეკე|Զանգեք|զանգեք|Զանգահարեք|զանգահարեք"
    r"|համարս|nömrə)\ ?:?\ (?=\+|\(|\d)"  # (and 'my number is', 'call (me)': 'ჩემი ნომერია 099213613', 'დარეკეთ: ...')
    # a transfer's party's number, its name in capitals before it or after it ('de MARIA FERNANDA SOLIS ROJAS
    # (8845-1290)', 'a 9876-5432 (CARLOS ALBERTO MEJIA)', 'de 923456789 DOMINGOS KIALA')
    r"|(?<=\b(?:de|a|para|to|from)\ )\p{Lu}{2,}(?:[\ '’\-]\p{Lu}[\p{Lu}\p{Ll}]+){1,3}\ \((?=\d)"
    r"|\b(?:de|a|para|to|from)\ (?=\d[\d\-]{6,14}\ (?:\(\p{Lu}{2,}[\ '’\-]\p{Lu}{2,}|\p{Lu}{2,}[\ '’\-]\p{Lu}[\p{Lu}\p{Ll}]+[.,;]?(?:\s|$)))"
    # (French's and Lingala's, grouped too, its party's name in parentheses or capitals: 'reçu 10000 FCFA du 77 123
    # 45 67 (Moussa Ndiaye)', 'vers 0708123456 KOUAME KOFFI', 'kowuta na 0812345678 (KALALA ILUNGA)')
    r"|\b(?:du|au|vers|na)\ (?=\d[\d\-\ ]{6,14}\d\ (?:\(\p{Lu}\p{L}+[\ '’\-]\p{Lu}|\p{Lu}{2,}[\ '’\-]\p{Lu}{2,}))"
    # (a message's sender by its number, its name in brackets after it: 'inbound message from 967719905019 (Fahad)')
    r"|\b(?:from|de|du)\ (?=\+?\d{8,15}\ \(\p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+)?\))"
    # a changed number's new one and old one ('my number changed, new one 9738 9914 (old +968 7717 8362 ...)');
    # Arabic's WhatsApp, mobile, phone ('يفضل التواصل واتساب 54193363')
    r"|\bnew\ (?:one|number|no\.?)\ (?=\+|\(|\d)|\(old\ (?=\+|\d)|\bmy\ other\ (?:number|no\.?|phone)\ (?:is\ )?(?=\+|\(|\d)"
    r"|(?<![\p{L}\p{M}])(?:واتساب|واتس|وتساب|الواتساب|جوال|الجوال|هاتف|الهاتف|موبايل|تلفون|تليفون"
    # (Egyptian's my mobile, my phone, call (talk to) me on: 'موبايلي 0101...', 'كلمني على ...')
    r"|موبايلي|تلي?فوني|نمرتي|(?:ممكن\ )?ت?كلمو?ني\ على"
    # (and 'the number', 'my number', as a case note writes the one it called: 'تم الاتصال بالمستفيد على الرقم ٠٧٨١...';
    # Kurdish's number, mobile)
    r"|الرقم|رقمي(?:\ (?:الثاني|الثانى|التاني|الآخر|الاخر|الجديد|البديل))?|ژمارە|ژمارەی\ مۆبایل|مۆبایل|رقم\ الخط"
    r"|رقم\ الجوال|رقم\ الهاتف|رقم\ الموبايل)(?:\ ?:)?\ (?=\+|\d)"  # (and 'my second (other, new) number':
    # 'رقمي الثاني ٩٦٦٥٨٠٣٨٦٧٤٦ واتساب')
    # and an English chat's 'my number 94838152' (with 'is' a _LABEL's, with a colon below)
    r"|\bmy\ (?:phone\ |mobile\ |cell\ |whatsapp\ )?(?:number|no\.?|num)\ (?=\+|\(|\d)"
    # (a carrier's or a mobile wallet's number: 'My Unitel number is 8899 1122', 'Wave number 3012345',
    # 'Africell Money no: 030 ...', 'TashiCell 17 ...' has a number's own shape)
    r"|\b(?:my\ )?(?:Unitel|Mobicom|Skytel|G-Mobile|B-Mobile|TashiCell|Africell|Qcell|QCell|Lonestar|QMoney|Wave"
    r"|Gamcel|Comium|Orange|Econet|EcoCash|NetOne|Airtel|MTN|Mpamba|TNM|Síminn|Siminn|Nova|Tusass|Hey"
    # (Iraq's, the Levant's, the Pacific's and Canada's carriers: 'My Zain number is 0780 ...', 'my Asiacell is 0770 ...')
    r"|Zain|Asiacell|Korek|Umniah|Jawwal|Ooredoo|Syriatel|Alfa|Digicel|Vodafone|bmobile|Telikom|Bell|Rogers|Telus"
    r"|Vid[ée]otron|Fido|Koodo|GCI)"
    r"(?:\ (?:number|no\.?|num)\ ?(?:is\ |:\ ?)?|\ Money\ (?:(?:number|no\.?|num)\ ?(?:is\ |:\ ?)?)?|(?<=\bmy\ \w+)\ is\ )(?=\+|\(|\d)"
    # (Southern Africa's carriers and wallets by name before a colon, or before a number of their countries' shapes:
    # 'Econet: 7612 3456', 'MTN 7812 3456', 'TNM 0888 765 432', 'Mpamba 0888123456', 'M-Pesa Lesotho 5888 1234')
    r"|\b(?-i:Econet|EcoCash|Ecocash|MTN|TNM|Airtel|Mpamba|Vodacom|M-Pesa|Mpesa|MoMo)(?:\ (?-i:Lesotho|Eswatini|Malawi))?"
    r"(?:\ ?:\ ?(?=\+|\(|\d)|\ (?=\+\d|0\d{2,3}\ ?\d{3}\ ?\d{3,4}(?![\d\-])|[5-7]\d{3}\ \d{4}(?![\d\-])))"
    # Lebanese and Levantine Arabic's 'my number (is)' in Latin letters and digits, Kurdish's (Kurmanji's and
    # Sorani's, in both scripts) ('ra2me 70 123 456', 'raqmi huwe 079 ...', 'jimara min 0750 ...', 'ژمارەکەم 0770 ...')
    r"|\b(?:ra2me|ra2mi|raqmi|rakmi|ra2m|nimrati|jimara\ min|hejmara\ min|zhmaram|zhmarakam|zhmarem"
    # (Sudan's, Yemen's and Libya's chat: 'rigmi 2499...', '3ayetli 3la 0946...' (call me on); Somali's 'my number
    # is', 'Lambarkaygu waa 2517...'; Italian's 'il mio numero è 3935...')
    r"|rigmi|ragmi|ragami|raqami|3ayetli\ 3la|kallimni\ 3la|lambarkayg[au](?:\ waa)?|il\ mio\ numero\ [èe]"
    r"|[ċc]emplu\ fuq|[ċc]empilli\ fuq|chiamare|chiamami|chiamatemi"
    # (Chichewa's, Sesotho's and siSwati's 'my number (is)', 'call me on': 'Nambala yanga ndi 0888 ...', 'Nomboro ea ka
    # ke 5888 1234', 'Inombolo yami ngu 7612 3456', 'Ndiyimbireni pa 0999 ...', 'Ngishayele ku 7612 3456')
    r"|nambala\ yanga(?:\ ndi)?|nomboro\ ea\ ka(?:\ ke)?|nomoro\ ya\ ka(?:\ ke)?|nomoro\ ea\ ka(?:\ ke)?|inombolo\ yami(?:\ ngu|\ ngiyo)?"
    r"|ndiyimbireni\ pa|ndiimbireni\ pa|ndiyimbire\ pa|mundiyimbire\ pa|ngishayele\ ku|ngishayele)"  # (Malta's 'call (me) on': 'jekk jogħġbok
    # ċemplu fuq 9925 6377'; Italian's 'call (me)': 'chiamare 070-358-606 prima di intervenire')
    r"(?:\ (?:huwe|howe|hiye|e|a))?\ ?:?\ (?=\+|\(|\d)"
    r"|(?<![\p{L}\p{M}])(?:ژمارەم|ژمارەکەم|ژمارەی\ مۆبایلم)\ ?:?\ (?=\+|\d)"
    # (a wallet's by its name alone: 'Payout to Orange Money 23272717792 failed'); a mobile network's subscriber
    # number, a transfer's receiver by a sign or by name ('msisdn 23299811738 is not registered', 'Receiver #
    # 7277938', 'Receiver Cecelia Saah 0882235244, Brewerville')
    # (Icelandic's phone, shortened, and 'at' after a name: 'Þórunn Helga, s. 835 3410', 'sendið frekar á Jón í
    # 8325341', Faroese's 'til Sjúrður á 231621'; a vCard's phone with its parameters: 'TEL;type=CELL;type=pref:732 2742')
    r"|(?<![\w.])s\.\ (?=\d{3}\ ?\d{4}(?![\d\ ]))|(?<=(?-i:\p{Lu}\p{Ll}+)\ )(?:í|á)\ (?=\d{3}\ ?\d{4}(?![\d\ ])|\d{6}(?![\d\ ]))"
    r"|(?:^|(?<=\n))(?-i:TEL)(?:;[^:\n]{1,80})?:(?=\+?\d)"
    # (a listing's 'Bookings:' before a local number: 'Tour guide. Bookings: 9975 8528'; 'call' and 'contact' alone
    # lift none, see the tests)
    r"|\bbookings?:\ (?=\d{3,4}[\ \-]?\d{4}(?![\d\-]|[.,]\d))"
    r"|\bmsisdn\ ?[:=]?\ ?(?=\+?\d)|\b(?:[Rr]eceiver|[Ss]ender|[Bb]eneficiary)\ \#\ ?(?=\+?\d)"
    r"|\b(?:[Rr]eceiver|[Ss]ender|[Bb]eneficiary)\ (?-i:\p{Lu}\p{Ll}+(?:\ \p{Lu}[\p{Ll}\-]+){1,2})\ (?=\+?\d{7,})"
    # (a courier's number in brackets after its name: 'Livreur : Aïssatou (76 282 50 67)')
    r"|\b(?:[Ll]ivreur|[Ll]ivreuse|[Cc]oursier|[Cc]hauffeur|[Tt]echnicien|Rider|Driver|Courier|[Dd]arawalka"
    r"|[Aa]l-mandoub|[Kk]uryer|[Кк]урьер)\ ?:?\ \p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+){0,2},?\ \(?(?=\+?\d)"  # (in brackets or not:
    r"(?!\d{1,3}(?:\.\d{1,4}){3}(?![\d.]))"  # (not a driver's version after its maker: 'Driver Realtek 10.57.992.2023')
    # 'Livreur: Saïda 77 14 32 26', Somali's 'Darawalka: Filsan 0610984988')
    # (and a fibre terminal's description's number after its subscriber: 'desc "Nohemi Sanjur - 7406-7739"')
    r"|\b(?:desc\ \"|Desc=\")[^\"\n]{3,60}(?:\ -\ |\|)(?=\+|\d)"
    r"|\bjoignable\ (?:au|sur\ le)\ |\bmy\ (?:phone\ |mobile\ |cell\ |whatsapp\ )?number\ ?:\ ?"
    # and call (me, us) at ('Appelez moi au 63 50 38 55', 'appelle-moi sur le 70 ...', 'contactez-nous au')
    r"|\b(?:appel(?:ez|le|er)|contact(?:ez|e|er)|bip(?:ez|e))[\ \-](?:moi|nous)\ (?:au|sur\ le|sur)\ "
    # (a transfer's party, named in quotes, its number in brackets after: "beneficiary 'Ermias Tadesse' (0989576810)");
    # a mobile-money API's account that is the wallet's number ('API_B2C accountNo=252610324802'), a payout's
    # ('B2C payout HR24051472178 to 251989576810 ETB ...'), a one-time code's ('OTP sent to 07477122457')
    r"|\b(?:beneficiary|sender|recipient|receiver|payee|remitter)\ '[^'\n]{2,60}'\ \((?=\+?\d)"
    r"|\b(?:API_B2C|B2C|C2B)\ accountNo=(?=\d)|\bB2C\ payout\ [A-Z0-9]{4,20}\ to\ (?=\+?\d)"
    r"|\b(?:OTP|code|SMS)\ sent\ to\ (?=\+?\d)"
    # (M-PESA's confirmation's party, its name in capitals before the number: 'Ksh2,500.00 sent to HAMISI BAKARI
    # 0712345678 on 12/3/24', 'received from ZUHURA ALI 254722345678 on ...'; Tanzania's 'imetumwa kwa', sent to)
    r"|\b(?:sent\ to|received\ from|paid\ to|transferred\ to|imetumwa\ kwa|(?:Ksh|KES|Tsh|TZS)\ ?[\d,]+(?:\.\d\d)?\ from)\ \p{Lu}{2,}(?:[\ '’\-]\p{Lu}{1,}){0,4}\ (?=(?:0|254|255)\d{8,9}\b)"
    # (a payment's number: 'paid invoice #15165 via Bankak from number 0960936130 on March 12')
    r"|\b(?:from|to)\ (?:the\ )?number\ (?=\+?\d)"
    # (and a listing's 'I am reachable at': 'Je suis dispo au 0620964949 après 18h')
    r"|\b(?:dispo|disponible)\ (?:au|sur\ le)\ (?=\+|\d)"
    # the South Slavic languages' my (her, his) number (is), number, call (me, us) at, Viber ('moj broj je
    # 0625361787', 'Moj broj za koordinaciju: 0628987984', 'Broj 062250211.', 'zovi me 071919464', 'zvati na
    # 068626832', 'Viber 065244609'); English's 'her number 0639683920'
    r"|\b(?:moj|moj\ novi|njen|njegov|мој|њен|његов|мојот)\ (?:broj|број)(?:\ telefona|\ mobilnog|\ телефона)?"
    r"(?:\ (?:je|е|је|za\ [^\W\d]+|за\ [^\W\d]+))?\ ?:?\ (?=\+|\(|\d)"
    r"|\b(?:[Bb]roj|[Бб]рој)\ (?:je\ |е\ |је\ |telefona\ |mobitela\ )?:?\ ?(?=\+|0)"
    r"|\b(?:zovi|zovite|pozovi|pozovite|zvati|nazovi|nazovite|javi\ se|јави\ се|зови|зовите|звати|јавете\ се)\ (?:me\ |nas\ |ме\ |нас\ )?"
    r"(?:na\ |на\ )?(?=\+|\(|0)"
    r"|\b(?:viber|вајбер|вайбер|zalo)\ ?:?\ (?=\+|\(|0)|\b(?:his|her|their)\ (?:phone\ |mobile\ |cell\ )?number\ (?=\+|\(|\d)"
    # Xray's access log: its client's label (its 'email', any text) that is the client's number ('[inbound-443 >>
    # direct] email: 09450654682')
    r"|\[[\w\-]{1,40}\ (?:>>|->)\ [\w\-]{1,40}\]\ email:\ (?=\+?\d{9,15}(?:\s|$))"
    r"))"
)


# Labels of round 65's regions, a pattern of their own (phone_labelled_third): the second's prefilter filled a
# joined group of the noisy types alone. The first alternative has no leading '|'.
_THIRD_LABEL = (
    r"(?<=(?:"
    # (French's 'call me (back) (on WhatsApp) at', and a form's emergency contact, their name and a dash before the
    # number: 'rappelez-moi sur WhatsApp au 59738295', 'Personne à prévenir: Ibrahim Madi - 0639886193')
    r"\b(?:rappelez|appelez|rappeler|appeler|contactez|joindre)(?:-(?:moi|nous|le|la))?(?:\ sur\ (?:whatsapp|wa|viber))?\ au\ "
    r"|\b(?:whatsapp|viber)\ au\ (?=\+|\d)"
    r"|\b(?:personne\ [àa]\ pr[ée]venir|contact\ d['’]urgence|emergency\ contact)\ ?:\ ?"
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]*\ ){0,3}\p{Lu}[\p{L}\p{M}'’\-]*\ [-–]\ (?=\+|\d)"
    # (the Andes' prepaid top-up, its carrier's name between, and a payment to a wallet that a phone's number
    # names: 'Recarga Tigo 70012345 Bs 50', 'Recarga Entel al 71234567', 'Yape al 987654321', 'plinéame al ...')
    r"|\brecarga(?:r)?\ (?:de\ )?(?:(?:Tigo|Entel|Viva|Claro|Movistar|Bitel|CNT|Tuenti)\ )?(?:al?\ )?(?=\+|\d)"
    r"|\b(?:yape|yap[eé]ame|yapear|plin|plin[eé]ame)\ (?:al?\ )?(?=\+|\d)"
    # (and Bengali's and Dhivehi's 'my number' romanized, and English's 'we called you on': 'amar number 01908551695',
    # 'aharen ge number 9770401', 'We called you on 774-4687 but ...')
    r"|\b(?:amar|amr|aamar|aharen[ ]?ge|aharenge|mage)\ (?:number|nambar|nmbr|no\.?)\ (?:(?:holo|hocche|eka)\ )?(?=\+|\d)"
    r"|\bcalled\ (?:you|him|her|them)\ on\ (?=\+|\d)"
    # (and 'call' where a message asks to be reached, or a desk's note logs a call to a whole number: 'you can call
    # 233246927402', 'please call 0244...', 'text me on ...', 'Outbound call to 233279682249'; spaCy's stop words hold
    # 'call', so as a context word it never counts. Not a log's bare 'call 3205010 answered', 'Inbound call ...')
    r"|\b(?:[Cc]an|[Cc]ould|[Pp]ls|[Pp]lease|[Kk]indly)\ call\ (?=\+|\d)"
    r"|\b(?:[Cc]all|[Tt]ext|[Rr]ing)\ (?:me|him|her|us|them)\ (?:(?:on|at)\ )?(?=\+|\d)"
    r"|\bcall\ to\ (?=\+|\d{10,})"
    # (and English's 'reach (me) at', a note's 'Call ahead:' before its list of numbers, and a call to a person by
    # name, their kin's word maybe after it: 'reach at 9022785609', 'Call ahead:\n7092655073 (Wei)', 'call Heather
    # (nephew) at 9025471410', 'Call Ewan on cell ...')
    r"|\b(?:[Rr]each|[Cc]all|[Tt]ext)\ (?:(?:me|him|her|us|them)\ )?at\ (?=\+|\d)|\b[Cc]all\ ahead:\s{1,3}(?=\+|\d)"
    r"|\b(?:[Cc]all|[Tt]ext|[Rr]each)\ \p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+)?(?:\ \(\p{Ll}+\))?\ (?:at|on)\ (?:cell\ )?(?=\+|\d)"
    # (and a desk's journal's call to a person by name, a person's number by whose, and a number kept: 'Called Anisia
    # at 330-5645', 'Her number: 477-7642', 'Old phone number stays the same: 735-7949')
    r"|\b(?:[Cc]alled|[Rr]ang|[Pp]honed|[Tt]exted)\ \p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+)?\ (?:at|on)\ (?=\+|\d)"
    r"|\b(?:[Hh]er|[Hh]is|[Mm]y|[Tt]heir|[Oo]ld)\ number:\ ?(?=\+|\d)|\bnumber\ (?:stays|remains)\ the\ same:\ ?(?=\+|\d)"
    # (and West Africa's English 'line' for a phone's number: 'His line is 0244003660', 'my line na 076 123456')
    r"|\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\ (?:MTN\ |Orange\ |Africell\ |Lonestar\ |Vodafone\ |Telecel\ )?line"
    r"\ (?:is|na|be|:)\ (?=\+|\d)"
    # (and 'my number' in Bengali, Sinhala, Tamil and Thaana script: 'আমার নম্বর 01592728983', 'මගේ අංකය 0764004667',
    # 'என் எண் 0771234567', 'އަޅުގަނޑުގެ ނަންބަރު 915-1893')
    r"|(?<![\p{L}\p{M}])(?:আমার\ (?:নম্বর|নাম্বার|ফোন\ নম্বর)|මගේ\ (?:අංකය|දුරකථන\ අංකය|නම්බරය)"
    r"|(?:என்|என்னுடைய|எனது)\ (?:எண்|தொலைபேசி\ எண்|நம்பர்)|(?:އަޅުގަނޑުގެ|އަހަރެންގެ)\ ނަންބަރު)\ ?:?\ (?=\+|\d)"
    # (a one-time code sent to a number, and a changed phone's old and new numbers, as a Spanish back office logs
    # them: 'OTP enviado a 62794782', 'Celular actualizado socioId=216742 de 65983574 a 59160587815')
    r"|\b(?:OTP|c[oó]digo|SMS)\ enviado\ a\ (?=\+|\(|\d)"
    r"|\b(?:[Cc]elular|[Tt]el[eé]fono|[Nn][uú]mero)\ actualizado\b[^\n]{0,40}?\ de\ (?=\+|\(|\d)"
    r"|\b(?:[Cc]elular|[Tt]el[eé]fono|[Nn][uú]mero)\ actualizado\b[^\n]{0,40}?\ de\ [+(\d][\d\ ()+\-]{5,20}\ a\ (?=\+|\(|\d)"
    # (and Bangladesh's wallets by their number: 'amar bKash number 01812345678', 'Nagad no: 017...'; a payment's
    # TrxID is no number)
    r"|\b(?:bkash|bikash|nagad|rocket|upay)\ (?:(?:personal|agent)\ )?(?:number|no\.?|nmbr|num)\ ?:?\ ?(?=\+|\d)"
    # (and Kinyarwanda's and Kirundi's 'call me at', 'sent to', their and Swahili's 'my number is'; Cameroon's Pidgin's
    # 'flash (call) me for'; a desk's note's 'also uses', 'by phone (', 'called the customer on': 'Mwampamagara kuri
    # 0788123456', 'Nimero yanjye ni 250788...', 'Namba yangu ni 0712...', its other or new one: 'Namba yangu
    # nyingine ni ...'; 'Flash me for 677-12-34-56')
    r"|\b\w{0,6}(?:hamagar|pamagar|telefon)\w{0,4}\ kuri\ (?=\+|\d)|\byoherejwe\ kuri\ (?=\+|\d)"
    r"|\b(?:[Nn]imero|[Nn]omero|[Nn]amba)\ (?:yanjye|yange|yangu|yake|ya\ simu|ya\ telefone)(?:\ nyingine|\ mpya)?\ ni\ (?=\+|\d)"
    r"|\b(?:[Ff]lash|[Cc]all|[Bb]eep)\ (?:me|am|him|her|we)\ (?:back\ )?for\ (?=\+|\d)|\b[Ss]end\ me\ (?:an\ )?SMS\ for\ (?=\+|\d)"
    r"|\b[Mm]a\ (?:number|nomba|namba)\ na\ (?=\+|\d)"  # (Pidgin's 'call am back for', 'Send me SMS for', 'Ma number na')
    # (and Kinyarwanda's 'the number of <name>:', 'his number is': 'Numero ya Kayitesi Angélique: 0788...', 'inomero ye
    # ni 79 ...')
    r"|\b[Nn]umero\ ya\ \p{Lu}[\p{L}\p{M}'’\-]+(?:\ \p{Lu}[\p{L}\p{M}'’\-]+){0,2}:\ (?=\+|\d)|\binomero\ ye\ ni\ (?=\+|\d)"
    r"|\balso\ uses\ (?=\+|\d)|\bby\ phone\ \((?=\+|\d)"
    r"|\b[Cc]alled\ (?:the\ )?(?:customer|client|caller|him|her|them)\ (?:on|at)\ (?=\+|\d)"
    # (a French SMS gateway's and call log's other party, a line a message names, and Hausa's 'your line', 'line':
    # 'SMS reçu de 72 86 11 28', 'Appel entrant 77059763', 'votre ligne 91234567', 'an yi rijistar layinka 91234567')
    r"|\bSMS\ (?:reçu|recu|envoyé|envoye)\ (?:de|à|a)\ (?=\+|\d)|\b[Aa]ppel\ (?:entrant|sortant|manqué|manque)\ (?:de\ )?(?=\+|\d)"
    r"|\b(?:votre|ta|sa)\ ligne\ (?=\+|\d)|\blayin(?:ka|ki)?\ (?=\+|\d)"
    # (and an English-speaking gateway's, a router's SMS tool's: 'New SMS received from 979 9219 (SIM1, index 5)',
    # 'Forwarding SMS from 926 9300 to email', 'sending SMS to 931 5796 (user ...)')
    r"|\bSMS\ (?:(?:received|receieved|sent|forwarded)\ )?(?:from|to)\ (?=\+|\d)"
    # (and Kurmanji's and Zazaki's 'my number', 'with the number'; Arabic's, Sorani's and Persian's 'my phone', 'my
    # number'; and a number after a mailbox and 'or' where a post says how to reach its writer: 'Numreyê mi:
    # 04122305864', 'min bi hejmara 07700275386 telefon kir', 'هاتفي 0933718477', 'reach me at ...@... or 0532...')
    r"|\b(?:[Nn]umreyê\ mi|[Nn]umreya\ min|[Hh]ejmara\ (?:min|mi|telefonê\ min)|bi\ hejmara)\ ?:?\ (?=\+|\d)"
    r"|(?<![\p{L}\p{M}])(?:هاتفي|رقمي|جوالي|موبايلي|ژمارەم|ژمارەی\ من|مۆبایلم|شماره\ من|شماره‌ام|هێڵەکەم|هێڵی)"
    r"\ ?:?\ (?=\+|\d|[٠-٩۰-۹])"  # (Sorani's 'my line', 'the line of': 'هێڵەکەم 07708702240')
    r"|@[\w\-]+\.[\w.\-]+\ (?:or|an\ jî|yan\ jî|veya|ya\ da|yoxsa|یان|یا|أو|او)\ (?=\+|\d)"  # (any language's
    # 'or' after a mailbox's domain: 'li berivan_ahmed@yahoo.com an jî 04129999232'; unbounded, as the prefilter's
    # automaton takes it cheaply: '[^\s@]{1,64}@[^\s@]{1,80}' made it a twentieth of the log's time)
    # (and a request to be called before a delivery, in French, Spanish, Catalan, Basque and Occitan, its number after a
    # colon or 'at': 'Appelez-moi avant la livraison : 0659966526', 'Deitu entregatu aurretik: 627 080 636', 'Podeu
    # trucar-me al 645361542', 'sonatz al 0746030121', 'Joignable au 0034 766 39 10 27')
    r"|\b(?:[Aa]ppelez-moi|[Aa]ppelle-moi|[Ll]lamadme|[Ll]l[aá]mame|[Ll]l[aá]meme|[Tt]ruqueu-me|[Tt]ruca'm|[Dd]eitu)"
    r"\ [^:\n\d]{0,40}?\ ?:\ ?(?=\+|\d)"
    r"|\b(?:trucar-me|truqueu-me|sonatz|sonar-me|[Jj]oignable|[Jj]oignables)\ (?:al|au|a)\ (?=\+|\d)"
    r"))"
)
# A second number after the first a request names, 'or' between ('Call me on 0788123456 or 0722123456', Kinyarwanda's
# 'kuri 0788123456 cyangwa 0722123456'): a pattern of its own, as the first number's match would hide it (a slash
# between a label's two numbers is the engine's)
_SECOND_LABELLED = (
    r"(?<=\b(?:[Cc]all\ me\ on|[Ff]lash\ me\ for|[Cc]all\ me\ for|kuri)\ [+\d][\d\ \-]{5,17}\d"
    r"\ (?:or|ou|cyangwa|au)\ )"
)


# The number after a label: international (maybe in E.164 without its '+'), or grouped
_LABELLED_NUMBER = r"(?:(?:\+|00|٠٠|۰۰)\ ?)?(?:\d{11,15}|" + _LINK + r"{0,7}" + _GROUP + r")" + _EXT + _END  # (the
# '00' in Arabic's or Persian's digits too: '٠٠٩٦٨ ٧٦٣٩٤٥٤٣')


class LabelledPhoneRecognizer(PhoneNumberRecognizer):
    """PHONE_NUMBER right after a label ('Phone: 583 1642', 'call me at 86 473 192').

    National numbers from numbering plans that ``phonenumbers`` does not know for the
    text (or that synthetic data makes up) fail :class:`PhoneNumberRecognizer`'s
    validation. After a label the shape is evidence enough: the number still has to pass
    the shape checks (7-12 digits, no date, IP, version, one-digit tail or card number),
    but not ``phonenumbers``. International numbers keep their check.
    """

    PATTERNS = [
        Pattern("phone_labelled", r"(?x)" + _LABEL + _LABELLED_NUMBER, 0.6),
        Pattern("phone_labelled_more", r"(?x)" + _MORE_LABEL + _LABELLED_NUMBER, 0.6),  # (after _MORE_LABEL)
        Pattern("phone_labelled_third", r"(?x)" + _THIRD_LABEL + _LABELLED_NUMBER, 0.6),  # (after _THIRD_LABEL)
        Pattern("phone_labelled_second", r"(?x)" + _SECOND_LABELLED + _LABELLED_NUMBER, 0.6),  # (after a labelled one)
        Pattern(
            "phone_in_brackets_after_name",
            # a number in brackets right after a full name, as a ticket's line names who opened it: 'opened by Иван
            # Волков (89081823605)', 'Сахая Охлопкова (+79142926653)'; national numbers with their trunk prefix only
            r"(?x)(?<=(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’\-]+){1,2}[ ]\()"
            r"(?<!\b(?:Number|Numero|Número|No|ID|Id|Code|Order|Ticket|Invoice|Account|Reference|Booking|Tracking|Batch"
            r"|Serial|Model|Part|Item|Product|Version|Build)\b[^()\n]{0,30}\()"  # (a record's number: 'Order Number (...)')
            r"(?:(?:\+|00)\d{10,13}|8\d{10}|0\d{9,10}|[6-9]\d{9})(?=\))",  # (and India's mobiles, bare: 'for Neha
            # Gupta (9469732875)')
            0.6,
        ),
        Pattern(
            "phone_before_its_label",
            # a number its word follows, as Turkish writes 'from the number ...': 'Bana 05339312552 numarasından
            # ulaşabilirsiniz' (reach me at), '0532 111 22 33 numaralı telefon'
            r"(?x)(?<![\w+.\-])(?:\+|00)?\d[\d\ \-]{8,16}\d"
            r"(?=\ (?:numaras[ıi]ndan|numaradan|numaramdan|numaral[ıi]|numaram|nolu|no['’]lu|hatt[ıi]m|hatt[ıi]n[ıi]z"
            r"|hatt[ıi]"  # (and its line: '05353279149 hattım için fatura ...'; Cebuano's and Tagalog's 'my number',
            r"|akong\ (?:number|numero)|ang\ (?:number|numero)\ ko|number\ ko\ (?:ni|na|to|yan)"  # English's: '0917...
            r"|is\ my\ (?:new\ )?(?:number|cell|mobile|phone))\b)",  # akong number', '... is my number')
            0.6,
        ),
        Pattern(
            "phone_in_gecos",
            # an account's comment (GECOS) as useradd, usermod or chfn write it: its name, room, work phone and home
            # phone apart by commas ('-c "Tamsin Polglase,Room 12,01736690671,07425169509"'), on sudo's log line or
            # on the line its log wraps onto, indented by four
            r"""(?x)
            (?<=(?:(?:useradd|usermod|chfn)[^\n]{0,80}[ ]-c[ ]"|^[ ]{4}"?)[^",\n]{0,40},(?:[^",\n]{0,20},)?)
            (?:\+|00)?\d{10,13}
            (?=(?:,[^",\n]{0,40}){0,3}"(?:[ ]|$))  # the comment's closing quote after its last fields
            """,
            0.6,
        ),
        Pattern(
            "phone_at_sip_realm",
            # a subscriber's number as a SIP address's user at a phone system's realm (OpenSIPS' 'AUTH
            # FAILED for 34919456413@voz.pirineunet.es'): the realm is its label, a landline's number
            # too; an extension's is shorter
            r"(?x)(?<![\w+.\-])(?:\+|00)?\d{7,15}"
            r"(?=@(?:sip|pbx|voip|asterisk|freeswitch|voz|voix|voce|ims)\.(?!(?:com|net|org|co|gov|edu|ac)\.)"
            r"[a-z0-9\-]+\.[a-z])",
            0.85,
        ),
        Pattern(
            "phone_in_file_name",
            # a fax's, a text's or a voice mail's file named for its sender or receiver
            # ('fax/inbound/fax_from_0889786738_20230305_129771.pdf', 'voicemail-to-+61412345678.wav')
            r"(?x)(?<=\b(?:fax|sms|voicemail|voice|vm|call)(?:[_\-](?:in|out|inbound|outbound))?[_\-](?:from|to)[_\-])"
            r"\+?\d{7,15}(?=[_\-.])(?!\.\d)",
            0.6,
        ),
        Pattern(
            "phone_in_spool_file",
            # Gammu SMSD's spooled message, named for its sender or receiver: its inbox's
            # 'IN20261109_063947_00_+4797094649_00.txt', its outbox's 'OUTC20261109_083643_00_
            # +46700707478_sms0.txt' (OUT, a priority's letter, the date, the time, a serial)
            r"(?x)(?<=(?<![A-Za-z])(?-i:IN|OUT[A-Z]?)\d{8}_\d{6}_\d{2}_)"
            r"\+?\d{7,15}(?=_)",
            0.6,
        ),
    ]

    def __init__(self) -> None:
        PatternRecognizer.__init__(
            self,
            supported_entity="PHONE_NUMBER",
            name="LabelledPhoneRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if self._plausible(pattern_text, labelled=True) and not self._a_firms_line(pattern_text) \
            else False


class MobileInDocumentNameRecognizer(PhoneNumberRecognizer):
    """PHONE_NUMBER: a mobile's number as a document's name or a part of it, a contact's card
    or a form saved under its sender's name and number (a NAS's '/客戶聯絡/廖冠宇_0981900871.vcf', an
    FTP upload's 'Liu_Chun-Chieh_0946566696_報名表.pdf'). A run of digits between a file
    name's separators is an id as often ('fax_20230305_0889786738.pdf', 'order_0212345678.pdf'),
    so it counts only on a contact's card or after a name, and must be a valid *mobile*
    number: international, or national with its trunk '0' in a fallback region's plan (most
    ten digits after a '0' are a mobile's somewhere: the name says whose).
    """

    PATTERNS = [
        Pattern(
            "phone_in_document_name",
            r"""(?x)
            (?<=(?:\p{Han}{2,4}|[A-Z][a-z]+[_\-][A-Z][a-z\-]*)[_\-])  # after a name in the file's name
            [+0][0-9]{8,13}                  # ('Liu_Chun-Chieh_0946566696_報名表.pdf', '廖冠宇_0981900871.pdf'),
            (?=(?:[_\-][^/\\\ \t]{0,80})?\.(?:pdf|docx?|xlsx?|txt|jpe?g|png|heic)\b)  # before its extension
            |(?<=[/\\_\-])[+0][0-9]{8,13}(?=\.vcf\b)  # or a contact's card by its number ('.../賴欣怡_0930459333.vcf')
            """,
            0.6,
        ),
    ]

    def __init__(self) -> None:
        PatternRecognizer.__init__(
            self,
            supported_entity="PHONE_NUMBER",
            name="MobileInDocumentNameRecognizer",
            patterns=list(self.PATTERNS),
            context=list(_CONTEXT),
            global_regex_flags=re.MULTILINE,  # a name's capitals are its evidence
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.lstrip("+")
        if digits in "01234567890123456789" or digits in "98765432109876543210":
            return False  # a placeholder's digits in a row ('INV_0123456789.pdf'), a valid mobile in Korea's plan
        if pattern_text[0] == "+" or pattern_text.startswith("00"):
            e164 = "+" + (pattern_text[2:] if pattern_text.startswith("00") else digits)
            try:
                number = phonenumbers.parse(e164, None)
            except phonenumbers.NumberParseException:
                return False
            return None if phonenumbers.is_valid_number(number) and \
                phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE else False
        for region in self.fallback_regions + self.long_fallback_regions:
            try:
                number = phonenumbers.parse(pattern_text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
                return None  # (a mobile's own range: not FIXED_LINE_OR_MOBILE, all of NANP's numbers)
        return False


class MobileMoneyPartyRecognizer(PatternRecognizer):
    """PHONE_NUMBER: a mobile-money statement's party, its number in E.164 without the
    ``+`` before its name: M-PESA's 'Pay Bill from 254756376420 - LYDIA MUTHONI MWANGI';
    and an Indian mobile as the login of a UPI payment address, '9693557852@ybl'.

    Twelve digits alone are an id as often (see ``phone_plain``); the name after them in
    capitals, as the statement writes it, says whose number it is. A UPI address is its
    bank's handle after '@', a word with no dot (an e-mail's domain has one). The number
    must be a valid one of its country's plan.
    """

    PATTERNS = [
        Pattern(
            "mobile_money_party",
            r"""(?x)
            (?<![\w+.,/\-])
            2\d{11}                         # a number of Africa's plans (+2..), twelve digits
            (?=\ -\ \p{Lu}{2,}(?:\ |$))      # then ' - ' and its party's name in capitals
            """,
            0.7,
        ),
        Pattern(
            "mobile_money_fri",
            r"""(?x)
            (?<=\b(?:FRI|ID):)               # MTN MoMo's Financial Resource Identifier of a subscriber's
            \d{11,13}                        # wallet, its mobile's number in E.164 without the '+':
            (?=/MSISDN\b)                    # 'FRI:256767562038/MSISDN' (an agent's is '/MM', a biller's '/USER')
            """,
            0.8,
        ),
        Pattern(
            "upi_mobile",
            r"""(?x)
            (?<![\w+.\-])
            [6-9]\d{9}                       # an Indian mobile's ten digits
            (?=@[a-z]{2,20}(?![\w.\-@]))     # as a UPI address's login: '9693557852@ybl', '...@okaxis'
            """,
            0.7,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="MobileMoneyPartyRecognizer",
            patterns=list(self.PATTERNS),
            context=["pay", "payment", "paid", "from", "to", "transfer", "mpesa", "m-pesa"],
            global_regex_flags=re.DOTALL | re.MULTILINE,  # case-sensitive: the name is in capitals
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        number = ("+91" if len(pattern_text) == 10 else "+") + pattern_text
        return None if PhoneNumberRecognizer._accepts(number, None) else False


class SipNumberRecognizer(PatternRecognizer):
    """PHONE_NUMBER: a subscriber's number as a SIP proxy writes it, without its '+': a SIP
    URI's user part ('ruri=sip:639366135991@10.40.0.22', 'sip:09125984311@sip.example.ph')
    and an accounting record's parties (Kamailio's and OpenSIPS' 'src_user=', 'dst_ouser=').

    A phone system's extensions are short (two to six digits); ten digits or more there
    are a number dialled or dialling: a national one with its trunk '0', or one in E.164
    that must be valid with a '+' before it. The ``+`` form is ``phone_in_telephony``'s.
    """

    PATTERNS = [
        Pattern(
            "sip_number",
            r"""(?x)
            (?<=\bsips?:|(?<![\w\-])(?:src|dst|from|to)_o?user=)  # a SIP URI's user, an accounting
                                                               # record's party
            (?:0\d{9,10}|[1-9]\d{9,14})       # a national number with its trunk '0', or E.164's digits
            (?=[@;>,\s]|$)
            """,
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="SipNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=["sip", "call", "invite", "register", "message"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text[0] == "0":
            return None  # (the trunk '0' of most plans: its country is the proxy's)
        if pattern_text[0] == "8" and len(pattern_text) == 11 and PhoneNumberRecognizer._accepts("+7" + pattern_text[1:], None):
            return None  # (Kazakhstan's and Russia's trunk '8': 'sip:87055129044@...' is +7 705 ...)
        return None if PhoneNumberRecognizer._accepts("+" + pattern_text, None) else False


class ChatLinkNumberRecognizer(PatternRecognizer):
    """PHONE_NUMBER: the number a click-to-chat link opens a chat with, international without
    its '+': WhatsApp's ``https://wa.me/5219671234567``, ``api.whatsapp.com/send?phone=
    60123456789&text=...``, ``whatsapp://send?phone=...``, Viber's ``viber://chat?number=...``.
    Shops and ads print them beside (or instead of) the number itself.

    The number must be valid with a '+' before it; WhatsApp still writes a Mexican mobile with
    the '1' Mexico dropped from its plan in 2019 (``521`` and ten digits), which is read
    without it.
    """

    PATTERNS = [
        Pattern(
            "phone_in_chat_link",
            r"""(?x)
            (?<=\bwa\.me/|\bwhatsapp\.com/send/?\?(?:[\w=%\-]{0,80}&)?phone=|\bwhatsapp://send\?phone=
               |\bviber://chat\?number=)
            \+?\d{7,15}(?![\w.\-])
            """,
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="ChatLinkNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=["whatsapp", "viber", "chat", "contact"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.lstrip("+")
        if len(digits) == 13 and digits.startswith("521"):
            digits = "52" + digits[3:]
        return None if PhoneNumberRecognizer._accepts("+" + digits, None) else False


class DialledNumberRecognizer(PatternRecognizer):
    """PHONE_NUMBER: a number a PBX dialled out or recorded, without its '+' or in its
    country's own way: an Asterisk dial string through a trunk ('PJSIP/50233711976@trunk_2':
    the channel's user, before the trunk's name, is the number called; an extension is
    dialled without a trunk, 'PJSIP/1012') and a call recording's file name with its
    parties (a Grandstream UCM's 'auto-<epoch>-<caller>-<callee>.wav').

    Extensions are two to six digits; seven or more, there, are a number outside. Its
    country is the trunk's, which the line does not say, so no plan validates it.
    """

    PATTERNS = [
        Pattern(
            "dialled_through_trunk",
            r"""(?x)
            (?<=\b(?:PJSIP|SIP|IAX2|DAHDI)/)
            \+?\d{7,15}
            (?=@)
            """,
            0.8,
        ),
        Pattern(
            "call_recording_party",
            r"""(?x)
            (?<=\bauto-\d{9,10}-(?:\+?\d{2,15}-)?)   # Grandstream's: auto-1763374363-+50241319564-1040.wav
            \+?\d{7,15}
            (?=-\+?\d{2,15}\.(?:wav|mp3|gsm)|\.(?:wav|mp3|gsm))
            """,
            0.8,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="DialledNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=["call", "dial", "trunk", "recording"],
        )


class ShortPlanNumberRecognizer(PatternRecognizer):
    """PHONE_NUMBER: a five-digit national number after a telephone's own word ('Tel: 21234',
    'phone 22 123', 'Tereponi: 22 123'). Small islands' plans number their lines in five digits
    (the Falklands', St Helena's, the Cook Islands', the Solomons', Tuvalu's, Tonga's), which
    :class:`LabelledPhoneRecognizer`'s six-digit floor leaves out. Only a word that names a
    telephone counts: an office's, a desk's or a home's five digits are a room, a ticket or a
    postcode as often ('Office: 20134'), and a postcode's label or a run of one digit is none.
    """

    PATTERNS = [
        Pattern(
            "five_digit_after_telephone_word",
            r"""(?x)
            (?<=(?<![\w\-])(?i:tel|tel\.|telephone|phone|ph|mob|mobile|cell|fone|telefone|tel[ée]fono|t[ée]l[ée]phone
               |tlm|tlf|tereponi|landline)(?::[\ ]?|\.?[\ ]|[\ ]?\#[\ ]?|[\ ](?:no\.?|number|nr\.?)[:\ ][\ ]?))
            \d{2}[\ ]?\d{3}               # five digits, or two and three ('22 123')
            (?![\w\-/.,:\ ]?\d|[\w@])     # and no more: not a longer number, a date, an address or a code
            """,
            0.6,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="ShortPlanNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=["tel", "phone", "call"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "")
        if len(set(digits)) == 1 or digits in "0123456789" or digits in "9876543210":
            return False  # a placeholder's digits ('00000', '12345')
        return None


class PersianDigitsNumberRecognizer(PatternRecognizer):
    """PHONE_NUMBER: an Iranian or Afghan number written in Persian digits ('۰۹۱۲ ۱۲۳ ۴۵۶۷',
    '۰۷۹۹۱۲۳۴۵۶', '+۹۸ ۹۱۲ ...'), without a label before it: a shop's log after its receiver's
    name, a chat's message. Its trunk '۰' and ten or eleven digits in all are a national number's
    shape there (a postcode's ten digits start with no '۰'; ids are written in Latin digits).
    """

    CASELESS_SCRIPT = True  # (its prefilter packs last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "persian_digits_number",
            r"""(?x)
            (?<![\d\u06f0-\u06f9\u0660-\u0669\w+\-])
            (?:\+[\ ]?[\u06f9][\u06f3\u06f8][\ \-]?|[\u06f0])  # '+۹۸', '+۹۳' or the trunk '۰'
            [\u06f1-\u06f9][\u06f0-\u06f9]{1,2}    # the mobile's or the area's code: '۹۱۲', '۷۹', '۲۱'
            [\ \-]?[\u06f0-\u06f9]{3,4}[\ \-]?[\u06f0-\u06f9]{3,4}
            (?![\d\u06f0-\u06f9\u0660-\u0669\w])
            """,
            0.7,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="PersianDigitsNumberRecognizer",
            patterns=list(self.PATTERNS),
            context=["شماره", "تلفن", "موبایل", "همراه", "تماس"],
            global_regex_flags=re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = sum(1 for c in pattern_text if "\u06f0" <= c <= "\u06f9")
        return None if 10 <= digits <= 12 else False


class ChineseMobileRecognizer(PatternRecognizer):
    """PHONE_NUMBER: a mainland Chinese mobile's eleven digits after a Chinese label of a phone ('手机号 183 6122 0004',
    '手机：18605034437', '电话 186-0503-4437'). :class:`LabelledPhoneRecognizer` tries a number against the firms'
    lines of several plans, and a mobile that starts '1860' or '1800' reads as India's or North America's free line
    there; after a Chinese label it is China's mobile, valid in China's plan.
    """

    CASELESS_SCRIPT = True  # (its prefilter packs last: piiscan.detect.fastpass)
    PATTERNS = [
        Pattern(
            "cn_mobile_after_label",
            r"""(?x)
            (?<=(?:手机号码|手机号|手機號碼|手機號|手机|手機|电话号码|電話號碼|电话|電話|联系电话|聯絡電話|联系方式|聯絡方式)
              [:：]?[\ 　]?)
            1[3-9]\d(?:[\ \-]?\d{4}){2}       # 1, the carrier's digit, then nine: '183 6122 0004', '186-0503-4437'
            (?![\d\-])
            """,
            0.85,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="ChineseMobileRecognizer",
            patterns=list(self.PATTERNS),
            context=["手机", "电话", "联系"],
            global_regex_flags=re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if PhoneNumberRecognizer._accepts_mobile("+86" + re.sub(r"\D", "", pattern_text), 86) else False
