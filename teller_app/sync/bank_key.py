"""The bank-wide uniqueness key file: how the one key every branch shares reaches each branch's terminals.

Blind-index keys are the branch's own, so a credit code indexed at one branch looks nothing like the same
code indexed at another. One basic account per depositor and one Ⅰ类 per person hold bank-wide, so those
two checks use one more key that is the same at every branch (teller_app.sync.uniqueness):

1. The operations department runs `teller-admin uniqueness-key new --out FILE` once for the bank: a random
   256-bit key sealed (AES-256-GCM) under a wrapping key derived by scrypt from a custodian secret shown
   once (the same form as an enrolment secret). The file alone is useless; the central database never
   sees the key or the secret.
2. The first terminal of each branch takes it at `teller-admin init --uniqueness-key FILE` (the secret on
   stdin), or later with `teller-admin uniqueness-key adopt FILE`: kept in keys.json wrapped by the
   terminal's KEK and its recovery key, never in the SQLite file.
3. Further terminals of the branch receive it with the branch's keys at enrolment.
"""

from __future__ import annotations

import os
import secrets

from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.keystore import BANK_UNIQUENESS, DataKeys, export_data_keys, import_data_keys
from teller_app.sync.enrolment import new_enrolment_secret, wrapping_key

MAGIC = b"TUK1"
SALT_BYTES = 16


def new_uniqueness_key_file() -> tuple[bytes, str]:
    """(the sealed key file's bytes, the custodian secret to show once)."""
    secret = new_enrolment_secret()
    salt = secrets.token_bytes(SALT_BYTES)
    key = DataKeys("", {BANK_UNIQUENESS: {1: os.urandom(32)}}, {BANK_UNIQUENESS: 1})
    return MAGIC + salt + export_data_keys(key, wrapping_key(secret, salt)), secret


def open_uniqueness_key_file(blob: bytes, secret: str) -> bytes:
    """The bank-wide uniqueness key from its file, or KeyStoreProblem (not such a file, wrong secret)."""
    if not blob.startswith(MAGIC) or len(blob) <= len(MAGIC) + SALT_BYTES:
        raise KeyStoreProblem(
            "keystore.bad_uniqueness_key_file", "This is not a bank-wide uniqueness key file"
        )
    salt, sealed = blob[len(MAGIC) : len(MAGIC) + SALT_BYTES], blob[len(MAGIC) + SALT_BYTES :]
    try:
        keys = import_data_keys(sealed, wrapping_key(secret, salt))
    except KeyStoreProblem:
        raise KeyStoreProblem(
            "keystore.bad_uniqueness_key_file",
            "The bank-wide uniqueness key file does not open with this secret, or it was changed",
        ) from None
    key = keys.uniqueness_key()
    if key is None:
        raise KeyStoreProblem(
            "keystore.bad_uniqueness_key_file", "This is not a bank-wide uniqueness key file"
        )
    return key
