"""The server's capacity for idle polls with a compiled load generator: `pgbench` runs the terminal's poll.

`bench.scale` simulates terminals in Python, and on this machine those client processes share the cores
with the server and are the limit. Here `pgbench` (postgresql-client) sends the same statement the real
terminal sends — one call of `teller_poll` (central migration c0006) for a random one of the registered
terminals, by default in the extended protocol with parameters, as psycopg sends it — from K connections,
directly (as many as the server's free connection slots allow) and through PgBouncer in transaction
pooling mode (one or several processes sharing a port with so_reuseport).

Printed per run: polls/s, p50/p99 of one terminal's round (an idle round is one poll; read from pgbench's
per-transaction log), failed transactions and aborted clients, and where the machine's 2 cores went while
it ran: the server's connections to the benchmark's database, PgBouncer, pgbench, and everything else on
the machine (other people's work), each as a share of all cores, with the load average, and polls per
second of server CPU. By default each terminal polls again as soon as it is answered (the most the server
serves; a round then waits its turn behind the other K - 1); with `--rate N` the terminals together offer
N polls/s at random times (pgbench -R), and the round's time counts from when it was due, so p50/p99 say
how long a terminal waits at that load and polls/s below N says the server did not keep up.

Run: .venv/bin/python -m bench.scale.compiled [--terminals 20 100 500] [--seconds 5] [--threads 4]
     [--bouncers 1] [--pool-size 30] [--protocol extended|simple] [--only direct|pgbouncer] [--rate N]
     [--own-server MAX_CONNECTIONS] [--login terminal|pooled|owner]
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
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench.scale.login_scope import terminal_login
from bench.scale.own_server import private_server
from bench.scale.run import backends, cpu_seconds, populate
from bench.sync.run import scratch_database

# terminal n is `branch:Tnnnnn` of branch 310000 + n // 5 (bench.scale.run.identity_of); ':' || 'T', not ':T',
# which pgbench would take for a variable
TERMINAL_BRANCH_CODE = (
    "(310000 + :n / 5)::text || ':' || 'T' || lpad(:n::text, 5, '0')",
    "(310000 + :n / 5)::text",
    "'T' || lpad(:n::text, 5, '0')",
)
WHO = ", ".join(TERMINAL_BRANCH_CODE)
POLL = (
    "\\set n random(0, {last})\n"
    "SELECT * FROM teller_poll(" + WHO + ", NULL::bigint, NULL::text, now(), NULL::timestamptz);\n"
)
# A pooled login's terminal n names itself with its key (teller_poll_as, c0014). pgbench cannot keep 500
# keys, so terminal n's is derived from n (two md5s: 64 hex characters), as `pooled_keys` registers it;
# the server computes it in the call, ~1 µs.
KEY_OF = "md5('bench-terminal-' || {n}) || md5('bench-key-' || {n})"
POLL_AS = POLL.replace("teller_poll(", "teller_poll_as(" + KEY_OF.format(n=":n::text") + ", ")


LOGINS = {
    "terminal": "a terminal login (row-level security)",
    "pooled": "one pooled login, each terminal naming itself with its key (row-level security)",
    "owner": "the owner",
}


def machine_busy() -> float:
    """CPU-seconds the whole machine has spent busy since boot (all cores; /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


@dataclass
class Run:
    polls_per_second: float
    latencies: list[float]  # seconds, one per finished poll
    failed: int
    aborted: int
    cpu: dict[str, float]  # share of all cores: server, pgbouncer, pgbench, others
    problem: str = ""

    def line(self) -> str:
        if self.problem:
            return f"error: {self.problem}"
        ordered = sorted(self.latencies)
        p50 = statistics.median(ordered) * 1000 if ordered else float("nan")
        p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000 if ordered else float("nan")
        shares = "  ".join(f"{name} {share:4.0%}" for name, share in self.cpu.items())
        cores = os.cpu_count() or 1
        per_cpu = (
            self.polls_per_second / (self.cpu["server"] * cores) if self.cpu.get("server") else float("nan")
        )
        return (
            f"{self.polls_per_second:>7,.0f} polls/s  p50 {p50:6.2f} ms  p99 {p99:7.2f} ms  "
            f"failed {self.failed}  aborted clients {self.aborted}  CPU of the {cores} cores: {shares}  "
            f"({per_cpu:,.0f} polls per server CPU-second)"
        )


def read_logs(folder: Path, prefix: str) -> tuple[list[float], int]:
    """Latencies of the finished transactions and the number of failed ones, from pgbench's --log files
    (`client transaction time script epoch µs`; time is µs, or `failed` / `skipped`)."""
    latencies, failed = [], 0
    for log in folder.glob(prefix + ".[0-9]*"):
        for line in log.read_text().splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            if fields[2] == "failed":
                failed += 1
            elif fields[2] != "skipped":
                latencies.append(int(fields[2]) / 1e6)
    return latencies, failed


def pgbench(
    args: argparse.Namespace,
    script: Path,
    clients: int,
    target: tuple[str, int, str, str],
    admin: sa.Engine,
    bouncer_pids: list[int],
    label: str,
) -> Run:
    host, port, user, db = target
    folder = script.parent
    command = [
        *("pgbench", "-n", "-f", str(script), "-M", args.protocol, "-c", str(clients)),
        *("-j", str(args.threads), "-T", str(int(args.seconds)), "--log", f"--log-prefix={folder / label}"),
        *(("-R", str(args.rate)) if args.rate else ()),
        *("-h", host, "-p", str(port), "-U", user, db),
    ]
    for old in folder.glob(label + ".[0-9]*"):
        old.unlink()
    bench = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    time.sleep(min(1.0, args.seconds / 4))  # the clients connect; the window opens once they poll
    first = set(backends(admin, db))
    while not bouncer_pids and len(first) < clients and time.monotonic() < started + args.seconds / 2:
        time.sleep(0.1)  # 500 direct connections take the server over a second to fork
        first = set(backends(admin, db))
    marks = (cpu_seconds(list(first)), cpu_seconds(bouncer_pids), cpu_seconds([bench.pid]), machine_busy())
    opened = time.monotonic()
    time.sleep(max(0.5, started + args.seconds - 0.3 - opened))  # close the window while all still poll
    newcomers = [p for p in backends(admin, db) if p not in first]  # PgBouncer opened more: all in the window
    server = cpu_seconds(list(first)) - marks[0] + cpu_seconds(newcomers)
    bouncer = cpu_seconds(bouncer_pids) - marks[1]
    client = cpu_seconds([bench.pid]) - marks[2]
    busy = machine_busy() - marks[3]
    window = (time.monotonic() - opened) * (os.cpu_count() or 1)
    out, err = bench.communicate()
    aborted = sum(1 for line in err.splitlines() if "aborted" in line and line.startswith("client"))
    tps = [line for line in out.splitlines() if line.startswith("tps")]
    if not tps:
        return Run(0.0, [], 0, aborted, {}, (err.strip().splitlines() or ["no output"])[-1][:200])
    latencies, failed = read_logs(folder, label)
    cpu = {"server": server / window}
    if bouncer_pids:
        cpu["pgbouncer"] = bouncer / window
    cpu |= {"pgbench": client / window, "others": max(0.0, busy - server - bouncer - client) / window}
    return Run(float(tps[0].split()[2]), latencies, failed, aborted, cpu)


def free_slots(admin: sa.Engine) -> int:
    """Connections the server can still take, keeping 5 for the others who share it."""
    with admin.connect() as conn:
        most = int(conn.exec_driver_sql("SHOW max_connections").scalar() or 0)
        reserved = int(conn.exec_driver_sql("SHOW superuser_reserved_connections").scalar() or 0)
        used = int(conn.exec_driver_sql("SELECT count(*) FROM pg_stat_activity").scalar() or 0)
    return most - reserved - used - 5


@contextmanager
def bouncers(host: str, port: int, user: str, count: int, pool_size: int) -> Iterator[list]:
    """`count` PgBouncer processes on one port (so_reuseport when more than one)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from pgbouncer import PgBouncer

    started: list[PgBouncer] = []
    try:
        share = 0 if count > 1 else None
        for _ in range(count):
            started.append(PgBouncer(host, port, users=(user,), pool_size=pool_size, share_port=share))
            share = started[0].port if count > 1 else None
        yield started
    finally:
        for bouncer in started:
            bouncer.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, nargs="+", default=[20, 100, 500])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument(
        "--threads", type=int, default=4, help="pgbench's threads (-j); at K = 500 two were the limit here"
    )
    parser.add_argument("--bouncers", type=int, default=1, help="PgBouncer processes sharing the port")
    parser.add_argument("--pool-size", type=int, default=30, help="PgBouncer's default_pool_size")
    parser.add_argument("--protocol", choices=["extended", "simple"], default="extended")
    parser.add_argument("--only", choices=["direct", "pgbouncer"])
    parser.add_argument(
        "--rate", type=int, help="offer this many polls/s in all (pgbench -R) instead of as many as answered"
    )
    parser.add_argument(
        "--login",
        choices=list(LOGINS),
        default="terminal",
        help="poll as a terminal's own login, bound to a branch and under row-level security as a bank "
        "deploys it (the default: the login's branch's five terminals in turn); as one pooled login, "
        "every terminal naming itself with its key (c0014); or as the owner, whom the policies do not "
        "filter (every registered terminal in turn)",
    )
    parser.add_argument(
        "--own-server",
        type=int,
        metavar="MAX_CONNECTIONS",
        help="measure on a private PostgreSQL with this many connection slots (bench/scale/own_server.py), "
        "for direct runs with more terminals than the shared server takes",
    )
    args = parser.parse_args(argv)
    if args.own_server:
        with private_server(args.own_server) as url:
            os.environ["TELLER_BENCH_PG_URL"] = url
            print(f"a private PostgreSQL with max_connections = {args.own_server}")
            measure(args)
    else:
        measure(args)


@contextmanager
def pooled_keys(url: str, terminals: int) -> Iterator[str]:
    """One pooled login (the shipped script) and terminal n's key (KEY_OF) for every n: the login's URL."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from terminal_logins import pooled_login

    with pooled_login(url) as (login_url, _none):
        owner = sa.create_engine(url)
        with owner.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO terminal_keys (key_hash, branch, terminal) SELECT "
                f"sha256(convert_to({KEY_OF.format(n='n::text')}, 'UTF8')), (310000 + n / 5)::text, "
                f"'T' || lpad(n::text, 5, '0') FROM generate_series(0, {terminals - 1}) AS n"
            )
        owner.dispose()
        yield login_url


