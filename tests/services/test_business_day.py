"""Business dates are the branch's calendar day: a Beijing teller after midnight works on the new day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from checker_helpers import checker_for
from service_helpers import corporate_case_to_contract, give_number_block

from teller_app.domain.errors import RuleError
from teller_app.services import account_setup, approvals, cases
from teller_app.services.business_day import business_date

BEIJING = timezone(timedelta(hours=8))
# 01:30 on Friday 27 November in Beijing; still Thursday 26 November in UTC.
AFTER_MIDNIGHT_IN_BEIJING = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)


def test_business_date_is_the_calendar_day_in_the_branch_time_zone():
    assert business_date(AFTER_MIDNIGHT_IN_BEIJING, BEIJING) == date(2026, 11, 27)
    assert business_date(AFTER_MIDNIGHT_IN_BEIJING, UTC) == date(2026, 11, 26)


def test_business_date_defaults_to_the_terminal_time_zone(terminal_in_beijing):
    assert business_date(AFTER_MIDNIGHT_IN_BEIJING) == date(2026, 11, 27)


def test_account_set_up_after_midnight_in_beijing_opens_and_files_on_the_beijing_day(
    store, staff, clock, terminal_in_beijing
):
    give_number_block(store)
    clock.now = AFTER_MIDNIGHT_IN_BEIJING
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "approve")
    done = account_setup.set_up_account(store, teller, case.id)
    assert done.account["opened_on"] == "2026-11-27"
    assert done.account["filing_deadline"] == "2026-11-27"  # enterprise basic: the opening day itself


def test_temporary_account_expiry_is_checked_against_the_beijing_day(
    store, staff, clock, terminal_in_beijing
):
    clock.now = AFTER_MIDNIGHT_IN_BEIJING
    teller = staff["teller"]
    case = cases.open_case(
        store, teller, "enterprise_legal_person", "temporary", customer_name="示例工程项目部"
    )
    intake = {"customer_name": "示例工程项目部", "channel": "counter", "temporary_until": "2026-11-27"}
    with pytest.raises(RuleError) as refused:
        cases.save_step(store, teller, case.id, "intake", intake, complete=True)
    assert refused.value.code == "account.temporary_expiry_not_after_opening"
    assert refused.value.params["opened"] == "2026-11-27"
