"""Keyed, deterministic, type-shaped pseudonyms (scheme version in SCHEME_VERSION).

A pseudonym is a pure function of (key, entity type, normalized value, scheme version):
the same customer gets the same pseudonym in every file, run and worker process, so
joins still work; another key gives unrelated pseudonyms. The shape survives where
downstream tools parse it:

* e-mail: ``u_3f9a1c2d4e5f@pseudo.invalid`` (RFC 2606: ``.invalid`` never resolves), or
  the original domain kept for domains on the pipeline's ``keep_domains`` list;
* IP (``pseudonym``; the default ``ip-prefix`` is Crypto-PAn in :mod:`.cryptopan`): a
  keyed address of the same family with no prefix kept, for when subnets are identifying;
* phone: country code, digit count and separators kept, the other digits keyed;
* hardware ID: a MAC stays a MAC in the same notation (locally administered, so it never
  names a real vendor), a GUID stays a GUID, an IMEI keeps its digit groups;
* serial number / license key: the same group pattern, each letter and digit keyed;
* user name ``user_3f9a1c2d``, computer name ``host-3f9a1c2d`` (valid as either); a
  forum's mention ``@swhitfield`` is the member ``swhitfield``: ``@user_3f9a1c2d``, the
  same name after the same '@' (scheme 4; scheme 3 keyed the '@' in and dropped it);
* a coordinate (a ``lat`` column's ``52.5200``, a pair ``52.5200,13.4050``): keyed
  numbers within ±90 with the same decimals and separators, so a numeric column stays
  numeric (scheme 3; scheme 2 wrote a token there);
* anything else: a typed token ``<PERSON:7f3a9c1e>``.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re

from ..normalize import is_coordinate, normalize, normalize_ip
from .cryptopan import CryptoPAn

# Bump when any output below changes: joins with data shared under the old scheme break,
# and the run's summary says which scheme made its outputs.
SCHEME_VERSION = "piiscan-pseudonym-4"

PSEUDO_EMAIL_DOMAIN = "pseudo.invalid"  # RFC 2606: .invalid never resolves
_MAC = re.compile(r"(?i)[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}")
_THREE_DIGIT_QUAD = re.compile(r"[0-9]{3}(?:\.[0-9]{3}){3}")
_DIGIT_GROUPS = re.compile(r"\d+(?:[\s\-]\d+)*")
_HEX_GROUPS = re.compile(r"(?i)[{(]?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}[})]?")


class Pseudonymizer:
    """Shape-keeping pseudonyms under one key. Cheap to call; cache per distinct value."""

    def __init__(self, pseudonym_key: bytes, ip_key: bytes, *, default_region: str = "US") -> None:
        self._key = pseudonym_key
        self.cryptopan = CryptoPAn(ip_key)
        self._region = default_region

    def __repr__(self) -> str:
        return "Pseudonymizer(<key hidden>)"

    def _digest(self, entity_type: str, normalized: str) -> bytes:
        msg = f"{SCHEME_VERSION}\x00{entity_type}\x00{normalized}".encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).digest()

    def pseudonym(self, entity_type: str, value: str, *, keep_domains: frozenset[str] = frozenset()) -> str:
        """The pseudonym for one found value (``value`` as decoded text)."""
        normalized = normalize(entity_type, value, default_region=self._region)
        digest = self._digest(entity_type, normalized)
        if entity_type == "IP_ADDRESS":
            return self._keyed_ip(value, normalized, digest)
        if entity_type == "EMAIL_ADDRESS":
            domain = normalized.rpartition("@")[2]
            kept = domain if domain in keep_domains else PSEUDO_EMAIL_DOMAIN
            return f"u_{digest.hex()[:12]}@{kept}"
        if entity_type == "PHONE_NUMBER":
            return _replace_digits(value, digest, keep=_country_code_digits(normalized, value))
        if entity_type == "HARDWARE_ID":
            return _hardware_id(value.strip(), digest) or f"<{entity_type}:{digest.hex()[:8]}>"
        if entity_type == "SERIAL_NUMBER":
            return _same_pattern(value, digest)
        if entity_type == "USERNAME":  # a mention keeps its '@': '@user_3f9a1c2d'
            return ("@" if value.lstrip().startswith("@") else "") + f"user_{digest.hex()[:8]}"
        if entity_type == "HOSTNAME":
            return f"host-{digest.hex()[:8]}" + (".local" if normalized.endswith(".local") else "")
        if entity_type == "LOCATION" and is_coordinate(value.strip()):
            return _keyed_coordinates(value, digest)
        return f"<{entity_type}:{digest.hex()[:8]}>"

    def ip_prefix(self, value: str) -> str:
        """Crypto-PAn, written back in the value's own notation."""
        normalized = normalize("IP_ADDRESS", value)
        try:
            mapped = self.cryptopan.anonymize(normalized)
        except ValueError:  # not an address after all: a keyed token
            return f"<IP_ADDRESS:{self._digest('IP_ADDRESS', normalized).hex()[:8]}>"
        return _ip_notation(value, mapped)

    def _keyed_ip(self, value: str, normalized: str, digest: bytes) -> str:
        try:
            ip = ipaddress.ip_address(normalized)
        except ValueError:
            return f"<IP_ADDRESS:{digest.hex()[:8]}>"
        if isinstance(ip, ipaddress.IPv4Address):
            mapped = str(ipaddress.IPv4Address(digest[:4]))
        elif ip.ipv4_mapped is not None:
            mapped = "::ffff:" + str(ipaddress.IPv4Address(digest[:4]))
        else:
            mapped = ipaddress.IPv6Address(digest[:16]).compressed
        return _ip_notation(value, mapped)


