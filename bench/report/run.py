"""The bank-wide evaluation report on the central PostgreSQL at a bank's scale.

A scratch central database (the real schema, migrated) is filled by generate_series in SQL: by default
1,111,112 cases over 50 branches in 2026 (9 steps each: 10,000,008 step rows), with approvals, post-reviews
and findings, rectifications, satisfaction, accounts with filing dates, incidents and audit events. Then
the report for 2026Q4 against 2026Q3 is computed over every branch, as `teller-admin report --central`
does (SQL aggregates over plain columns; no rows loaded into Python), and its time printed.
Goal: under 10 s on this machine.

Run: .venv/bin/python -m bench.report [--cases 1111112] [--repeat 2] [--keep]
--keep leaves the filled database (its name is printed); --reuse NAME times the report again on such a kept
database without filling it anew (then it is kept as well).
PostgreSQL: TELLER_BENCH_PG_URL, else TELLER_TEST_PG_URL, else postgres@127.0.0.1:5432.
"""

from __future__ import annotations

import argparse
import os
import time
import uuid

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from teller_app.services.evaluation_report import evaluate
from teller_app.services.report_periods import parse_period
from teller_app.sync.central import upgrade_central

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
STEPS = (
    "intake",
    "identity",
    "documents",
    "beneficial_owners",
    "risk",
    "intent",
    "contract",
    "approval",
    "account_setup",
)


def server_url() -> str:
    return os.environ.get("TELLER_BENCH_PG_URL") or os.environ.get("TELLER_TEST_PG_URL") or DEFAULT_PG


