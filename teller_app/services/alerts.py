"""Alerts for the home page and the supervisor (DESIGN.md §8): what needs attention on open cases now.

Kinds: a step overdue against the pinned procedure's SLA, a filing deadline (备案) due today, tomorrow or
past and not yet marked filed, the same identifier on several open cases, an identity document expired or
expiring soon by the expiry date on record (open cases and accounts in service), a high-risk customer, an approval request near or past its expiry. A teller sees alerts on
their own cases; a role that watches the branch (VIEW_DASHBOARD: supervisors, managers, auditors) sees
the branch's. Reads plain
columns; decrypts only the customer names of the cases alerted and the case summaries of open cases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from teller_app.domain.case import CaseStatus
from teller_app.domain.case_records import case_from_data
from teller_app.domain.case_sla import CaseSla, case_due_date, extension_from_data
from teller_app.domain.case_timing import current_step_overdue, time_in_step
from teller_app.domain.errors import InputError, TellerError
from teller_app.domain.id_documents import DEFAULT_WARNING_DAYS, EXPIRED, documents_on_record, expiry_state
from teller_app.domain.permissions import Action, can
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.services.calendar import working_calendar
from teller_app.services.procedures import definition_by_version
from teller_app.storage.schema import Account, ApprovalRequest, CaseStep, Customer
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

OPEN = tuple(
    s.value
    for s in (CaseStatus.IN_PROGRESS, CaseStatus.RETURNED, CaseStatus.AWAITING_APPROVAL, CaseStatus.APPROVED)
)
WATCHED_STEPS = (
    Step.IDENTITY.value,
    Step.BENEFICIAL_OWNERS.value,
)  # where identity documents' expiry is kept
APPROVAL_WARNING = timedelta(hours=2)  # a request this close to its expiry is alerted
MOST_CHECKED_FOR_OVERDUE = 2_000  # open cases longest in their step first; each costs one decryption


class Severity(StrEnum):
    URGENT = "urgent"
    WARNING = "warning"
    NOTICE = "notice"


_SEVERITY_ORDER = {Severity.URGENT: 0, Severity.WARNING: 1, Severity.NOTICE: 2}


@dataclass(frozen=True)
class Alert:
    """One alert: what kind, on which case, the customer, a plain-words detail and its parameters."""

    kind: str  # overdue_step, filing_deadline, duplicate_identifier, expired_identity, expiring_identity,
    #            high_risk, approval_expiring, case_past_due, uniqueness_clash
    case_id: str
    customer_name: str
    detail: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.WARNING


def alerts(store: Store, actor: Actor, now: datetime) -> list[Alert]:
    """Every alert the actor should see at `now`, most urgent first. Empty for roles with no cases."""
    if not isinstance(now, datetime) or now.utcoffset() is None:
        raise InputError("alerts.time_invalid", "The time {value} has no time zone", value=str(now))
    branch_wide = can(actor.role, Action.VIEW_DASHBOARD)
    if not branch_wide and not can(actor.role, Action.VIEW_CASE):
        return []
    same_mode: list[Any] = [CaseRow.branch == store.identity.branch, CaseRow.training.is_(actor.training)]
    scope = list(same_mode)
    if not branch_wide:
        scope.append(CaseRow.maker_id == actor.user_id)
    with store.reading() as session:
        found = [
            *_overdue_steps(store, session, scope, now),
            *_filing_deadlines(session, scope, now),
            *_uniqueness_clashes(session, scope),
            *_duplicate_identifiers(session, scope, same_mode),
            *_identity_expiry(store, session, scope, now),
            *_high_risk(session, scope),
            *_approvals_expiring(session, scope, now),
        ]
        names = _customer_names(store, session, {a.case_id for a in found})
    named = [
        Alert(a.kind, a.case_id, names.get(a.case_id, ""), a.detail, a.params, a.severity) for a in found
    ]
    return sorted(named, key=lambda a: (_SEVERITY_ORDER[a.severity], a.kind, a.customer_name, a.case_id))


def _alert(kind: str, case_id: str, detail: str, severity: Severity, **params: Any) -> Alert:
    return Alert(kind, case_id, "", detail, params, severity)


def _overdue_steps(store: Store, session: Session, scope: list[Any], now: datetime) -> Iterable[Alert]:
    rows = session.scalars(
        select(CaseRow)
        .where(*scope, CaseRow.status.in_(OPEN), CaseRow.step_entered_at.is_not(None))
        .order_by(CaseRow.step_entered_at)
        .limit(MOST_CHECKED_FOR_OVERDUE)
    )
    for row in rows:
        try:
            summary = store.sealer.open_json(row, "summary") or {}
            case = case_from_data({**summary, "step_data": {}, "documents": {}})
            definition = definition_by_version(row.procedure_version)
            sla = definition.sla_minutes
        except TellerError:
            continue  # a case that cannot be read is not an alert; the case itself reports it when opened
        late = _case_past_due(store, session, row.id, case, definition.case_sla, now)
        if late is not None:
            yield late
        if not current_step_overdue(case, now, sla):
            continue
        spent = time_in_step(case, case.step, now)
        minutes = int(spent.total_seconds() // 60)
        yield _alert(
            "overdue_step",
            row.id,
            f"{case.step.value}: {minutes} min, SLA {sla[case.step]} min",
            Severity.WARNING,
            step=case.step.value,
            minutes=minutes,
            sla_minutes=sla[case.step],
        )


def _case_past_due(
    store: Store, session: Session, case_id: str, case: Any, sla: CaseSla, now: datetime
) -> Alert | None:
    """The whole case past its working-day SLA (1–2 working days; more under EDD with a recorded reason)."""
    today = business_date(now)
    opened_on = business_date(case.opened_at)
    calendar = working_calendar()
    due = case_due_date(opened_on, sla, calendar)
    if today <= due:
        return None
    if case.risk_level is RiskLevel.HIGH:  # only then can an extension count: read the risk step
        risk = session.scalars(
            select(CaseStep).where(CaseStep.case_id == case_id, CaseStep.step == "risk")
        ).first()
        data = (store.sealer.open_json(risk, "data") or {}) if risk is not None else {}
        extension = extension_from_data(data.get("sla_extension") if isinstance(data, dict) else None)
        due = case_due_date(opened_on, sla, calendar, extension, case.risk_level)
        if today <= due:
            return None
    return _alert(
        "case_past_due",
        case_id,
        f"due {due.isoformat()}",
        Severity.WARNING,
        due=due.isoformat(),
        working_days=sla.working_days,
    )


def _filing_deadlines(session: Session, scope: list[Any], now: datetime) -> Iterable[Alert]:
    today = business_date(now)
    rows = session.execute(
        select(Account.case_id, Account.filing_deadline)
        .join(CaseRow, CaseRow.id == Account.case_id)
        .where(
            *scope,
            Account.status != "closed",
            Account.filing_deadline.is_not(None),
            Account.filing_deadline <= today + timedelta(days=1),
            Account.filed_on.is_(None),  # the alert ends when the account is marked filed, never by age
        )
    )
    for case_id, deadline in rows:
        if deadline is None:
            continue
        days = (deadline - today).days
        when = "past" if days < 0 else ("today" if days == 0 else "tomorrow")
        severity = Severity.WARNING if days > 0 else Severity.URGENT
        yield _alert(
            "filing_deadline",
            case_id,
            f"{when}: {deadline.isoformat()}",
            severity,
            due=deadline.isoformat(),
            when=when,
        )


def _uniqueness_clashes(session: Session, scope: list[Any]) -> Iterable[Alert]:
    """Accounts set up offline that the central database found a second basic (or Ⅰ类) account for: the
    supervisor decides (account_setup.clear_uniqueness_clash); activation waits."""
    rows = session.execute(
        select(Account.case_id, Account.account_type, Account.status)
        .join(CaseRow, CaseRow.id == Account.case_id)
        .where(*scope, Account.uniqueness == "clash", Account.status != "closed")
    )
    for case_id, account_type, status in rows:
        yield _alert(
            "uniqueness_clash",
            case_id,
            f"{account_type}: another one is known ({status})",
            Severity.URGENT,
            account_type=account_type,
            activated=status == "active",
        )


def _duplicate_identifiers(session: Session, scope: list[Any], same_mode: list[Any]) -> Iterable[Alert]:
    """Open cases of the branch sharing a credit code or an ID number (compared by blind index); the
    actor is alerted on those in their scope, counting every open case of the branch."""
    for identifier, column in (
        ("credit_code", Customer.credit_code_index),
        ("id_number", Customer.id_number_index),
    ):
        shared = (
            select(column)
            .join(CaseRow, CaseRow.customer_id == Customer.id)
            .where(*same_mode, CaseRow.status.in_(OPEN), column.is_not(None))
            .group_by(column)
            .having(func.count(CaseRow.id.distinct()) > 1)
        )
        rows = session.execute(
            select(CaseRow.id, column)
            .join(Customer, CaseRow.customer_id == Customer.id)
            .where(*scope, CaseRow.status.in_(OPEN), column.in_(shared))
        ).all()
        counts: dict[Any, Any] = dict(
            session.execute(
                select(column, func.count(CaseRow.id.distinct()))
                .join(CaseRow, CaseRow.customer_id == Customer.id)
                .where(*same_mode, CaseRow.status.in_(OPEN), column.in_({r[1] for r in rows}))
                .group_by(column)
            ).all()
        )
        for case_id, index in rows:
            count = int(counts.get(index, 0))
            yield _alert(
                "duplicate_identifier",
                case_id,
                f"{identifier} on {count} open cases",
                Severity.URGENT,
                identifier=identifier,
                count=count,
            )


def _identity_expiry(store: Store, session: Session, scope: list[Any], now: datetime) -> Iterable[Alert]:
    """Identity documents, by the expiry dates the case recorded (the legal representative's, the agent's,
    the individual customer's, each beneficial owner's where recorded): "expired", or "expiring" within the
    pinned procedure's warning days. For open cases and for accounts in service (4.4 monitoring: a customer
    whose ID has expired needs updating). Decrypts the identity and owners steps of those cases only."""
    today = business_date(now)
    in_service = select(Account.case_id).where(Account.status == "active")
    rows = session.execute(
        select(CaseRow.id, CaseRow.procedure_version, CaseRow.status, CaseStep)
        .join(CaseStep, CaseStep.case_id == CaseRow.id)
        .where(
            *scope,
            CaseStep.step.in_(WATCHED_STEPS),
            CaseStep.data.is_not(None),
            or_(CaseRow.status.in_(OPEN), CaseRow.id.in_(in_service)),
        )
    ).all()
    recorded: dict[str, dict[str, Any]] = {}
    for case_id, version, status, step in rows:
        entry = recorded.setdefault(case_id, {"version": version, "in_service": status not in OPEN})
        try:
            data = store.sealer.open_json(step, "data")
        except TellerError:
            continue  # a step that cannot be read is reported when the case is opened
        entry[step.step] = data if isinstance(data, dict) else {}
    warning_days: dict[str, int] = {}
    for case_id, entry in recorded.items():
        version = entry["version"]
        if version not in warning_days:
            warning_days[version] = _warning_days(version)
        documents = documents_on_record(
            entry.get(Step.IDENTITY.value, {}), entry.get(Step.BENEFICIAL_OWNERS.value, {})
        )
        for holder, text in documents:
            state = expiry_state(text, today, warning_days[version])
            if state is None:
                continue
            kind, expiry, days = state
            expired = kind == EXPIRED
            yield _alert(
                "expired_identity" if expired else "expiring_identity",
                case_id,
                f"{holder}: {kind} {expiry.isoformat()}",
                Severity.WARNING if expired else Severity.NOTICE,
                holder=holder,
                expiry=expiry.isoformat(),
                days=days,
                in_service=entry["in_service"],
            )


def _warning_days(version: str) -> int:
    """The case's pinned procedure's [identity] expiry_warning_days (the stricter default when unknown)."""
    try:
        return definition_by_version(version).id_expiry_warning_days
    except TellerError:
        return DEFAULT_WARNING_DAYS


def _high_risk(session: Session, scope: list[Any]) -> Iterable[Alert]:
    rows = session.scalars(
        select(CaseRow.id).where(*scope, CaseRow.status.in_(OPEN), CaseRow.risk_level == RiskLevel.HIGH.value)
    )
    for case_id in rows:
        yield _alert(
            "high_risk", case_id, RiskLevel.HIGH.value, Severity.NOTICE, risk_level=RiskLevel.HIGH.value
        )


def _approvals_expiring(session: Session, scope: list[Any], now: datetime) -> Iterable[Alert]:
    rows = session.execute(
        select(ApprovalRequest.case_id, ApprovalRequest.requested_at, ApprovalRequest.expires_at)
        .join(CaseRow, CaseRow.id == ApprovalRequest.case_id)
        .where(*scope, CaseRow.status == CaseStatus.AWAITING_APPROVAL.value)
    ).all()
    latest: dict[str, tuple[datetime, datetime | None]] = {}
    for case_id, requested_at, expires_at in rows:
        if case_id not in latest or requested_at > latest[case_id][0]:
            latest[case_id] = (requested_at, expires_at)
    for case_id, (_, expires_at) in latest.items():
        if expires_at is None or expires_at - now > APPROVAL_WARNING:
            continue
        left = int((expires_at - now).total_seconds() // 60)
        expired = left < 0
        yield _alert(
            "approval_expiring",
            case_id,
            f"expired {-left} min ago" if expired else f"expires in {left} min",
            Severity.URGENT if expired else Severity.WARNING,
            expires_at=expires_at.isoformat(),
            minutes_left=left,
            expired=expired,
        )


def _customer_names(store: Store, session: Session, case_ids: set[str]) -> dict[str, str]:
    if not case_ids:
        return {}
    rows = session.execute(
        select(CaseRow.id, Customer)
        .join(Customer, CaseRow.customer_id == Customer.id)
        .where(CaseRow.id.in_(case_ids))
    ).all()
    names = {}
    for case_id, customer in rows:
        try:
            names[case_id] = store.sealer.open_text(customer, "name") or ""
        except TellerError:
            names[case_id] = ""
    return names
