"""The data keys of a store held in memory: one for fields, one per blind index, the audit key and the
bank-wide uniqueness key; their purposes named once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from teller_app.storage.crypto import FieldCipher
from teller_app.storage.errors import KeyStoreProblem

DATA = "data"
BLIND_INDEXES = ("credit_code", "id_number", "name")
PURPOSES = (DATA, *(f"blind:{name}" for name in BLIND_INDEXES))  # shared by the terminals of a branch
# The audit chain's MAC key (storage/audit_keys.py): this terminal's own, never exported to a sibling, so
# no other terminal and nobody with the SQLite file alone can make an event of this terminal's chain.
AUDIT = "audit"
# The bank-wide uniqueness index key (one basic account per depositor, one Ⅰ类 per person, seen across
# every branch): the same on every terminal of the bank, made once by the operations department and given
# to each branch's first terminal at init (sync/bank_key.py); it then travels with enrolment like the
# branch's keys. Optional: a terminal without it cannot confirm uniqueness bank-wide (never assumed).
BANK_UNIQUENESS = "bank:uniqueness"


@dataclass
class DataKeys:
    """The unwrapped data keys of a store, held in memory while it is open."""

    store_id: str
    keys: dict[str, dict[int, bytes]] = field(repr=False)  # never in a log line or a traceback
    active: dict[str, int]
    kek_kind: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def cipher(self) -> FieldCipher:
        return FieldCipher(self.keys[DATA], self.active[DATA])

    def blind_key(self, index_name: str) -> bytes:
        purpose = f"blind:{index_name}"
        return self.keys[purpose][self.active[purpose]]

    def uniqueness_key(self) -> bytes | None:
        """The bank-wide uniqueness index key, or None on a terminal that was not given it."""
        version = self.active.get(BANK_UNIQUENESS)
        return self.keys.get(BANK_UNIQUENESS, {}).get(version) if version is not None else None

    def audit_key(self) -> bytes:
        """The MAC key of this terminal's audit chain; a key set without one is refused, never skipped."""
        version = self.active.get(AUDIT)
        if version is None or version not in self.keys.get(AUDIT, {}):
            raise KeyStoreProblem(
                "keystore.no_audit_key", "The key store holds no audit chain key: open it with load_keys"
            )
        return self.keys[AUDIT][version]


def fresh_data_keys(store_id: str = "") -> DataKeys:
    """New random data keys, version 1 of every purpose and the audit key (in memory only until wrapped)."""
    purposes = (*PURPOSES, AUDIT)
    return DataKeys(store_id, {p: {1: os.urandom(32)} for p in purposes}, {p: 1 for p in purposes})
