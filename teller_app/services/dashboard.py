"""The supervisor's dashboard (DESIGN.md §8): the branch's work now, from plain columns only.

Cases per step and state; time per step against the SLA (median, 90th percentile, overdue now), per
teller; returns and rejections with their reasons; the risk mix; cases waiting for approval and how long;
filings due; sync health per terminal; alerts counted by kind; open incidents, suggestions and reviews.
Nothing here opens a sealed column: no personal data is decrypted to draw the dashboard (a test swaps
the store's sealer for one that raises). Cases are named by their case number (a plain column), tellers by
their login name; a caller that may show display names passes `names`. The times per step and teller are
reckoned in `dashboard_times`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from teller_app.domain.errors import InputError
from teller_app.domain.permissions import Action
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.services.dashboard_times import StepTime, TellerTime, sla_minutes, step_and_teller_times
from teller_app.storage.schema import (
    Account,
    Approval,
    ApprovalRequest,
    CaseStep,
    Customer,
    Incident,
    PostReview,
    Suggestion,
    User,
)
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

OPEN_STATUSES = ("in_progress", "returned", "awaiting_approval", "approved")
APPROVAL_WARNING = timedelta(hours=2)
FILING_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Waiting:
    case_id: str
    requested_at: datetime
    waited_minutes: int
    expires_at: datetime | None
    risk_level: str | None
    case_number: str = ""  # 案件编号; "" for a case opened before numbers


@dataclass(frozen=True)
class FilingDue:
    case_id: str
    account_type: str
    deadline: date
    days_left: int
    case_number: str = ""  # 案件编号; "" for a case opened before numbers


@dataclass(frozen=True)
class TerminalSync:
    terminal: str
    last_sync_at: datetime | None
    waiting: int | None  # None: not known here (another terminal, seen only from the central database)
    oldest_waiting_minutes: int | None
    online: bool | None


@dataclass(frozen=True)
class OpenIncident:
    incident_id: str
    kind: str
    stage: str
    level: str | None
    drill: bool
    reported_at: datetime


@dataclass(frozen=True)
class Dashboard:
    at: datetime
    since: datetime
    cases_by_step: dict[str, dict[str, int]]  # step → status → count (open cases)
    step_times: tuple[StepTime, ...]
    tellers: tuple[TellerTime, ...]
    decisions: dict[str, dict[str, int]]  # return | reject → reason code → count
    risk_mix: dict[str, int]
    waiting: tuple[Waiting, ...]
    filings: tuple[FilingDue, ...]
    sync: tuple[TerminalSync, ...]
    alerts: dict[str, int]
    incidents_open: int = 0
    suggestions_open: int = 0
    reviews_open: int = 0
    incidents: tuple[OpenIncident, ...] = ()
    notes: dict[str, Any] = field(default_factory=dict)


def dashboard(
    store: Store,
    actor: Actor,
    now: datetime,
    *,
    days: int = 30,
    names: Callable[[Iterable[str]], dict[str, str]] | None = None,
    sync: Sequence[TerminalSync] = (),
) -> Dashboard:
    """The branch's dashboard at `now`, with step times over the last `days` days."""
    check_may(actor, Action.VIEW_DASHBOARD)
    if not isinstance(now, datetime) or now.utcoffset() is None:
        raise InputError("alerts.time_invalid", "The time {value} has no time zone", value=str(now))
    since = now - timedelta(days=days)
    branch = store.identity.branch
    scope = [CaseRow.branch == branch, CaseRow.training.is_(actor.training)]
    with store.reading() as db:
        by_step = _cases_by_step(db, scope)
        open_rows = db.execute(
            select(
                CaseRow.id,
                CaseRow.current_step,
                CaseRow.step_entered_at,
                CaseRow.procedure_version,
                CaseRow.maker_id,
            ).where(*scope, CaseRow.status.in_(OPEN_STATUSES), CaseRow.step_entered_at.is_not(None))
        ).all()
        done_rows = db.execute(
            select(
                CaseStep.step,
                CaseStep.entered_at,
                CaseStep.completed_at,
                CaseRow.procedure_version,
                CaseRow.maker_id,
            )
            .join(CaseRow, CaseRow.id == CaseStep.case_id)
            .where(*scope, CaseStep.completed_at.is_not(None), CaseStep.completed_at >= since)
        ).all()
        decisions = _decisions(db, scope, since)
        risk_mix = dict(
            db.execute(
                select(func.coalesce(CaseRow.risk_level, "unrated"), func.count())
                .where(*scope, CaseRow.created_at >= since, CaseRow.status != "cancelled")
                .group_by(func.coalesce(CaseRow.risk_level, "unrated"))
            ).all()
        )
        waiting = _waiting(db, scope, now)
        filings = _filings(db, scope, now)
        duplicates = _duplicates(db, scope)
        incidents = tuple(
            OpenIncident(i.id, i.kind, i.stage, i.level, bool(i.drill), i.reported_at)
            for i in db.execute(
                select(
                    Incident.id,
                    Incident.kind,
                    Incident.stage,
                    Incident.level,
                    Incident.drill,
                    Incident.reported_at,
                )
                .where(Incident.branch == branch, Incident.stage != "reviewed")
                .order_by(Incident.reported_at.desc())
            )
        )
        incidents_open = len(incidents)
        suggestions_open = db.scalar(
            select(func.count())
            .select_from(Suggestion)
            .where(Suggestion.branch == branch, Suggestion.status != "closed")
        )
        reviews_open = db.scalar(
            select(func.count())
            .select_from(PostReview)
            .where(PostReview.branch == branch, PostReview.status != "closed")
        )
        makers = {maker for *_, maker in open_rows} | {maker for *_, maker in done_rows}
        logins = _logins(db, makers)
    overdue: list[tuple[str, str, int]] = []  # (step, teller, SLA) of open cases past the SLA now
    for _id, step, entered, version, maker in open_rows:
        sla = sla_minutes(version).get(step)
        if sla is not None and entered is not None and now - entered > timedelta(minutes=sla):
            overdue.append((step, maker, sla))
    step_times, tellers = step_and_teller_times(done_rows, overdue, logins, names)
    high_risk = sum(n for level, n in risk_mix.items() if level == "high")
    alerts = {
        "overdue_step": len(overdue),
        "filing_deadline": sum(1 for f in filings if f.days_left <= 1),
        "duplicate_identifier": duplicates,
        "high_risk": high_risk,
        "approval_expiring": sum(
            1 for w in waiting if w.expires_at is not None and w.expires_at - now <= APPROVAL_WARNING
        ),
    }
    return Dashboard(
        at=now,
        since=since,
        cases_by_step=by_step,
        step_times=step_times,
        tellers=tellers,
        decisions=decisions,
        risk_mix=risk_mix,
        waiting=waiting,
        filings=filings,
        sync=tuple(sync),
        alerts=alerts,
        incidents_open=int(incidents_open or 0),
        suggestions_open=int(suggestions_open or 0),
        reviews_open=int(reviews_open or 0),
        incidents=incidents,
    )


