"""Helpers for the supervision tests: staff who really sign in, and finished cases written as rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

BRANCH, TERMINAL = "310115", "T01"
PASSWORD = "Counter-2026-pass!"


@dataclass
class Staff:
    """Users added through the user administration; `session(name)` signs one in for real."""

    store: Any
    users: Any
    sign_in: Any
    certified_until: date
    ids: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, Any] = field(default_factory=dict)

    def add(self, name: str, role: str) -> str:
        info = self.users.add(
            name, role, PASSWORD, certified_until=self.certified_until, must_change_password=False
        )
        self.ids[name] = info.id
        return info.id

    def session(self, name: str, role: str | None = None) -> Any:
        if name not in self.ids:
            self.add(name, role or "teller")
        if name not in self.sessions:
            self.sessions[name] = self.sign_in.sign_in(name, PASSWORD)
        return self.sessions[name]


def finished_case(
    store: Any,
    *,
    case_id: str,
    maker_id: str,
    status: str = "active",
    risk_level: str = "low",
    opened_at: datetime,
    closed_at: datetime | None = None,
    steps: dict[str, tuple[datetime, datetime | None]] | None = None,
    procedure_version: str = "2026.2",
    audit_actions: tuple[str, ...] = (),
    terminal: str = TERMINAL,
    training: bool = False,
    current_step: str = "account_setup",
    step_entered_at: datetime | None = None,
    account_type: str = "basic",
) -> None:
    """A case as its rows stand (plain columns only; the sealed summary is left empty on purpose)."""
    from teller_app.storage.schema import Case, CaseStep

    with store.unit_of_work(user_id=maker_id) as uow:
        uow.new(
            Case,
            id=case_id,
            terminal=terminal,
            customer_kind="enterprise_legal_person",
            account_type=account_type,
            status=status,
            current_step=current_step,
            risk_level=risk_level,
            procedure_version=procedure_version,
            maker_id=maker_id,
            channel="counter",
            training=training,
            step_entered_at=step_entered_at or opened_at,
            created_at=opened_at,
            closed_at=closed_at,
        )
        for step, (entered, done) in (steps or {}).items():
            uow.new(
                CaseStep,
                case_id=case_id,
                step=step,
                entered_at=entered,
                completed_at=done,
                completed_by=maker_id if done else None,
            )
        for action in audit_actions:
            uow.append_audit(action, case_id=case_id)
