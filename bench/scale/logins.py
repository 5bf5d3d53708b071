"""K terminals, each under its own central login, through one PgBouncer: what a pool per login costs.

PgBouncer keeps its server connections per (database, login) pair, and a server connection of one login
serves no other. A bank gives every terminal its own login (packaging/sql/terminal_role.sql: the login is
the terminal's identity for the branch triggers and row-level security). So K terminals through one
PgBouncer need K server connections, and with PgBouncer's `max_db_connections` capping them below K, a
poll of a login with no server connection must wait for one to be closed and a new one opened for it.

This runs K terminals, each with its own login made by the shipped script and its own client connection to
PgBouncer, every terminal polling (`teller_poll`, the statement the terminal sends) once per `--every`
seconds at random phase, and, as the baseline in the same run, the same K terminals all connecting as one
login (the owner: the policies do not filter it, so its polls are cheaper; only the connection counts and
waits are compared), and the same K terminals sharing one pooled login, each naming itself with its own
terminal key in every transaction (central migration c0014; the poll sent as the terminal sends it, by
teller_app/sync/wire.py: `teller_poll_as`, which names the terminal and polls in one statement).
Printed per run: polls/s, p50/p99 of a poll from when it was due, errors, the server
connections PgBouncer held at the end and the server sessions it opened during the run
(pg_stat_database.sessions), per poll.

Run: .venv/bin/python -m bench.scale.logins [--terminals 20 100 300] [--seconds 10] [--every 1]
     [--max-db-connections 30]
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench.scale.login_scope import terminal_login
from bench.scale.run import identity_of, populate
from bench.sync.run import scratch_database
from teller_app.sync.poll import POLL_SQL, poll_statement
from teller_app.sync.wire import Wire


@contextmanager
def terminal_logins(url: str, count: int) -> Iterator[list[str]]:
    """One login per terminal 0 … count-1, made by the shipped script as IT makes them; dropped afterwards."""
    with ExitStack() as stack:
        made = []
        for n in range(count):
            who = identity_of(n)
            made.append(stack.enter_context(terminal_login(url, who.branch, who.terminal_code)))
        yield [make_url(login).username or "" for login in made]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@contextmanager
def pooled_terminals(url: str, count: int) -> Iterator[tuple[str, list[str]]]:
    """One pooled login (the shipped script) and a terminal key for each of terminals 0 … count-1: its name
    and the keys. The keys' hashes go in as one INSERT, as the script's per-terminal step writes them."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from terminal_logins import pooled_login

    with pooled_login(url) as (login_url, _none):
        keys = [secrets.token_hex(32) for _ in range(count)]
        owner = sa.create_engine(url)
        with owner.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO terminal_keys (key_hash, branch, terminal) "
                "SELECT sha256(convert_to(k, 'UTF8')), b, t FROM unnest(%s::text[], %s::text[], %s::text[]) AS u(k, b, t)",
                (
                    keys,
                    [identity_of(n).branch for n in range(count)],
                    [identity_of(n).terminal_code for n in range(count)],
                ),
            )
        owner.dispose()
        yield make_url(login_url).username or "", keys


def terminal(n: int, dsn: str, every: float, until: float, tally: Tally, key: str | None = None) -> None:
    """Terminal n's loop: connect once, then poll every `every` seconds (random phase) until `until`; with
    `key`, as a terminal of a pooled login sends it (wire.py, one burst)."""
    who = identity_of(n)
    params = (who.terminal_id, who.branch, who.terminal_code, None, None, datetime.now(UTC), None)
    try:
        conn = psycopg.connect(dsn, prepare_threshold=None, autocommit=key is not None)
    except psycopg.Error as exc:
        with tally.lock:
            tally.errors.append(str(exc).splitlines()[0])
        return
    wire = Wire(conn, None, key)  # type: ignore[arg-type]  # the SQLAlchemy connection is not used here
    due = time.monotonic() + random.uniform(0, every)
    with conn:
        while due < until:
            time.sleep(max(0.0, due - time.monotonic()))
            try:
                if key is not None:
                    wire.send([poll_statement(key, params)])
                else:
                    conn.execute(POLL_SQL, params).fetchall()
                    conn.commit()
                with tally.lock:
                    tally.latencies.append(time.monotonic() - due)
            except psycopg.Error as exc:
                conn.rollback()
                with tally.lock:
                    tally.errors.append(str(exc).splitlines()[0])
            due += every


