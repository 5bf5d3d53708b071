"""The periodic evaluation report (定期评估, chapter 7): this period against the previous one.

    period = parse_period("2026Q4")                  # or 2026H2, or 2026-10-01..2026-12-31
    report = evaluate(engine, period, branch="310115")   # the local store, or the central PostgreSQL

Every figure is an SQL aggregate over plain columns (counts, sums, averages, percentiles on PostgreSQL),
so the bank-wide report over every branch runs in the central database and loads no rows into Python.
Sections: efficiency (time per step and per case against the SLA), returns and rejections by reason,
post-review findings and rectification, customer satisfaction, risk control (high-risk share, overrides),
compliance (filings on time), system support (offline time, sync incidents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from teller_app.domain.errors import InputError
from teller_app.domain.steps import Step
from teller_app.services.procedures import load_definitions

QUARTER = re.compile(r"(\d{4})Q([1-4])")
HALF = re.compile(r"(\d{4})H([12])")
RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")
OVERRIDE_ACTIONS = ("case.skip_step", "approval.void")
UNSPECIFIED: sa.ColumnClause[str] = sa.literal_column(
    "'unspecified'"
)  # a literal, not a parameter: GROUP BY must see the same text
UNRATED: sa.ColumnClause[str] = sa.literal_column("'unrated'")


@dataclass(frozen=True)
class Period:
    name: str
    start: date  # inclusive
    end: date  # exclusive

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(), UTC)

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end, time(), UTC)

    def previous(self) -> Period:
        q, h = QUARTER.fullmatch(self.name), HALF.fullmatch(self.name)
        if q:
            year, n = int(q[1]), int(q[2])
            return parse_period(f"{year - 1}Q4" if n == 1 else f"{year}Q{n - 1}")
        if h:
            year, n = int(h[1]), int(h[2])
            return parse_period(f"{year - 1}H2" if n == 1 else f"{year}H1")
        days = (self.end - self.start).days
        start = self.start - timedelta(days=days)
        return Period(
            f"{start.isoformat()}..{(self.start - timedelta(days=1)).isoformat()}", start, self.start
        )


def parse_period(text: str) -> Period:
    """2026Q4 (quarterly, the default kind), 2026H2 (half-yearly), or FIRST..LAST days inclusive."""
    value = (text or "").strip().upper() if isinstance(text, str) else ""
    if m := QUARTER.fullmatch(value):
        year, n = int(m[1]), int(m[2])
        start = date(year, 3 * n - 2, 1)
        end = date(year + 1, 1, 1) if n == 4 else date(year, 3 * n + 1, 1)
        return Period(value, start, end)
    if m := HALF.fullmatch(value):
        year, n = int(m[1]), int(m[2])
        return Period(
            value, date(year, 1 if n == 1 else 7, 1), date(year, 7, 1) if n == 1 else date(year + 1, 1, 1)
        )
    if m := RANGE.fullmatch(value):
        try:
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            first = last = None  # type: ignore[assignment]
        if first is not None and last is not None and first <= last:
            return Period(f"{first.isoformat()}..{last.isoformat()}", first, last + timedelta(days=1))
    raise InputError(
        "report.period_invalid",
        "The period {period} is not a quarter (2026Q4), a half-year (2026H2) or FIRST..LAST",
        period=str(text),
    )


@dataclass(frozen=True)
class StepFigures:
    step: str
    count: int
    average: float | None
    median: float | None
    p90: float | None
    over_sla: int

    @property
    def over_sla_share(self) -> float | None:
        return round(self.over_sla / self.count, 4) if self.count else None


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
    steps = _step_figures(conn, periods, branch)
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
    out.cases_finished, out.case_hours_average = bulk["finished"], _round(bulk["hours"])
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
        "offline_minutes": _round(offline) or 0,
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


def _seconds_sql(conn: Connection, later: str, earlier: str) -> str:
    if conn.dialect.name == "postgresql":
        return f"date_part('epoch', {later} - {earlier})"  # double precision (EXTRACT gives slow numeric)
    return f"(julianday({later}) - julianday({earlier})) * 86400.0"


def _sla_sql(version: str, step: str) -> str:
    """The SLA minutes of (version, step) as a CASE over the shipped definitions (their versions and step
    names are validated data: digits and dots, the Step names), so no value comes from outside."""
    whens = " ".join(
        f"WHEN {version} = '{d.version}' AND {step} = '{s.value}' THEN {int(minutes)}"
        for d in load_definitions()
        for s, minutes in d.sla_minutes.items()
    )
    return f"CASE {whens} END"


def _step_figures(conn: Connection, periods: list[Period], branch: str | None) -> list[list[StepFigures]]:
    """Time per step for each period in one pass over the steps: a histogram of whole seconds per period,
    step and procedure version (a parallel hash aggregate), then exact percentiles from its running counts
    (percentile_cont's linear interpolation between the closest ranks), the average and the count over SLA.
    """
    # Which period a step falls in: one true-or-false column per period in the histogram (the planner knows
    # a boolean has two values, so it sizes the aggregate right and aggregates in parallel), turned into
    # the period's number once the histogram is small.
    within = ", ".join(
        f"s.completed_at >= :start{i} AND s.completed_at < :end{i} AS in{i}" for i in range(len(periods))
    )
    within_keys = ", ".join(f"in{i}" for i in range(len(periods)))
    buckets = " ".join(f"WHEN in{i} THEN {i}" for i in range(len(periods)))
    params: dict[str, Any] = {}
    for i, period in enumerate(periods):
        params[f"start{i}"], params[f"end{i}"] = period.start_at, period.end_at
    branch_filter = ""
    if branch is not None:
        branch_filter = "AND s.branch = :branch"
        params["branch"] = branch
    seconds = _seconds_sql(conn, "s.completed_at", "s.entered_at")
    sla = _sla_sql("b.version", "b.step")
    sql = f"""
WITH h AS (
    SELECT {within}, s.step AS step, c.procedure_version AS version,
           CAST(ROUND({seconds}) AS INTEGER) AS secs, COUNT(*) AS n
    FROM case_steps s JOIN cases c ON c.id = s.case_id
    WHERE s.completed_at IS NOT NULL AND c.training = :no {branch_filter}
      AND s.completed_at >= :lowest AND s.completed_at < :highest
    GROUP BY {within_keys}, s.step, c.procedure_version, secs
), b AS (
    SELECT CASE {buckets} END AS bucket, step, version, secs, n FROM h
), v AS (
    SELECT bucket, step, secs, SUM(n) AS n,
           SUM(CASE WHEN secs / 60.0 - {sla} > 0.001 THEN n ELSE 0 END) AS over_sla
    FROM b GROUP BY bucket, step, secs
), r AS (
    SELECT bucket, step, secs, n, over_sla,
           SUM(n) OVER (PARTITION BY bucket, step ORDER BY secs) AS upto,
           SUM(n) OVER (PARTITION BY bucket, step) AS total
    FROM v
)
SELECT bucket, step, MAX(total) AS total, SUM(secs * n) AS secs_sum, SUM(over_sla) AS over_sla,
       MIN(secs) FILTER (WHERE upto > FLOOR((total - 1) * 0.5)) AS p50_lo,
       MIN(secs) FILTER (WHERE upto > FLOOR((total - 1) * 0.5) + 1) AS p50_hi,
       MIN(secs) FILTER (WHERE upto > FLOOR((total - 1) * 0.9)) AS p90_lo,
       MIN(secs) FILTER (WHERE upto > FLOOR((total - 1) * 0.9) + 1) AS p90_hi
FROM r GROUP BY bucket, step
"""
    params["no"] = False
    params["lowest"] = min(p.start_at for p in periods)
    params["highest"] = max(p.end_at for p in periods)
    found: list[dict[str, StepFigures]] = [{} for _ in periods]
    for bucket, step, total, secs_sum, over, p50_lo, p50_hi, p90_lo, p90_hi in conn.execute(
        sa.text(sql), params
    ):
        if bucket is None:  # between the periods (they are contiguous, so none); not filtered in SQL, where
            continue  # the test would be pushed down to every step row
        n = int(total)
        found[int(bucket)][step] = StepFigures(
            step=step,
            count=n,
            average=_round(float(secs_sum) / n / 60.0),
            median=_interpolated(n, 0.5, p50_lo, p50_hi),
            p90=_interpolated(n, 0.9, p90_lo, p90_hi),
            over_sla=int(over or 0),
        )
    return [[by_step[s.value] for s in Step if s.value in by_step] for by_step in found]


def _interpolated(n: int, share: float, low: Any, high: Any) -> float | None:
    """percentile_cont: the value at rank (n-1)·share, between the values at its floor and the next rank."""
    if low is None:
        return None
    position = (n - 1) * share
    fraction = position - int(position)
    upper = float(high) if high is not None else float(low)
    return _round((float(low) + (upper - float(low)) * fraction) / 60.0)


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


def _round(value: Any, digits: int = 1) -> float | None:
    return None if value is None else round(float(value), digits)
