"""Every business write is one transaction with its audit event and its outbox entries."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select, text, update
from storage_helpers import BRANCH, add_customer_and_case

from teller_app.domain.errors import RuleError
from teller_app.storage.errors import AppendOnlyViolation
from teller_app.storage.rows import BadLine, copy_field, line_values
from teller_app.storage.schema import Approval, AuditEvent, Case, Customer, OutboxEntry, OutboxLayout


def count(store, model) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def outbox(store) -> list[OutboxEntry]:
    with store.reading() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_opening_a_case_writes_rows_audit_event_and_outbox_entries_together(store, open_case):
    customer, case = open_case()
    entries = outbox(store)
    assert [(e.entity, e.entity_id, e.operation) for e in entries] == [
        ("customers", customer.id, "upsert"),
        ("cases", case.id, "upsert"),
        ("audit_events", entries[2].entity_id, "append"),
    ]
    assert all(e.state == "waiting" and e.attempts == 0 and e.base_version == 0 for e in entries)
    assert count(store, AuditEvent) == 1


def test_outbox_line_holds_the_stored_values_with_ciphertext_still_ciphertext(store, open_case):
    customer, _ = open_case(name="Payload Check Ltd")
    entry = outbox(store)[0]
    with store.reading() as session:
        layout = session.get(OutboxLayout, entry.layout)
    columns = tuple(layout.columns.split(","))
    assert layout.entity == "customers" and columns[:2] == ("id", "branch") and columns[-1] == "version"
    fields = dict(zip(columns, entry.line.split("\t"), strict=True))
    assert fields["id"] == customer.id and fields["branch"] == BRANCH and fields["version"] == "0"
    assert fields["name"] == "\\\\x" + customer.name.hex()  # bytea hex, backslash escaped for COPY
    assert "Payload Check" not in entry.line
    values = line_values(Customer.__table__, columns, entry.line)
    assert values["name"] == customer.name
    assert values["created_at"] == customer.created_at


def test_outbox_lines_escape_text_and_read_back_exactly(store, open_case):
    _, case = open_case()
    tricky = "c\\d中\\N\\x"
    with store.unit_of_work(user_id="teller-1") as uow:
        row = uow.get(Case, case.id)
        row.current_step = tricky
    entry = [e for e in outbox(store) if e.entity == "cases"][-1]
    with store.reading() as session:
        columns = tuple(session.get(OutboxLayout, entry.layout).columns.split(","))
    assert entry.line.count("\t") == len(columns) - 1
    assert line_values(Case.__table__, columns, entry.line)["current_step"] == tricky


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda line: line + "\textra", "fields for"),
        (lambda line: line[: line.rindex("\t")] + "\tzero", "bad value for version"),
        (lambda line: line.replace("\\\\x", "\\\\xZZ", 1), "bad value for"),
        (lambda line: line.replace("\t", "\t\\q", 1), "bad value for"),
    ],
)
def test_a_damaged_outbox_line_is_refused_naming_the_problem(store, open_case, damage, problem):
    open_case(name="Damage Check Ltd")
    entry = outbox(store)[0]
    with store.reading() as session:
        columns = tuple(session.get(OutboxLayout, entry.layout).columns.split(","))
    with pytest.raises(BadLine, match=problem):
        line_values(Customer.__table__, columns, damage(entry.line))


def test_a_changed_case_gets_a_new_outbox_entry_carrying_its_base_version(store, open_case, clock):
    _, case = open_case()
    clock.advance(minutes=3)
    with store.unit_of_work(user_id="teller-1") as uow:
        row = uow.get(Case, case.id)
        row.version = 4  # as if the central side had advanced it
        row.current_step = "identity"
        uow.append_audit("case.step_saved", case_id=case.id, step="intake")
    last_case_entry = [e for e in outbox(store) if e.entity == "cases"][-1]
    assert last_case_entry.base_version == 4
    with store.reading() as session:
        columns = tuple(session.get(OutboxLayout, last_case_entry.layout).columns.split(","))
    values = line_values(Case.__table__, columns, last_case_entry.line)
    assert values["current_step"] == "identity"
    assert values["updated_at"] == clock.now  # the store's clock, not the wall clock
    assert values["created_at"] != values["updated_at"]


def test_a_unit_that_fails_leaves_no_row_no_audit_event_and_no_outbox_entry(store):
    with pytest.raises(RuleError):
        with store.unit_of_work(user_id="teller-1") as uow:
            add_customer_and_case(uow)
            raise RuleError("case.refused", "refused by the procedure")
    assert count(store, Customer) == count(store, Case) == count(store, AuditEvent) == 0
    assert outbox(store) == []


def test_a_unit_without_changes_writes_nothing(store):
    with store.unit_of_work():
        pass
    assert outbox(store) == []


def test_audit_event_cannot_be_changed_through_the_unit_of_work(store, open_case):
    open_case()
    with pytest.raises(AppendOnlyViolation):
        with store.unit_of_work() as uow:
            event = uow.session.scalars(select(AuditEvent)).one()
            event.result = "refused"


def test_approval_cannot_be_changed_or_deleted(store, open_case):
    _, case = open_case()
    with store.unit_of_work(user_id="supervisor-1") as uow:
        from teller_app.storage.schema import ApprovalRequest

        request = uow.new(ApprovalRequest, case_id=case.id, requested_by="teller-1", content_hash="ab" * 32)
        approval = uow.new(
            Approval,
            request_id=request.id,
            case_id=case.id,
            maker_id="teller-1",
            checker_id="supervisor-1",
            decision="approve",
            content_hash="ab" * 32,
        )
    assert [e.operation for e in outbox(store) if e.entity in ("approvals", "approval_requests")] == [
        "append",
        "append",
    ]
    with pytest.raises(AppendOnlyViolation):
        with store.unit_of_work() as uow:
            uow.get(Approval, approval.id).decision = "reject"
    with pytest.raises(AppendOnlyViolation):
        with store.unit_of_work() as uow:
            uow.session.delete(uow.get(Approval, approval.id))


def test_a_case_is_never_deleted_only_its_status_changes(store, open_case):
    _, case = open_case()
    with pytest.raises(AppendOnlyViolation) as raised:
        with store.unit_of_work() as uow:
            uow.session.delete(uow.get(Case, case.id))
    assert raised.value.code == "storage.no_delete"
    assert count(store, Case) == 1


def test_rows_pulled_from_the_central_database_do_not_go_back_to_the_outbox(store):
    with store.unit_of_work() as uow:
        uow.store_pulled(Customer(branch=BRANCH, kind="individual", version=3))
    assert count(store, Customer) == 1
    assert outbox(store) == []


def test_reading_session_refuses_writes(store):
    with pytest.raises(RuntimeError, match="read-only"):
        with store.reading() as session:
            session.add(Customer(branch=BRANCH, kind="individual"))
            session.flush()


def test_reading_session_refuses_update_and_delete_statements_too(store, open_case):
    customer, _ = open_case()
    for statement in (
        update(Customer).where(Customer.id == customer.id).values(kind="individual"),
        delete(Customer).where(Customer.id == customer.id),
        insert(Customer).values(id="c-2", branch=BRANCH, kind="individual"),
    ):
        with pytest.raises(RuntimeError, match="read-only"):
            with store.reading() as session:
                session.execute(statement)
    with store.reading() as session:
        assert session.get(Customer, customer.id).kind == "enterprise_legal_person"
        assert session.execute(text("SELECT count(*) FROM customers")).scalar() == 1


def test_units_of_work_cannot_nest_in_one_thread(store):
    with pytest.raises(RuntimeError, match="already open"):
        with store.unit_of_work():
            with store.unit_of_work():
                pass


def test_local_store_runs_in_wal_mode_with_full_sync_and_a_busy_timeout(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_second_writer_waits_for_the_first_instead_of_failing(store, open_case):
    """Another process holding the write lock only delays our unit (BEGIN IMMEDIATE + busy timeout)."""
    import threading

    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.2, other.execute, args=("COMMIT",)).start()
    open_case()  # blocks until the other writer commits, then succeeds
    other.close()
    assert count(store, Case) == 1


def test_timestamps_read_back_timezone_aware_in_utc(store, open_case, clock):
    _, case = open_case()
    with store.reading() as session:
        stored = session.get(Case, case.id)
        assert stored.step_entered_at == clock.now
        assert stored.step_entered_at.utcoffset().total_seconds() == 0


def test_outbox_op_ids_are_uuid7_and_sort_in_the_order_they_were_written(store, open_case):
    import uuid

    for n in range(3):
        open_case(name=f"Order Check {n} Ltd")
    ids = [e.op_id for e in outbox(store)]
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in ids)
    assert len(set(ids)) == len(ids)
    # Millisecond prefixes never go backwards (within one millisecond the random tail may not sort).
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)


@given(
    st.lists(
        st.one_of(st.none(), st.text(), st.binary(), st.integers(-(2**62), 2**62), st.booleans()), min_size=1
    )
)
def test_any_values_survive_a_trip_through_an_outbox_line(values):
    kinds = {str: sa.Text(), bytes: sa.LargeBinary(), int: sa.Integer(), bool: sa.Boolean()}
    table = sa.Table(
        "trip",
        sa.MetaData(),
        *(sa.Column(f"c{i}", kinds[type(v)] if v is not None else sa.Text()) for i, v in enumerate(values)),
    )
    line = "\t".join(copy_field(v) for v in values)
    assert "\n" not in line and "\r" not in line and line.count("\t") == len(values) - 1
    decoded = line_values(table, [c.name for c in table.columns], line)
    assert list(decoded.values()) == values
