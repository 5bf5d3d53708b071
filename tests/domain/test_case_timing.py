"""Time a case spends at each step, and overdue steps against the procedure's SLA minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from teller_app.domain.account_types import AccountType
from teller_app.domain.case import Case, open_case
from teller_app.domain.case_moves import advance, cancel_case, go_back, save_step
from teller_app.domain.case_timing import (
    current_step_overdue,
    overdue_steps,
    time_in_step,
    time_left_in_step,
)
from teller_app.domain.customers import CustomerKind
from teller_app.domain.steps import Step

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
SLA = {Step.INTAKE: 10, Step.IDENTITY: 15}


def minutes(n: float) -> datetime:
    return T0 + timedelta(minutes=n)


def new_case() -> Case:
    return open_case(
        case_id="case-1",
        customer_kind=CustomerKind.ENTERPRISE_LEGAL_PERSON,
        account_type=AccountType.BASIC,
        procedure_version="2026.1",
        maker="teller-1",
        now=T0,
    )


def next_page(case: Case, at: datetime) -> Case:
    return advance(save_step(case, {"page": case.step.value}, complete=True), now=at)


def test_time_at_the_current_step_runs_with_the_clock():
    case = new_case()
    assert time_in_step(case, Step.INTAKE, T0) == timedelta(0)
    assert time_in_step(case, Step.INTAKE, minutes(7)) == timedelta(minutes=7)
    assert time_in_step(case, Step.IDENTITY, minutes(7)) == timedelta(0)


def test_leaving_a_step_records_the_time_spent_there():
    case = next_page(new_case(), minutes(4))
    assert case.step_entered_at == minutes(4)
    assert time_in_step(case, Step.INTAKE, minutes(60)) == timedelta(minutes=4)
    assert time_in_step(case, Step.IDENTITY, minutes(6)) == timedelta(minutes=2)


def test_going_back_adds_a_second_visit_to_the_step():
    case = next_page(new_case(), minutes(4))
    case = go_back(case, now=minutes(9))  # 5 minutes at identity
    case = advance(case, now=minutes(12))  # 3 more minutes at intake
    assert time_in_step(case, Step.INTAKE, minutes(12)) == timedelta(minutes=7)
    assert time_in_step(case, Step.IDENTITY, minutes(13)) == timedelta(minutes=6)


def test_a_step_past_its_sla_is_overdue():
    case = new_case()
    assert not current_step_overdue(case, minutes(10), SLA)
    assert current_step_overdue(case, minutes(10.5), SLA)
    assert time_left_in_step(case, minutes(4), SLA) == timedelta(minutes=6)
    assert time_left_in_step(case, minutes(12), SLA) == timedelta(minutes=-2)


def test_overdue_steps_keep_their_history():
    case = next_page(new_case(), minutes(11))
    assert overdue_steps(case, minutes(12), SLA) == (Step.INTAKE,)
    assert not current_step_overdue(case, minutes(12), SLA)
    assert overdue_steps(case, minutes(30), SLA) == (Step.INTAKE, Step.IDENTITY)


def test_a_step_without_an_sla_is_never_overdue():
    case = next_page(next_page(new_case(), minutes(1)), minutes(2))
    assert case.step is Step.DOCUMENTS
    assert not current_step_overdue(case, minutes(10_000), SLA)
    assert time_left_in_step(case, minutes(3), SLA) is None


def test_the_clock_stops_when_the_case_closes():
    case = cancel_case(new_case(), reason="customer left", now=minutes(5))
    assert case.closed_at == minutes(5)
    assert time_in_step(case, Step.INTAKE, minutes(500)) == timedelta(minutes=5)
    assert not current_step_overdue(case, minutes(500), SLA)


def test_a_clock_that_went_backwards_counts_as_no_time():
    case = new_case()
    assert time_in_step(case, Step.INTAKE, minutes(-30)) == timedelta(0)
