"""The server's capacity for idle polls with a compiled load generator: `pgbench` runs the terminal's poll.

`bench.scale` simulates terminals in Python, and on this machine those client processes share the cores
with the server and are the limit. Here `pgbench` (postgresql-client) sends the same statement the real
terminal sends — one call of `teller_poll` (central migration c0006) for a random one of K registered
terminals — from K connections in two threads, directly (K ≤ 80: max_connections is 100 here and shared)
and through PgBouncer in transaction pooling mode. Printed per run: polls/s, mean latency, failures, and
the CPU of the server's connections (PgBouncer keeps its own open; pgbench's direct ones end with the run,
so the direct figure is a lower bound).

Run: .venv/bin/python -m bench.scale.compiled [--terminals 20 100 500] [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from bench.scale.run import backends, cpu_seconds, populate
from bench.sync.run import scratch_database

POLL = (
    "\\set n random(0, {last})\n"
    "SELECT * FROM teller_poll((310000 + :n / 5)::text || ':T' || lpad(:n::text, 5, '0'), "
    "(310000 + :n / 5)::text, 'T' || lpad(:n::text, 5, '0'), NULL, NULL, now(), NULL);\n"
)


def pgbench(script: Path, clients: int, seconds: float, host: str, port: int, user: str, db: str) -> str:
    command = ["pgbench", "-n", "-f", str(script), "-c", str(clients), "-j", "2", "-T", str(int(seconds))]
    done = subprocess.run(
        [*command, "-h", host, "-p", str(port), "-U", user, db], capture_output=True, text=True, check=False
    )
    if done.returncode:
        return "error: " + done.stderr.strip().splitlines()[-1][:200]
    wanted = ("tps", "latency average", "number of failed")
    return "; ".join(line.strip() for line in done.stdout.splitlines() if line.strip().startswith(wanted))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, nargs="+", default=[20, 100, 500])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    import sqlalchemy as sa
    from pgbouncer import PgBouncer

    with scratch_database("compiled") as url, tempfile.TemporaryDirectory() as folder:
        populate(url, max(args.terminals))
        script = Path(folder) / "poll.sql"
        script.write_text(POLL.format(last=max(args.terminals) - 1))
        parsed = make_url(url)
        user, db = parsed.username or "postgres", parsed.database or ""
        bouncer = PgBouncer(parsed.host or "127.0.0.1", parsed.port or 5432, users=(user,))
        admin = sa.create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        try:
            pooled = make_url(bouncer.url_for(url))
            for label, host, port in (
                ("direct", parsed.host or "127.0.0.1", parsed.port or 5432),
                ("pgbouncer", pooled.host or "127.0.0.1", pooled.port or 6432),
            ):
                for clients in args.terminals:
                    if label == "direct" and clients > 80:
                        continue
                    load = os.getloadavg()[0]
                    before = {pid: cpu_seconds([pid]) for pid in backends(admin, db)}
                    started = time.monotonic()
                    found = pgbench(script, clients, args.seconds, host, port, user, db)
                    window = time.monotonic() - started
                    spent = sum(cpu_seconds([pid]) - cpu for pid, cpu in before.items())
                    spent += cpu_seconds(
                        [p for p in backends(admin, db) if p not in before]
                    )  # opened by PgBouncer
                    share = f"server connections' CPU {spent / window / (os.cpu_count() or 1):.0%}"
                    print(f"{label:<10} K={clients:<4} load {load:4.1f}  {found}  {share}", flush=True)
        finally:
            admin.dispose()
            bouncer.close()


if __name__ == "__main__":
    main()