def measure(args: argparse.Namespace) -> None:
    load = os.getloadavg()
    print(
        f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1/5/15 min), {os.cpu_count()} cores; pgbench -j "
        f"{args.threads}, {args.protocol} protocol; {args.bouncers} PgBouncer(s), pool size {args.pool_size}; "
        + (f"{args.rate:,} polls/s offered" if args.rate else "each terminal polls again once answered")
        + f"; as {LOGINS[args.login]}"
    )
    with scratch_database("compiled") as url, tempfile.TemporaryDirectory() as folder:
        populate(url, max(args.terminals))
        if args.login == "pooled":
            with pooled_keys(url, max(args.terminals)) as pooled:
                measure_as(args, url, pooled, Path(folder), POLL_AS)
            return
        with terminal_login(url) if args.login == "terminal" else nullcontext(url) as polling:
            measure_as(args, url, polling, Path(folder))


def measure_as(args: argparse.Namespace, url: str, polling: str, folder: Path, poll: str = POLL) -> None:
    """Every K's runs, the polls (`poll`) sent by `polling`'s login (the owner's `url` to watch the backends)."""
    every = polling == url or poll == POLL_AS  # the owner, or a pooled login's terminals each with its key
    last_terminal = max(args.terminals) - 1 if every else 4  # a login sees its branch's five (populate)
    script = folder / "poll.sql"
    script.write_text(poll.format(last=last_terminal))
    parsed = make_url(url)
    host, port = parsed.host or "127.0.0.1", parsed.port or 5432
    user, db = make_url(polling).username or "postgres", parsed.database or ""
    admin = sa.create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    poller = sa.create_engine(polling)
    with poller.connect() as conn:  # the script polls terminals its login sees: the last one is known
        last = poll.splitlines()[1].replace(":n", str(last_terminal))
        assert conn.exec_driver_sql(last.rstrip(";")).one()[0] == 1, last
    poller.dispose()
    try:
        if args.only != "pgbouncer":
            for clients in args.terminals:
                slots = free_slots(admin)
                if clients > slots:
                    print(f"direct     K={clients:<4} not run: the server has {slots} free connection slots")
                    continue
                run = pgbench(args, script, clients, (host, port, user, db), admin, [], "direct")
                print(f"direct     K={clients:<4} load {os.getloadavg()[0]:4.1f}  {run.line()}", flush=True)
        if args.only != "direct":
            with bouncers(host, port, user, args.bouncers, args.pool_size) as started:
                target = ("127.0.0.1", started[0].port, user, db)
                pids = [b.process.pid for b in started]
                for clients in args.terminals:
                    run = pgbench(args, script, clients, target, admin, pids, "pgbouncer")
                    print(
                        f"pgbouncer  K={clients:<4} load {os.getloadavg()[0]:4.1f}  {run.line()}",
                        flush=True,
                    )
    finally:
        admin.dispose()


if __name__ == "__main__":
    main()