def sessions(admin: sa.Engine, database: str) -> tuple[int, int]:
    """Server sessions opened so far to `database`, and its server connections now."""
    with admin.connect() as conn:
        opened = conn.exec_driver_sql(
            "SELECT sessions FROM pg_stat_database WHERE datname = %s", (database,)
        ).scalar_one()
        now = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend'",
            (database,),
        ).scalar_one()
    return int(opened), int(now)


def one_run(
    label: str,
    dsns: list[str],
    args: argparse.Namespace,
    admin: sa.Engine,
    database: str,
    keys: list[str] | None = None,
) -> str:
    tally = Tally()
    started = time.monotonic()
    until = started + args.seconds
    before, _ = sessions(admin, database)
    threads = [
        threading.Thread(
            target=terminal, args=(n, dsn, args.every, until, tally, keys[n] if keys else None), daemon=True
        )
        for n, dsn in enumerate(dsns)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.seconds + 60)
    after, held = sessions(admin, database)
    polls = len(tally.latencies)
    ordered = sorted(tally.latencies)
    p50 = statistics.median(ordered) * 1000 if ordered else float("nan")
    p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000 if ordered else float("nan")
    opened = after - before
    errors = f"{len(tally.errors)}" + (f" ({tally.errors[0][:80]})" if tally.errors else "")
    return (
        f"{label:<28} K={len(dsns):<4} {polls / args.seconds:7.0f} polls/s (offered {len(dsns) / args.every:.0f})  "
        f"p50 {p50:7.1f} ms  p99 {p99:8.1f} ms  errors {errors}  server connections held {held}, "
        f"opened {opened} ({opened / max(1, polls):.2f} a poll)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, nargs="+", default=[20, 100, 300])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--every", type=float, default=1.0, help="seconds between one terminal's polls")
    parser.add_argument(
        "--max-db-connections", type=int, default=30, help="PgBouncer's cap on server connections"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from pgbouncer import PgBouncer

    load = os.getloadavg()
    print(
        f"load {load[0]:.2f}; one PgBouncer, transaction pooling, default_pool_size 1 a login, "
        f"max_db_connections {args.max_db_connections}; each terminal polls every {args.every:g} s",
        flush=True,
    )
    most = max(args.terminals)
    with (
        scratch_database("logins") as url,
        terminal_logins(url, most) as logins,
        pooled_terminals(url, most) as (pooled, keys),
    ):
        populate(url, most)
        parsed = make_url(url)
        database = parsed.database or ""
        admin = sa.create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        owner = parsed.username or "postgres"
        extra = f"max_db_connections = {args.max_db_connections}\n"
        try:
            for count in args.terminals:
                for label, users in (
                    ("one login for all (owner)", [owner] * count),
                    ("a login each", logins[:count]),
                    ("one pooled login, a key each", [pooled] * count),
                ):
                    with PgBouncer(
                        parsed.host or "127.0.0.1",
                        parsed.port or 5432,
                        users=tuple(set(users)),
                        pool_size=1 if label == "a login each" else args.max_db_connections,
                        extra=extra,
                    ) as bouncer:
                        dsns = [f"postgresql://{user}@127.0.0.1:{bouncer.port}/{database}" for user in users]
                        acting = keys[:count] if users[0] == pooled else None
                        print(one_run(label, dsns, args, admin, database, acting), flush=True)
        finally:
            admin.dispose()


if __name__ == "__main__":
    main()
