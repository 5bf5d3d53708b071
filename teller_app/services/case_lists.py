"""Lists the home page shows: my open cases, cases returned to me, the checker's queue; the wizard header."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.domain.case import CaseStatus
from teller_app.domain.case_records import request_from_data
from teller_app.domain.case_timing import current_step_overdue, time_in_step
from teller_app.domain.errors import InputError
from teller_app.domain.permissions import Action, can
from teller_app.domain.risk_levels import RiskLevel
from teller_app.services.actors import Actor, check_case_mode, check_may
from teller_app.services.case_store import load_case
from teller_app.services.procedures import definition_by_version
from teller_app.storage.schema import Account, Customer
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store


@dataclass(frozen=True)
class CaseListing:
    """One line of a case list (home page, queue, search result)."""

    case_id: str
    customer_name: str
    customer_kind: str
    account_type: str
    step: str
    status: str
    maker_id: str
    training: bool
    updated_at: datetime | None
    risk_level: str | None = None
    requested_at: datetime | None = None
    expires_at: datetime | None = None
    waiting: timedelta | None = None  # how long the approval request has waited
    expired: bool = False
    may_decide: bool = False  # the checker's role has authority for the case's risk level
    return_reasons: dict[str, tuple[str, ...]] | None = None
    procedure_version: str = ""
    case_number: str = ""  # 案件编号 (human-quotable); "" for cases opened before numbers
    opened_at: datetime | None = None
    step_since: datetime | None = None  # when the case reached its current step
    closed_at: datetime | None = None  # when it was activated, rejected or cancelled
    holder_name: str = ""  # who holds the case (branch-wide lists only)
    # The one-account check of its basic (Ⅰ类) account once set up: confirmed, to_confirm, clash, cleared
    uniqueness: str = ""


@dataclass(frozen=True)
class CaseHeader:
    """The wizard header: who, what account, which step, time in the step against its SLA."""

    case_id: str
    customer_name: str
    customer_kind: str
    account_type: str
    step: str
    status: str
    procedure_version: str
    time_in_step: timedelta
    sla_minutes: int | None
    overdue: bool
    training: bool
    case_number: str = ""


def check_may_view(store: Store, actor: Actor, case_id: str) -> None:
    with store.reading() as session:
        row = session.get(CaseRow, case_id)
        if row is None:
            raise InputError("case.not_found", "There is no case {case_id}", case_id=str(case_id))
        check_case_mode(actor, bool(row.training))


def _name(store: Store, session: Session, row: CaseRow) -> str:
    customer = session.get(Customer, row.customer_id) if row.customer_id else None
    return (store.sealer.open_text(customer, "name") or "") if customer is not None else ""


def _listing(store: Store, session: Session, row: CaseRow, actor: Actor, now: datetime) -> CaseListing:
    """One line from the plain columns and the sealed summary (the step data is not decrypted)."""
    summary = store.sealer.open_json(row, "summary") or {}
    pending = summary.get("approval_request") if row.status == CaseStatus.AWAITING_APPROVAL.value else None
    request = request_from_data(pending) if pending else None
    may_decide = False
    if request is not None and row.risk_level:
        authority = definition_by_version(row.procedure_version).approval_authority
        allowed = authority.get(RiskLevel(row.risk_level), frozenset())
        may_decide = actor.role in allowed and actor.user_id != row.maker_id
    reasons = {step: tuple(texts) for step, texts in (summary.get("return_reasons") or {}).items()}
    return CaseListing(
        case_id=row.id,
        customer_name=_name(store, session, row),
        customer_kind=row.customer_kind,
        account_type=row.account_type,
        step=row.current_step,
        status=row.status,
        maker_id=row.maker_id,
        training=bool(row.training),
        updated_at=row.updated_at,
        risk_level=row.risk_level,
        requested_at=request.requested_at if request else None,
        expires_at=request.expires_at if request else None,
        waiting=request.age(now) if request else None,
        expired=request.is_expired(now) if request else False,
        may_decide=may_decide,
        return_reasons=reasons or None,
        procedure_version=row.procedure_version,
        case_number=row.number or str(summary.get("number") or ""),
        opened_at=row.created_at,
        step_since=row.step_entered_at or row.created_at,
        closed_at=row.closed_at,
    )


def _rows(store: Store, actor: Actor, *conditions: object) -> list[CaseListing]:
    now = store.clock()
    with store.reading() as session:
        query = (
            select(CaseRow)
            .where(*conditions)  # type: ignore[arg-type]
            .order_by(CaseRow.updated_at.desc())
            .limit(MAX_LISTED)
        )
        if actor.training:
            query = query.where(CaseRow.training.is_(True))
        listed = [_listing(store, session, row, actor, now) for row in session.scalars(query)]
        checks = _uniqueness_of(session, [c.case_id for c in listed])
        return [replace(c, uniqueness=checks[c.case_id]) if c.case_id in checks else c for c in listed]


def _uniqueness_of(session: Session, case_ids: list[str]) -> dict[str, str]:
    """Each listed case's account's one-account check (plain column, one query for the whole list)."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(Account.case_id, Account.uniqueness).where(
            Account.case_id.in_(case_ids), Account.uniqueness.is_not(None)
        )
    )
    return {case_id: state for case_id, state in rows if state}


