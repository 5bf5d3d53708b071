"""The one schema of the local store and the central database: business tables (cases and their data).

Plain columns hold only what central reporting needs (ids, branch, status, steps, times, risk level);
personal data sits in `encrypted_column`s (ciphertext) with blind indexes for search. System tables
(users, audit, outbox, sync state, procedure versions, number blocks) are in `schema_system` and are
re-exported here, so `from teller_app.storage.schema import Base, Case, AuditEvent` gives all of it.

References between rows (case_id, customer_id …) are indexed ids without FOREIGN KEY constraints: rows
arrive from the central database in the order of their last change, not in the order they were made,
so the services check references, not the database.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from teller_app.storage.schema_base import (
    Base,
    SyncedMixin,
    UtcDateTime,
    blind_index_column,
    encrypted_column,
    utc_now,
)
from teller_app.storage.schema_supervision import (
    Incident,
    PostReview,
    Rectification,
    ReviewFinding,
    Satisfaction,
    Suggestion,
)
from teller_app.storage.schema_system import (
    AuditEvent,
    BranchSetting,
    NumberBlock,
    OutboxEntry,
    OutboxLayout,
    ProcessDefinition,
    StoreMeta,
    SyncState,
    User,
)

__all__ = [
    "Account",
    "Approval",
    "ApprovalRequest",
    "AuditEvent",
    "Base",
    "BeneficialOwner",
    "BranchSetting",
    "Case",
    "CaseStep",
    "Customer",
    "Document",
    "DocumentScan",
    "Incident",
    "NumberBlock",
    "OutboxEntry",
    "OutboxLayout",
    "PostReview",
    "ProcessDefinition",
    "Rectification",
    "ReviewFinding",
    "RiskAssessment",
    "Satisfaction",
    "StoreMeta",
    "Suggestion",
    "SyncState",
    "User",
]


class Customer(SyncedMixin, Base):
    """A depositor (单位 or 个人). Names and identifiers only as ciphertext, found by blind index."""

    __tablename__ = "customers"

    kind: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    name = encrypted_column(max_chars=200)
    credit_code = encrypted_column(max_chars=32)  # 统一社会信用代码
    id_number = encrypted_column(max_chars=32)  # 居民身份证号 or other identity document number
    id_document_type = encrypted_column(max_chars=40)
    address = encrypted_column(max_chars=500)
    phone = encrypted_column(max_chars=40)
    legal_representative = encrypted_column(max_chars=100)
    legal_representative_id = encrypted_column(max_chars=32)
    details = encrypted_column("json", max_bytes=64_000)  # anything else personal, as JSON
    credit_code_index = blind_index_column("credit_code")
    id_number_index = blind_index_column("id_number")
    name_index = blind_index_column("name")


class Case(SyncedMixin, Base):
    """An onboarding case (开户业务): where it stands, who made it, which procedure version it runs under."""

    __tablename__ = "cases"

    terminal: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    customer_kind: Mapped[str] = mapped_column(String(40))
    account_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(32), index=True)
    current_step: Mapped[str] = mapped_column(String(32))
    risk_level: Mapped[str | None] = mapped_column(String(16))
    procedure_version: Mapped[str] = mapped_column(String(32))
    maker_id: Mapped[str] = mapped_column(String(36), index=True)
    channel: Mapped[str | None] = mapped_column(String(32))
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    demo: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )  # IT acceptance run (demo --real-store)
    step_entered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    number: Mapped[str | None] = mapped_column(String(40), index=True)  # 案件编号 (domain/case_numbers.py)
    summary = encrypted_column("json", max_bytes=256_000)  # encrypted JSON blob for whole-case data


class CaseStep(SyncedMixin, Base):
    """What was entered at one step of one case (encrypted JSON), with when and by whom."""

    __tablename__ = "case_steps"
    __table_args__ = (UniqueConstraint("case_id", "step"),)

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    step: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    completed_by: Mapped[str | None] = mapped_column(String(36))
    data = encrypted_column("json", max_bytes=1_000_000)


class Document(SyncedMixin, Base):
    """One item of the required-document checklist and the teller's decision on it."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("case_id", "item_code"),)

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    item_code: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(32))
    reviewer_id: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    original_seen: Mapped[bool] = mapped_column(Boolean, default=False)
    scan_count: Mapped[int] = mapped_column(Integer, default=0)
    note = encrypted_column(max_chars=2000, multiline=True)


