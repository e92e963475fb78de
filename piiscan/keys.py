"""The user's key: loading, sub-keys per purpose, and the key id written into reports.

The key is 256 bits written as 64 hex characters, from ``--key-file`` or ``PIISCAN_KEY``
(the file wins). Each purpose gets its own HKDF sub-key, so a value hash in a report
cannot be turned into a pseudonym and vice versa. The key never appears in output,
logs, errors or ``repr``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KeyFileError, UsageError

KEY_ENV = "PIISCAN_KEY"
_KEY_ID_LABEL = b"piiscan/key-id/v1\x00"
_HKDF_SALT = b"piiscan/hkdf/v1"

# Purposes of derived sub-keys. Changing a label changes every output made with it.
HASH = "value-hash"
PSEUDONYM = "pseudonym"
IP_PREFIX = "ip-prefix"
ENCRYPT = "encrypt"


@dataclass(frozen=True)
class Key:
    """256-bit key material. ``ephemeral`` keys are random per run (scan without a key)."""

    material: bytes = field(repr=False)
    ephemeral: bool = False

    def __post_init__(self) -> None:
        if len(self.material) != 32:
            raise KeyFileError("a key must be 256 bits (64 hex characters)")

    def __repr__(self) -> str:
        return f"Key(id={self.key_id}{', ephemeral' if self.ephemeral else ''})"

    @property
    def key_id(self) -> str:
        """First 16 hex characters of SHA-256 over a fixed label and the key."""
        return hashlib.sha256(_KEY_ID_LABEL + self.material).hexdigest()[:16]

    def derive(self, purpose: str, length: int = 32) -> bytes:
        """An independent sub-key for one purpose (HKDF-SHA256)."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(
            algorithm=hashes.SHA256(),
            length=length,
            salt=_HKDF_SALT,
            info=purpose.encode(),
        ).derive(self.material)

    @classmethod
    def random(cls) -> Key:
        return cls(secrets.token_bytes(32), ephemeral=True)

    @classmethod
    def from_hex(cls, text: str, *, origin: str) -> Key:
        text = text.strip()
        if len(text) != 64:
            raise KeyFileError(
                f"{origin}: a key is 64 hex characters, found {len(text)} characters",
                hint="create one with `piiscan keygen --out KEYFILE`",
            )
        try:
            material = bytes.fromhex(text)
        except ValueError:
            raise KeyFileError(
                f"{origin}: the key holds characters that are not hex digits",
                hint="create one with `piiscan keygen --out KEYFILE`",
            ) from None
        return cls(material)


def load_key(key_file: str | os.PathLike | None, *, required: bool) -> Key | None:
    """The key from ``key_file`` or ``$PIISCAN_KEY``; None (or an error) when neither is set."""
    if key_file is not None:
        path = Path(key_file)
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise KeyFileError(
                f"key file {path} does not exist",
                hint="create one with `piiscan keygen --out KEYFILE`",
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileError(f"key file {path} cannot be read ({type(exc).__name__})") from None
        return Key.from_hex(text, origin=f"key file {path}")
    env = os.environ.get(KEY_ENV)
    if env:
        return Key.from_hex(env, origin=f"${KEY_ENV}")
    if required:
        raise UsageError(
            "this command needs a key: pass --key-file KEYFILE or set $PIISCAN_KEY",
            hint="create one with `piiscan keygen --out KEYFILE`",
        )
    return None


def write_new_key(path: str | os.PathLike, *, overwrite: bool = False) -> Key:
    """Write a fresh random key, readable by its owner only (mode 0600)."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise UsageError(f"{path} exists; refusing to overwrite a key (pass --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Key(secrets.token_bytes(32))
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.material.hex() + "\n")
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    return key
