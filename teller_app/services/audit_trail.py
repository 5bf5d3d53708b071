"""The operation record (操作记录) for supervisors and auditors: list events with filters, verify the chain.

Filters run in SQL on the plain columns (time, user, case, action); details are decrypted only for the
roles that may read them. Listing is itself an operation: it appends one `audit.viewed` event afterwards
(listing never appends while it reads, so viewing the record cannot feed on itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.domain.errors import InputError
from teller_app.domain.permissions import Action
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor, check_may
from teller_app.storage.audit import VerifyResult
from teller_app.storage.schema import AuditEvent, User
from teller_app.storage.store import Store

# Who reads the details of an event (they may hold personal data): the branch's supervisors and auditors.
DETAIL_READERS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.BRANCH_MANAGER, Role.AUDITOR})
MAX_LIMIT = 5_000


@dataclass(frozen=True)
class AuditEntry:
    """One operation record as the audit viewer shows it."""

    terminal: str
    seq: int
    occurred_at: datetime
    user_id: str | None
    user_name: str
    display_name: str
    case_id: str | None
    step: str | None
    action: str
    result: str
    details: dict[str, Any] | None  # None when the viewer's role may not read details (or there are none)
    details_shown: bool


def may_read_details(role: Role) -> bool:
    return role in DETAIL_READERS


def _text_filter(name: str, value: str | None, longest: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > longest:
        raise InputError("audit.filter_invalid", "The filter {field} is not valid", field=name)
    return value.strip() or None


def _check_window(
    since: datetime | None, until: datetime | None, limit: int, offset: int
) -> tuple[datetime | None, datetime | None]:
    for name, moment in (("since", since), ("until", until)):
        if moment is not None and (not isinstance(moment, datetime) or moment.utcoffset() is None):
            raise InputError("audit.filter_invalid", "The filter {field} is not valid", field=name)
    if since is not None and until is not None and since > until:
        raise InputError(
            "audit.range_reversed",
            "The start {since} is after the end {until}",
            since=since.isoformat(),
            until=until.isoformat(),
        )
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InputError("audit.filter_invalid", "The filter {field} is not valid", field="limit")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InputError("audit.filter_invalid", "The filter {field} is not valid", field="offset")
    return since, until


def user_id_for(store: Store, user_name: str) -> str | None:
    """The id of the user with this sign-in name, or None when there is no such user."""
    with store.reading() as session:
        found = session.scalar(select(User.id).where(User.username == user_name.strip()))
    return str(found) if found is not None else None


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_events(
    store: Store,
    actor: Actor,
    *,
    case_id: str | None = None,
    user_id: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditEntry]:
    """Events newest first, filtered by case, user, action (prefix: "case." gives every case action) and
    time (since ≤ time ≤ until). Refused with permission.denied for a role without VIEW_AUDIT."""
    check_may(actor, Action.VIEW_AUDIT)
    case_id = _text_filter("case_id", case_id, 36)
    user_id = _text_filter("user_id", user_id, 36)
    action = _text_filter("action", action, 64)
    since, until = _check_window(since, until, limit, offset)
    query = select(AuditEvent)
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    if user_id is not None:
        query = query.where(AuditEvent.user_id == user_id)
    if action is not None:
        query = query.where(AuditEvent.action.like(_like_prefix(action), escape="\\"))
    if since is not None:
        query = query.where(AuditEvent.occurred_at >= since)
    if until is not None:
        query = query.where(AuditEvent.occurred_at <= until)
    query = query.order_by(AuditEvent.occurred_at.desc(), AuditEvent.seq.desc()).limit(limit).offset(offset)
    shown = may_read_details(actor.role)
    with store.reading() as session:
        events = session.scalars(query).all()
        names = _user_names(store, session, {e.user_id for e in events if e.user_id})
        entries = [_entry(store, event, names, shown) for event in events]
    _record_viewing(store, actor, case_id, user_id, action, since, until, len(entries))
    return entries


def _user_names(store: Store, session: Session, user_ids: set[str]) -> dict[str, tuple[str, str]]:
    if not user_ids:
        return {}
    users = session.scalars(select(User).where(User.id.in_(user_ids))).all()
    return {u.id: (u.username, store.sealer.open_text(u, "display_name") or u.username) for u in users}


def _entry(store: Store, event: AuditEvent, names: dict[str, tuple[str, str]], shown: bool) -> AuditEntry:
    user_name, display_name = names.get(event.user_id or "", (event.user_id or "", event.user_id or ""))
    details = store.sealer.open_json(event, "details") if shown and event.details is not None else None
    return AuditEntry(
        terminal=event.terminal,
        seq=event.seq,
        occurred_at=event.occurred_at,
        user_id=event.user_id,
        user_name=user_name,
        display_name=display_name,
        case_id=event.case_id,
        step=event.step,
        action=event.action,
        result=event.result,
        details=details,
        details_shown=shown,
    )


def _record_viewing(
    store: Store,
    actor: Actor,
    case_id: str | None,
    user_id: str | None,
    action: str | None,
    since: datetime | None,
    until: datetime | None,
    count: int,
) -> None:
    filters = {
        "case_id": case_id,
        "user_id": user_id,
        "action": action,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
    }
    with store.unit_of_work(user_id=actor.user_id, local_only=actor.training) as uow:
        uow.append_audit(
            "audit.viewed",
            case_id=case_id,
            details={"filters": {k: v for k, v in filters.items() if v is not None}, "count": count},
        )


def verify(store: Store, actor: Actor) -> VerifyResult:
    """Check every chain in the store; the result names the first broken event (and its terminal).

    Refused with permission.denied for a role without VERIFY_AUDIT. The check is recorded as
    `audit.verified` after it ran (with result "broken" when a link failed)."""
    check_may(actor, Action.VERIFY_AUDIT)
    results = store.verify_chains()
    broken = next((r for r in results if not r.ok), None)
    count = sum(r.count for r in results)
    summary = (
        VerifyResult(True, count, terminal=store.identity.terminal)
        if broken is None
        else VerifyResult(False, count, broken.first_broken_seq, broken.problem, broken.terminal)
    )
    with store.unit_of_work(user_id=actor.user_id, local_only=actor.training) as uow:
        uow.append_audit(
            "audit.verified",
            "ok" if summary.ok else "broken",
            details={
                "count": count,
                "first_broken_seq": summary.first_broken_seq,
                "terminal": summary.terminal,
            },
        )
    return summary
