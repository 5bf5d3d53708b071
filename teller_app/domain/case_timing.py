"""Time a case spends at each step, measured against the procedure's SLA minutes per step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from teller_app.domain.case import Case
from teller_app.domain.steps import ORDER, Step


def _since_entered(case: Case, now: datetime) -> timedelta:
    """Time at the current step so far; a clock that went backwards counts as no time."""
    end = case.closed_at if case.closed_at is not None else now
    return max(end - case.step_since, timedelta(0))


def time_in_step(case: Case, step: Step, now: datetime) -> timedelta:
    """All the time the case has spent at `step`, its current visit included."""
    spent = case.time_in_steps.get(step, timedelta(0))
    if step is case.step:
        spent += _since_entered(case, now)
    return spent


def enter_step(case: Case, step: Step, now: datetime) -> Case:
    """Move the case to `step`, adding the time of the visit that ends to the step it leaves."""
    spent = {**case.time_in_steps, case.step: time_in_step(case, case.step, now)}
    return replace(case, step=step, step_entered_at=now, time_in_steps=spent)


def close_clock(case: Case, now: datetime) -> Case:
    """Stop the clock when the case closes (rejected, cancelled, activated)."""
    return replace(case, closed_at=now)


def overdue_steps(case: Case, now: datetime, sla_minutes: Mapping[Step, int]) -> tuple[Step, ...]:
    """Steps whose time so far exceeds their SLA, in procedure order (steps without an SLA never are)."""
    return tuple(
        step
        for step in ORDER
        if step in sla_minutes and time_in_step(case, step, now) > timedelta(minutes=sla_minutes[step])
    )


def current_step_overdue(case: Case, now: datetime, sla_minutes: Mapping[Step, int]) -> bool:
    """True when the open case has been at its current step longer than the step's SLA."""
    return case.closed_at is None and case.step in overdue_steps(case, now, sla_minutes)


def time_left_in_step(case: Case, now: datetime, sla_minutes: Mapping[Step, int]) -> timedelta | None:
    """SLA time left at the current step (negative when overdue); None when the step has no SLA."""
    if case.step not in sla_minutes:
        return None
    return timedelta(minutes=sla_minutes[case.step]) - time_in_step(case, case.step, now)
