"""Cases as IT staff and supervisors find them without the GUI (`teller-admin cases list`): plain columns
only — ids, branch, terminal, state, step, kind, account type, risk level, times — never personal data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select

from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import InputError
from teller_app.storage.schema import Case
from teller_app.storage.store import Store


@dataclass(frozen=True)
class CaseLine:
    id: str
    branch: str
    terminal: str
    status: str
    current_step: str
    customer_kind: str
    account_type: str
    risk_level: str | None
    training: bool
    created_at: datetime
    closed_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "created_at": self.created_at.isoformat(),
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
        }


def parse_state(text: str | None) -> CaseStatus | None:
    if not text:
        return None
    try:
        return CaseStatus(text)
    except ValueError:
        raise InputError(
            "cases.state_unknown",
            "There is no case state {state}; states are: {states}",
            state=text,
            states=", ".join(s.value for s in CaseStatus),
        ) from None


def list_cases(store: Store, state: CaseStatus | None = None, since: date | None = None) -> list[CaseLine]:
    """Cases of this terminal's store, newest first; `since` counts from that day's start (UTC)."""
    query = select(Case).order_by(Case.created_at.desc())
    if state is not None:
        query = query.where(Case.status == state.value)
    if since is not None:
        query = query.where(Case.created_at >= datetime.combine(since, time.min, tzinfo=UTC))
    with store.reading() as session:
        return [
            CaseLine(
                c.id,
                c.branch,
                c.terminal,
                c.status,
                c.current_step,
                c.customer_kind,
                c.account_type,
                c.risk_level,
                bool(c.training),
                c.created_at,
                c.closed_at,
            )
            for c in session.scalars(query)
        ]