def _ip_notation(raw: str, mapped: str) -> str:
    """``mapped`` written the way ``raw`` was: brackets, zone id, case, full form."""
    raw = raw.strip()
    zone = ""
    if "%" in raw and not raw.startswith("["):
        zone = raw[raw.index("%"):]
    if raw.startswith("[") and raw.endswith("]"):
        return f"[{mapped}]"
    if ":" in raw and raw.upper() == raw and any(c.isalpha() for c in raw):
        mapped = mapped.upper()  # keep the case style of the log
    if ":" in raw and "::" not in raw and len(raw.split(":")) == 8 and "." not in raw:
        mapped = ipaddress.ip_address(mapped).exploded  # keep the full form
    elif _THREE_DIGIT_QUAD.fullmatch(raw) and raw != normalize_ip(raw):
        mapped = ".".join(octet.zfill(3) for octet in mapped.split("."))  # keep the padding: '010.001.020.003'
    return mapped + zone


def _keyed_stream(digest: bytes):
    """Keyed bytes, as many as asked for (SHA-256 in counter mode over the digest)."""
    counter = 0
    while True:
        yield from hashlib.sha256(digest + counter.to_bytes(4, "big")).digest()
        counter += 1


def _hardware_id(value: str, digest: bytes) -> str | None:
    stream = _keyed_stream(digest)
    if _MAC.fullmatch(value):
        octets = [next(stream) for _ in range(6)]
        octets[0] = (octets[0] | 0x02) & 0xFE  # locally administered, unicast: no vendor's OUI
        hex_ = "".join(f"{o:02x}" for o in octets)
        if "." in value:  # Cisco notation
            out = ".".join(hex_[i:i + 4] for i in (0, 4, 8))
        else:
            sep = value[2]
            out = sep.join(hex_[i:i + 2] for i in range(0, 12, 2))
        return out.upper() if value.upper() == value else out
    if _HEX_GROUPS.fullmatch(value):
        return _same_pattern(value, digest, hex_only=True)
    if _DIGIT_GROUPS.fullmatch(value):  # an IMEI: keyed digits in the same groups
        return _same_pattern(value, digest)
    return None


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_HEX = "0123456789abcdef"


def _same_pattern(value: str, digest: bytes, *, hex_only: bool = False) -> str:
    """Each letter and digit replaced by a keyed one of the same class (upper, lower,
    digit; hex digits stay hex digits in a GUID); separators and length kept."""
    stream = _keyed_stream(digest)
    upper = value.upper() == value  # a GUID is written in one case
    out = []
    for ch in value:
        if hex_only and ch in "0123456789abcdefABCDEF":
            new = _HEX[next(stream) % 16]
            out.append(new.upper() if upper else new)
        elif ch.isascii() and ch.isdigit():
            out.append(str(_uniform(stream, 10)))
        elif ch.isascii() and ch.isupper():
            out.append(_UPPER[_uniform(stream, 26)])
        elif ch.isascii() and ch.islower():
            out.append(_LOWER[_uniform(stream, 26)])
        else:
            out.append(ch)
    return "".join(out)


_DEGREES = re.compile(r"([+-]?)(\d{1,3})\.(\d+)")


def _keyed_coordinates(value: str, digest: bytes) -> str:
    """Each number of a coordinate (or pair) replaced by a keyed one within ±90 degrees
    (a valid latitude and longitude both) with as many decimals; the rest kept."""
    stream = _keyed_stream(digest)

    def one(m: re.Match) -> str:
        places = len(m.group(3))
        scale = 10 ** places
        while True:  # uniform below 90 degrees: draw the digits again past it
            n = sum(_uniform(stream, 10) * 10 ** i for i in range(places + 2))
            if n < 90 * scale:
                break
        sign = "-" if _uniform(stream, 2) else ("+" if m.group(1) == "+" else "")
        return f"{sign}{n // scale}.{n % scale:0{places}d}"

    return _DEGREES.sub(one, value)


def _uniform(stream, n: int) -> int:
    """A keyed number below n, without modulo bias (rejection sampling)."""
    limit = 256 - 256 % n
    while True:
        byte = next(stream)
        if byte < limit:
            return byte % n


def _country_code_digits(e164: str, value: str) -> int:
    """How many leading digits of ``value`` are its country code (kept as they are)."""
    if not value.lstrip().startswith(("+", "00")) or not e164.startswith("+"):
        return 0
    import phonenumbers

    try:
        cc = str(phonenumbers.parse(e164, None).country_code)
    except phonenumbers.NumberParseException:
        return 0
    return len(cc) + (2 if value.lstrip().startswith("00") else 0)


def _replace_digits(value: str, digest: bytes, *, keep: int) -> str:
    """Every digit after the first ``keep`` replaced by a keyed digit; separators kept."""
    stream = _keyed_stream(digest)
    out, seen = [], 0
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= keep else str(_uniform(stream, 10)))
        else:
            out.append(ch)
    return "".join(out)
