"""The recovery key: 256 random bits shown once at init as 14 groups of 4 base32 characters (the last a checksum)."""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from teller_app.domain.errors import InputError

KEY_BYTES = 32
_KEY_CHARS = 52  # base32 of 32 bytes without padding
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> bytes:
    return os.urandom(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    text = body + _checksum(key)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key (spaces, dashes, lower case and 0/1/8 for O/I/B forgiven)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != _KEY_CHARS + 4:
        raise InputError(
            "keys.recovery_key_length",
            "A recovery key has {expected} characters, not {actual}",
            expected=_KEY_CHARS + 4,
            actual=len(cleaned),
        )
    try:
        key = base64.b32decode(cleaned[:_KEY_CHARS] + "====")
    except ValueError:
        raise InputError(
            "keys.recovery_key_mistyped", "The recovery key contains characters it cannot hold"
        ) from None
    if _checksum(key) != cleaned[_KEY_CHARS:]:
        raise InputError(
            "keys.recovery_key_mistyped", "The recovery key was mistyped (its checksum does not match)"
        )
    return key


def recovery_wrapping_key(key: bytes) -> bytes:
    """The AES key that wraps the data keys for recovery, derived from the recovery key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"teller-recovery-wrap").derive(key)


def _checksum(key: bytes) -> str:
    return base64.b32encode(hashlib.sha256(b"teller-recovery" + key).digest()).decode("ascii")[:4]
