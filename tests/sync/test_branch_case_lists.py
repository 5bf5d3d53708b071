"""The branch's open cases reach every terminal of the branch by sync: the supervisor's list and the search
by case number on one terminal show the case another terminal opened."""

from __future__ import annotations

from teller_app.domain.roles import Role
from teller_app.services import case_lists, cases, search
from teller_app.services.actors import Actor
from teller_app.storage.keystore import fresh_data_keys

BRANCH = "B0101"
TELLER = Actor("teller-2", Role.TELLER, name="li")
SUPERVISOR = Actor("super-1", Role.SUPERVISOR, name="liu")


def test_a_case_opened_on_another_terminal_of_the_branch_is_in_the_supervisors_list(pg_url, open_terminals):
    keys = fresh_data_keys("branch-keys")  # terminals of one branch share data keys (see enrolment)
    counter, office = (
        open_terminals(pg_url, BRANCH, "T01", keys=keys),
        open_terminals(pg_url, BRANCH, "T02", keys=keys),
    )
    case = cases.open_case(
        counter.store, TELLER, "enterprise_legal_person", "basic", customer_name="北京青松科技有限公司"
    )
    assert case_lists.branch_open_cases(office.store, SUPERVISOR) == []  # not synced yet
    counter.sync.run_once()
    office.sync.run_once()
    [listed] = case_lists.branch_open_cases(office.store, SUPERVISOR)
    assert (listed.case_id, listed.case_number, listed.customer_name) == (
        case.id,
        case.number,
        "北京青松科技有限公司",
    )
    assert listed.holder_name == "teller-2" and listed.case_number.startswith("B0101-")
    assert [c.case_id for c in search.find_cases(office.store, SUPERVISOR, case.number)] == [case.id]


def test_the_supervisor_on_another_terminal_reads_the_same_approval_summary(pg_url, open_terminals):
    from dataclasses import replace

    from onboarding_flow import SUPERVISOR as CHECKER
    from onboarding_flow import customer, to_approval

    from teller_app.services.approval_summary import approval_summary

    keys = fresh_data_keys("branch-keys")
    counter = open_terminals(pg_url, BRANCH, "T01", keys=keys)
    office = open_terminals(pg_url, BRANCH, "T02", keys=keys, clock=counter.clock)
    case_id = to_approval(counter.store, customer(7))
    counter.sync.run_once()
    office.sync.run_once()
    [waiting] = case_lists.approval_queue(office.store, CHECKER)
    assert waiting.case_id == case_id and waiting.case_number
    here, there = (
        approval_summary(counter.store, CHECKER, case_id),
        approval_summary(office.store, CHECKER, case_id),
    )
    assert there.customer_name == customer(7).company and there.documents and there.factors
    assert replace(there, total_time=here.total_time, steps=here.steps) == here


def test_a_hand_over_reaches_the_central_database_and_the_other_terminal_as_a_case_change(
    pg_url, open_terminals
):
    from datetime import date

    from sync_helpers import table_rows

    from teller_app.domain.passwords import TEST_KDF
    from teller_app.services.actors import as_actor
    from teller_app.services.case_handling import CaseHandling
    from teller_app.services.sign_in import SignInService
    from teller_app.services.users import AuthPolicy, UserAdministration

    keys = fresh_data_keys("branch-keys")
    counter = open_terminals(pg_url, BRANCH, "T01", keys=keys)
    office = open_terminals(pg_url, BRANCH, "T02", keys=keys, clock=counter.clock)
    policy = AuthPolicy(kdf=TEST_KDF)
    admin = UserAdministration(counter.store, policy)
    ids = {
        name: admin.add(
            name, role, "Counter-2026-pass!", certified_until=date(2099, 1, 1), must_change_password=False
        ).id
        for name, role in (("zhang", "teller"), ("li", "teller"), ("liu", "supervisor"))
    }
    sign_in = SignInService(counter.store, policy, counter.clock)
    zhang = sign_in.sign_in("zhang", "Counter-2026-pass!")
    case = cases.open_case(
        counter.store,
        as_actor(zhang),
        "enterprise_legal_person",
        "basic",
        customer_name="北京青松科技有限公司",
    )
    counter.sync.run_once()
    office.sync.run_once()
    supervisor = sign_in.sign_in("liu", "Counter-2026-pass!")
    CaseHandling(counter.store, sign_in).hand_over(supervisor, case.id, "li", "other", "张敏休假")
    counter.sync.run_once()
    office.sync.run_once()
    central = counter.sync.central
    assert table_rows(central, "cases", "id", "maker_id") == [(case.id, ids["li"])]
    assert table_rows(office.store.engine, "cases", "id", "maker_id") == [(case.id, ids["li"])]
    assert ("case.hand_over", ids["liu"]) in table_rows(central, "audit_events", "action", "user_id")
