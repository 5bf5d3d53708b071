"""The unit of work: one SQLite transaction that writes rows, appends audit events and the outbox entries.

Every new or changed synced row gets its outbox entry automatically when the unit of work ends, so a
service cannot forget it. A local-only unit (training work, 模拟操作: "watermarked, not synced") writes no
outbox entries except for its audit events, which still push so the terminal's chain stays gapless and
verifiable centrally; they carry `"training": true` in their (encrypted) details. Append-only records
(audit events, approval requests, approvals) cannot be changed or deleted; synced rows are never deleted (a case is cancelled, not removed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import String, event
from sqlalchemy.orm import Session

from teller_app.storage.audit import canonical_time, chain_hash, chain_head, event_record
from teller_app.storage.audit_keys import event_mac
from teller_app.storage.crypto import FieldSealer, key_version_of
from teller_app.storage.errors import AppendOnlyViolation
from teller_app.storage.rows import row_line
from teller_app.storage.schema_base import Base, is_append_only, is_synced, time_ordered_id
from teller_app.storage.schema_system import AuditEvent, OutboxEntry
from teller_app.storage.validation import check_text

if TYPE_CHECKING:
    from teller_app.storage.store import Store

T = TypeVar("T", bound=Base)


class UnitOfWork:
    """What a service writes in one transaction. Use `Store.unit_of_work()`; do not build one yourself."""

    def __init__(
        self,
        store: Store,
        session: Session,
        user_id: str | None,
        clock: Callable[[], datetime],
        local_only: bool = False,
    ) -> None:
        self.store = store
        self.session = session
        self.user_id = user_id
        self.clock = clock
        self.local_only = local_only  # training work: set before the first audit event; see the module doc
        self.fields: FieldSealer = store.sealer
        self._touched: dict[int, Base] = {}
        self._pulled: set[int] = set()
        self._audit_head: tuple[int, str] | None = None
        self.audit_events: list[AuditEvent] = []
        self.outbox_entries: list[OutboxEntry] = []
        event.listen(session, "before_flush", self._before_flush)

    # -- rows ---------------------------------------------------------------------------------------

    def new(self, model: type[T], **values: Any) -> T:
        """A new row of `model` with a fresh id and this terminal's branch, added to the transaction."""
        if is_synced(model):
            values.setdefault("branch", self.store.identity.branch)
        now = self.clock()
        for stamp in ("created_at", "updated_at"):
            if stamp in model.__table__.columns:
                values.setdefault(stamp, now)
        row = model(**values)
        self.session.add(row)
        return row

    def save(self, row: T) -> T:
        """Add or keep `row` in the transaction; it is written (with its outbox entry) when the unit ends."""
        self.session.add(row)
        return row

    def get(self, model: type[T], row_id: str) -> T | None:
        return self.session.get(model, row_id)

    def keep_local(self, row: T) -> T:
        """Change `row` in this store only, with no outbox entry (a sign-in attempt counted before its
        password is checked: it reaches the central database only if it turns out a failure)."""
        self.session.add(row)
        self._pulled.add(id(row))
        return row

    def store_pulled(self, row: T) -> T:
        """For the sync engine only: keep a row received from the central database, without an outbox entry."""
        self.session.add(row)
        self._pulled.add(id(row))
        return row

    # -- personal data ------------------------------------------------------------------------------

    def seal(self, row: Base, column: str, value: Any) -> None:
        """Encrypt `value` into an encrypted column (text, JSON or bytes, as the column declares)."""
        content = row.__table__.c[column].info.get("content")
        if content == "json":
            self.fields.seal_json(row, column, value)
        elif content == "bytes":
            self.fields.seal_bytes(row, column, value)
        else:
            self.fields.seal_text(row, column, value)

    def open(self, row: Base, column: str) -> Any:
        content = row.__table__.c[column].info.get("content")
        if content == "json":
            return self.fields.open_json(row, column)
        if content == "bytes":
            return self.fields.open_bytes(row, column)
        return self.fields.open_text(row, column)

    def blind_index(self, index_name: str, value: str) -> str | None:
        return self.store.blind.compute(index_name, value)

    # -- the audit record ---------------------------------------------------------------------------

    def append_audit(
        self,
        action: str,
        result: str = "ok",
        *,
        case_id: str | None = None,
        step: str | None = None,
        details: dict[str, Any] | None = None,
        user_id: str | None = None,
        at: datetime | None = None,
    ) -> AuditEvent:
        """Append one operation record to this terminal's chain (details are encrypted)."""
        identity = self.store.identity
        if self._audit_head is None:
            self._audit_head = chain_head(self.session, identity.terminal)
        occurred_at = at or self.clock()
        canonical_time(occurred_at)  # refuses a naive time before anything is added
        seq, previous = self._audit_head
        audit = AuditEvent(
            branch=identity.branch,
            terminal=identity.terminal,
            seq=seq + 1,
            occurred_at=occurred_at.astimezone(UTC),
            user_id=user_id if user_id is not None else self.user_id,
            case_id=case_id,
            step=step,
            action=action,
            result=result,
            prev_hash=previous,
        )
        check_text("action", action, 64)
        check_text("result", result, 32)
        if self.local_only:
            details = {**(details or {}), "training": True}
        if details is not None:
            self.fields.seal_json(audit, "details", details)
        audit.hash = chain_hash(previous, event_record(audit))
        audit.mac = event_mac(self.store.audit_key, audit.hash)
        self._audit_head = (audit.seq, audit.hash)
        self.session.add(audit)
        self.audit_events.append(audit)
        return audit

    # -- end of the unit ----------------------------------------------------------------------------

    def finish(self) -> None:
        """Flush the rows, then append one outbox entry per new or changed synced row, then flush again."""
        self.session.flush()
        layouts = self.store.outbox_layouts()
        for key, row in self._touched.items():
            if key in self._pulled or not is_synced(row):
                continue
            if self.local_only and not isinstance(row, AuditEvent):
                continue
            entry = OutboxEntry(
                op_id=time_ordered_id(),
                entity=row.__tablename__,
                entity_id=row.id,  # type: ignore[attr-defined]
                operation="append" if is_append_only(row) else "upsert",
                layout=layouts[row.__tablename__],
                line=row_line(row),
                base_version=int(getattr(row, "version", 0) or 0),
                created_at=self.clock(),
                attempts=0,
                state="waiting",
            )
            self.session.add(entry)
            self.outbox_entries.append(entry)
        self._touched.clear()
        self.session.flush()

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for row in session.deleted:
            if is_append_only(row):
                raise AppendOnlyViolation(table=row.__tablename__, row_id=getattr(row, "id", "?"))
            if is_synced(row):
                raise AppendOnlyViolation(
                    "storage.no_delete",
                    "{table} rows are never deleted (row {row_id}); change their status instead",
                    table=row.__tablename__,
                    row_id=getattr(row, "id", "?"),
                )
        for row in session.dirty:
            if not session.is_modified(row):
                continue
            if is_append_only(row):
                raise AppendOnlyViolation(table=row.__tablename__, row_id=getattr(row, "id", "?"))
            if is_synced(row) and id(row) not in self._pulled:
                row.updated_at = self.clock()
            self._admit(row)
        for row in session.new:
            self._admit(row)

    def _admit(self, row: Any) -> None:
        _check_columns(row)
        if is_synced(row):
            self._touched[id(row)] = row


def _check_columns(row: Any) -> None:
    """Plain text within its length and free of control characters; encrypted columns hold ciphertext only."""
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        if value is None:
            continue
        if column.info.get("encrypted"):
            if key_version_of(value) is None:
                raise TypeError(f"{row.__tablename__}.{column.key} must be sealed, not assigned plaintext")
        elif isinstance(column.type, String) and isinstance(value, str):
            # String(n): one line within n characters; Text (no length): JSON or free text, lines allowed.
            check_text(column.key, value, column.type.length, multiline=column.type.length is None)
