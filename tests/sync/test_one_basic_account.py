"""One basic account per depositor across the bank's terminals: asked of the central database (by blind
index) when online, the local store always; an account set up offline is "uniqueness to confirm", checked at
the next sync, and a clash goes to the supervisor's queue and blocks activation where it has not happened."""

from __future__ import annotations

import pytest
from onboarding_flow import SUPERVISOR, TELLER, customer, onboard
from sync_helpers import TEST_BANK_UNIQUENESS_KEY

from teller_app.domain.errors import RuleError
from teller_app.services import account_setup, alerts
from teller_app.services.case_store import load_case
from teller_app.storage.keystore import fresh_data_keys, with_uniqueness_key
from teller_app.sync.uniqueness import CentralAccountRegistry

BRANCH = "310115"
BANK_KEY = TEST_BANK_UNIQUENESS_KEY


def central_of(terminal):
    return lambda case_id: CentralAccountRegistry(terminal.sync.central, terminal.store, exclude_case=case_id)


@pytest.fixture
def two_counters(pg_url, open_terminals):
    keys = fresh_data_keys("branch-310115")  # the branch's keys, shared by its terminals (enrolment)
    with_uniqueness_key(keys, BANK_KEY)  # the bank-wide key travels with them
    first = open_terminals(pg_url, BRANCH, "T01", keys=keys)
    second = open_terminals(pg_url, BRANCH, "T02", keys=keys)
    assert first.sync.run_once().online and second.sync.run_once().online  # number blocks
    return first, second


def test_online_a_second_basic_account_for_the_same_depositor_is_refused_from_the_central_database(
    two_counters,
):
    first, second = two_counters
    who = customer(1)
    case_id, _ = onboard(first.store, who)
    assert load_case(first.store, case_id).account["uniqueness"] == "to_confirm"  # set up without asking
    assert first.sync.run_once().online
    assert load_case(first.store, case_id).account["uniqueness"] == "confirmed"

    with pytest.raises(RuleError) as refused:
        onboard(second.store, who, activate=False, central=central_of(second))  # T02 never pulled it
    assert refused.value.code == "account.basic_already_exists"
    assert refused.value.params["where"] == "central"


def test_an_account_set_up_offline_that_clashes_goes_to_the_supervisor_and_waits_for_activation(two_counters):
    first, second = two_counters
    who = customer(2)
    first_case, _ = onboard(first.store, who)  # both counters offline: neither knows the other's
    second_case, _ = onboard(second.store, who, activate=False)
    assert load_case(second.store, second_case).account["uniqueness"] == "to_confirm"

    assert first.sync.run_once().online
    assert second.sync.run_once().online  # T02's account is checked against the central database
    assert load_case(second.store, second_case).account["uniqueness"] == "clash"

    queue = [
        a for a in alerts.alerts(second.store, SUPERVISOR, second.clock()) if a.kind == "uniqueness_clash"
    ]
    assert [a.case_id for a in queue] == [second_case]
    with pytest.raises(RuleError) as refused:
        account_setup.activate(second.store, TELLER, second_case)
    assert refused.value.code == "account.uniqueness_clash"

    with pytest.raises(RuleError):
        account_setup.clear_uniqueness_clash(
            second.store, TELLER, second_case, reason="x"
        )  # not a teller's call
    account_setup.clear_uniqueness_clash(
        second.store, SUPERVISOR, second_case, reason="the first account was closed on 2026-03-02"
    )
    assert account_setup.activate(second.store, TELLER, second_case).status.value == "active"


def test_offline_the_local_store_still_refuses_a_second_basic_account(two_counters):
    first, _second = two_counters
    who = customer(3)
    onboard(first.store, who)
    with pytest.raises(RuleError) as refused:
        onboard(first.store, who, activate=False)
    assert (refused.value.code, refused.value.params["where"]) == ("account.basic_already_exists", "local")
