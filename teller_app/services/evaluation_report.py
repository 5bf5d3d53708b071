"""The periodic evaluation report (定期评估, chapter 7): this period against the previous one.

    period = parse_period("2026Q4")                  # services/report_periods.py: or 2026H2, or FIRST..LAST
    report = evaluate(engine, period, branch="310115")   # the local store, or the central PostgreSQL

Every figure is an SQL aggregate over plain columns (counts, sums, averages, percentiles on PostgreSQL),
so the bank-wide report over every branch runs in the central database and loads no rows into Python.
Sections: efficiency (time per step and per case against the SLA), returns and rejections by reason,
post-review findings and rectification, customer satisfaction, risk control (high-risk share, overrides),
compliance (filings on time), system support (offline time, sync incidents).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from teller_app.services.evaluation_steps import StepFigures, rounded, step_figures
from teller_app.services.report_periods import Period

OVERRIDE_ACTIONS = ("case.skip_step", "approval.void")
UNSPECIFIED: sa.ColumnClause[str] = sa.literal_column(
    "'unspecified'"
)  # a literal, not a parameter: GROUP BY must see the same text
UNRATED: sa.ColumnClause[str] = sa.literal_column("'unrated'")


@dataclass
class Figures:
    """One period's figures."""

    period: Period
    cases_opened: int = 0
    cases_finished: int = 0
    case_hours_average: float | None = None
    steps: list[StepFigures] = field(default_factory=list)
    decisions: dict[str, dict[str, int]] = field(default_factory=dict)
    reviews: dict[str, int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)
    findings_by_severity: dict[str, int] = field(default_factory=dict)
    rectifications: dict[str, int] = field(default_factory=dict)
    satisfaction: dict[str, Any] = field(default_factory=dict)
    risk: dict[str, Any] = field(default_factory=dict)
    filings: dict[str, Any] = field(default_factory=dict)
    incidents: dict[str, Any] = field(default_factory=dict)


@dataclass
class Evaluation:
    branch: str | None  # None: bank-wide
    current: Figures
    previous: Figures


def _t(name: str) -> sa.Table:
    from teller_app.storage import schema

    return schema.Base.metadata.tables[name]


def _minutes(conn: Connection, later: Any, earlier: Any) -> Any:
    if conn.dialect.name == "postgresql":
        return sa.func.extract("epoch", later - earlier) / 60.0
    return (sa.func.julianday(later) - sa.func.julianday(earlier)) * 1440.0


def evaluate(engine: Engine | Connection, period: Period, branch: str | None = None) -> Evaluation:
    """The report for `period` and the period before, of one branch or (None) of every branch."""
    if isinstance(engine, Connection):
        return _evaluate(engine, period, branch)
    with engine.connect() as conn:
        return _evaluate(conn, period, branch)


def _evaluate(conn: Connection, period: Period, branch: str | None) -> Evaluation:
    previous = period.previous()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")  # the report's sorts and hashes stay in memory
        # Up to four workers per scan for the report's large aggregates (the server default is two); the
        # cluster-wide max_parallel_workers still caps them, and other sessions keep their own setting.
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 4")
        conn.exec_driver_sql("SET LOCAL jit = off")  # compiling these plans costs seconds and saves nothing
    periods = [period, previous]
    steps = step_figures(conn, periods, branch)
    bulk = _bulk_figures(conn, periods, branch)
    return Evaluation(
        branch,
        _figures(conn, period, branch, steps[0], bulk[0]),
        _figures(conn, previous, branch, steps[1], bulk[1]),
    )


