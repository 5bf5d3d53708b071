"""Two terminals edit one case: one conflict in the supervisor's queue, both versions whole, nothing lost."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sync_helpers import edit_case, open_case

from teller_app.domain.errors import RuleError
from teller_app.storage.keystore import fresh_data_keys
from teller_app.sync.conflicts import list_conflicts, resolve_conflict

BRANCH = "B0101"


def _case(engine: sa.Engine, case_id: str) -> tuple[str, str, int]:
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            f"SELECT status, current_step, version FROM cases WHERE id = '{case_id}'"
        ).one()
    return row[0], row[1], row[2]


@pytest.fixture
def two_tellers(pg_url, open_terminals):
    keys = fresh_data_keys("branch-keys")  # terminals of one branch share data keys (see enrolment)
    first = open_terminals(pg_url, BRANCH, "T01", keys=keys)
    second = open_terminals(pg_url, BRANCH, "T02", keys=keys)
    case_id = open_case(first)
    first.sync.run_once()
    second.sync.run_once()  # the second terminal now holds the case too
    assert _case(second.store.engine, case_id) == _case(first.store.engine, case_id)
    return first, second, case_id


def test_two_terminals_editing_one_case_give_one_queued_conflict_with_both_versions(two_tellers):
    first, second, case_id = two_tellers
    edit_case(first, case_id, status="in_progress", current_step="identity")
    edit_case(second, case_id, status="returned", current_step="documents")

    first.sync.run_once()
    report = second.sync.run_once()

    assert report.new_conflicts == 1 and report.conflicts == 1
    [conflict] = list_conflicts(second.sync.central, branch=BRANCH)
    assert conflict.entity == "cases" and conflict.entity_id == case_id
    assert conflict.terminal_id == "B0101:T02"
    assert (conflict.local_payload["status"], conflict.local_payload["current_step"]) == (
        "returned",
        "documents",
    )
    assert (conflict.central_payload["status"], conflict.central_payload["current_step"]) == (
        "in_progress",
        "identity",
    )
    assert set(conflict.differing_columns()) >= {"status", "current_step"}
    # Kept whole on both sides: central has the first edit, the second terminal still has its own.
    assert _case(first.sync.central, case_id)[:2] == ("in_progress", "identity")
    assert _case(second.store.engine, case_id)[:2] == ("returned", "documents")
    assert report.waiting == 0  # the queue is not wedged by the conflict


def test_supervisor_keeps_the_local_version_and_both_terminals_receive_it(two_tellers):
    first, second, case_id = two_tellers
    edit_case(first, case_id, status="in_progress")
    edit_case(second, case_id, status="returned")
    first.sync.run_once()
    second.sync.run_once()
    [conflict] = list_conflicts(first.sync.central, branch=BRANCH)

    resolved = resolve_conflict(first.sync.central, conflict.id, "local", by_user="supervisor-1")

    assert (
        resolved.state == "resolved"
        and resolved.resolution == "local"
        and resolved.resolved_by == "supervisor-1"
    )
    first.sync.run_once()
    second.sync.run_once()
    central = _case(first.sync.central, case_id)
    assert central[0] == "returned"
    assert _case(first.store.engine, case_id) == central == _case(second.store.engine, case_id)
    assert list_conflicts(first.sync.central, branch=BRANCH) == []
    assert first.sync.run_once().conflicts == 0


def test_supervisor_may_merge_the_two_versions(two_tellers):
    first, second, case_id = two_tellers
    edit_case(first, case_id, status="in_progress")
    edit_case(second, case_id, current_step="documents")
    first.sync.run_once()
    second.sync.run_once()
    [conflict] = list_conflicts(first.sync.central, branch=BRANCH)
    merged = dict(conflict.central_payload, current_step=conflict.local_payload["current_step"])

    resolve_conflict(first.sync.central, conflict.id, merged, by_user="supervisor-1")

    second.sync.run_once()
    assert _case(second.store.engine, case_id)[:2] == ("in_progress", "documents")


def test_a_conflict_is_resolved_once(two_tellers):
    first, second, case_id = two_tellers
    edit_case(first, case_id, status="in_progress")
    edit_case(second, case_id, status="returned")
    first.sync.run_once()
    second.sync.run_once()
    [conflict] = list_conflicts(first.sync.central)
    resolve_conflict(first.sync.central, conflict.id, "central", by_user="supervisor-1")
    with pytest.raises(RuleError) as refused:
        resolve_conflict(first.sync.central, conflict.id, "local", by_user="supervisor-2")
    assert refused.value.code == "sync.conflict_already_resolved"


def test_audit_events_of_both_terminals_on_one_case_never_conflict(two_tellers):
    first, second, case_id = two_tellers
    with first.store.unit_of_work() as uow:
        uow.append_audit("case.view", case_id=case_id)
    with second.store.unit_of_work() as uow:
        uow.append_audit("case.view", case_id=case_id)
    first.sync.run_once()
    report = second.sync.run_once()
    assert report.new_conflicts == 0
    with first.sync.central.connect() as conn:
        views = conn.exec_driver_sql(
            f"SELECT terminal FROM audit_events WHERE case_id = '{case_id}' AND action = 'case.view' ORDER BY terminal"
        ).scalars()
        assert list(views) == ["T01", "T02"]


def test_the_same_terminal_editing_twice_before_a_sync_is_no_conflict(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_id = open_case(teller)
    teller.sync.run_once()
    edit_case(teller, case_id, status="in_progress")
    edit_case(teller, case_id, current_step="identity")
    report = teller.sync.run_once()
    assert report.new_conflicts == 0
    assert _case(teller.sync.central, case_id)[:2] == ("in_progress", "identity")
