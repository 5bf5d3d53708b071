"""What row-level security costs a terminal's poll: the owner's poll vs a bound terminal login's.

A terminal's login is under row-level security (central migrations c0010, c0011): every statement it
sends looks its login up for every table; the owner is not under its own policies. This times the
terminal's idle poll (`teller_poll`, c0006) in the server, in a PL/pgSQL loop of one backend (no protocol,
no client), as the owner and as a bound terminal login under the policies as c0011 left them (two
lookups a table, the binding in LANGUAGE sql, planned at every call), as c0012 left them (the binding in
PL/pgSQL, its plan kept) and as c0013 leaves them (one lookup a table, c0014's binding), and as a pooled
login's terminal that names itself in the poll (`teller_poll_as`, c0014: the key checked, then the token's
MAC checked at every lookup), alternately in each round so load
drift hits all of them. Then the same poll from a client:
`pgbench -c 1` (extended protocol), round trips and protocol included.

Run: .venv/bin/python -m bench.scale.login_scope [--polls 5000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench.scale.run import identity_of, populate
from bench.sync.run import scratch_database
from teller_app.sync.migrations.versions import c0010_users_of_own_branch_only as c0010
from teller_app.sync.migrations.versions import c0011_reads_of_own_branch_only as c0011
from teller_app.sync.migrations.versions import c0012_login_scope_plan_kept as c0012
from teller_app.sync.migrations.versions import c0013_one_scope_lookup_per_table as c0013
from teller_app.sync.migrations.versions import c0014_terminal_identity_per_transaction as c0014

# The policies and the binding as each migration left them (the database is at head: c0013's function is there).
TWO_LOOKUPS = c0013.policy_statements(c0011.VISIBLE, c0010.POLICY)
ONE_LOOKUP = c0013.policy_statements(c0013.VISIBLE, c0013.USERS_POLICY)

WHO = identity_of(0)
POLL = (
    f"SELECT * FROM teller_poll('{WHO.branch}' || chr(58) || '{WHO.terminal_code}', '{WHO.branch}', "
    f"'{WHO.terminal_code}', NULL, NULL, now(), NULL)"
)


@contextmanager
def terminal_login(url: str, branch: str = WHO.branch, terminal: str = WHO.terminal_code) -> Iterator[str]:
    """A terminal's own login (terminal 0's unless told), made by the shipped script as the sync tests make
    it (tests/sync/terminal_logins.py); dropped afterwards."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from terminal_logins import login_of_terminal

    with login_of_terminal(url, branch, terminal) as login_url:
        yield login_url


@contextmanager
def pooled_terminal(url: str) -> Iterator[tuple[str, str]]:
    """One pooled login (the shipped script) with terminal 0's key: its URL (no key) and the key."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from terminal_logins import pooled_login

    with pooled_login(url, (WHO.branch, WHO.terminal_code)) as (login_url, keys):
        yield login_url, keys[WHO.terminal_code]


def polled_as(key: str | None) -> str:
    """The poll, or with `key` the poll of a pooled login's terminal that names itself (`teller_poll_as`, c0014)."""
    return POLL.replace("teller_poll(", f"teller_poll_as('{key}', ") if key else POLL


def in_server(url: str, polls: int, key: str | None = None) -> float:
    """µs of one poll, timed around a loop of `polls` in one backend; with `key`, as `teller_poll_as` (c0014;
    in the loop's one transaction only the first names the terminal in full, the rest find it named)."""
    engine = sa.create_engine(url)
    poll = polled_as(key)
    with engine.connect() as conn:
        conn.exec_driver_sql(poll)  # the connection is up and the plans are made before the clock starts
        started = time.perf_counter()
        conn.exec_driver_sql(
            f"DO $$ BEGIN FOR i IN 1..{polls} LOOP PERFORM * FROM ({poll}) p; END LOOP; END $$"
        )
        elapsed = time.perf_counter() - started
        conn.rollback()
    engine.dispose()
    return elapsed / polls * 1e6


def from_client(url: str, seconds: int, key: str | None = None) -> float:
    """µs of one poll sent by one pgbench client, round trip included; with `key`, as `teller_poll_as`."""
    u = make_url(url)
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "poll.sql"
        script.write_text(polled_as(key) + ";\n")
        out = subprocess.run(
            [
                *("pgbench", "-n", "-M", "extended", "-c", "1", "-T", str(seconds), "-f", str(script)),
                *("-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres"),
                u.database or "postgres",
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PGPASSWORD": u.password or ""},
        ).stdout
    tps = next(float(line.split()[2]) for line in out.splitlines() if line.startswith("tps"))
    return 1e6 / tps


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polls", type=int, default=5000, help="polls per in-server loop")
    parser.add_argument("--seconds", type=int, default=3, help="seconds per pgbench run")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    load = os.getloadavg()
    print(f"load {load[0]:.2f}; terminal {WHO.terminal_id}'s idle poll, {args.rounds} rounds", flush=True)
    with scratch_database("login_scope") as url:
        populate(url, 20)
        with terminal_login(url) as as_terminal, pooled_terminal(url) as pooled:
            measure(url, as_terminal, args, pooled)


def measure(url: str, as_terminal: str, args: argparse.Namespace, pooled: tuple[str, str]) -> None:
    owner = sa.create_engine(url)

    def set_up(statements: list[str]) -> None:
        with owner.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)

    forms = {
        "the owner (no row-level security)": (url, ONE_LOOKUP),
        "a terminal login, c0011 (binding in SQL)": (as_terminal, [c0011.BINDING, *TWO_LOOKUPS]),
        "a terminal login, c0012 (binding in PL/pgSQL)": (as_terminal, [c0012.BINDING, *TWO_LOOKUPS]),
        "a terminal login, c0013 (one lookup a table)": (as_terminal, [c0014.BINDING, *ONE_LOOKUP]),
        "a pooled login naming its terminal, c0014": (pooled[0], [c0014.BINDING, *ONE_LOOKUP]),
    }
    keys = {"a pooled login naming its terminal, c0014": pooled[1]}
    server: dict[str, list[float]] = {name: [] for name in forms}
    client: dict[str, list[float]] = {name: [] for name in forms}
    for n in range(args.rounds):
        for name, (who, statements) in forms.items():
            set_up(statements)
            server[name].append(in_server(who, args.polls, keys.get(name)))
            client[name].append(from_client(who, args.seconds, keys.get(name)))
            print(
                f"round {n + 1}  {name:<48} in the server {server[name][-1]:7.1f} µs a poll, "
                f"from a client {client[name][-1]:7.1f} µs",
                flush=True,
            )
    owner.dispose()
    base_server = statistics.median(server["the owner (no row-level security)"])
    base_client = statistics.median(client["the owner (no row-level security)"])
    for name in forms:
        s, c = statistics.median(server[name]), statistics.median(client[name])
        print(
            f"{name:<48} {s:7.1f} µs in the server ({s / base_server:4.1f}× the owner's), "
            f"{c:7.1f} µs from a client ({c / base_client:4.1f}×)   medians of {args.rounds}"
        )


if __name__ == "__main__":
    sys.exit(main())
