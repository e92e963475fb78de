"""Crypto-PAn: prefix-preserving IP address pseudonymization (Xu, Fan, Ammar, Moon 2002).

Two addresses that share an n-bit prefix map to two addresses that share an n-bit
prefix, so per-subnet analysis survives. Bit i of the output is bit i of the input XOR
the first bit of AES(key, first i input bits || padding bits). The 32-byte key is the
AES-128 key followed by 16 bytes that, encrypted, form the padding. IPv6 applies the
same scheme over 128 bits (as common implementations do). Checked against the
reference vectors in tests/vectors/cryptopan.json.
"""

from __future__ import annotations

import ipaddress

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_MASK128 = (1 << 128) - 1


class CryptoPAn:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("Crypto-PAn needs a 32-byte key")
        # ECB on one block at a time is the construction itself (a PRF per prefix).
        self._encryptor = Cipher(algorithms.AES(key[:16]), modes.ECB()).encryptor()
        self._pad = int.from_bytes(self._encryptor.update(key[16:]), "big")

    def __repr__(self) -> str:
        return "CryptoPAn(<key hidden>)"

    def _anonymize_int(self, addr: int, bits: int) -> int:
        # The address sits in the top `bits` bits of the 128-bit AES block.
        shift = 128 - bits
        orig = addr << shift
        flips = 0
        update = self._encryptor.update
        for i in range(bits):
            keep = (_MASK128 << (128 - i)) & _MASK128  # the first i bits
            block = (orig & keep) | (self._pad & ~keep & _MASK128)
            first_bit = update(block.to_bytes(16, "big"))[0] >> 7
            flips |= first_bit << (bits - 1 - i)
        return addr ^ flips

    def anonymize(self, address: str) -> str:
        """Pseudonymize one IPv4 or IPv6 address (text in, text out)."""
        ip = ipaddress.ip_address(address)
        if isinstance(ip, ipaddress.IPv4Address):
            return str(ipaddress.IPv4Address(self._anonymize_int(int(ip), 32)))
        if ip.ipv4_mapped is not None:  # ::ffff:a.b.c.d stays IPv4-mapped
            return "::ffff:" + self.anonymize(str(ip.ipv4_mapped))
        return ipaddress.IPv6Address(self._anonymize_int(int(ip), 128)).compressed
