"""CREDIT_CARD: payment card numbers, Luhn-checked.

Extends Presidio's ``CreditCardRecognizer`` (its Luhn ``validate_result`` lifts a
passing number to 1.0 and drops a failing one) with a stricter candidate pattern:
13-19 digits, either unseparated or in groups split consistently by spaces or
dashes, and never part of a longer digit run. ``invalidate_result`` additionally
requires a known issuer prefix (IIN) with a length that network issues, and rejects
constant runs: one random 16-digit order id in ten passes Luhn, and the issuer
prefix rejects most of those. A 13-digit number (an old Visa's length, and an EAN-13
barcode's) needs a context word besides. Well-known test numbers (4111 1111 1111 1111) are
reported: synthetic data uses them exactly where real numbers would be.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

# Issuer identification numbers and the lengths each network issues.
_ISSUERS = re.compile(
    r"""(?x)
    4\d{12}(?:\d{3}(?:\d{3})?)?              # Visa: 13, 16 or 19 digits
    | (?:5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}  # Mastercard: 51-55, 2221-2720; 16
    | 3[47]\d{13}                            # American Express: 34, 37; 15
    | 3(?:0[0-5]|[68]\d)\d{11}(?:\d{2,5})?    # Diners Club: 300-305, 36, 38; 14, 16-19 (15 digits from 30 are an
                                           # IMEI's, as Iridium's satellite phones' are: '300234063004982')
    | 35(?:2[89]|[3-8]\d)\d{12,15}           # JCB: 3528-3589; 16-19
    | 35\d{14}                               # other 35xx: JCB's block (generators use it); 16
    | (?:6011|65\d{2}|64[4-9]\d)\d{12,15}    # Discover: 6011, 644-649, 65; 16-19
    | 62\d{14,17}                            # UnionPay: 62; 16-19
    | (?:5[06-9]|6\d)\d{10}(?:\d{4,7})?        # Maestro and other 5x/6x debit ranges: 12, 16-19
    | (?:1800|2131)\d{11}                    # JCB's original ranges: 15
    | 220[0-4]\d{12,15}                      # Mir (Russia): 2200-2204; 16-19
    | 8[12]\d{14}                            # RuPay (India): its 81 and 82 ranges (its others are Discover's and
                                           # Maestro's above); 16
    | (?:8600|9860|9112|9417|9792|9891)\d{12}  # national schemes: Uzcard and Humo (Uzbekistan), Belcard,
                                           # Elcart (Kyrgyzstan), Troy (Turkey), DinaCard (Serbia); 16
    """
)


# Persian's and Arabic's digits, as their own (a card written in them: see credit_card_eastern_digits)
_WESTERN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


# Maestro ranges that issue 12-digit cards (other 12-digit runs are ids, not cards).
_MAESTRO_12 = re.compile(r"50(?:18|20|38)|5893|6304|67(?:59|6[1-3])")


class PaymentCardRecognizer(CreditCardRecognizer):
    """13-19 digit card numbers from a known issuer range that pass the Luhn check."""

    PATTERNS = [
        Pattern(
            "credit_card",
            r"""(?x)
            (?<![\w\-.,/+])             # not glued to a longer token, decimal, date or path,
                                        # nor after a '+' (an international phone number)
            (?<!\b\d+[\ ])              # not the tail of a longer space-grouped number
            (?<!\b(?i:sn-auth|sn)[\ =:])  # nor a fibre terminal's serial in hex ('sn-auth 4857544330681217',
                                        # 'SN=48575443...': serial_number's gpon_ont_serial)
            (?:[1-6]\d{3}|8[12]\d\d|8600|9860|9112|9417|9792|9891)  # first group: issuer ranges start with 1-6
                                        # (and the national schemes' ranges: see _ISSUERS)
            (?:                         # one separator (space, dash or none) throughout:
              \d{8,15}                  #   unseparated, 12-19 digits in all (Maestro: 12)
              | \ \d{2,7}(?:\ \d{1,7}){1,3}  #   space-grouped (Amex: 4-6-5, others: 4-4-4-4)
              | -\d{2,7}(?:-\d{1,7}){1,3}     #   dash-grouped (3+ groups: 2 make < 13 digits)
            )                           # (no backreference to the separator: the fast
                                        # path's Rust prefilter cannot express one)
            (?![\w]|[\-.,/]\d           # the whole digit run, not a prefix of it (but its
              |[\ ](?!(?:0[1-9]|1[0-2])/(?:\d{2}|\d{4})(?![\d/]))\d)  # expiry may follow: '... 5950 12/26')
            """,
            0.3,
        ),
        Pattern(
            "credit_card_eastern_digits",  # the same in Persian's or Arabic's digits, four by four ('از کارت
            r"""(?x)                     # ۶۰۳۷-۶۹۲۵-۵۰۸۹-۲۱۲۷ واریز کردم', Iran's cards)
            (?<![\w\-.,/+])
            [۱-۶١-٦][۰-۹٠-٩]{3}
            (?:[۰-۹٠-٩]{12}|\ [۰-۹٠-٩]{4}(?:\ [۰-۹٠-٩]{4}){2}|-[۰-۹٠-٩]{4}(?:-[۰-۹٠-٩]{4}){2})
            (?![\w]|[\-.,/][۰-۹٠-٩])
            """,
            0.3,
        ),
    ]

    # Substring-matched by Presidio's context enhancer: no 'cc' (access) or 'pan' (company).
    CONTEXT = [
        "credit",
        "card",
        "visa",
        "mastercard",
        "amex",
        "discover",
        "jcb",
        "diners",
        "maestro",
        "unionpay",
        "payment",
        "کارت",  # (Persian's card)
    ]

    def __init__(self) -> None:
        super().__init__(
            name="PaymentCardRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = re.sub(r"\D", "", pattern_text.translate(_WESTERN_DIGITS))
        if not 12 <= len(digits) <= 19:
            return True
        if len(digits) == 12 and not _MAESTRO_12.match(digits):
            return True  # twelve digits only in Maestro's own ranges
        if len(set(digits)) == 1:
            return True  # a constant run (some pass Luhn) is filler, not a card
        return _ISSUERS.fullmatch(digits) is None

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn, as Presidio's; a 13-digit number that passes it stays at the pattern's
        score (None), below the threshold until a context word ('card') lifts it:
        13-digit Visa numbers are all but gone, and EAN-13 barcodes and 13-digit order
        ids are everywhere, one in ten of them passing Luhn."""
        pattern_text = pattern_text.translate(_WESTERN_DIGITS)
        valid = super().validate_result(pattern_text)
        if valid and sum(c.isdigit() for c in pattern_text) == 13:
            return None
        return valid
