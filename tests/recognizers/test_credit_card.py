"""CREDIT_CARD: Luhn-checked card numbers from known issuer ranges."""

from __future__ import annotations

import pytest

E = "CREDIT_CARD"

POSITIVE = [
    ("card 4111 1111 1111 1111 exp 12/29", ["4111 1111 1111 1111"]),
    ("4111-1111-1111-1111", ["4111-1111-1111-1111"]),
    ("pan=4111111111111111;", ["4111111111111111"]),
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
    ("mc 5555 5555 5555 4444", ["5555 5555 5555 4444"]),
    ("discover 6011 1111 1111 1117", ["6011 1111 1111 1117"]),
    ("mc2 2223 0000 4841 0010", ["2223 0000 4841 0010"]),
    ("maestro 630495425559", ["630495425559"]),  # 12 digits, Maestro range 6304
    ("jcb 180003491065492", ["180003491065492"]),  # JCB's original 15-digit range
    ("jcb 3591121035034464", ["3591121035034464"]),  # 35xx block, 16 digits
    # national schemes: Uzcard, Humo (Uzbekistan), Mir (Russia)
    ("kartaga qaytaring 8600 1000 0000 0005", ["8600 1000 0000 0005"]), ("humo 9860100000000008", ["9860100000000008"]),
    ("mir 2200 1000 0000 0002", ["2200 1000 0000 0002"]),
    ("Kann eg gjalda við korti? 5169 8053 6720 5950 12/26", ["5169 8053 6720 5950"]),  # (its expiry after it)
]

NEGATIVE = [
    "card 4111 1111 1111 1112",  # Luhn fails
    "order 4234567812345678",  # 16-digit order id, Luhn fails
    "order 1234567812345678",  # no issuer starts with 1
    "ref 8600 1000 0000 0006", "ref 8700100000000003",  # (Luhn fails; no scheme issues 87)
    "4111 1111-1111 1111",  # inconsistent separators
    "14111111111111111",  # part of a longer run
    "4111 1111 1111 1111 2222",  # a longer number
    "5169 8053 6720 5950 12 26", "5169 8053 6720 5950 13/26",  # (a longer number: no month and year after it)
    "4444 4444 4444 4444",  # a constant run
    "tel +1 202-555-0143",
    "on 2023-10-05",
    "phone=+4915112345678",  # a phone number after its '+' (13 digits passing Luhn)
    "call +4111111111111111",
    "id 412345678905",  # 12 digits passing Luhn, but not in a Maestro range
    "ref 180003491065493",  # JCB range, Luhn fails
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_luhn_pass_scores_full(scores):
    assert scores("4111111111111111", E) == {"4111111111111111": 1.0}


def test_context(recognizer):
    assert "card" in recognizer("PaymentCardRecognizer").context


@pytest.mark.parametrize("text", [
    "sku 4006381333931",  # an EAN-13 barcode passing Luhn
    "Lineitem 5901234123457",
    "order 5620075780593",  # a 13-digit order id
])
def test_thirteen_digits_are_no_card_without_context(text):
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    assert Detector(Detection(ner=NerMode.OFF)).detect_records([text], [None]) == [[]]


def test_thirteen_digits_are_a_card_after_a_context_word(scores):
    from piiscan.config import Detection, NerMode
    from piiscan.detect.engine import Detector

    text = "What is the limit for card 4421521028146?"
    assert scores("4421521028146", E) == {"4421521028146": 0.3}  # Luhn passes: left to context
    found = Detector(Detection(ner=NerMode.OFF)).detect_records([text], [None])[0]
    assert [(text[f.start:f.end], f.entity_type) for f in found] == [("4421521028146", E)]


def test_a_fibre_terminals_serial_in_hex_is_no_card(find):
    assert find("ont add 7 14 sn-auth 4857544330681217 omci", E) == []
    assert find("SN=4857544330681217", E) == []
    assert find("card 4857544330681217 declined", E) == [(E, "4857544330681217")]  # (Luhn-valid, no serial's label)


def test_serbias_dinacard(find):
    assert find("Broj kartice: 9891 2073 0082 7205", E) == [(E, "9891 2073 0082 7205")]
    assert find("Broj kartice: 9891-0062-9709-7636", E) == [(E, "9891-0062-9709-7636")]
    assert find("ref 9891 2073 0082 7206", E) == []  # (Luhn fails)



def test_a_card_in_persian_digits(find):
    # round 68: Iran's cards as a customer types them, four by four in Persian's digits, Luhn-checked as any
    assert find("مبلغ رو از کارت ۵۰۲۲-۲۹۸۶-۷۷۹۸-۲۸۶۳ واریز کردم", E) == [(E, "۵۰۲۲-۲۹۸۶-۷۷۹۸-۲۸۶۳")]
    assert find("کارت ۶۰۳۷ ۶۹۲۵ ۵۰۸۹ ۲۱۲۷", E) == [(E, "۶۰۳۷ ۶۹۲۵ ۵۰۸۹ ۲۱۲۷")]
    assert find("کد ۵۰۲۲-۲۹۸۶-۷۷۹۸-۲۸۶۴", E) == []  # (Luhn fails)
    assert find("۱۴۰۲۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵", E) == []  # (twenty digits: no card's length)