def _cases_by_step(db: DbSession, scope: list[Any]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for step, status, count in db.execute(
        select(CaseRow.current_step, CaseRow.status, func.count())
        .where(*scope, CaseRow.status.in_(OPEN_STATUSES))
        .group_by(CaseRow.current_step, CaseRow.status)
    ):
        table.setdefault(step, {})[status] = int(count)
    order = {s.value: i for i, s in enumerate(Step)}
    return dict(sorted(table.items(), key=lambda kv: order.get(kv[0], 99)))


def _logins(db: DbSession, user_ids: set[str]) -> dict[str, str]:
    """The login names of the given users (a plain column); unknown ids are left out."""
    wanted = sorted(i for i in user_ids if i)
    if not wanted:
        return {}
    return {
        user_id: name
        for user_id, name in db.execute(select(User.id, User.username).where(User.id.in_(wanted)))
    }


def _decisions(db: DbSession, scope: list[Any], since: datetime) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {"return": {}, "reject": {}}
    for decision, reason, count in db.execute(
        select(Approval.decision, func.coalesce(Approval.reason_code, "unspecified"), func.count())
        .join(CaseRow, CaseRow.id == Approval.case_id)
        .where(*scope, Approval.decision.in_(("return", "reject")), Approval.decided_at >= since)
        .group_by(Approval.decision, func.coalesce(Approval.reason_code, "unspecified"))
    ):
        found[decision][reason] = int(count)
    return found


def _waiting(db: DbSession, scope: list[Any], now: datetime) -> tuple[Waiting, ...]:
    latest = (
        select(ApprovalRequest.case_id, func.max(ApprovalRequest.requested_at).label("at"))
        .group_by(ApprovalRequest.case_id)
        .subquery()
    )
    rows = db.execute(
        select(CaseRow.id, latest.c.at, CaseRow.risk_level, ApprovalRequest.expires_at, CaseRow.number)
        .join(latest, latest.c.case_id == CaseRow.id)
        .join(
            ApprovalRequest,
            (ApprovalRequest.case_id == CaseRow.id) & (ApprovalRequest.requested_at == latest.c.at),
        )
        .where(*scope, CaseRow.status == "awaiting_approval")
        .order_by(latest.c.at)
    ).all()
    return tuple(
        Waiting(case_id, at, int((now - at).total_seconds() // 60), expires, risk, number or "")
        for case_id, at, risk, expires, number in rows
    )


def _filings(db: DbSession, scope: list[Any], now: datetime) -> tuple[FilingDue, ...]:
    today = business_date(now)
    query = (
        select(Account.case_id, Account.account_type, Account.filing_deadline, CaseRow.number)
        .join(CaseRow, CaseRow.id == Account.case_id)
        .where(
            *scope,
            Account.status != "closed",
            Account.filing_deadline.is_not(None),
            # an overdue filing stays due however late it is: only marking it filed ends it (#11)
            Account.filing_deadline <= today + timedelta(days=FILING_WINDOW_DAYS),
        )
        .order_by(Account.filing_deadline)
    )
    filed = getattr(Account, "filed_on", None)  # where a filing is recorded, a filed account is not due
    if filed is not None:
        query = query.where(filed.is_(None))
    return tuple(
        FilingDue(case_id, account_type, deadline, (deadline - today).days, number or "")
        for case_id, account_type, deadline, number in db.execute(query)
        if deadline is not None
    )


def _duplicates(db: DbSession, scope: list[Any]) -> int:
    """Open cases sharing a credit code or an ID number with another open case (by blind index)."""
    total = 0
    for column in (Customer.credit_code_index, Customer.id_number_index):
        shared = (
            select(column)
            .join(CaseRow, CaseRow.customer_id == Customer.id)
            .where(*scope, CaseRow.status.in_(OPEN_STATUSES), column.is_not(None))
            .group_by(column)
            .having(func.count(func.distinct(CaseRow.id)) > 1)
        )
        total += int(
            db.scalar(
                select(func.count(func.distinct(CaseRow.id)))
                .join(Customer, CaseRow.customer_id == Customer.id)
                .where(*scope, CaseRow.status.in_(OPEN_STATUSES), column.in_(shared))
            )
            or 0
        )
    return total


def local_sync_health(store: Store, now: datetime) -> TerminalSync:
    """This terminal's sync health from its own outbox and sync state (no network)."""
    from teller_app.sync.status import sync_status

    status = sync_status(store, now)
    oldest = status.oldest_waiting_seconds
    return TerminalSync(
        terminal=store.identity.terminal,
        last_sync_at=status.last_sync_at,
        waiting=status.waiting,
        oldest_waiting_minutes=int(oldest // 60) if oldest is not None else None,
        online=status.online,
    )


def branch_sync_health(central: Any, branch: str, own: TerminalSync) -> tuple[TerminalSync, ...]:
    """Every terminal of the branch as the central database last saw it (its last sync), with this
    terminal's own figures (items waiting, the oldest) from its outbox. Central unreachable: this one only."""
    import sqlalchemy as sa

    from teller_app.sync.central_schema import terminals

    try:
        with central.connect() as conn:
            rows = conn.execute(
                sa.select(terminals.c.terminal_code, terminals.c.last_sync_at)
                .where(terminals.c.branch == branch)
                .order_by(terminals.c.terminal_code)
            ).all()
    except sa.exc.SQLAlchemyError:
        return (own,)
    found = [own]
    for code, last in rows:
        if code != own.terminal:
            found.append(TerminalSync(code, last, None, None, None))
    return tuple(found)