def _figures(
    conn: Connection, period: Period, branch: str | None, steps: list[StepFigures], bulk: dict[str, Any]
) -> Figures:
    start, end = period.start_at, period.end_at

    def scoped(table: sa.Table) -> list[Any]:
        return [table.c.branch == branch] if branch is not None else []

    out = Figures(period)
    out.cases_opened = bulk["opened"]
    out.cases_finished, out.case_hours_average = bulk["finished"], rounded(bulk["hours"])
    out.steps = steps

    out.decisions = bulk["decisions"]

    reviews, findings, rect = _t("post_reviews"), _t("review_findings"), _t("rectifications")
    out.reviews = {
        "sampled": _count(conn, reviews, scoped(reviews), reviews.c.sampled_at, start, end),
        "closed": _count(conn, reviews, scoped(reviews), reviews.c.closed_at, start, end),
        "open_at_end": int(
            conn.scalar(
                sa.select(sa.func.count()).where(
                    *scoped(reviews),
                    reviews.c.sampled_at < end,
                    sa.or_(reviews.c.closed_at.is_(None), reviews.c.closed_at >= end),
                )
            )
            or 0
        ),
    }
    in_period = [*scoped(findings), findings.c.recorded_at >= start, findings.c.recorded_at < end]
    out.findings = _grouped(conn, findings.c.category, in_period)
    out.findings_by_severity = _grouped(conn, findings.c.severity, in_period)
    rect_period = [*scoped(rect), rect.c.requested_at >= start, rect.c.requested_at < end]
    out.rectifications = {"requested": sum(_grouped(conn, rect.c.status, rect_period).values())}
    out.rectifications.update(_grouped(conn, rect.c.status, rect_period))
    out.rectifications["answered_late"] = int(
        conn.scalar(
            sa.select(sa.func.count()).where(
                *rect_period,
                rect.c.answered_at.is_not(None),
                sa.func.date(rect.c.answered_at) > rect.c.due_on,
            )
        )
        or 0
    )

    out.satisfaction = bulk["satisfaction"]

    high = bulk["by_level"].get("high", 0)
    out.risk = {
        "opened": out.cases_opened,
        "high": high,
        "high_share": round(high / out.cases_opened, 4) if out.cases_opened else None,
        "by_level": bulk["by_level"],
        "cases_with_override": bulk["overridden"],
    }
    out.filings = bulk["filings"]

    inc = _t("incidents")
    reported = [*scoped(inc), inc.c.reported_at >= start, inc.c.reported_at < end]
    real_incidents = [*reported, inc.c.drill.is_(False)]
    offline = conn.scalar(
        sa.select(
            sa.func.sum(
                _minutes(conn, sa.func.coalesce(inc.c.handled_at, sa.literal(end)), inc.c.reported_at)
            )
        ).where(*real_incidents, inc.c.kind == "offline")
    )
    out.incidents = {
        "reported": int(conn.scalar(sa.select(sa.func.count()).where(*real_incidents)) or 0),
        "drills": int(conn.scalar(sa.select(sa.func.count()).where(*reported, inc.c.drill.is_(True))) or 0),
        "by_kind": _grouped(conn, inc.c.kind, real_incidents),
        "sync_incidents": int(
            conn.scalar(
                sa.select(sa.func.count()).where(*real_incidents, inc.c.kind.in_(("offline", "sync_failing")))
            )
            or 0
        ),
        "offline_minutes": rounded(offline) or 0,
        "open_at_end": int(
            conn.scalar(
                sa.select(sa.func.count()).where(
                    *scoped(inc),
                    inc.c.reported_at < end,
                    sa.or_(inc.c.reviewed_at.is_(None), inc.c.reviewed_at >= end),
                )
            )
            or 0
        ),
    }
    return out


