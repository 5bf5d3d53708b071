"""Sync works through PgBouncer in transaction pooling mode, as a bank puts it in front of the central
database for tens of thousands of terminals: the sync suite's main cases run again with every central
connection going through a PgBouncer this test starts (tests/sync/pgbouncer.py).

In transaction pooling two transactions of one terminal connection may run on different server
connections, so nothing may outlive a transaction: no server-side prepared statements, no session
settings (the statement timeout is SET LOCAL in each transaction), no temporary tables kept between
transactions, no advisory locks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from pgbouncer import PgBouncer, require_pgbouncer
from sqlalchemy.engine import make_url
from sync_helpers import landed_once, set_catch_up_batches, teller_with_cases, waiting_seqs

from teller_app.sync.central import connect_central

HERE = Path(__file__).resolve().parent
MAIN_CASES = [
    "test_push_rounds.py",
    "test_push_idempotent.py",
    "test_push_fast_path.py",
    "test_conflicts.py",
    "test_pull_positions.py",
    "test_number_blocks.py",
    "test_central_authoritative.py",
    "test_round_trips.py",
    "test_sync_loop.py",
    "test_user_move_as_owner.py",  # a user's move and drop (the users suite needs terminal logins)
]


@pytest.mark.slow
def test_the_sync_suites_main_cases_pass_through_pgbouncer_in_transaction_pooling(pg_server_url):
    require_pgbouncer()
    env = dict(os.environ, TELLER_TEST_VIA_PGBOUNCER="1", TELLER_TEST_PG_URL=pg_server_url)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *(str(Path("tests") / "sync" / name) for name in MAIN_CASES)],
        cwd=HERE.parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    tail = "\n".join(done.stdout.strip().splitlines()[-25:])
    assert done.returncode == 0, tail
    assert " passed" in tail and "skipped" not in tail.splitlines()[-1], tail


def test_a_terminal_connection_keeps_no_prepared_statement_behind_pgbouncer(pg_url):
    """Thirty identical statements over one pooled connection leave no prepared statement on the server
    (psycopg prepares a statement it has run five times unless told not to)."""
    require_pgbouncer()
    url = make_url(pg_url)
    with PgBouncer(url.host or "127.0.0.1", url.port or 5432, users=(url.username or "postgres",)) as bouncer:
        engine = connect_central(bouncer.url_for(pg_url))
        try:
            with engine.connect() as conn:
                for _ in range(30):
                    conn.execute(sa.text("SELECT count(*) FROM terminals WHERE terminal_id = :t"), {"t": "x"})
                prepared = conn.execute(sa.text("SELECT count(*) FROM pg_prepared_statements")).scalar()
        finally:
            engine.dispose()
    assert prepared == 0


def test_a_catch_up_lands_whole_through_a_pgbouncer_that_gives_a_login_one_server_connection(
    pg_url, open_terminals, monkeypatch
):
    """README-central's setting (`default_pool_size = 1`): a catch-up's batches each stage on a client
    connection of their own, and with one server connection between them each waits for the one before to
    commit: none waits on one behind it, so the round ends (PgBouncer would refuse a wait over 10 s)."""
    require_pgbouncer()
    url = make_url(pg_url)
    set_catch_up_batches(monkeypatch, first=12, most=24)
    with PgBouncer(
        url.host or "127.0.0.1",
        url.port or 5432,
        users=(url.username or "postgres",),
        pool_size=1,
        extra="query_wait_timeout = 10",
    ) as bouncer:
        teller = teller_with_cases(open_terminals, bouncer.url_for(pg_url))
        queued = len(waiting_seqs(teller))

        report = teller.sync.run_once()

        assert report.online and report.waiting == 0 and report.pushed == queued == 60, report
        landed_once(teller, 20, queued)
