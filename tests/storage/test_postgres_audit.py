"""The audit record on PostgreSQL, the central database: the store's migrations install a trigger that refuses
UPDATE and DELETE of an audit event, and a chain written on a terminal verifies after the round trip.

Needs a real server: TELLER_TEST_PG_URL (as CI sets it). Without one these tests skip, loudly, unless
TELLER_REQUIRE_PG=1 makes that a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from teller_app.storage import db
from teller_app.storage.audit import verify_chain
from teller_app.storage.schema import AuditEvent

_PG_URL = os.environ.get("TELLER_TEST_PG_URL", "").strip()
_REQUIRE_PG = os.environ.get("TELLER_REQUIRE_PG", "") == "1"


@pytest.fixture
def central() -> Iterator[sa.Engine]:
    """A throwaway PostgreSQL database migrated with the store's own migrations, dropped afterwards."""
    if not _PG_URL:
        if _REQUIRE_PG:
            pytest.fail("PostgreSQL is required (TELLER_REQUIRE_PG=1) but TELLER_TEST_PG_URL is not set")
        pytest.skip("NO POSTGRESQL — TELLER_TEST_PG_URL is not set; the PostgreSQL audit tests did NOT run")
    admin = sa.create_engine(_PG_URL, isolation_level="AUTOCOMMIT")
    name = f"teller_storage_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if _REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required but {_PG_URL} refused: {exc}")
        pytest.skip(f"NO POSTGRESQL at {_PG_URL}: {exc}")
    engine = sa.create_engine(make_url(_PG_URL).set(database=name))
    try:
        db.upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def audit_rows_of(store) -> list[dict]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(AuditEvent.__table__).order_by(AuditEvent.seq))
        return [dict(row._mapping) for row in rows]


def record_events(store) -> None:
    beijing = timezone(timedelta(hours=8))
    with store.unit_of_work(user_id="teller-1") as uow:
        uow.append_audit("case.open", case_id="case-1", step="intake", details={"名称": "北京青松"})
        uow.append_audit("case.step_saved", at=datetime(2026, 11, 27, 17, 30, 0, 123456, tzinfo=beijing))
    with store.unit_of_work(user_id="teller-2") as uow:
        uow.append_audit("case.approve", result="refused", case_id="case-1", step="approval")


def copy_to_central(rows: list[dict], central: sa.Engine) -> None:
    with central.begin() as connection:
        connection.execute(sa.insert(AuditEvent.__table__), rows)


def central_events(central: sa.Engine) -> list[dict]:
    with central.connect() as connection:
        rows = connection.execute(sa.select(AuditEvent.__table__).order_by(AuditEvent.seq))
        return [dict(row._mapping) for row in rows]


def test_a_chain_written_on_the_terminal_verifies_in_postgresql(store, central):
    record_events(store)
    copy_to_central(audit_rows_of(store), central)
    events = central_events(central)
    assert all(event["occurred_at"].tzinfo is not None for event in events)
    assert events[1]["occurred_at"] == datetime(2026, 11, 27, 9, 30, 0, 123456, tzinfo=UTC)
    result = verify_chain(events, store.identity.terminal)
    assert result.ok and result.count == 3


def test_postgresql_refuses_to_update_or_delete_an_audit_event(store, central):
    record_events(store)
    copy_to_central(audit_rows_of(store), central)
    table = AuditEvent.__table__
    for statement in (
        sa.update(table).where(table.c.seq == 2).values(result="changed"),
        sa.delete(table).where(table.c.seq == 3),
    ):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            with central.begin() as connection:
                connection.execute(statement)
    assert verify_chain(central_events(central), store.identity.terminal).ok
