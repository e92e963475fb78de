"""The ``encrypt`` operator and ``piiscan reveal``: reversible, for key holders only.

A token is deterministic authenticated encryption (AES-SIV, RFC 5297) of the value under
a sub-key of the run's key, so the same value gives the same token in every file and run
(joins still work), nobody without the key can read or forge one, and ``reveal`` gives
back exactly the value that was there. A token is URL-safe (letters, digits, ``.``,
``-`` and ``_``: no spaces, no quotes), so it fits a log field, a CSV cell or a URL::

    pii1.EMAIL_ADDRESS.66c31d08a53c75bd.wZ3n8s0Kq6pT...

It names its entity type (bound into the ciphertext as associated data: a token cannot
be passed off as another type) and the id of the key that made it, so ``reveal`` knows
at once when it holds the wrong key and says so instead of failing obscurely.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from ..errors import KeyFileError, UsageError

TOKEN_VERSION = "pii1"
# The whole token; also what ``reveal`` looks for inside a redacted file.
TOKEN = re.compile(rf"\b{TOKEN_VERSION}\.(?P<type>[A-Z][A-Z0-9_]{{1,40}})\.(?P<key_id>[0-9a-f]{{16}})"
                   r"\.(?P<data>[A-Za-z0-9_-]{22,})")
_AD_LABEL = b"piiscan/encrypt/v1\x00"


class TokenError(UsageError):
    """A token that cannot be revealed (exit status 2, like any unusable input given)."""


@dataclass(frozen=True)
class Revealed:
    token: str
    entity_type: str
    value: str

    def __repr__(self) -> str:  # a revealed value is raw PII: never in a repr
        return f"Revealed({self.entity_type}, <value hidden>)"


class TokenCipher:
    """Encrypts values to tokens and reveals tokens, under one key."""

    def __init__(self, encrypt_key: bytes, key_id: str) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESSIV

        if len(encrypt_key) != 64:
            raise ValueError("AES-SIV-256 needs a 64-byte key")
        self._siv = AESSIV(encrypt_key)
        self.key_id = key_id

    def __repr__(self) -> str:
        return f"TokenCipher(key_id={self.key_id})"

    @staticmethod
    def _ad(entity_type: str) -> list[bytes]:
        return [_AD_LABEL + entity_type.encode()]

    def encrypt(self, entity_type: str, value: str) -> str:
        data = self._siv.encrypt(value.encode("utf-8", "surrogatepass"), self._ad(entity_type))
        text = base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
        return f"{TOKEN_VERSION}.{entity_type}.{self.key_id}.{text}"

    def reveal(self, token: str) -> Revealed:
        from cryptography.exceptions import InvalidTag

        m = TOKEN.fullmatch(token.strip())
        if m is None:
            raise TokenError(f"not a piiscan token: {_preview(token)}",
                             hint=f"tokens look like {TOKEN_VERSION}.TYPE.KEYID.DATA")
        if m["key_id"] != self.key_id:
            raise KeyFileError(
                f"token {_preview(token)} was made with key {m['key_id']}; the key given is {self.key_id}",
                hint="pass the key file that made the redacted data (its id is in the run's summary.json)",
            )
        data = m["data"]
        try:
            raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
            value = self._siv.decrypt(raw, self._ad(m["type"]))
        except (InvalidTag, ValueError):
            raise TokenError(f"token {_preview(token)} is damaged or was altered (it does not verify)") from None
        return Revealed(token, m["type"], value.decode("utf-8", "surrogatepass"))


def _preview(token: str) -> str:
    """A token shortened for messages (a token holds no readable PII, but is long)."""
    token = token.strip()
    return repr(token if len(token) <= 48 else token[:44] + "...")


@dataclass(frozen=True)
class RevealRun:
    """What ``reveal`` found: revealed tokens (with where they were) and damaged ones."""

    revealed: list[tuple[str, Revealed]]  # (where, revealed)
    damaged: list[tuple[str, str]]  # (where, message)
    texts: dict[str, str]  # with --replace: each input's text, tokens turned back

    def __repr__(self) -> str:
        return f"RevealRun({len(self.revealed)} revealed, {len(self.damaged)} damaged)"


def reveal_texts(cipher: TokenCipher, inputs: list[tuple[str, str]], *, replace: bool = False) -> RevealRun:
    """Every token inside each (name, text) input, revealed. A token made with another
    key stops the run (every token would fail the same way); a damaged token is listed
    and the rest go on."""
    revealed: list[tuple[str, Revealed]] = []
    damaged: list[tuple[str, str]] = []
    texts: dict[str, str] = {}
    for name, text in inputs:
        out, pos = [], 0
        for lineno, line in enumerate(text.splitlines(keepends=True), 1):
            for m in TOKEN.finditer(line):
                where = f"{name}:{lineno}"
                try:
                    r = cipher.reveal(m.group())
                except KeyFileError:
                    raise
                except TokenError as exc:
                    damaged.append((where, exc.message))
                    continue
                revealed.append((where, r))
                if replace:
                    out.append(line[pos:m.start()])
                    out.append(r.value)
                    pos = m.end()
            if replace:
                out.append(line[pos:])
                pos = 0
        if replace:
            texts[name] = "".join(out)
    return RevealRun(revealed, damaged, texts)
