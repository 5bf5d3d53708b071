"""System tables: users, the audit record, the sync outbox and state, procedure versions, number blocks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from teller_app.storage.schema_base import Base, SyncedMixin, UtcDateTime, encrypted_column, utc_now


class User(SyncedMixin, Base):
    """Someone who signs in: role, password hash (PHC string with its parameters), lockout, certification."""

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(Text)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    certified_until: Mapped[date | None] = mapped_column(Date)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    display_name = encrypted_column(max_chars=100)
    totp_secret = encrypted_column("bytes", max_bytes=64)


class AuditEvent(SyncedMixin, Base):
    """One operation record (操作记录) in the terminal's hash chain. Never updated, never deleted."""

    __tablename__ = "audit_events"
    __append_only__ = True
    __table_args__ = (UniqueConstraint("terminal", "seq"),)

    terminal: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    user_id: Mapped[str | None] = mapped_column(String(36))
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    step: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(32))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    details = encrypted_column("json", max_bytes=64_000)
    # HMAC of `hash` under the terminal's audit key (storage/audit_keys.py); NULL on events from before it.
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


class OutboxLayout(Base):
    """The columns of one table's outbox lines, in their order, as the table stood when they were written.

    Entries keep their layout across a schema change, so a line written before an upgrade still names
    its columns when it is pushed after it."""

    __tablename__ = "outbox_layouts"
    __table_args__ = (UniqueConstraint("entity", "columns"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    columns: Mapped[str] = mapped_column(Text)  # column names joined by commas


class OutboxEntry(Base):
    """A change waiting to be pushed to the central database, written in the business transaction."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    operation: Mapped[str] = mapped_column(String(16))  # 'upsert' | 'append'
    layout: Mapped[int] = mapped_column(ForeignKey("outbox_layouts.id"))
    line: Mapped[str] = mapped_column(Text)  # the stored row as COPY text in its layout (storage/rows.py)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="waiting")  # 'waiting' | 'rejected'


class SyncState(Base):
    """Key → value for the sync engine (pull position, last sync time, anchored audit head …)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProcessDefinition(SyncedMixin, Base):
    """A version of the procedure (steps, documents, risk weights, limits, SLAs), central-authoritative."""

    __tablename__ = "process_definitions"

    procedure_version: Mapped[str] = mapped_column(String(32), unique=True)
    effective_from: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)  # JSON
    content_hash: Mapped[str] = mapped_column(String(64))


class BranchSetting(SyncedMixin, Base):
    """The bank's side of the branch's agreements (乙方): bank, branch, address, telephone. One row per
    branch, central-authoritative: written at the centre by IT (`teller-admin branch set`, the central
    database's owner), pulled by the branch's terminals; a terminal's login may not write it (c0009)."""

    __tablename__ = "branch_settings"
    __table_args__ = (UniqueConstraint("branch"),)

    bank_name: Mapped[str] = mapped_column(String(100), default="")
    branch_name: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    set_by: Mapped[str] = mapped_column(String(80), default="")


class NumberBlock(SyncedMixin, Base):
    """A block of account numbers (号段) the central database reserved for this terminal."""

    __tablename__ = "number_blocks"

    terminal: Mapped[str] = mapped_column(String(32), index=True)
    series: Mapped[str] = mapped_column(String(32))
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    next_serial: Mapped[int] = mapped_column(Integer)
    reserved_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class StoreMeta(Base):
    """Local housekeeping of this store (never synced): identity, key rotation progress."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_outbox_state_next_attempt_at", OutboxEntry.state, OutboxEntry.next_attempt_at)


class Draft(Base):
    """Entries a teller typed and did not save yet, kept when the case or the app was closed (never
    synced: they belong to this teller on this terminal). Sealed like every record of personal data."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "case_key", "step"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    case_key: Mapped[str] = mapped_column(String(36))  # the case id, or "new" before the case exists
    step: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    entries = encrypted_column("json", max_bytes=200_000)