MAX_LISTED = 500
_OPEN = (CaseStatus.IN_PROGRESS, CaseStatus.RETURNED, CaseStatus.AWAITING_APPROVAL, CaseStatus.APPROVED)


def list_my_cases(store: Store, actor: Actor) -> list[CaseListing]:
    """The actor's cases still open (in progress, returned, waiting, approved), newest change first.

    The lists are empty (not an error) for a role that may not view cases, so every home page opens.
    """
    if not can(actor.role, Action.VIEW_CASE):
        return []
    return _rows(
        store, actor, CaseRow.maker_id == actor.user_id, CaseRow.status.in_([s.value for s in _OPEN])
    )


def list_returned(store: Store, actor: Actor) -> list[CaseListing]:
    """The actor's cases a checker returned for correction, with the reasons per step."""
    if not can(actor.role, Action.VIEW_CASE):
        return []
    return _rows(store, actor, CaseRow.maker_id == actor.user_id, CaseRow.status == CaseStatus.RETURNED.value)


_FINISHED = (CaseStatus.ACTIVE, CaseStatus.REJECTED, CaseStatus.CANCELLED)


def list_finished_today(store: Store, actor: Actor) -> list[CaseListing]:
    """The actor's cases finished today (activated, rejected or cancelled), the day read on the terminal's
    clock in its own time zone, last finished first."""
    if not can(actor.role, Action.VIEW_CASE):
        return []
    local_now = store.clock().astimezone()
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    finished = _rows(
        store,
        actor,
        CaseRow.maker_id == actor.user_id,
        CaseRow.status.in_([s.value for s in _FINISHED]),
        CaseRow.closed_at >= midnight,
        CaseRow.closed_at < midnight + timedelta(days=1),
    )
    return sorted(finished, key=lambda c: c.closed_at or midnight, reverse=True)


def branch_open_cases(store: Store, actor: Actor) -> list[CaseListing]:
    """Every open case of the branch on this terminal (its own and those the other terminals synced), with
    who holds it; the oldest first, so the case waiting longest is on top. Empty for a role without the
    branch-wide view."""
    if not can(actor.role, Action.VIEW_BRANCH_CASES):
        return []
    from teller_app.services.approval_summary import user_names

    rows = _rows(store, actor, CaseRow.status.in_([s.value for s in _OPEN]))
    names = user_names(store, {r.maker_id for r in rows})
    listed = [replace(r, holder_name=names.get(r.maker_id, r.maker_id)) for r in rows]
    return sorted(listed, key=lambda c: c.opened_at or store.clock())


def approval_queue(store: Store, actor: Actor) -> list[CaseListing]:
    """Cases waiting for a checker, not the actor's own, oldest request first, with waiting time and expiry.

    Empty for a role that may not decide on cases.
    """
    if not can(actor.role, Action.APPROVE):
        return []
    rows = _rows(
        store, actor, CaseRow.status == CaseStatus.AWAITING_APPROVAL.value, CaseRow.maker_id != actor.user_id
    )
    return sorted(rows, key=lambda r: r.requested_at or datetime.max.replace(tzinfo=store.clock().tzinfo))


def case_numbers(store: Store, case_ids: set[str]) -> dict[str, str]:
    """The 案件编号 of the given cases held on this terminal (a case without one is left out)."""
    if not case_ids:
        return {}
    with store.reading() as session:
        query = select(CaseRow.id, CaseRow.number).where(CaseRow.id.in_(sorted(case_ids)))
        return {case_id: number for case_id, number in session.execute(query) if number}


def case_header(store: Store, actor: Actor, case_id: str) -> CaseHeader:
    """What the wizard header shows for the case."""
    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    case = load_case(store, case_id)
    now = store.clock()
    sla = definition_by_version(case.procedure_version).sla_minutes
    with store.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        name = _name(store, session, row)
        training = bool(row.training)
    return CaseHeader(
        case_id=case.id,
        customer_name=name,
        customer_kind=case.customer_kind.value,
        account_type=case.account_type.value,
        step=case.step.value,
        status=case.status.value,
        procedure_version=case.procedure_version,
        time_in_step=time_in_step(case, case.step, now),
        sla_minutes=sla.get(case.step),
        overdue=current_step_overdue(case, now, sla),
        training=training,
        case_number=case.number,
    )