FILL = """
SET synchronous_commit = off;
INSERT INTO cases (id, branch, version, updated_at, terminal, customer_id, customer_kind, account_type, status,
                   current_step, risk_level, procedure_version, maker_id, channel, training, step_entered_at,
                   created_at, closed_at)
SELECT 'c' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'T' || (g % 3), NULL, 'enterprise_legal_person',
       'basic', (ARRAY['active','active','active','rejected','in_progress'])[1 + g % 5], 'account_setup',
       (ARRAY['low','low','medium','medium_high','high'])[1 + (g / 7) % 5],
       CASE WHEN g % 4 = 0 THEN '2026.1' ELSE '2026.2' END, 'u' || (g % 500), 'counter', g % 97 = 0,
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day',
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day' + (g % 480) * INTERVAL '1 minute',
       CASE WHEN g % 5 = 4 THEN NULL
            ELSE TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day' + (g % 480 + 60 + g % 300) * INTERVAL '1 minute' END
FROM generate_series(1, :cases) AS g;

INSERT INTO case_steps (id, branch, version, updated_at, case_id, step, entered_at, completed_at, completed_by, data)
SELECT 's' || g || '-' || s.n, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'c' || g, s.step,
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day' + (s.n * 30) * INTERVAL '1 minute',
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day' + (s.n * 30 + 3 + (g * 7 + s.n * 13) % 80) * INTERVAL '1 minute',
       'u' || (g % 500), NULL
FROM generate_series(1, :cases) AS g
CROSS JOIN unnest(CAST(:steps AS text[])) WITH ORDINALITY AS s(step, n);

INSERT INTO approvals (id, branch, version, updated_at, request_id, case_id, maker_id, checker_id, decision,
                       reason_code, content_hash, decided_at)
SELECT 'a' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'r' || g, 'c' || g, 'u' || (g % 500), 'k' || (g % 60),
       (ARRAY['approve','approve','approve','return','reject'])[1 + g % 5],
       (ARRAY[NULL,'documents_missing','identity_mismatch','risk_unclear'])[1 + g % 4], repeat('0', 64),
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day' + INTERVAL '5 hours'
FROM generate_series(1, :cases, 3) AS g;

INSERT INTO post_reviews (id, branch, version, updated_at, case_id, maker_id, reasons, procedure_version, sampled_at,
                          status, reviewer_id, started_at, closed_at, rounds)
SELECT 'p' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'c' || g, 'u' || (g % 500), 'random', '2026.2',
       TIMESTAMPTZ '2026-01-02' + (g % 364) * INTERVAL '1 day', CASE WHEN g % 3 = 0 THEN 'queued' ELSE 'closed' END,
       'v' || (g % 20), NULL, CASE WHEN g % 3 = 0 THEN NULL ELSE TIMESTAMPTZ '2026-01-04' + (g % 362) * INTERVAL '1 day' END,
       g % 2
FROM generate_series(1, :cases, 10) AS g;

INSERT INTO review_findings (id, branch, version, updated_at, review_id, case_id, category, severity, recorded_by,
                             recorded_at)
SELECT 'f' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'p' || g, 'c' || g,
       (ARRAY['document_missing','document_invalid','identity_check','risk_rating','other'])[1 + g % 5],
       (ARRAY['minor','major','severe'])[1 + g % 3], 'v' || (g % 20), TIMESTAMPTZ '2026-01-03' + (g % 363) * INTERVAL '1 day'
FROM generate_series(1, :cases, 20) AS g;

INSERT INTO rectifications (id, branch, version, updated_at, review_id, case_id, teller_id, requested_by, requested_at,
                            due_on, status, answered_at)
SELECT 'q' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'p' || g, 'c' || g, 'u' || (g % 500), 'v' || (g % 20),
       TIMESTAMPTZ '2026-01-03' + (g % 363) * INTERVAL '1 day', DATE '2026-01-08' + (g % 358),
       (ARRAY['open','answered','accepted'])[1 + g % 3],
       CASE WHEN g % 3 = 0 THEN NULL ELSE TIMESTAMPTZ '2026-01-05' + (g % 361 + g % 9) * INTERVAL '1 day' END
FROM generate_series(1, :cases, 40) AS g;

INSERT INTO satisfaction (id, branch, version, updated_at, case_id, teller_id, score, recorded_at)
SELECT 'z' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'c' || g, 'u' || (g % 500),
       CASE WHEN g % 11 = 0 THEN NULL ELSE 1 + (g * 7) % 5 END, TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day'
FROM generate_series(1, :cases, 2) AS g;

INSERT INTO accounts (id, branch, version, updated_at, account_number, case_id, account_type, status, opened_at,
                      filing_deadline, filed_on)
SELECT 'n' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'A' || g, 'c' || g, 'basic', 'active',
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day', DATE '2026-01-01' + (g % 365),
       CASE WHEN g % 13 = 0 THEN NULL ELSE DATE '2026-01-01' + (g % 365) + (g % 3) END
FROM generate_series(1, :cases) AS g WHERE g % 5 < 3;

INSERT INTO incidents (id, branch, version, updated_at, terminal, kind, drill, origin, level, stage, reported_by,
                       reported_at, handled_at)
SELECT 'i' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'T1',
       (ARRAY['offline','sync_failing','system_failure','operating_error'])[1 + g % 4], g % 10 = 0, 'proposed', '4',
       'handled', 'system', TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day',
       TIMESTAMPTZ '2026-01-01' + (g % 365) * INTERVAL '1 day' + (30 + g % 200) * INTERVAL '1 minute'
FROM generate_series(1, 5000) AS g;

INSERT INTO audit_events (id, branch, version, updated_at, terminal, seq, occurred_at, user_id, case_id, step, action,
                          result, prev_hash, hash)
SELECT 'e' || g, 'B' || lpad((g % 50)::text, 4, '0'), 1, now(), 'T' || (g % 3), g, TIMESTAMPTZ '2026-01-01'
       + (g % 365) * INTERVAL '1 day', 'u' || (g % 500), 'c' || g, 'documents',
       (ARRAY['case.save_step','case.advance','case.skip_step','approval.void'])[1 + g % 4], 'ok', repeat('0', 64),
       repeat('1', 64)
FROM generate_series(1, :cases, 2) AS g;
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.report", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_111_112)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database (its name is printed)")
    parser.add_argument(
        "--reuse", metavar="NAME", help="time the report on a database kept by --keep; no fill"
    )
    args = parser.parse_args(argv)
    server = server_url()
    name = args.reuse or f"bench_report_{uuid.uuid4().hex[:8]}"
    keep = args.keep or bool(args.reuse)
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    if not args.reuse:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    print(f"database: {name}" + (" (kept)" if keep else ""))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    try:
        upgrade_central(engine)
        started = time.perf_counter()
        if not args.reuse:
            with engine.begin() as conn:
                for statement in (s.strip() for s in FILL.split(";\n")):
                    if statement:
                        conn.execute(sa.text(statement), {"cases": args.cases, "steps": list(STEPS)})
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
            counts = {
                t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                for t in ("cases", "case_steps", "approvals", "post_reviews", "satisfaction", "accounts")
            }
        print(
            ("reused: " if args.reuse else f"generated in {time.perf_counter() - started:.1f} s: ")
            + ", ".join(f"{t} {n:,}" for t, n in counts.items())
        )
        period = parse_period("2026Q4")
        times = []
        report = None
        for _ in range(args.repeat):
            began = time.perf_counter()
            report = evaluate(engine, period, None)
            times.append(time.perf_counter() - began)
        assert report is not None
        began = time.perf_counter()
        one = evaluate(engine, period, "B0007")
        branch_time = time.perf_counter() - began
        now = report.current
        print(
            f"bank-wide report 2026Q4 vs 2026Q3: {min(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)}); "
            f"goal < 10 s: {'met' if min(times) < 10 else 'NOT met'}"
        )
        print(f"one branch (B0007): {branch_time:.2f} s; its cases opened {one.current.cases_opened:,}")
        steps = sum(s.count for s in now.steps)
        print(
            f"  2026Q4: cases opened {now.cases_opened:,}, finished {now.cases_finished:,}, steps timed {steps:,}, "
            f"findings {sum(now.findings.values()):,}, satisfaction average {now.satisfaction.get('average')}"
        )
    finally:
        engine.dispose()
        if not keep:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    return 0
