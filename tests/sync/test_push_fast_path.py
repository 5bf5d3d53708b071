"""The PostgreSQL push path that COPYs rows straight into their tables stores exactly what the reference
decoder reads from each payload (escapes, offsets, bytes), lets an append already stored centrally land
once through the reference path, and rejects only the op whose value the server refuses."""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from sync_helpers import count, edit_case, open_case, record_step

from teller_app.storage.schema_system import OutboxEntry
from teller_app.sync import push, shared_tables
from teller_app.sync.payloads import payload_to_row
from teller_app.sync.status import rejected_entries

BRANCH = "B0101"
TRICKY_TEXT = "2026.1 \\ back\tslash\nnew\rline 中文"


def _outbox(terminal) -> list[OutboxEntry]:
    with terminal.store.reading() as session:
        return list(session.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.seq)))


def _set_payload(terminal, seq: int, payload: dict) -> None:
    with terminal.store.writer.connection() as conn:
        conn.execute(sa.update(OutboxEntry).where(OutboxEntry.seq == seq).values(payload=json.dumps(payload)))


def test_every_pushed_value_is_stored_as_the_reference_decoder_reads_it(pg_url, open_terminals, monkeypatch):
    def no_fallback(*_args, **_kwargs):
        raise AssertionError("the batch fell back to the reference path")

    monkeypatch.setattr(push, "apply_push", no_fallback)  # the fast path itself must store all this
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_id = open_case(teller)
    record_step(teller, case_id, "identity", {"id_check": "一致"})
    edit_case(teller, case_id, status="in_progress")
    entries = _outbox(teller)
    for entry in entries:  # text that needs COPY escaping, and a time with another offset
        if entry.entity == "cases":
            payload = json.loads(entry.payload)
            payload.update(procedure_version=TRICKY_TEXT, step_entered_at="2026-11-27T09:30:00.000001+08:00")
            _set_payload(teller, entry.seq, payload)
    entries = _outbox(teller)

    report = teller.sync.run_once()

    assert report.online and report.rejected == 0 and report.waiting == 0
    latest = {(e.entity, e.entity_id): e for e in entries}  # an upserted row holds its last edit
    with teller.sync.central.connect() as conn:
        for (entity, row_id), entry in latest.items():
            table = shared_tables.synced_table(entity)
            assert table is not None
            stored = dict(conn.execute(sa.select(table).where(table.c.id == row_id)).one()._mapping)
            expected = payload_to_row(table, entry.payload)
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
                payload=event.payload,
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
        if entry.entity == "cases":
            payload = json.loads(entry.payload)
            payload["current_step"] = (
                "x" * 400
            )  # a string, so it passes the type check; too long for the column
            _set_payload(teller, entry.seq, payload)
    fine = open_case(teller, name="上海海棠贸易有限公司")

    report = teller.sync.run_once()

    assert report.online and report.rejected == 1 and report.waiting == 0
    [refused] = rejected_entries(teller.store)
    assert refused.entity_id == broken and "sync.refused_by_central" in refused.reason
    with teller.sync.central.connect() as conn:
        assert set(conn.exec_driver_sql("SELECT id FROM cases").scalars()) == {fine}
