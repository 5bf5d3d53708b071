"""Typed storage errors: tampered or misplaced ciphertext, a locked or broken store, a missing key."""

from __future__ import annotations

from teller_app.domain.errors import EnvironmentProblem, RuleError


class DataIntegrityError(EnvironmentProblem):
    """Stored ciphertext failed authentication: changed, moved to another row or column, or truncated."""

    code = "storage.integrity"
    message = "Stored data in {table}.{column} of row {row_id} failed its integrity check"

    def __init__(self, table: str, column: str, row_id: str, problem: str = "authentication failed") -> None:
        super().__init__(table=table, column=column, row_id=row_id, problem=problem)


class StoreProblem(EnvironmentProblem):
    """The local store cannot be opened, migrated or written (disk, lock, damaged file)."""

    code = "storage.store"


class KeyStoreProblem(EnvironmentProblem):
    """Keys cannot be reached: no usable key store, wrong passphrase, missing or damaged key file."""

    code = "keystore"


class AppendOnlyViolation(RuleError):
    """Someone tried to change or delete a record that may only be appended (audit event, approval)."""

    code = "storage.append_only"
    message = "{table} records are append-only; row {row_id} cannot be changed or deleted"
