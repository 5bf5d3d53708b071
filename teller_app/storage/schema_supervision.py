"""Supervision tables: post-reviews and their findings and rectifications, satisfaction, suggestions, incidents.

All are synced and branch-scoped. Plain columns hold what the dashboard and the evaluation report count
(states, categories, severities, scores, times, user ids); comments, answers and notes are ciphertext.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from teller_app.storage.schema_base import Base, SyncedMixin, UtcDateTime, encrypted_column, utc_now


class PostReview(SyncedMixin, Base):
    """A finished case sampled for post-review (事后监督), and where its review stands."""

    __tablename__ = "post_reviews"

    case_id: Mapped[str] = mapped_column(String(36), unique=True)
    maker_id: Mapped[str] = mapped_column(String(36), index=True)  # the teller whose case it is
    reasons: Mapped[str] = mapped_column(String(64))  # sample reasons, comma-separated codes
    procedure_version: Mapped[str] = mapped_column(String(32))
    sampled_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    status: Mapped[str] = mapped_column(String(16), index=True)
    reviewer_id: Mapped[str | None] = mapped_column(String(36))
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    rounds: Mapped[int] = mapped_column(Integer, default=0)  # rectification requests sent


class ReviewFinding(SyncedMixin, Base):
    """One finding of a post-review: a category from the fixed list and a severity (append-only)."""

    __tablename__ = "review_findings"
    __append_only__ = True

    review_id: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    note = encrypted_column(max_chars=2000, multiline=True)


class Rectification(SyncedMixin, Base):
    """A rectification request (整改通知) to the teller, and the teller's answer."""

    __tablename__ = "rectifications"

    review_id: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    teller_id: Mapped[str] = mapped_column(String(36), index=True)
    requested_by: Mapped[str] = mapped_column(String(36))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # open | answered | accepted | not_accepted
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    request = encrypted_column(max_chars=2000, multiline=True)
    answer = encrypted_column(max_chars=2000, multiline=True)


class Satisfaction(SyncedMixin, Base):
    """The customer's satisfaction at the end of a case (1–5), or that the customer skipped it."""

    __tablename__ = "satisfaction"

    case_id: Mapped[str] = mapped_column(String(36), unique=True)
    teller_id: Mapped[str] = mapped_column(String(36), index=True)
    score: Mapped[int | None] = mapped_column(Integer)  # None: skipped
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    comment = encrypted_column(max_chars=1000, multiline=True)


class Suggestion(SyncedMixin, Base):
    """An improvement suggestion from a member of staff; a supervisor answers and closes it."""

    __tablename__ = "suggestions"

    author_id: Mapped[str] = mapped_column(String(36), index=True)
    screen: Mapped[str] = mapped_column(String(32))  # where it was sent from (a screen's code)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    status: Mapped[str] = mapped_column(String(16), index=True)  # open | answered | closed
    answered_by: Mapped[str | None] = mapped_column(String(36))
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(36))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    text = encrypted_column(max_chars=2000, multiline=True)
    answer = encrypted_column(max_chars=2000, multiline=True)


class Incident(SyncedMixin, Base):
    """An incident or a drill (5.3) through report → assess → respond → handle → review."""

    __tablename__ = "incidents"

    terminal: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    drill: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(16))  # manual | proposed
    level: Mapped[str | None] = mapped_column(String(4))
    stage: Mapped[str] = mapped_column(String(16), index=True)
    reported_by: Mapped[str] = mapped_column(String(36))
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    assessed_by: Mapped[str | None] = mapped_column(String(36))
    assessed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    responded_by: Mapped[str | None] = mapped_column(String(36))
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    handled_by: Mapped[str | None] = mapped_column(String(36))
    handled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(36))
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notes = encrypted_column("json", max_bytes=64_000)  # stage → what was said (free text)
