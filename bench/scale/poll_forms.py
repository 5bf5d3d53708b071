"""What one idle poll costs the server in three forms: the PL/pgSQL `teller_poll`, a LANGUAGE sql twin, one statement.

The terminal's poll is the PL/pgSQL function of central migration c0006. Two other forms give the same
answer: the same body as a `LANGUAGE sql` function, and one SQL statement (data-modifying CTEs for the
anchor and the last contact) sent as it is. `pgbench` (see bench.scale.compiled) calls each form in turn
from K direct connections, in rounds, and prints polls/s, the server's CPU per poll (its connections'
CPU from /proc over the polls answered) and that cost as a ratio to the PL/pgSQL function's in the same
round. Before measuring, the three forms' answers are compared for every registered terminal.

Run: .venv/bin/python -m bench.scale.poll_forms [--terminals 20] [--seconds 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench.scale.compiled import TERMINAL_BRANCH_CODE, WHO, pgbench
from bench.scale.run import identity_of, populate
from bench.sync.run import scratch_database

ARGUMENTS = (
    "p_terminal text, p_branch text, p_code text, p_seq bigint, p_head text, p_now timestamptz, "
    "p_seen_before timestamptz"
)
WRITES = """
    anchor AS (
        INSERT INTO chain_anchors (terminal_id, seq, head_hash, anchored_at)
        SELECT {t}, {seq}, {head}, {now} FROM known WHERE known.n > 0 AND {seq} IS NOT NULL
        ON CONFLICT DO NOTHING RETURNING 1
    ),
    contact AS (
        UPDATE terminals SET last_sync_at = {now}
        WHERE {seen} IS NOT NULL AND terminal_id = {t} AND (last_sync_at IS NULL OR last_sync_at < {seen})
        RETURNING 1
    )"""
READS = """
    SELECT known.n,
        (SELECT last_position FROM change_streams WHERE stream = {b}),
        (SELECT last_position FROM change_streams WHERE stream = '*'),
        (SELECT coalesce(sum(last_serial - next_serial + 1), 0) FROM number_blocks
         WHERE branch = {b} AND terminal = {c} AND next_serial <= last_serial),
        (SELECT count(*) FROM conflicts WHERE branch = {b} AND state = 'open')
    FROM known"""
STATEMENT = "WITH known AS (SELECT count(*) AS n FROM terminals WHERE terminal_id = {t})," + WRITES + READS
NAMES = {
    "t": "p_terminal",
    "b": "p_branch",
    "c": "p_code",
    "seq": "p_seq",
    "head": "p_head",
    "now": "p_now",
    "seen": "p_seen_before",
}
SQL_FUNCTION = (
    f"CREATE FUNCTION teller_poll_sql({ARGUMENTS}) RETURNS TABLE (known bigint, branch_at bigint, "
    "shared_at bigint, numbers_left bigint, open_conflicts bigint) LANGUAGE sql AS $poll$"
    + STATEMENT.format(**NAMES)
    + "$poll$"
)
PGBENCH_ARGS = dict(
    zip(["t", "b", "c"], TERMINAL_BRANCH_CODE, strict=True),
    seq="NULL::bigint",
    head="NULL::text",
    now="now()",
    seen="NULL::timestamptz",
)
CALL = ", ".join([WHO, "NULL::bigint", "NULL::text", "now()", "NULL::timestamptz"])
FORMS = {
    "PL/pgSQL teller_poll (c0006)": f"SELECT * FROM teller_poll({CALL})",
    "LANGUAGE sql function": f"SELECT * FROM teller_poll_sql({CALL})",
    "one statement": STATEMENT.format(**PGBENCH_ARGS),
}


def same_answers(url: str, terminals: int) -> None:
    """Every form gives every registered terminal the same row (the pgbench variable filled in)."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        for n in range(terminals):
            rows = {conn.exec_driver_sql(sql.replace(":n", str(n))).one() for sql in FORMS.values()}
            assert len(rows) == 1, (identity_of(n), rows)
    engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terminals", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    args.protocol, args.threads, args.rate = "extended", 2, None
    load = os.getloadavg()
    print(f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; K = {args.terminals} direct connections")
    with scratch_database("forms") as url, tempfile.TemporaryDirectory() as folder:
        populate(url, args.terminals)
        owner = sa.create_engine(url)
        with owner.begin() as conn:
            conn.exec_driver_sql(SQL_FUNCTION)
        owner.dispose()
        same_answers(url, args.terminals)
        parsed = make_url(url)
        target = (
            parsed.host or "127.0.0.1",
            parsed.port or 5432,
            parsed.username or "postgres",
            parsed.database or "",
        )
        admin = sa.create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        cores = os.cpu_count() or 1
        try:
            for round_ in range(1, args.rounds + 1):
                base = None
                for label, sql in FORMS.items():
                    script = Path(folder) / "form.sql"
                    script.write_text(f"\\set n random(0, {args.terminals - 1})\n{sql};\n")
                    run = pgbench(args, script, args.terminals, target, admin, [], "form")
                    if run.problem:
                        print(f"round {round_}  {label:<29} error: {run.problem}")
                        continue
                    cost = run.cpu["server"] * cores / run.polls_per_second * 1e6
                    base = base or cost
                    print(
                        f"round {round_}  {label:<29} {run.polls_per_second:>7,.0f} polls/s  server CPU "
                        f"{cost:6.1f} µs a poll ({cost / base:4.2f}× the PL/pgSQL function)  load "
                        f"{os.getloadavg()[0]:4.1f}",
                        flush=True,
                    )
        finally:
            admin.dispose()


if __name__ == "__main__":
    main()
