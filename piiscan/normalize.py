"""Canonical forms of found values, so one value gets one hash and one pseudonym.

``John.Doe%40Example.com``, ``john.doe(at)example(dot)com`` and ``JOHN.DOE@EXAMPLE.COM``
are one customer; ``+44 20 7946 0958`` and ``020 7946 0958`` (region GB) one phone.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote

_OBFUSCATED_AT = re.compile(r"\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*|\s+at\s+", re.IGNORECASE)
_OBFUSCATED_DOT = re.compile(r"\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]\s*|\s+dot\s+", re.IGNORECASE)
_WS = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D")
_NON_HEX = re.compile(r"[^0-9a-fA-F]")


# One coordinate or a pair ("52.5200", "52.5200,13.4050", "[13.405, 52.52]", "POINT(13.4 52.5)"):
# decimals required, so a count or a flag in a column named 'long' is none.
COORDINATES = re.compile(
    r"(?i)(?:point\s*)?[(\[]?\s*([+-]?\d{1,3}\.\d+)\s*(?:[,; ]\s*([+-]?\d{1,3}\.\d+)\s*)?[)\]]?")


def is_coordinate(value: str, limit: float = 180) -> bool:
    """One coordinate or a pair, each within ±``limit`` degrees."""
    m = COORDINATES.fullmatch(value)
    return m is not None and all(abs(float(n)) <= limit for n in m.groups() if n)


def deobfuscate_email(value: str) -> str:
    """The plain address: URL-decoded, the fullwidth '＠' and bracketed or spelled-out
    'at' and 'dot' (``name(at)example(dot)com``, the defanged ``name@example[.]com``, MARC's
    ``name () example ! com``)."""
    value = unquote(value).replace("\uff20", "@")
    if "@" not in value and " () " in value:
        value = value.replace(" () ", "@", 1).replace(" ! ", ".")  # MARC's 'name () example ! com'
    if "@" not in value:
        value = _OBFUSCATED_AT.sub("@", value, count=1)
    return _OBFUSCATED_DOT.sub(".", value)


def normalize(entity_type: str, value: str, *, default_region: str = "US") -> str:
    """The canonical form used for value hashes and pseudonyms."""
    value = value.strip()
    if entity_type == "EMAIL_ADDRESS":
        return deobfuscate_email(value).lower()
    if entity_type == "IP_ADDRESS":
        return normalize_ip(value)
    if entity_type == "PHONE_NUMBER":
        return normalize_phone(unquote(value), default_region)
    if entity_type == "CREDIT_CARD":
        return _NON_DIGIT.sub("", value)
    if entity_type == "HARDWARE_ID":
        return _NON_HEX.sub("", value).lower()
    if entity_type == "SERIAL_NUMBER":
        return value.upper()
    if entity_type == "HOSTNAME":
        return value.lower()
    if entity_type in ("PERSON", "LOCATION"):
        return _WS.sub(" ", unquote(value.replace("+", " "))).casefold()
    if entity_type == "USERNAME" and value.startswith("@") and len(value) > 1:
        return unquote(value[1:])  # a forum's '@swhitfield' mentions the member 'swhitfield'
    return unquote(value)


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
# An IPv4 address as ipaddress writes it: four ASCII decimal octets 0-255, no leading
# zeros. Its own normal form (and the form a log's client field has).
DOTTED_QUAD = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_PADDED_QUAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")


def normalize_ip(value: str) -> str:
    if DOTTED_QUAD.fullmatch(value):
        return value  # already canonical: the common case, without ipaddress' slow parser
    text = unquote(value).strip("[]")
    text = text.split("%", 1)[0]  # a zone id names an interface, not a host
    try:
        return ipaddress.ip_address(text).compressed
    except ValueError:
        if _PADDED_QUAD.fullmatch(text):  # '010.001.020.003' is 10.1.20.3 (decimal, not octal)
            return ".".join(str(int(octet)) for octet in text.split("."))
        return text.lower()


def normalize_phone(value: str, default_region: str) -> str:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value, None if value.lstrip().startswith("+") else default_region)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        digits = _NON_DIGIT.sub("", value)
        return ("+" if value.lstrip().startswith("+") else "") + digits
