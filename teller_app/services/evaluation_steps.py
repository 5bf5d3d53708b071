"""Time per step for the evaluation report: one pass over the case steps, exact percentiles, over-SLA counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from teller_app.domain.steps import Step
from teller_app.services.procedures import load_definitions
from teller_app.services.report_periods import Period


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


def seconds_sql(conn: Connection, later: str, earlier: str) -> str:
    if conn.dialect.name == "postgresql":
        return f"date_part('epoch', {later} - {earlier})"  # double precision (EXTRACT gives slow numeric)
    return f"(julianday({later}) - julianday({earlier})) * 86400.0"


def sla_sql(version: str, step: str) -> str:
    """The SLA minutes of (version, step) as a CASE over the shipped definitions (their versions and step
    names are validated data: digits and dots, the Step names), so no value comes from outside."""
    whens = " ".join(
        f"WHEN {version} = '{d.version}' AND {step} = '{s.value}' THEN {int(minutes)}"
        for d in load_definitions()
        for s, minutes in d.sla_minutes.items()
    )
    return f"CASE {whens} END"


def step_figures(conn: Connection, periods: list[Period], branch: str | None) -> list[list[StepFigures]]:
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
    seconds = seconds_sql(conn, "s.completed_at", "s.entered_at")
    sla = sla_sql("b.version", "b.step")
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
            average=rounded(float(secs_sum) / n / 60.0),
            median=interpolated(n, 0.5, p50_lo, p50_hi),
            p90=interpolated(n, 0.9, p90_lo, p90_hi),
            over_sla=int(over or 0),
        )
    return [[by_step[s.value] for s in Step if s.value in by_step] for by_step in found]


def interpolated(n: int, share: float, low: Any, high: Any) -> float | None:
    """percentile_cont: the value at rank (n-1)·share, between the values at its floor and the next rank."""
    if low is None:
        return None
    position = (n - 1) * share
    fraction = position - int(position)
    upper = float(high) if high is not None else float(low)
    return rounded((float(low) + (upper - float(low)) * fraction) / 60.0)


def rounded(value: Any, digits: int = 1) -> float | None:
    return None if value is None else round(float(value), digits)