class DocumentScan(SyncedMixin, Base):
    """A scan of a document (PDF, JPG, PNG), encrypted, kept apart so listing documents stays cheap."""

    __tablename__ = "document_scans"

    document_id: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    content = encrypted_column("bytes", max_bytes=25_000_000)


class BeneficialOwner(SyncedMixin, Base):
    """A beneficial owner (受益所有人) or the recorded exemption; the person's data is encrypted."""

    __tablename__ = "beneficial_owners"

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    exemption: Mapped[bool] = mapped_column(Boolean, default=False)
    name = encrypted_column(max_chars=200)
    id_number = encrypted_column(max_chars=32)
    details = encrypted_column("json", max_bytes=64_000)  # share, basis, nationality, address …


class RiskAssessment(SyncedMixin, Base):
    """An AML risk rating (风险评级) of a case: factors, score, level, next review date."""

    __tablename__ = "risk_assessments"

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    score: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(16))
    factors: Mapped[str] = mapped_column(Text)  # JSON: factor → contribution (no personal data)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(String(36))
    assessed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    procedure_version: Mapped[str] = mapped_column(String(32))
    enhanced_due_diligence: Mapped[bool] = mapped_column(Boolean, default=False)


class ApprovalRequest(SyncedMixin, Base):
    """A maker's request for approval (append-only); its outcome is the `Approval` that answers it."""

    __tablename__ = "approval_requests"
    __append_only__ = True

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    requested_by: Mapped[str] = mapped_column(String(36))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    risk_level: Mapped[str | None] = mapped_column(String(16))
    note = encrypted_column(max_chars=2000, multiline=True)


class Approval(SyncedMixin, Base):
    """A checker's decision on a request (approve / return / reject), bound to the case content hash."""

    __tablename__ = "approvals"
    __append_only__ = True

    request_id: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    maker_id: Mapped[str] = mapped_column(String(36))
    checker_id: Mapped[str] = mapped_column(String(36))
    decision: Mapped[str] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    reason_text = encrypted_column(max_chars=2000, multiline=True)


class Account(SyncedMixin, Base):
    """An account set up from a case: number, type, status, limits, activation and filing deadline."""

    __tablename__ = "accounts"

    account_number: Mapped[str] = mapped_column(String(40), unique=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    account_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(32))
    limits: Mapped[str | None] = mapped_column(Text)  # JSON
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    activated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    filing_deadline: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    details = encrypted_column("json", max_bytes=64_000)  # seal card notes, basic account licence number …
    # 核准 / 备案 (regulator's references, not personal data): the approval activation waits for, the filing
    # that ends the filing-deadline alert, and the first day payments out are allowed.
    regime: Mapped[str | None] = mapped_column(String(16))  # approval | filing | none
    approval_number: Mapped[str | None] = mapped_column(String(64))
    approved_on: Mapped[date | None] = mapped_column(Date)
    approval_recorded_by: Mapped[str | None] = mapped_column(String(36))
    filing_reference: Mapped[str | None] = mapped_column(String(64))
    filed_on: Mapped[date | None] = mapped_column(Date)
    filed_by: Mapped[str | None] = mapped_column(String(36))
    payments_from: Mapped[date | None] = mapped_column(Date)
    # One basic account per depositor, one Ⅰ类 per person: confirmed (checked against the central database),
    # to_confirm (opened offline; checked at the next sync), clash (another one exists: the supervisor decides)
    uniqueness: Mapped[str | None] = mapped_column(String(16), index=True)
    # The bank-wide uniqueness index of the depositor (keyed HMAC under the bank's uniqueness key, the same
    # at every branch; storage/blind_index.py `depositor_index`), for basic and Ⅰ类 accounts only
    depositor_index: Mapped[str | None] = mapped_column(String(32), index=True)