def _bulk_figures(conn: Connection, periods: list[Period], branch: str | None) -> list[dict[str, Any]]:
    """The figures from the large tables (cases, approvals, satisfaction, audit events, accounts) for every
    period at once: one scan of each table, an aggregate FILTERed per period."""
    cases, approvals, sat, audit, accounts = (
        _t("cases"),
        _t("approvals"),
        _t("satisfaction"),
        _t("audit_events"),
        _t("accounts"),
    )

    def scoped(table: sa.Table) -> list[Any]:
        return [table.c.branch == branch] if branch is not None else []

    def within(column: Any, period: Period, days: bool = False) -> Any:
        low, high = (period.start, period.end) if days else (period.start_at, period.end_at)
        return sa.and_(column >= low, column < high)

    def bucket(column: Any, days: bool = False) -> Any:
        return sa.case(*[(within(column, p, days), i) for i, p in enumerate(periods)], else_=None)

    def span(column: Any, days: bool = False) -> Any:
        first, last = min(periods, key=lambda p: p.start), max(periods, key=lambda p: p.end)
        return within(column, Period("span", first.start, last.end), days)

    out: list[dict[str, Any]] = [{"decisions": {}, "by_level": {}} for _ in periods]
    finished_status = cases.c.status.in_(("active", "rejected"))
    levels = ("low", "medium", "medium_high", "high")
    level = sa.func.coalesce(cases.c.risk_level, UNRATED)
    columns: list[Any] = []
    for p in periods:
        opened = within(cases.c.created_at, p)
        finished = sa.and_(finished_status, within(cases.c.closed_at, p))
        columns += [
            sa.func.count().filter(opened),
            sa.func.count().filter(finished),
            sa.func.avg(_minutes(conn, cases.c.closed_at, cases.c.created_at) / 60.0).filter(finished),
            *[sa.func.count().filter(sa.and_(opened, level == name)) for name in (*levels, "unrated")],
        ]
    row = conn.execute(
        sa.select(*columns).where(
            *scoped(cases),
            cases.c.training.is_(False),
            sa.or_(span(cases.c.created_at), span(cases.c.closed_at)),
        )
    ).one()
    width = 3 + len(levels) + 1
    for i in range(len(periods)):
        values = row[i * width : (i + 1) * width]
        out[i]["opened"], out[i]["finished"], out[i]["hours"] = (
            int(values[0] or 0),
            int(values[1] or 0),
            values[2],
        )
        out[i]["by_level"] = {
            name: int(n) for name, n in zip((*levels, "unrated"), values[3:], strict=True) if n
        }

    reason = sa.func.coalesce(approvals.c.reason_code, UNSPECIFIED)
    which = bucket(approvals.c.decided_at)
    for i, decision, why, n in conn.execute(
        sa.select(which, approvals.c.decision, reason, sa.func.count())
        .where(
            *scoped(approvals), approvals.c.decision.in_(("return", "reject")), span(approvals.c.decided_at)
        )
        .group_by(which, approvals.c.decision, reason)
    ):
        if i is not None:
            out[int(i)]["decisions"].setdefault(decision, {})[why] = int(n)

    scores: list[dict[Any, int]] = [{} for _ in periods]
    which = bucket(sat.c.recorded_at)
    for i, score, n in conn.execute(
        sa.select(which, sat.c.score, sa.func.count())
        .where(*scoped(sat), span(sat.c.recorded_at))
        .group_by(which, sat.c.score)
    ):
        if i is not None:
            scores[int(i)][score] = int(n)
    for i, counts in enumerate(scores):
        answered = {k: v for k, v in counts.items() if k is not None}
        total = sum(answered.values())
        out[i]["satisfaction"] = {
            "asked": sum(counts.values()),
            "skipped": counts.get(None, 0),
            "average": round(sum(k * v for k, v in answered.items()) / total, 2) if total else None,
            "scores": {str(k): v for k, v in sorted(answered.items())},
        }

    which = bucket(audit.c.occurred_at)
    found: dict[Any, int] = dict(
        conn.execute(
            sa.select(which, sa.func.count(sa.distinct(audit.c.case_id)))
            .where(*scoped(audit), audit.c.action.in_(OVERRIDE_ACTIONS), span(audit.c.occurred_at))
            .group_by(which)
        ).all()
    )
    for i in range(len(periods)):
        out[i]["overridden"] = int(found.get(i, 0))

    deadline = accounts.c.filing_deadline
    filed_on = accounts.c.filed_on if "filed_on" in accounts.c else None
    columns = []
    for p in periods:
        due = within(deadline, p, days=True)
        columns.append(sa.func.count().filter(due))
        if filed_on is not None:
            columns += [
                sa.func.count().filter(sa.and_(due, filed_on.is_not(None), filed_on <= deadline)),
                sa.func.count().filter(sa.and_(due, filed_on > deadline)),
                sa.func.count().filter(sa.and_(due, filed_on.is_(None))),
            ]
    row = conn.execute(sa.select(*columns).where(*scoped(accounts), span(deadline, days=True))).one()
    step = 4 if filed_on is not None else 1
    for i in range(len(periods)):
        counted = [int(v or 0) for v in row[i * step : (i + 1) * step]]
        if filed_on is not None:
            out[i]["filings"] = dict(
                zip(("due", "filed_on_time", "filed_late", "not_filed"), counted, strict=True)
            )
        else:  # no filing record is kept: on time cannot be told (not assumed)
            out[i]["filings"] = {"due": counted[0], "filed_on_time": None}
    return out


def _count(
    conn: Connection, table: sa.Table, scope: list[Any], column: Any, start: datetime, end: datetime
) -> int:
    return int(
        conn.scalar(
            sa.select(sa.func.count()).select_from(table).where(*scope, column >= start, column < end)
        )
        or 0
    )


def _grouped(conn: Connection, column: Any, where: list[Any]) -> dict[str, int]:
    return {
        str(k): int(v)
        for k, v in conn.execute(sa.select(column, sa.func.count()).where(*where).group_by(column))
    }
