"""The PostgreSQL push path that COPYs outbox lines straight into their tables stores exactly what the
reference decoder reads from each line (escapes, times, bytes), lets an append already stored centrally
land once through the reference path, and rejects only the op whose value the server refuses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sync_helpers import count, edit_case, open_case, outbox_columns, record_step, set_outbox_values

from teller_app.storage.rows import line_values
from teller_app.storage.schema_system import OutboxEntry
from teller_app.sync import push, shared_tables
from teller_app.sync.status import rejected_entries

BRANCH = "B0101"
TRICKY_TEXT = "2026.1 \\ b\ts\nn\rl 中文 \\N \\x"


def _outbox(terminal) -> list[OutboxEntry]:
    with terminal.store.reading() as session:
        return list(session.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.seq)))


@pytest.mark.parametrize("way", ["compact", "copy"])
def test_every_pushed_value_is_stored_as_the_reference_decoder_reads_it(
    pg_url, open_terminals, monkeypatch, way
):
    def no_fallback(*_args, **_kwargs):
        raise AssertionError("the batch fell back to the reference path")

    monkeypatch.setattr(push, "apply_push", no_fallback)  # the fast path itself must store all this
    if way == "copy":  # the COPY path takes the batch even though it is small
        monkeypatch.setattr(push, "COMPACT_MOST", 0)
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_id = open_case(teller)
    record_step(teller, case_id, "identity", {"id_check": "一致"})
    edit_case(teller, case_id, status="in_progress")
    entries = _outbox(teller)
    for entry in entries:  # text that needs COPY escaping (the store itself refuses control characters)
        if entry.entity == "cases":
            set_outbox_values(
                teller.store,
                entry.seq,
                procedure_version=TRICKY_TEXT,
                step_entered_at=datetime(2026, 11, 27, 1, 30, 0, 1, tzinfo=UTC),
            )
    entries = _outbox(teller)

    report = teller.sync.run_once()

    assert report.online and report.rejected == 0 and report.waiting == 0
    latest = {(e.entity, e.entity_id): e for e in entries}  # an upserted row holds its last edit
    with teller.sync.central.connect() as conn:
        for (entity, row_id), entry in latest.items():
            table = shared_tables.synced_table(entity)
            assert table is not None
            stored = dict(conn.execute(sa.select(table).where(table.c.id == row_id)).one()._mapping)
            expected = line_values(table, outbox_columns(teller.store, entry.layout), entry.line)
            expected.pop("version"), stored.pop("version")
            assert stored == {name: expected.get(name) for name in stored}, entity
    with teller.sync.central.connect() as conn:
        stored_text = conn.exec_driver_sql(
            "SELECT procedure_version FROM cases WHERE id = %(i)s", {"i": case_id}
        ).scalar()
    assert stored_text == TRICKY_TEXT


def test_an_audit_event_already_stored_centrally_under_another_op_lands_once(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    open_case(teller)
    [event] = [e for e in _outbox(teller) if e.entity == "audit_events"]
    assert teller.sync.run_once().waiting == 0
    events = count(teller.sync.central, "audit_events")
    with teller.store.writer.connection() as conn:  # e.g. a store restored from a backup pushes it again
        conn.execute(
            sa.insert(OutboxEntry).values(
                op_id=str(uuid.uuid4()),
                entity="audit_events",
                entity_id=event.entity_id,
                operation="append",
                layout=event.layout,
                line=event.line,
                base_version=0,
                created_at=teller.clock(),
                attempts=0,
                state="waiting",
            )
        )
    open_case(teller, name="上海海棠贸易有限公司")

    report = teller.sync.run_once()

    assert report.online and report.rejected == 0 and report.waiting == 0
    assert count(teller.sync.central, "audit_events") == events + 1
    assert count(teller.sync.central, "cases") == 2


def test_a_value_the_server_refuses_rejects_only_its_op(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    broken = open_case(teller)
    for entry in _outbox(teller):
        if entry.entity == "cases":  # passes the line checks; too long for the column
            set_outbox_values(teller.store, entry.seq, current_step="x" * 400)
    fine = open_case(teller, name="上海海棠贸易有限公司")

    report = teller.sync.run_once()

    assert report.online and report.rejected == 1 and report.waiting == 0
    [refused] = rejected_entries(teller.store)
    assert refused.entity_id == broken and "sync.refused_by_central" in refused.reason
    with teller.sync.central.connect() as conn:
        assert set(conn.exec_driver_sql("SELECT id FROM cases").scalars()) == {fine}


@pytest.mark.parametrize("path", ["fast", "reference"])
def test_an_entry_written_before_a_schema_change_keeps_its_layout_and_lands(
    pg_url, open_terminals, monkeypatch, path
):
    """An entry waiting across an upgrade names its own columns: here the case line lacks `channel`, as if
    written before that column existed; it lands with the column empty, on either path."""
    if path == "reference":

        def refused(*_args, **_kwargs):
            raise push.BatchRefused("forced")

        monkeypatch.setattr(push, "apply_push_bulk", refused)
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_id = open_case(teller)
    [entry] = [e for e in _outbox(teller) if e.entity == "cases"]
    set_outbox_values(teller.store, entry.seq, channel="counter")
    [entry] = [e for e in _outbox(teller) if e.entity == "cases"]
    columns = outbox_columns(teller.store, entry.layout)
    fields = dict(zip(columns, entry.line.split("\t"), strict=True))
    assert fields["channel"] == "counter"  # the current line carries a channel; the older one will not
    older = tuple(c for c in columns if c != "channel")
    with teller.store.writer.connection() as conn:
        conn.exec_driver_sql(
            "INSERT INTO outbox_layouts (entity, columns) VALUES ('cases', ?)", (",".join(older),)
        )
        layout = conn.exec_driver_sql("SELECT max(id) FROM outbox_layouts").scalar_one()
        conn.exec_driver_sql(
            "UPDATE outbox SET layout = ?, line = ? WHERE seq = ?",
            (layout, "\t".join(fields[c] for c in older), entry.seq),
        )

    report = teller.sync.run_once()

    assert report.online and report.rejected == 0 and report.waiting == 0
    with teller.sync.central.connect() as conn:
        row = conn.exec_driver_sql("SELECT id, channel, branch FROM cases").one()
    assert tuple(row) == (case_id, None, BRANCH)
