"""Pull positions against a real PostgreSQL: changes committed out of order by concurrent writers are all pulled."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sync_helpers import open_case

from teller_app.sync.central import connect_central
from teller_app.sync.central_schema import terminals
from teller_app.sync.positions import NewChange, changes_after, latest_positions, record_changes

STREAM = "B0101"
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _change(row_id: str, terminal: str) -> NewChange:
    return NewChange(STREAM, "cases", row_id, 1, terminal)


class Puller:
    """A terminal's view of the feed: it keeps its position and asks for what came after."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.position = 0
        self.seen: list[str] = []

    def pull(self) -> list[str]:
        with self.engine.connect() as conn:
            changes = changes_after(conn, {STREAM: self.position}, 1000)
        for change in changes:
            self.position = max(self.position, change.position)
            self.seen.append(change.entity_id)
        return [c.entity_id for c in changes]


def _wait_until_blocked(engine: sa.Engine, application_name: str) -> None:
    """Wait (bounded) until the named session is waiting on a lock: a state, not a time."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            waiting = conn.execute(
                sa.text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name AND wait_event_type = 'Lock'"
                ),
                {"name": application_name},
            ).scalar()
        if waiting:
            return
        time.sleep(0.01)
    pytest.fail(f"{application_name} never waited for the stream lock")


def test_two_writers_committing_out_of_order_are_both_pulled(pg_url):
    engine = connect_central(pg_url)
    puller = Puller(engine)
    first = engine.connect()
    second = engine.connect()
    try:
        first_tx = first.begin()  # the first writer starts and does its slow work …
        first.execute(
            terminals.insert().values(
                terminal_id="B0101:T01", branch=STREAM, terminal_code="T01", registered_at=NOW
            )
        )
        second_tx = second.begin()  # … a second writer starts later and finishes first
        record_changes(second, [_change("row-from-second", "B0101:T02")])
        second_tx.commit()

        assert puller.pull() == ["row-from-second"]

        record_changes(first, [_change("row-from-first", "B0101:T01")])  # commits last
        first_tx.commit()

        assert puller.pull() == ["row-from-first"]
        assert sorted(puller.seen) == ["row-from-first", "row-from-second"]
    finally:
        first.close()
        second.close()
        engine.dispose()


def test_a_writer_holding_positions_makes_the_next_writer_wait_so_no_position_is_skipped(pg_url):
    engine = connect_central(pg_url)
    blocked = sa.create_engine(pg_url, connect_args={"application_name": "second-writer"})
    puller = Puller(engine)
    first = engine.connect()
    first_tx = first.begin()
    record_changes(first, [_change("row-a", "B0101:T01")])  # holds positions, not committed yet
    done = threading.Event()
    failure: list[BaseException] = []

    def second_writer() -> None:
        try:
            with blocked.begin() as conn:
                record_changes(conn, [_change("row-b", "B0101:T02")])
        except BaseException as exc:  # reported to the test thread
            failure.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    try:
        _wait_until_blocked(engine, "second-writer")
        assert not done.is_set()
        assert puller.pull() == []  # nothing committed yet: nothing to skip past
        first_tx.commit()
        assert done.wait(20) and not failure
        assert puller.pull() == ["row-a", "row-b"]
        with engine.connect() as conn:
            positions = [c.position for c in changes_after(conn, {STREAM: 0}, 10)]
            assert positions == [1, 2]
            assert latest_positions(conn, [STREAM, "*"]) == {STREAM: 2, "*": 0}
    finally:
        thread.join(20)
        first.close()
        engine.dispose()
        blocked.dispose()


def test_terminals_pulling_while_others_push_concurrently_miss_nothing(pg_url, open_terminals):
    writers = [open_terminals(pg_url, "B0101", f"T0{i}") for i in range(1, 4)]
    reader = open_terminals(pg_url, "B0101", "T09")
    made: list[str] = []
    for terminal in writers:
        made.extend(open_case(terminal, name=f"客户{n}") for n in range(5))
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_pushing(terminal) -> None:
        try:
            while not stop.is_set() and terminal.sync.run_once().waiting:
                pass
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=keep_pushing, args=(t,)) for t in writers]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        reader.sync.run_once()
    for thread in threads:
        thread.join()
    reader.sync.run_once()
    assert not errors
    with reader.store.engine.connect() as conn:
        held = set(conn.exec_driver_sql("SELECT id FROM cases").scalars())
    assert held == set(made)
