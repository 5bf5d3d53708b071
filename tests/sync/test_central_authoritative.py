"""Users and process definitions are central-authoritative: written at the centre, they arrive by pull, and
the centre's version wins over a terminal's concurrent edit (no supervisor queue for these)."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from teller_app.domain.errors import RuleError
from teller_app.storage.schema import User
from teller_app.sync.central_writes import publish_row
from teller_app.sync.conflicts import list_conflicts
from teller_app.sync.payloads import row_to_payload
from teller_app.sync.shared_tables import synced_table


def _local_user(terminal, user_id: str) -> tuple:
    with terminal.store.engine.connect() as conn:
        return tuple(
            conn.exec_driver_sql(
                f"SELECT disabled, failed_count, version FROM users WHERE id = '{user_id}'"
            ).one()
        )


def _central_row(engine: sa.Engine, entity: str, row_id: str) -> dict:
    table = synced_table(entity)
    with engine.connect() as conn:
        return row_to_payload(table, conn.execute(sa.select(table).where(table.c.id == row_id)).one())


def test_a_process_definition_published_centrally_reaches_every_branch(pg_url, open_terminals):
    first = open_terminals(pg_url, "B0101", "T01")
    other = open_terminals(pg_url, "B0202", "T02")
    definition = {
        "id": "0b9b6a3e-5d6b-4c55-9d1b-2f1f3f0c2026",
        "branch": "*",
        "version": 0,
        "updated_at": "2026-11-27T08:00:00+00:00",
        "procedure_version": "2026.3",
        "effective_from": date(2026, 12, 1).isoformat(),
        "content": '{"steps": []}',
        "content_hash": "0" * 64,
    }
    publish_row(first.sync.central, "process_definitions", definition, by="procedure-owner")
    for terminal in (first, other):
        terminal.sync.run_once()
        with terminal.store.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT procedure_version, version FROM process_definitions"
            ).all() == [("2026.3", 1)]


def test_a_user_disabled_centrally_is_disabled_on_the_terminal(pg_url, open_terminals):
    teller = open_terminals(pg_url, "B0101", "T01")
    with teller.store.unit_of_work() as uow:
        user = uow.new(User, username="zhang", role="teller", password_hash="$scrypt$x")
        user_id = user.id
    teller.sync.run_once()
    row = _central_row(teller.sync.central, "users", user_id)
    publish_row(teller.sync.central, "users", dict(row, disabled=True), by="admin")
    teller.sync.run_once()
    assert _local_user(teller, user_id)[0] == 1


def test_the_centre_wins_over_a_terminals_concurrent_edit_of_a_user_without_a_queued_conflict(
    pg_url, open_terminals
):
    teller = open_terminals(pg_url, "B0101", "T01")
    with teller.store.unit_of_work() as uow:
        user_id = uow.new(User, username="zhang", role="teller", password_hash="$scrypt$x").id
    teller.sync.run_once()
    publish_row(
        teller.sync.central,
        "users",
        dict(_central_row(teller.sync.central, "users", user_id), disabled=True),
        by="admin",
    )
    with teller.store.unit_of_work() as uow:  # meanwhile, offline, a failed sign-in is counted
        user = uow.get(User, user_id)
        user.failed_count = 1
        uow.save(user)

    report = teller.sync.run_once()

    assert report.new_conflicts == 0 and report.rejected == 0 and report.waiting == 0
    assert list_conflicts(teller.sync.central) == []
    disabled, failed, version = _local_user(teller, user_id)
    assert (disabled, failed, version) == (1, 0, 2)  # the central row, as the centre holds it


def test_terminal_data_cannot_be_published_from_the_centre(pg_url):
    from teller_app.sync.central import connect_central

    engine = connect_central(pg_url)
    try:
        with pytest.raises(RuleError) as refused:
            publish_row(engine, "cases", {"id": "x"}, by="admin")
        assert refused.value.code == "sync.not_central_data"
    finally:
        engine.dispose()
