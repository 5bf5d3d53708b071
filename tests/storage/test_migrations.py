"""A store holding data from the first migration upgrades to the newest schema, data intact."""

from __future__ import annotations

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
