"""K terminals polling one PostgreSQL, directly and through PgBouncer: idle polls served per second.

Each simulated terminal is registered centrally (its own branch among K/5 branches, its number block
and a change history) and runs the real idle round's statement (`teller_app.sync.poll.poll_central`)
as fast as it is answered. Terminals are spread over a bounded number of processes (`--processes`,
`--threads` each; a thread polls its terminals in turn). Directly, a thread keeps one connection for
its terminals (PostgreSQL's max_connections is 100 here and shared); through PgBouncer (transaction
pooling, started by the benchmark) every terminal keeps its own client connection, as a bank's would.

Printed per run: polls/s served, p50/p99 of one poll, errors, deadlocks, and the CPU the server spent:
the backends of the benchmark's database (and PgBouncer) as a share of the machine, and polls per
second of server CPU — what one core of this server would serve if the clients ran elsewhere.
Goal (issue #17): ≥ 5,000 idle polls/s served by the PostgreSQL here, no errors, no deadlocks.

Run: .venv/bin/python -m bench.scale [--terminals 20 100 500] [--seconds 5] [--processes 4] [--threads 4]
     [--login terminal|pooled|owner]  (a terminal's own login by default, its branch's five terminals polled
     in turn; pooled: one login for all, each terminal naming itself with its own key, c0014)
PostgreSQL: TELLER_BENCH_PG_URL, else TELLER_TEST_PG_URL, else postgres@127.0.0.1:5432.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from bench.sync.run import scratch_database
from teller_app.sync import acting
from teller_app.sync.acting import act_in_every_transaction, acting_key
from teller_app.sync.central import connect_central, upgrade_central
from teller_app.sync.ops import TerminalIdentity
from teller_app.sync.poll import poll_central

TICKS = os.sysconf("SC_CLK_TCK")


BRANCH_TERMINALS = 5  # populate gives each branch five terminals


def branch_of(n: int) -> str:
    return f"{310000 + n // BRANCH_TERMINALS:06d}"


def identity_of(n: int) -> TerminalIdentity:
    branch, code = branch_of(n), f"T{n:05d}"
    return TerminalIdentity(f"{branch}:{code}", branch, code)


def populate(url: str, terminals: int, history: int = 200) -> None:
    """K registered terminals with a number block each and `history` changes per branch stream."""
    engine = connect_central(url)
    upgrade_central(engine)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        for n in range(terminals):
            who = identity_of(n)
            conn.exec_driver_sql(
                "INSERT INTO terminals (terminal_id, branch, terminal_code, registered_at) VALUES (%s, %s, %s, %s)",
                (who.terminal_id, who.branch, who.terminal_code, now),
            )
            conn.exec_driver_sql(
                "INSERT INTO number_blocks (id, branch, version, updated_at, terminal, series, first_serial, "
                "last_serial, next_serial, reserved_at) VALUES (%s, %s, 1, %s, %s, %s, %s, %s, %s, %s)",
                (
                    f"block-{n}",
                    who.branch,
                    now,
                    who.terminal_code,
                    who.branch,
                    n * 1000 + 1,
                    n * 1000 + 1000,
                    n * 1000 + 1,
                    now,
                ),
            )
        branches = sorted({branch_of(n) for n in range(terminals)})
        for branch in [*branches, "*"]:
            conn.exec_driver_sql(
                "INSERT INTO change_streams (stream, last_position) VALUES (%s, %s)", (branch, history)
            )
            conn.exec_driver_sql(
                "INSERT INTO change_log (stream, position, entity, entity_id, version, terminal_id) "
                "SELECT %s, g, 'cases', md5(%s || g), 1, 'bench' FROM generate_series(1, %s) g",
                (branch, branch, history),
            )
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


@dataclass
class Outcome:
    polls: int
    errors: int
    latencies: list[float]
    problems: list[str]


def worker(
    url: str,
    numbers: list[int],
    threads: int,
    own_connections: bool,
    seconds: float,
    out: Any,
    ready: Any,
    go: Any,
    seen: int = 0,
    keys: list[str] | None = None,
) -> None:
    """One process: `threads` threads, each polling its share of `numbers` in turn until the time is up.
    `seen`: the login sees that many terminals only (a terminal's login: its branch's), polled in turn as
    terminal n mod `seen`; 0 when it sees them all (the owner, or a pooled login with `keys`: terminal n
    names itself with keys[n] in each poll's transaction, central migration c0014)."""

    def polled(n: int) -> TerminalIdentity:
        return identity_of(n % seen if seen else n)

    def name_terminal(engine: sa.Engine, n: int) -> None:
        """A thread's one engine serves its terminals in turn: the next poll is terminal n's, with its key."""
        if keys is not None:
            acting._keys[engine] = keys[n]

    shares = [numbers[i::threads] for i in range(threads)]
    results: list[Outcome] = []
    deadline = [0.0]

    def run(share: list[int]) -> None:
        engines: dict[int, sa.Engine] = {}
        shared = (
            None
            if own_connections
            else connect_central(url, poolclass=QueuePool, pool_size=1, max_overflow=0)
        )
        outcome = Outcome(0, 0, [], [])
        for n in share:
            engines[n] = shared or connect_central(url, poolclass=QueuePool, pool_size=1, max_overflow=0)
            if keys is not None and acting_key(engines[n]) is None:
                act_in_every_transaction(engines[n], keys[n])
            name_terminal(engines[n], n)
            poll_central(
                engines[n], polled(n), None, datetime.now(UTC), record_contact=False
            )  # connect before the clock runs
        start.wait()
        start.wait()  # the deadline is set
        while time.monotonic() < deadline[0]:
            for n in share:
                began = time.perf_counter()
                name_terminal(engines[n], n)
                try:
                    poll_central(engines[n], polled(n), None, datetime.now(UTC), record_contact=False)
                    outcome.polls += 1
                except Exception as exc:  # counted and reported: the benchmark's errors column
                    outcome.errors += 1
                    if len(outcome.problems) < 3:
                        outcome.problems.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}")
                outcome.latencies.append(time.perf_counter() - began)
        for engine in {id(e): e for e in engines.values()}.values():
            engine.dispose()
        results.append(outcome)

    workers = [threading.Thread(target=run, args=(share,)) for share in shares if share]
    start = threading.Barrier(len(workers) + 1)
    for thread in workers:
        thread.start()
    start.wait()  # every thread has connected its terminals
    ready.put(True)
    go.wait()
    deadline[0] = time.monotonic() + seconds
    start.wait()
    for thread in workers:
        thread.join()
    out.put(
        Outcome(
            sum(r.polls for r in results),
            sum(r.errors for r in results),
            [x for r in results for x in r.latencies],
            [p for r in results for p in r.problems],
        )
    )


