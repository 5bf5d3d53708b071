"""A store holding data from the first migration upgrades to the newest schema, data intact."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from storage_helpers import BRANCH, TERMINAL

from teller_app.storage import db
from teller_app.storage.audit import verify_session
from teller_app.storage.errors import StoreProblem
from teller_app.storage.schema import Base, Customer, StoreMeta
from teller_app.storage.store import Store, TerminalIdentity, open_store


def test_store_with_data_from_the_first_migration_upgrades_to_the_newest(paths, data_keys, clock):
    engine = db.create_store_engine(paths.local_store)
    first = db.first_revision()
    db.upgrade(engine, first)
    assert db.current_revision(engine) == first
    assert first != db.head_revision()

    # Data written under the first schema, with raw SQL of that time (the ORM knows only the newest).
    old = Store(engine, paths.local_store, data_keys, TerminalIdentity("B0101", "T01"), clock)
    customer = Customer(
        branch="B0101", kind="individual", created_at=clock.now, updated_at=clock.now, version=0
    )
    old.sealer.seal_text(customer, "name", "迁移测试客户")
    connection = sqlite3.connect(paths.local_store)
    connection.execute(
        "INSERT INTO customers (id, branch, kind, created_at, name, version, updated_at) VALUES (?,?,?,?,?,?,?)",
        (
            customer.id,
            "B0101",
            "individual",
            "2026-11-27 09:30:00.000000",
            customer.name,
            0,
            "2026-11-27 09:30:00",
        ),
    )
    connection.commit()
    connection.close()

    db.upgrade(engine)

    assert db.current_revision(engine) == db.head_revision()
    upgraded = Store(engine, paths.local_store, data_keys, TerminalIdentity("B0101", "T01"), clock)
    with upgraded.reading() as session:
        stored = session.get(Customer, customer.id)
        assert upgraded.sealer.open_text(stored, "name") == "迁移测试客户"
        assert stored.created_at == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    upgraded.set_meta("rotation", "{}")  # the table the second migration adds
    with upgraded.reading() as session:
        assert session.scalars(select(StoreMeta.key)).all() == ["rotation"]
    with upgraded.unit_of_work() as uow:
        uow.append_audit("store.upgraded")
    with upgraded.reading() as session:
        assert all(result.ok for result in verify_session(session))
    engine.dispose()


def test_newest_migration_matches_the_schema_in_code(store):
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_opening_a_store_twice_does_not_migrate_again(paths, data_keys, store):
    before = db.current_revision(store.engine)
    db.upgrade(store.engine)
    assert db.current_revision(store.engine) == before == db.head_revision()


def test_a_store_from_a_newer_version_of_the_app_is_refused_before_anything_changes(paths, data_keys, store):
    store.close()
    connection = sqlite3.connect(paths.local_store)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    with pytest.raises(StoreProblem) as raised:
        open_store(paths, data_keys, TerminalIdentity(BRANCH, TERMINAL))
    assert raised.value.code == "storage.newer_schema" and raised.value.params["revision"] == "0099"
    assert db.current_revision(db.create_store_engine(paths.local_store)) == "0099"


def test_outbox_entries_waiting_under_the_second_schema_become_lines_and_back(paths):
    """A terminal upgraded with entries still waiting: their JSON payloads become COPY text lines that
    decode to the same values, in a layout of exactly the columns each payload named; downgrading gives
    JSON of the same values back."""
    from alembic import command

    from teller_app.storage.rows import line_values
    from teller_app.storage.schema import Case
    from teller_app.sync.payloads import payload_to_row

    engine = db.create_store_engine(paths.local_store)
    db.upgrade(engine, "0002")
    payload = {
        "id": "case-1",
        "branch": "B0101",
        "terminal": "T01",
        "customer_kind": "individual",
        "account_type": "basic",
        "status": "open",
        "current_step": "in\\take 中文",
        "procedure_version": "2026.1",
        "maker_id": "u-1",
        "training": False,
        "created_at": "2026-11-27T09:30:00.000001+08:00",
        "summary": base64.b64encode(b"\x00\t\\ciphertext").decode("ascii"),
        "channel": None,
        "version": 3,
    }
    with engine.begin() as conn:
        for n, state in enumerate(("waiting", "rejected")):
            conn.exec_driver_sql(
                "INSERT INTO outbox (op_id, entity, entity_id, operation, payload, base_version, created_at, "
                "attempts, state) VALUES (?, 'cases', 'case-1', 'upsert', ?, 2, '2026-11-27 01:00:00', 0, ?)",
                (f"op-{n}", json.dumps(payload), state),
            )

    db.upgrade(engine)

    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT o.line, l.entity, l.columns FROM outbox o JOIN outbox_layouts l ON l.id = o.layout"
        ).all()
    assert len(rows) == 2 and rows[0] == rows[1]
    line, entity, columns = rows[0]
    names = tuple(columns.split(","))
    assert entity == "cases" and names[:2] == ("id", "branch") and names[-1] == "version"
    assert set(names) == set(payload)
    assert line_values(Case.__table__, names, line) == payload_to_row(Case.__table__, payload)

    with engine.begin() as conn:
        command.downgrade(db.alembic_config(conn), "0002")
    with engine.connect() as conn:
        back = [json.loads(p) for p in conn.exec_driver_sql("SELECT payload FROM outbox").scalars()]
    assert [payload_to_row(Case.__table__, p) for p in back] == [payload_to_row(Case.__table__, payload)] * 2
    engine.dispose()
