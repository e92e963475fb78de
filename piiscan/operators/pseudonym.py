"""Keyed, deterministic, type-shaped pseudonyms (scheme version in SCHEME_VERSION).

A pseudonym is a pure function of (key, entity type, normalized value, scheme version):
the same customer gets the same pseudonym in every file, run and worker process, so
joins still work; another key gives unrelated pseudonyms. The shape survives where
downstream tools parse it: an IP stays an IP (Crypto-PAn, prefix-preserving), an e-mail
an e-mail in the reserved ``.invalid`` domain, a phone keeps its country code, digit
count and separators. Other types become a typed token ``<SERIAL_NUMBER:7f3a9c1e>``.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re

from ..findings import mask_preview
from ..normalize import normalize
from .cryptopan import CryptoPAn

# Bump when any output below changes: joins with data shared under the old scheme break,
# and the run's summary says which scheme made its outputs.
SCHEME_VERSION = "piiscan-pseudonym-1"

PSEUDO_EMAIL_DOMAIN = "pseudo.invalid"  # RFC 2606: .invalid never resolves
_DIGIT = re.compile(r"\d")


class Pseudonymizer:
    """Shape-keeping pseudonyms under one key. Cheap to call; cache per distinct value."""

    def __init__(self, pseudonym_key: bytes, ip_key: bytes, *, default_region: str = "US") -> None:
        self._key = pseudonym_key
        self._cryptopan = CryptoPAn(ip_key)
        self._region = default_region

    def __repr__(self) -> str:
        return "Pseudonymizer(<key hidden>)"

    def _digest(self, entity_type: str, normalized: str) -> bytes:
        msg = f"{SCHEME_VERSION}\x00{entity_type}\x00{normalized}".encode()
        return hmac.new(self._key, msg, hashlib.sha256).digest()

    def pseudonym(self, entity_type: str, value: str) -> str:
        """The pseudonym for one found value (``value`` as decoded text)."""
        normalized = normalize(entity_type, value, default_region=self._region)
        digest = self._digest(entity_type, normalized)
        if entity_type == "IP_ADDRESS":
            return self._ip(value, normalized, digest)
        if entity_type == "EMAIL_ADDRESS":
            return f"u_{digest.hex()[:12]}@{PSEUDO_EMAIL_DOMAIN}"
        if entity_type == "PHONE_NUMBER":
            return _replace_digits(value, digest, keep=_country_code_digits(normalized, value))
        return f"<{entity_type}:{digest.hex()[:8]}>"

    def _ip(self, value: str, normalized: str, digest: bytes) -> str:
        try:
            mapped = self._cryptopan.anonymize(normalized)
        except ValueError:
            return f"<IP_ADDRESS:{digest.hex()[:8]}>"
        raw = value.strip()
        zone = ""
        if "%" in raw and not raw.startswith("["):
            zone = raw[raw.index("%"):]
        if raw.startswith("[") and raw.endswith("]"):
            return f"[{mapped}]"
        if ":" in raw and raw.upper() == raw and any(c.isalpha() for c in raw):
            mapped = mapped.upper()  # keep the case style of the log
        if ":" in raw and "::" not in raw and len(raw.split(":")) == 8:
            mapped = ipaddress.ip_address(mapped).exploded  # keep the full form
        return mapped + zone


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
    stream = _digit_stream(digest)
    out, seen = [], 0
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= keep else next(stream))
        else:
            out.append(ch)
    return "".join(out)


def _digit_stream(digest: bytes):
    counter = 0
    while True:
        block = hashlib.sha256(digest + counter.to_bytes(4, "big")).digest()
        for byte in block:
            if byte < 250:  # rejection sampling keeps the digits uniform
                yield str(byte % 10)
        counter += 1


def replacement(operator: str, entity_type: str, value: str, pseudonymizer: Pseudonymizer | None) -> str:
    """What a value becomes under one of the config's operators (see config.Operator)."""
    if operator == "pseudonym":
        assert pseudonymizer is not None
        return pseudonymizer.pseudonym(entity_type, value)
    if operator == "redact":
        return f"<{entity_type}>"
    if operator == "mask":
        return mask_preview(entity_type, value)
    if operator == "keep":
        return value
    raise ValueError(f"unknown operator {operator!r}")
