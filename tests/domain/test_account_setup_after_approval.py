"""After the checker's approval: the account is set up, then activated, and no step follows account setup."""

from __future__ import annotations

from dataclasses import replace

from approval_helpers import approved, at_approval_step
from case_helpers import T0, refused

from teller_app.domain.case import CaseStatus, approval_still_valid
from teller_app.domain.case_approval import activate_account, set_up_account
from teller_app.domain.case_moves import advance, cancel_case, go_back
from teller_app.domain.steps import Step

# --- account setup and activation ------------------------------------------------------------------


def test_advance_to_account_setup_only_after_approval():
    case = at_approval_step()
    assert refused(lambda: advance(case, now=T0)) == "case.not_approved"
    assert advance(approved(), now=T0).step is Step.ACCOUNT_SETUP


def test_account_setup_only_after_approval():
    case = replace(at_approval_step(), step=Step.ACCOUNT_SETUP)
    assert refused(lambda: set_up_account(case, {"number": "001"})) == "case.not_approved"
    assert refused(lambda: activate_account(case, now=T0)) == "case.not_approved"


def test_account_setup_at_the_account_setup_step():
    assert refused(lambda: set_up_account(approved(), {"number": "001"})) == "case.not_current_step"


def test_activation_needs_the_account_set_up_first():
    case = advance(approved(), now=T0)
    assert refused(lambda: activate_account(case, now=T0)) == "case.account_not_set_up"


def test_whole_case_from_approval_to_active_account():
    case = set_up_account(advance(approved(), now=T0), {"number": "6222001234567", "cash_withdrawal": True})
    assert case.account == {"number": "6222001234567", "cash_withdrawal": True}
    assert refused(lambda: set_up_account(case, {"number": "other"})) == "case.account_already_set_up"
    assert refused(lambda: go_back(case, now=T0)) == "case.account_already_set_up"
    active = activate_account(case, now=T0)
    assert active.status is CaseStatus.ACTIVE
    assert approval_still_valid(active)
    assert Step.ACCOUNT_SETUP in active.completed
    assert refused(lambda: advance(active, now=T0)) == "case.closed"
    assert refused(lambda: activate_account(active, now=T0)) == "case.closed"
    assert refused(lambda: cancel_case(active, reason="x", now=T0)) == "case.closed"


def test_no_step_after_account_setup():
    case = set_up_account(advance(approved(), now=T0), {"number": "1"})
    assert refused(lambda: advance(case, now=T0)) == "case.no_next_step"
