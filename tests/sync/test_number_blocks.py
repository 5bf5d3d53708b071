"""Account number blocks (号段): disjoint per terminal, refilled at sync, used offline, checked centrally."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sync_helpers import open_case, set_up_account

from teller_app.sync.account_numbers import validate_account_number
from teller_app.sync.central import connect_central
from teller_app.sync.numbers import NumbersExhausted, ensure_number_block, numbers_left, reserve_block
from teller_app.sync.registration import register_terminal
from teller_app.sync.status import rejected_entries

BRANCH = "310115"


def test_blocks_of_terminals_in_one_branch_never_overlap(pg_url):
    from datetime import UTC, datetime

    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    first = register_terminal(pg_url, BRANCH, "T01")
    second = register_terminal(pg_url, BRANCH, "T02")
    engine = connect_central(pg_url)
    try:
        with engine.begin() as conn:
            for _ in range(3):
                reserve_block(conn, first, now, 50)
                reserve_block(conn, second, now, 70)
            ranges = sorted(conn.exec_driver_sql("SELECT first_serial, last_serial FROM number_blocks").all())
        for (_, last), (next_first, _) in zip(ranges, ranges[1:], strict=False):
            assert last < next_first
        assert len(ranges) == 2 + 6  # the registration blocks and six more
    finally:
        engine.dispose()


def test_a_block_is_cut_only_when_the_terminal_runs_low(pg_url):
    from datetime import UTC, datetime

    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    identity = register_terminal(pg_url, BRANCH, "T01")
    engine = connect_central(pg_url)
    try:
        with engine.begin() as conn:
            assert numbers_left(conn, identity) == 1000
            assert ensure_number_block(conn, identity, now, size=100, below=200) is None
            conn.exec_driver_sql("UPDATE number_blocks SET next_serial = last_serial - 150")
            assert numbers_left(conn, identity) == 151
            assert ensure_number_block(conn, identity, now, size=100, below=200) is not None
            assert numbers_left(conn, identity) == 251
    finally:
        engine.dispose()


def test_the_terminal_numbers_offline_from_its_block_and_the_block_refills_at_sync(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    case_ids = [open_case(teller, name=f"客户{n}") for n in range(6)]
    with pytest.raises(NumbersExhausted):
        set_up_account(teller, case_ids[0])  # before the first sync the terminal holds no block
    teller.sync.refill_below, teller.sync.number_block_size = 999, 3
    teller.sync.run_once()  # the registration block (1000 numbers) arrives
    numbers = [set_up_account(teller, case_id) for case_id in case_ids[:3]]
    report = teller.sync.run_once()  # 997 left < 999: a block of 3 is cut and pulled
    assert report.online and report.rejected == 0
    numbers += [set_up_account(teller, case_id) for case_id in case_ids[3:]]
    teller.sync.run_once()
    serials = [validate_account_number(n, BRANCH) for n in numbers]
    assert serials == [1, 2, 3, 4, 5, 6]  # the oldest block first
    with teller.store.engine.connect() as conn:
        blocks = conn.exec_driver_sql("SELECT first_serial, last_serial FROM number_blocks ORDER BY 1").all()
    assert blocks[:2] == [(1, 1000), (1001, 1003)]
    with teller.sync.central.connect() as conn:
        assert sorted(conn.exec_driver_sql("SELECT account_number FROM accounts").scalars()) == sorted(
            numbers
        )


def test_central_rejects_an_account_number_outside_the_terminals_blocks(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    other = open_terminals(pg_url, BRANCH, "T02")
    teller.sync.run_once()
    other.sync.run_once()
    case_id = open_case(teller)
    number = set_up_account(teller, case_id)
    with other.sync.central.connect() as conn:
        others_first = conn.execute(
            sa.text("SELECT first_serial FROM number_blocks WHERE terminal = 'T02'")
        ).scalar_one()
    from teller_app.sync.account_numbers import format_account_number

    stolen = format_account_number(BRANCH, others_first)
    with teller.store.writer.connection() as conn:  # as if the terminal had made up a number
        conn.exec_driver_sql(
            "UPDATE outbox SET line = replace(line, ?, ?) WHERE entity = 'accounts'", (number, stolen)
        )
    report = teller.sync.run_once()
    assert report.rejected == 1
    [refused] = rejected_entries(teller.store)
    assert refused.entity == "accounts" and "sync.number_outside_block" in refused.reason
