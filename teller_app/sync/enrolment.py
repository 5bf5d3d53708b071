"""Enrolling a second terminal of a branch: the branch's data keys travel wrapped under an enrolment secret.

All terminals of a branch share the branch's data keys (a case opened on one is approved on another).
How a sibling gets them without the central database ever seeing them:

1. On a terminal that has the keys, an administrator runs `teller-admin enrolment offer`:
   `offer_enrolment` makes a random secret (30 base32 characters, 150 bits, shown once), derives a
   wrapping key from it with scrypt (n=2^15, r=8, p=1, random salt), seals every data key with
   storage's `export_data_keys` (AES-256-GCM), and stores only salt + sealed blob centrally, valid
   for 24 hours and for one enrolment only.
2. On the new terminal, `accept_enrolment(central, branch, secret)` derives the same wrapping key,
   opens the blob with `import_data_keys`, and the caller passes the keys to
   `create_keys(..., imported=keys)` at init, which wraps them under the new terminal's own KEK.

The secret never reaches the central database; the blob there is useless without it.
"""

from __future__ import annotations

import base64
import secrets
import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from teller_app.domain.errors import RuleError
from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.keystore import DataKeys, export_data_keys, import_data_keys
from teller_app.storage.schema_base import utc_now
from teller_app.sync.central import central_transaction
from teller_app.sync.central_schema import key_enrolments
from teller_app.sync.ops import TerminalIdentity

KDF = "scrypt:n=32768,r=8,p=1"
VALID_HOURS = 24
SECRET_GROUPS = 6


def new_enrolment_secret() -> str:
    """Thirty base32 characters in groups of five, easy to read out and type."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")[
        : SECRET_GROUPS * 5
    ]  # 32 chars, no padding
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def wrapping_key(secret: str, salt: bytes) -> bytes:
    normalised = "".join(ch for ch in secret.upper() if ch.isalnum()).encode("ascii", "ignore")
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(normalised)


def offer_enrolment(
    central: sa.Engine, identity: TerminalIdentity, keys: DataKeys, *, now: datetime | None = None
) -> str:
    """Publish the branch's data keys sealed under a new secret; return the secret (show it once)."""
    at = now or utc_now()
    secret = new_enrolment_secret()
    salt = secrets.token_bytes(16)
    blob = export_data_keys(keys, wrapping_key(secret, salt))
    with central_transaction(central) as conn:
        conn.execute(
            key_enrolments.insert().values(
                id=str(uuid.uuid4()),
                branch=identity.branch,
                kdf=KDF,
                salt=salt,
                wrapped=blob,
                created_by=identity.terminal_id,
                created_at=at,
                expires_at=at + timedelta(hours=VALID_HOURS),
                uses=0,
            )
        )
    return secret


def accept_enrolment(
    central: sa.Engine, branch: str, secret: str, *, now: datetime | None = None
) -> DataKeys:
    """The branch's data keys, opened with the secret from an open enrolment; refused when none matches.

    An enrolment works once: it is taken by an update that only succeeds while it is unused (two
    terminals typing the same secret at once: one gets the keys), and it expires after VALID_HOURS."""
    at = now or utc_now()
    with central_transaction(central) as conn:
        offers = conn.execute(
            sa.select(key_enrolments)
            .where(
                key_enrolments.c.branch == branch,
                key_enrolments.c.expires_at > at,
                key_enrolments.c.uses == 0,
            )
            .order_by(key_enrolments.c.created_at.desc())
        ).all()
        for offer in offers:
            try:
                keys = import_data_keys(bytes(offer.wrapped), wrapping_key(secret, bytes(offer.salt)))
            except KeyStoreProblem:
                continue
            taken = conn.execute(
                key_enrolments.update()
                .where(key_enrolments.c.id == offer.id, key_enrolments.c.uses == 0)
                .values(uses=key_enrolments.c.uses + 1)
            )
            if taken.rowcount == 1:
                return keys
    raise RuleError(
        "sync.enrolment_refused",
        "The enrolment secret matches no open enrolment of branch {branch} (wrong, used already, or older "
        "than {hours} hours)",
        branch=branch,
        hours=VALID_HOURS,
    )
