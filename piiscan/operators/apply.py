"""What a found value becomes: the pipeline's operator per entity type, applied.

Built once per process from a plan (see :mod:`piiscan.process`), which caches the result
per distinct value. Every operator is a pure function of (key, entity type, value,
options), so outputs agree across files, runs and worker processes.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

from ..config import Operator, OperatorSpec, default_operator
from ..findings import mask_preview
from ..keys import ENCRYPT, IP_PREFIX, PSEUDONYM, Key
from ..normalize import deobfuscate_email, normalize_phone
from .pseudonym import Pseudonymizer


class Operators:
    def __init__(self, key: Key, specs: Mapping[str, OperatorSpec], *, default_region: str = "US") -> None:
        self._key = key
        self._specs = dict(specs)
        self._region = default_region
        self.pseudonymizer = Pseudonymizer(key.derive(PSEUDONYM), key.derive(IP_PREFIX),
                                           default_region=default_region)
        self._cipher = None
        self._keep_domains = {e: frozenset(d.lower() for d in s.keep_domains) for e, s in self._specs.items()}

    def __repr__(self) -> str:
        return f"Operators(key_id={self._key.key_id})"

    def spec(self, entity_type: str) -> OperatorSpec:
        spec = self._specs.get(entity_type)
        if spec is None:  # kept: asked once per replaced value
            spec = self._specs[entity_type] = default_operator(entity_type)
        return spec

    @property
    def cipher(self):
        if self._cipher is None:
            from .encrypt import TokenCipher

            self._cipher = TokenCipher(self._key.derive(ENCRYPT, 64), self._key.key_id)
        return self._cipher

    def prime(self, entity_type: str, values, dotted_quads=()) -> None:
        """Let the operator work out many values (decoded text) at once, before
        :meth:`apply` asks for them one by one: only Crypto-PAn gains by it.
        ``dotted_quads``: more values, each already a canonical IPv4 address."""
        if entity_type == "IP_ADDRESS" and self.spec(entity_type).operator is Operator.IP_PREFIX:
            from ..normalize import normalize_ip

            self.pseudonymizer.cryptopan.prime([*map(normalize_ip, values), *dotted_quads])

    def apply_dotted_quads(self, values: list[str]) -> list[str]:
        """:meth:`apply` for IP addresses that are each a canonical dotted quad (four
        decimal octets 0-255, no leading zeros), as a log's client field holds them:
        their normal form and notation are their own, so Crypto-PAn is asked directly."""
        spec = self.spec("IP_ADDRESS")
        if spec.operator is not Operator.IP_PREFIX or spec.keep_private:
            return [self.apply("IP_ADDRESS", v) for v in values]
        anonymize = self.pseudonymizer.cryptopan.anonymize
        return [v if v in _NOBODYS_QUADS or v.startswith("127.") else anonymize(v) for v in values]

    def apply(self, entity_type: str, value: str) -> str:
        """The replacement for one found value (decoded text; the caller re-encodes)."""
        spec = self.spec(entity_type)
        op = spec.operator
        if op is Operator.KEEP:
            return value
        if entity_type == "IP_ADDRESS" and (spec.keep_private and _is_private_ip(value) or (
                op is Operator.PSEUDONYM or op is Operator.IP_PREFIX) and _is_nobodys_ip(value)):
            return value
        if op is Operator.PSEUDONYM:
            return self.pseudonymizer.pseudonym(entity_type, value,
                                                keep_domains=self._keep_domains.get(entity_type, frozenset()))
        if op is Operator.IP_PREFIX:
            return self.pseudonymizer.ip_prefix(value)
        if op is Operator.ENCRYPT:
            return self.cipher.encrypt(entity_type, value)
        if op is Operator.MASK:
            if spec.keep_first is None and spec.keep_last is None:
                return mask_preview(entity_type, value)
            return mask_chars(value, spec.keep_first or 0, spec.keep_last or 0)
        if op is Operator.GENERALIZE:
            return generalize(entity_type, value, spec, default_region=self._region)
        if op is Operator.REDACT:
            return f"<{entity_type}>"
        if op is Operator.DROP:
            return ""
        raise AssertionError(f"unhandled operator {op}")


# Addresses that are the same on every machine ('bind() to 0.0.0.0:80', a loopback
# client): they name no one, and an address made of them says something false
# ('0.0.0.0' become '96.255.129.247'). Pseudonyms leave them as they are; they are
# still found and reported.
_NOBODYS_QUADS = frozenset({"0.0.0.0", "255.255.255.255"})


def _address(value: str):
    """The address a found value names (an IPv4-mapped one as IPv4), or None."""
    from ..normalize import normalize_ip

    try:
        ip = ipaddress.ip_address(normalize_ip(value))
    except ValueError:
        return None
    return ip.ipv4_mapped if getattr(ip, "ipv4_mapped", None) is not None else ip


def _is_nobodys_ip(value: str) -> bool:
    ip = _address(value)
    return ip is not None and (ip.is_loopback or ip.is_unspecified or str(ip) == "255.255.255.255")


def _is_private_ip(value: str) -> bool:
    ip = _address(value)
    if ip is None:
        return False
    # Addresses that identify nobody outside their own network. Not ipaddress's
    # is_private: that also holds the documentation ranges, which stand for public
    # addresses in examples and test data.
    return ip.is_loopback or ip.is_link_local or ip.is_unspecified or any(
        ip in net for net in _LOCAL_NETWORKS[ip.version])


_LOCAL_NETWORKS = {
    4: [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",  # RFC 1918
                                          "100.64.0.0/10")],  # RFC 6598 carrier-grade NAT
    6: [ipaddress.ip_network("fc00::/7")],  # RFC 4193 unique local
}


def mask_chars(value: str, keep_first: int, keep_last: int) -> str:
    """Letters and digits masked with '*' but for the first ``keep_first`` and the last
    ``keep_last`` of them; separators stay, so the shape (and a card's last four) show."""
    alnum = sum(1 for ch in value if ch.isalnum())
    if keep_first + keep_last >= alnum:  # nothing would be hidden: hide it all
        keep_first = keep_last = 0
    out, seen = [], 0
    for ch in value:
        if ch.isalnum():
            seen += 1
            out.append(ch if seen <= keep_first or seen > alnum - keep_last else "*")
        else:
            out.append(ch)
    return "".join(out)


def generalize(entity_type: str, value: str, spec: OperatorSpec, *, default_region: str = "US") -> str:
    """Coarser, not keyed: an IP's network (CIDR), an e-mail's domain, a phone's country
    calling code. Useful for statistics that need no individual."""
    if entity_type == "IP_ADDRESS":
        from ..normalize import normalize_ip

        try:
            ip = ipaddress.ip_address(normalize_ip(value))
        except ValueError:
            return "<IP_ADDRESS>"
        if getattr(ip, "ipv4_mapped", None) is not None:
            ip = ip.ipv4_mapped
        bits = spec.ipv4_prefix if ip.version == 4 else spec.ipv6_prefix
        return str(ipaddress.ip_network(f"{ip}/{bits}", strict=False))
    if entity_type == "EMAIL_ADDRESS":
        domain = deobfuscate_email(value).rpartition("@")[2].strip().lower()
        return domain or "<EMAIL_ADDRESS>"
    if entity_type == "PHONE_NUMBER":
        e164 = normalize_phone(value, default_region)
        import phonenumbers

        try:
            return f"+{phonenumbers.parse(e164, None).country_code}"
        except phonenumbers.NumberParseException:
            return "<PHONE_NUMBER>"
    raise AssertionError(f"generalize does not handle {entity_type}")  # config validation stops it