def cpu_seconds(pids: list[int]) -> float:
    """CPU time the processes (all their live threads) have run: the scheduler's own count in nanoseconds
    (/proc/PID/task/TID/schedstat), else utime + stime (/proc/PID/stat), which are sampled at each clock
    tick and miss or overcharge processes that run in bursts shorter than a tick, as a backend answering
    polls does."""
    total = 0.0
    for pid in pids:
        try:
            threads = [int(t.read_text().split()[0]) for t in Path(f"/proc/{pid}/task").glob("*/schedstat")]
            if threads:
                total += sum(threads) / 1e9
                continue
        except (OSError, IndexError, ValueError):
            pass
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return total


def backends(admin: sa.Engine, database: str) -> list[int]:
    with admin.connect() as conn:
        return [
            int(pid)
            for pid in conn.exec_driver_sql(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", (database,)
            ).scalars()
        ]


def deadlocks(admin: sa.Engine, database: str) -> int:
    with admin.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT deadlocks FROM pg_stat_database WHERE datname = %s", (database,)
            ).scalar()
            or 0
        )


def one_run(
    label: str,
    url: str,
    direct_url: str,
    terminals: int,
    processes: int,
    threads: int,
    seconds: float,
    own_connections: bool,
    bouncer_pid: int | None,
    seen: int = 0,
    keys: list[str] | None = None,
) -> None:
    numbers = list(range(terminals))
    queue: Any = multiprocessing.Queue()
    ready: Any = multiprocessing.Queue()
    go = multiprocessing.Event()
    parts = [numbers[i::processes] for i in range(processes)]
    procs = [
        multiprocessing.Process(
            target=worker, args=(url, part, threads, own_connections, seconds, queue, ready, go, seen, keys)
        )
        for part in parts
        if part
    ]
    database = make_url(direct_url).database or ""
    admin = sa.create_engine(make_url(direct_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    dead_before = deadlocks(admin, database)
    for proc in procs:
        proc.start()
    for _ in procs:
        ready.get()  # the workers have connected (outside the measured window)
    pids = backends(admin, database)
    go.set()
    server_before = cpu_seconds(pids)
    bouncer_before = cpu_seconds([bouncer_pid]) if bouncer_pid else 0.0
    started = time.monotonic()
    time.sleep(seconds * 0.98)  # the server's CPU is read while every terminal still polls
    newcomers = [pid for pid in backends(admin, database) if pid not in set(pids)]  # PgBouncer opened more
    server = cpu_seconds(pids) - server_before + cpu_seconds(newcomers)  # theirs all fell in the window
    bouncer = (cpu_seconds([bouncer_pid]) - bouncer_before) if bouncer_pid else 0.0
    measured = time.monotonic() - started
    outcomes = [queue.get() for _ in procs]
    for proc in procs:
        proc.join()
    polls = sum(o.polls for o in outcomes)
    errors = sum(o.errors for o in outcomes)
    latencies = sorted(x for o in outcomes for x in o.latencies)
    dead = deadlocks(admin, database) - dead_before
    admin.dispose()
    window = seconds
    p50 = statistics.median(latencies) * 1000 if latencies else float("nan")
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000 if latencies else float("nan")
    cores = os.cpu_count() or 1
    per_cpu = polls / window * measured / server if server > 0 else float("nan")
    print(
        f"{label:<10} K={terminals:<4} {polls / window:>7.0f} polls/s  p50 {p50:5.2f} ms  p99 {p99:6.2f} ms  "
        f"errors {errors}  deadlocks {dead}  server CPU {server / measured / cores:5.1%} of {cores} cores "
        f"({per_cpu:,.0f} polls per server CPU-second)"
        + (f"  PgBouncer CPU {bouncer / measured / cores:4.1%}" if bouncer_pid else ""),
        flush=True,
    )
    for problem in sorted({p for o in outcomes for p in o.problems})[:3]:
        print(f"           error: {problem}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, nargs="+", default=[20, 100, 500])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--direct-only", action="store_true")
    parser.add_argument(
        "--login",
        choices=["terminal", "pooled", "owner"],
        default="terminal",
        help="poll as a terminal's own login, bound to a branch and under row-level security as a bank "
        "deploys it (the default: the login's branch's five terminals in turn); as one pooled login shared "
        "by every terminal, each naming itself with its own key (c0014); or as the owner, whom the "
        "policies do not filter (every registered terminal)",
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from pgbouncer import PgBouncer

    from bench.scale.login_scope import terminal_login
    from bench.scale.logins import pooled_terminals

    load = os.getloadavg()
    who = {
        "terminal": "a terminal's login (row-level security)",
        "pooled": "one pooled login, every terminal naming itself with its key (row-level security)",
        "owner": "the owner",
    }
    print(
        f"load: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1/5/15 min), {os.cpu_count()} cores; as {who[args.login]}"
    )
    with scratch_database("scale") as url:
        populate(url, max(args.terminals))
        print(
            f"{max(args.terminals)} terminals registered in {len({branch_of(n) for n in range(max(args.terminals))})} branches"
        )
        if args.login == "pooled":
            with pooled_terminals(url, max(args.terminals)) as (login, keys):
                measure(
                    args, url, make_url(url).set(username=login).render_as_string(False), 0, PgBouncer, keys
                )
            return
        with terminal_login(url) if args.login == "terminal" else nullcontext(url) as polling:
            seen = BRANCH_TERMINALS if polling != url else 0
            measure(args, url, polling, seen, PgBouncer)


def measure(
    args: argparse.Namespace, url: str, polling: str, seen: int, pgbouncer: Any, keys: list[str] | None = None
) -> None:
    """Every K's runs, directly and through PgBouncer, the polls sent by `polling`'s login (`url`, the
    owner's, watches the backends)."""
    parsed = make_url(polling)
    bouncer = (
        None
        if args.direct_only
        else pgbouncer(
            parsed.host or "127.0.0.1", parsed.port or 5432, users=(parsed.username or "postgres",)
        )
    )
    try:
        for terminals in args.terminals:
            one_run(
                "direct",
                polling,
                url,
                terminals,
                args.processes,
                args.threads,
                args.seconds,
                False,
                None,
                seen,
                keys,
            )
            if bouncer is not None:
                one_run(
                    "pgbouncer",
                    bouncer.url_for(polling),
                    url,
                    terminals,
                    args.processes,
                    args.threads,
                    args.seconds,
                    True,
                    bouncer.process.pid,
                    seen,
                    keys,
                )
    finally:
        if bouncer is not None:
            bouncer.close()
