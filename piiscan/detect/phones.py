"""A phone number listed after another, in the first one's numbering plan.

A contact line gives two numbers of one country, the country's code written once:
``Tel: +974 5512 3344 / 5512 3345``, ``+509 3712 3456 oswa 4812-3456``, ``+237 677 12 34 56 /
699123456``. The second, national, number is not valid in the default region (nor, often, in
the fallback regions the phone recognizer tries), and a bare run keeps its low score; written
right after the first, and valid in the first's country's plan, it is a phone number too.
"""

from __future__ import annotations

import regex as re

# After a number: a list's mark or word ('/', ',', 'or', French's 'ou', Spanish's 'o'/'y',
# Portuguese's 'e', Haitian Kreyòl's 'oswa'/'ak', Arabic's 'أو'/'و'), then the next number: digits
# (Arabic-Indic ones too), spaces, dashes, dots and parentheses (a '+' starts a number the
# phone recognizer finds on its own)
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_NEXT = re.compile(
    r"[ \t]*(?:[/,;|]|(?:or|ou|o|y|e|et|and|oswa|ak|أو|او|و)(?!\w))[ \t]*"
    rf"(?P<number>\(?{_DIGIT}(?:[ \-.()]?{_DIGIT}){{5,13}})(?![\w\-]|[.,/:]{_DIGIT})"
)


def _region_of(number: str, default_region: str):
    """The region whose plan ``number`` (a finding's text) is valid in, or None."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None if number.startswith("+") else default_region)
    except phonenumbers.NumberParseException:
        if not number.startswith("00"):
            return None
        try:
            parsed = phonenumbers.parse("+" + number[2:], None)
        except phonenumbers.NumberParseException:
            return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.region_code_for_number(parsed)


def _valid_in(number: str, region: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def numbers_listed_after(text: str, found: list, default_region: str = "US") -> list:
    """``found`` with the national numbers listed right after a phone finding and valid in
    its country's plan added, each as a PHONE_NUMBER finding of the first one's score."""
    phones = [f for f in found if f.entity_type == "PHONE_NUMBER"]
    if not phones:
        return found
    from .engine import RawFinding  # (engine imports this module)

    taken = [(f.start, f.end) for f in found]
    added = []
    queue = [(f.end, f.score, None, f) for f in phones]
    while queue:
        after, score, region, first = queue.pop()
        m = _NEXT.match(text, after)
        if m is None:
            continue
        start, end = m.span("number")
        if any(s < end and start < e for s, e in taken):
            continue
        if region is None:
            region = _region_of(text[first.start:first.end], default_region)
        if region is None or not _valid_in(m.group("number"), region):
            continue
        taken.append((start, end))
        added.append(RawFinding("PHONE_NUMBER", start, end, score, "phone_listed"))
        queue.append((end, score, region, None))  # ('A / B / C': the third after the second)
    return found + added if added else found
