"""Push against a real PostgreSQL: a replayed batch changes nothing; a lost answer is settled on the resend."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sync_helpers import count, edit_case, open_case, record_step

from teller_app.sync.central_schema import applied_appends, applied_ops, change_log, change_streams, conflicts
from teller_app.sync.local_queue import due_batch
from teller_app.sync.ops import APPLIED
from teller_app.sync.push import send_batch
from teller_app.sync.status import sync_status

BRANCH = "B0101"


def _snapshot(engine: sa.Engine) -> dict[str, list[tuple]]:
    tables = ["cases", "customers", "case_steps", "audit_events"]
    with engine.connect() as conn:
        found = {t: sorted(tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t}")) for t in tables}
        for table in (applied_ops, applied_appends, change_log, change_streams, conflicts):
            found[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(table)))
    return found


def test_replaying_the_same_batch_twice_changes_nothing(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_id = open_case(teller)
    record_step(teller, case_id, "identity", {"id_check": "一致"})
    edit_case(teller, case_id, status="in_progress")
    batch = [q.op for q in due_batch(teller.store, 1000, teller.clock())]
    assert len(batch) >= 6

    first = send_batch(teller.sync.central, teller.sync.identity, batch, teller.clock())
    assert {a.outcome for a in first} == {APPLIED}
    before = _snapshot(teller.sync.central)

    again = send_batch(teller.sync.central, teller.sync.identity, batch, teller.clock())

    assert _snapshot(teller.sync.central) == before
    assert [(a.op_id, a.outcome, a.version) for a in again] == [
        (a.op_id, a.outcome, a.version) for a in first
    ]
    assert all(a.replayed for a in again)


def test_a_batch_whose_answer_was_lost_is_settled_on_the_next_round_without_duplicates(
    pg_url, open_terminals
):
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_id = open_case(teller)
    edit_case(teller, case_id, status="in_progress")
    batch = [q.op for q in due_batch(teller.store, 1000, teller.clock())]
    send_batch(teller.sync.central, teller.sync.identity, batch, teller.clock())  # committed; answer "lost"
    central = teller.sync.central
    cases_before, events_before = count(central, "cases"), count(central, "audit_events")

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.rejected == 0
    assert (count(central, "cases"), count(central, "audit_events")) == (cases_before, events_before)
    with central.connect() as conn:
        version = conn.exec_driver_sql(f"SELECT version FROM cases WHERE id = '{case_id}'").scalar()
    with teller.store.engine.connect() as conn:
        local_version = conn.exec_driver_sql(f"SELECT version FROM cases WHERE id = '{case_id}'").scalar()
    assert version == local_version == 2  # created, then edited: two central versions


def test_appends_applied_by_the_fast_path_are_answered_from_their_batch_record_on_any_path(
    pg_url, open_terminals
):
    """The fast path records applied appends per batch; a replay that goes the reference way (op by op)
    finds them there too, and applies nothing twice."""
    from teller_app.sync.central_apply import apply_push
    from teller_app.sync.central_bulk import apply_push_bulk

    teller = open_terminals(pg_url, BRANCH, "T01")
    open_case(teller)
    record_step(teller, open_case(teller, name="上海海棠贸易有限公司"), "identity", {"id_check": "一致"})
    batch = [q.op for q in due_batch(teller.store, 1000, teller.clock())]
    appends = {op.op_id for op in batch if op.entity == "audit_events"}
    assert len(appends) >= 3
    central = teller.sync.central
    first = apply_push_bulk(central, teller.sync.identity, batch, teller.clock(), look_up_replays=False)
    assert {a.outcome for a in first} == {APPLIED}
    with central.connect() as conn:
        assert not set(conn.exec_driver_sql("SELECT op_id FROM applied_ops").scalars()) & appends
        [(listed,)] = conn.exec_driver_sql("SELECT op_ids FROM applied_appends").all()
    assert set(listed.split(",")) == appends
    before = _snapshot(central)

    for isolate in (False, True):
        with central.begin() as conn:
            again = apply_push(conn, teller.sync.identity, batch, teller.clock(), isolate=isolate)
        assert [(a.op_id, a.outcome, a.version) for a in again] == [
            (a.op_id, a.outcome, a.version) for a in first
        ]
        assert all(a.replayed for a in again)
        assert _snapshot(central) == before


def test_the_teller_sees_waiting_items_and_the_age_of_the_oldest(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    open_case(teller)
    teller.clock.advance(minutes=7)
    status = sync_status(teller.store, teller.clock())
    assert status.waiting == 3  # customer, case, audit event
    assert status.oldest_waiting_seconds == 7 * 60
    assert not status.online

    teller.sync.run_once()
    status = sync_status(teller.store, teller.clock())
    assert status.online and status.waiting == 0 and status.oldest_waiting_seconds is None
    assert status.last_sync_at == teller.clock()


def test_a_rejected_row_leaves_the_queue_and_the_rows_behind_it_go_through(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    first = open_case(teller)
    with teller.store.writer.connection() as conn:  # a row that central refuses: written for another branch
        conn.exec_driver_sql(
            "UPDATE outbox SET line = replace(line, 'B0101', 'B9999') "
            f"WHERE entity = 'cases' AND entity_id = '{first}'"
        )
    second = open_case(teller, name="上海海棠贸易有限公司", credit_code="91310000MA1FL0XXXX")

    report = teller.sync.run_once()

    assert report.online and report.rejected == 1 and report.waiting == 0
    with teller.sync.central.connect() as conn:
        ids = set(conn.exec_driver_sql("SELECT id FROM cases").scalars())
    assert second in ids and first not in ids
    from teller_app.sync.status import rejected_entries

    [refused] = rejected_entries(teller.store)
    assert refused.entity_id == first and "sync.foreign_branch" in refused.reason


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        ("replace(line, char(9) || 'f' || char(9), char(9) || 'perhaps' || char(9))", "sync.bad_payload"),
        ("'not a line'", "sync.bad_payload"),
        ("line || char(9) || 'smuggled'", "sync.bad_payload"),
        ("replace(line, '\\x', '\\xZZ')", "sync.bad_payload"),
        ("replace(line, char(9) || '2026-', char(9) || '2026-13-')", "sync.bad_payload"),
        ("replace(line, char(9), char(10))", "sync.bad_payload"),
    ],
)
def test_a_malformed_row_is_rejected_by_name_and_the_batch_behind_it_still_lands(
    pg_url, open_terminals, damage, code
):
    teller = open_terminals(pg_url, BRANCH, "T01")
    broken = open_case(teller)
    with teller.store.writer.connection() as conn:
        conn.exec_driver_sql(
            f"UPDATE outbox SET line = {damage} WHERE entity = 'cases' AND entity_id = '{broken}'"
        )
    fine = open_case(teller, name="上海海棠贸易有限公司")

    report = teller.sync.run_once()

    assert report.online and report.rejected == 1 and report.waiting == 0
    from teller_app.sync.status import rejected_entries

    [refused] = rejected_entries(teller.store)
    assert refused.entity_id == broken and code in refused.reason
    with teller.sync.central.connect() as conn:
        ids = set(conn.exec_driver_sql("SELECT id FROM cases").scalars())
    assert ids == {fine}
