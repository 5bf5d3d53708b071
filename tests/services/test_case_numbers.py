"""Human-quotable case numbers: branch, business date, terminal, sequence; in lists, headers and documents."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.case_numbers import agreement_number, case_number
from teller_app.services import case_lists, cases


def test_cases_are_numbered_by_branch_day_terminal_and_sequence(store, staff, clock) -> None:
    first = cases.open_case(
        store, staff["teller"], "enterprise_legal_person", "basic", customer_name="甲公司"
    )
    second = cases.open_case(
        store, staff["teller"], "enterprise_legal_person", "basic", customer_name="乙公司"
    )
    assert first.number == "310115-20260302-T01-0001"
    assert second.number == "310115-20260302-T01-0002"
    clock.advance(days=1)
    third = cases.open_case(
        store, staff["teller"], "enterprise_legal_person", "basic", customer_name="丙公司"
    )
    assert third.number == "310115-20260303-T01-0001"  # a new business day starts again at 1


def test_the_case_number_is_in_the_lists_and_the_header(store, staff) -> None:
    case = cases.open_case(store, staff["teller"], "enterprise_legal_person", "basic", customer_name="甲公司")
    listed = case_lists.list_my_cases(store, staff["teller"])
    assert [c.case_number for c in listed] == [case.number]
    assert case_lists.case_header(store, staff["teller"], case.id).case_number == case.number


def test_the_agreement_number_follows_the_case_number() -> None:
    number = case_number("310115", "T01", date(2026, 3, 2), 7)
    assert number == "310115-20260302-T01-0007"
    assert agreement_number(number) == "310115-XY20260302-T01-0007"
    with pytest.raises(ValueError):
        case_number("310115", "T01", date(2026, 3, 2), 0)
