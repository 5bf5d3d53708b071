"""The supervisor's dashboard: time per step against the SLA (median, 90th percentile, over the SLA,
overdue now) and per teller, from the steps done in the window and the open steps past their SLA."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from teller_app.domain.errors import TellerError
from teller_app.domain.steps import Step
from teller_app.services.procedures import definition_by_version


@dataclass(frozen=True)
class StepTime:
    """Time spent in one step (minutes) over the window, against its SLA, and overdue now."""

    step: str
    count: int
    median: float | None
    p90: float | None
    sla: int
    over_sla: int
    overdue_now: int


@dataclass(frozen=True)
class TellerTime:
    teller_id: str
    teller: str  # the display name from `names`, else the login name
    steps_done: int
    median: float | None
    over_sla: int
    overdue_now: int
    login: str = ""  # the login name (用户名); "" for a maker unknown on this terminal


def percentile(values: Sequence[float], share: float) -> float | None:
    """The `share` percentile by linear interpolation between closest ranks (median: 0.5)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (position - low), 1)


def sla_minutes(version: str | None) -> dict[str, int]:
    """The SLA of each step (minutes) in procedure `version`; none for a version this terminal does not know."""
    try:
        return {
            step.value: minutes for step, minutes in definition_by_version(version or "").sla_minutes.items()
        }
    except TellerError:  # an unknown procedure version has no SLA to measure against
        return {}


def step_and_teller_times(
    done_rows: Sequence[Any],
    overdue: Sequence[tuple[str, str, int]],
    logins: dict[str, str],
    names: Callable[[Iterable[str]], dict[str, str]] | None,
) -> tuple[tuple[StepTime, ...], tuple[TellerTime, ...]]:
    """Time per step and per teller from the steps done (step, entered, completed, procedure version,
    maker) and the open steps past their SLA now (step, maker, SLA); a teller is named by `names`, else by
    their login name."""
    per_step: dict[str, list[float]] = defaultdict(list)
    over_step: Counter[str] = Counter()
    per_teller: dict[str, list[float]] = defaultdict(list)
    over_teller: Counter[str] = Counter()
    sla_of: dict[str, int] = {}
    for step, entered, completed, version, maker in done_rows:
        minutes = max(0.0, (completed - entered).total_seconds() / 60)
        sla = sla_minutes(version).get(step)
        per_step[step].append(minutes)
        per_teller[maker].append(minutes)
        if sla is not None:
            sla_of.setdefault(step, sla)
            if minutes > sla:
                over_step[step] += 1
                over_teller[maker] += 1
    overdue_step = Counter(step for step, _, _ in overdue)
    overdue_teller = Counter(maker for _, maker, _ in overdue)
    for step, _, sla in overdue:
        sla_of.setdefault(step, sla)
    steps = []
    for step in Step:
        values = per_step.get(step.value, [])
        if not values and not overdue_step.get(step.value):
            continue
        steps.append(
            StepTime(
                step=step.value,
                count=len(values),
                median=percentile(values, 0.5),
                p90=percentile(values, 0.9),
                sla=sla_of[step.value] if step.value in sla_of else 0,
                over_sla=over_step[step.value],
                overdue_now=overdue_step[step.value],
            )
        )
    ids = sorted(set(per_teller) | set(overdue_teller))
    named = names(ids) if names else {}
    tellers = tuple(
        TellerTime(
            teller_id=t,
            teller=named.get(t) or logins.get(t, t),
            steps_done=len(per_teller.get(t, [])),
            median=percentile(per_teller.get(t, []), 0.5),
            over_sla=over_teller[t],
            overdue_now=overdue_teller[t],
            login=logins.get(t, ""),
        )
        for t in ids
    )
    return tuple(steps), tellers
