"""Sync benchmarks against a real PostgreSQL, each against a baseline measured in the same run.

1. Push N cases and M audit events (every one an outbox entry, personal data as ciphertext) from a
   terminal to PostgreSQL through the sync engine — idempotent upserts, applied-op records, change log,
   local settlement — vs a raw psycopg COPY of the same rows into an identical empty schema.
   Goal (issue #17): the push rate is at least 0.8 of the raw COPY rate.
2. Catch-up after a day offline at a busy branch: K complete onboardings through the case services with
   the central database unreachable, then one sync round until the queue is empty.
3. Pull cost with 100,000 vs 1,000,000 rows in the central database: the same 1,000 newest changes
   pulled and applied each time. Goal: the same within noise (the cost follows the changes, not the table).

Run: .venv/bin/python -m bench.sync [--cases 10000] [--events 100000] [--rounds 3] [--day 100] [--quick]
PostgreSQL: TELLER_BENCH_PG_URL, else TELLER_TEST_PG_URL, else postgres@127.0.0.1:5432.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from teller_app.paths import AppPaths
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.schema import AuditEvent, Case
from teller_app.storage.store import Store, TerminalIdentity, open_store
from teller_app.sync.central import connect_central, upgrade_central
from teller_app.sync.engine import SyncEngine
from teller_app.sync.local_queue import write_state
from teller_app.sync.pull import POSITION_KEY, pull_batch
from teller_app.sync.push import BULK_BATCH_MOST, push_due
from teller_app.sync.registration import register_terminal

BRANCH = "310115"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def server_url() -> str:
    return os.environ.get("TELLER_BENCH_PG_URL") or os.environ.get("TELLER_TEST_PG_URL") or DEFAULT_PG


@contextmanager
def scratch_database(label: str, migrated: bool = True) -> Iterator[str]:
    """A throwaway database, migrated to the central schema's head as its owner would (`central migrate`)."""
    server = server_url()
    name = f"bench_sync_{label}_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        if migrated:
            owner = connect_central(url)
            upgrade_central(owner)
            owner.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def publish_bank_side(central_url: str) -> None:
    """The branch's bank side (乙方), published centrally as IT does with `teller-admin branch set`: the
    morning's first round brings it to the terminal, so the day's agreements can print."""
    from teller_app.services.branch_settings import publish_branch_settings
    from teller_app.services.workspace import DEMO_BANK_SIDE

    central = sa.create_engine(central_url)
    try:
        publish_branch_settings(central, BRANCH, dict(DEMO_BANK_SIDE), by="it")
    finally:
        central.dispose()


def new_terminal(folder: Path, code: str, central_url: str, batch_size: int) -> tuple[Store, SyncEngine]:
    paths = AppPaths(data=folder / code, config=folder / code, logs=folder / code / "logs").ensure()
    store = open_store(paths, fresh_data_keys(code), TerminalIdentity(BRANCH, code))
    register_terminal(central_url, BRANCH, code)
    return store, SyncEngine(store, central_url, batch_size=batch_size)


# -- 1. push vs COPY ---------------------------------------------------------------------------------


def fill_outbox(store: Store, cases: int, events: int) -> None:
    per_case = max(1, events // max(1, cases))
    made_events = 0
    for start in range(0, cases, 200):
        with store.unit_of_work(user_id="u-teller") as uow:
            for n in range(start, min(cases, start + 200)):
                case = uow.new(
                    Case,
                    terminal=store.identity.terminal,
                    customer_kind="enterprise_legal_person",
                    account_type="basic",
                    status="open",
                    current_step="intake",
                    procedure_version="2026.1",
                    maker_id="u-teller",
                    step_entered_at=uow.clock(),
                )
                uow.seal(
                    case,
                    "summary",
                    {"customer_name": f"上海星辰第{n}号国际贸易有限公司", "address": "张江路88号"},
                )
                for _ in range(per_case if made_events + per_case <= events else events - made_events):
                    uow.append_audit(
                        "step.save", case_id=case.id, step="intake", details={"field": "name", "n": n}
                    )
                    made_events += 1


def checkpoint() -> None:
    admin = sa.create_engine(server_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("CHECKPOINT")
    admin.dispose()


def push_everything(store: Store, engine: SyncEngine) -> tuple[float, int]:
    """The engine's own push loop (batches grow from the configured size while the queue is long)."""
    started = time.perf_counter()
    result = push_due(store, engine.central, engine.identity, engine.batch_size, engine.clock)
    return time.perf_counter() - started, result.sent


def copy_same_rows(source_url: str, target_url: str) -> tuple[float, int]:
    """COPY the pushed cases and audit events into an identical empty schema: the raw baseline."""
    tables = [Case.__table__, AuditEvent.__table__]
    source = sa.create_engine(source_url)
    rows: dict[str, list[tuple]] = {}
    with source.connect() as conn:
        for table in tables:
            names = [c.name for c in table.columns]
            rows[table.name] = [
                tuple(r) for r in conn.exec_driver_sql(f"SELECT {', '.join(names)} FROM {table.name}")
            ]
    source.dispose()
    target = sa.create_engine(target_url)
    with target.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        started = time.perf_counter()
        with raw.cursor() as cursor:
            for table in tables:
                names = ", ".join(c.name for c in table.columns)
                with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                    for row in rows[table.name]:
                        copy.write_row(row)
        raw.commit()
        elapsed = time.perf_counter() - started
    target.dispose()
    return elapsed, sum(len(v) for v in rows.values())


def bench_push(folder: Path, cases: int, events: int, batch: int, rounds: int, login: str = "owner") -> None:
    """Fill one outbox, then per round push a copy of it into a fresh central database and COPY the same
    rows into another; the ratio of the medians is the result (rounds alternate, so load drift hits both).
    `login`: push as the owner, or as the terminal's own login (row-level security, the COPYs as
    teller_terminal_copier, the branch triggers asking the login's scope), as a bank deploys it."""
    template = AppPaths(data=folder / "outbox", config=folder / "outbox", logs=folder / "outbox" / "logs")
    keys, identity = fresh_data_keys("T01"), TerminalIdentity(BRANCH, "T01")
    store = open_store(template.ensure(), keys, identity)
    print(f"preparing {cases} cases and {events} audit events in the outbox …", flush=True)
    fill_outbox(store, cases, events)
    store.close()
    push_times: list[float] = []
    copy_times: list[float] = []
    for n in range(rounds):
        data = folder / f"round{n}"
        shutil.copytree(template.data, data)
        paths = AppPaths(data=data, config=data, logs=data / "logs")
        with scratch_database("push") as central_url, scratch_database("copy") as copy_url:
            upgrade_central(connect_central(copy_url))
            store = open_store(paths, keys, identity)
            register_terminal(central_url, BRANCH, "T01")
            with own_login(central_url, login) as pushing_url:
                engine = SyncEngine(store, pushing_url, batch_size=batch)
                checkpoint()  # each timing starts with no earlier writes left to flush on the server
                push_seconds, pushed = push_everything(store, engine)
                checkpoint()
                copy_seconds, copied = copy_same_rows(central_url, copy_url)
                engine.close()
            store.close()
        assert pushed == copied == cases + events, (pushed, copied)
        push_times.append(push_seconds)
        copy_times.append(copy_seconds)
        print(f"round {n + 1}: push {push_seconds:6.2f} s, COPY {copy_seconds:6.2f} s", flush=True)
    push_s, copy_s = statistics.median(push_times), statistics.median(copy_times)
    push_rate, copy_rate = (cases + events) / push_s, (cases + events) / copy_s
    batches = f"batches from {batch} up to {BULK_BATCH_MOST}"
    print(f"push  {cases + events:>8} ops  in {push_s:7.2f} s  = {push_rate:9.0f} rows/s ({batches})")
    print(f"COPY  {cases + events:>8} rows in {copy_s:7.2f} s  = {copy_rate:9.0f} rows/s")
    print(
        f"ratio push/COPY rate = {push_rate / copy_rate:.2f}   (medians of {rounds} rounds, pushed as "
        f"{'the owner' if login == 'owner' else 'the terminal login'}; goal >= 0.8, issue #17)"
    )


@contextmanager
def own_login(central_url: str, login: str) -> Iterator[str]:
    """The URL the terminal pushes with: the owner's, or terminal T01's own login made by the shipped script."""
    if login == "owner":
        yield central_url
        return
    from bench.scale.login_scope import terminal_login

    with terminal_login(central_url, BRANCH, "T01") as url:
        yield url


# -- 2. catch-up after a day offline ------------------------------------------------------------------


def bench_day(folder: Path, customers: int) -> None:
    tests = Path(__file__).resolve().parents[2] / "tests"
    sys.path[:0] = [str(tests / "sync"), str(tests)]  # the sync tests' onboarding flow and its helpers
    from onboarding_flow import customer, onboard

    with scratch_database("day") as central_url:
        store, engine = new_terminal(folder, "T02", central_url, 500)
        publish_bank_side(central_url)
        engine.run_once()  # morning: the number block and the bank side arrive; then the line goes down
        started = time.perf_counter()
        for n in range(1, customers + 1):
            onboard(store, customer(n))
        work_seconds = time.perf_counter() - started
        with store.engine.connect() as conn:
            waiting = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
        started = time.perf_counter()
        report = engine.run_once()
        catch_up = time.perf_counter() - started
        engine.close()
        store.close()
    print(
        f"day offline: {customers} onboardings ({work_seconds:.1f} s of counter work), {waiting} ops waiting; "
        f"catch-up {catch_up:.2f} s ({report.pushed} pushed, waiting after: {report.waiting})"
    )
    print(f"ratio catch-up / counter work time = {catch_up / work_seconds:.3f}")


# -- 3. pull cost vs table size ------------------------------------------------------------------------


def grow_central(central_url: str, first: int, last: int) -> int:
    """Add cases first..last and their change log entries; return the stream's last position."""
    engine = sa.create_engine(central_url)
    with engine.begin() as conn:
        base = conn.exec_driver_sql(
            f"SELECT coalesce(max(last_position), 0) FROM change_streams WHERE stream = '{BRANCH}'"
        ).scalar_one()
        conn.exec_driver_sql(
            "INSERT INTO cases (id, branch, version, updated_at, terminal, customer_kind, account_type, status, "
            "current_step, procedure_version, maker_id, training, created_at, summary) "
            f"SELECT md5(g::text)::uuid::text, '{BRANCH}', 1, now(), 'T09', 'enterprise_legal_person', 'basic', "
            "'open', 'intake', '2026.1', 'u', false, now(), decode(md5(g::text) || md5(g::text), 'hex') "
            f"FROM generate_series({first}, {last}) g"
        )
        conn.exec_driver_sql(
            "INSERT INTO change_log (stream, position, entity, entity_id, version, terminal_id) "
            f"SELECT '{BRANCH}', {base} + g - {first} + 1, 'cases', md5(g::text)::uuid::text, 1, '{BRANCH}:T09' "
            f"FROM generate_series({first}, {last}) g"
        )
        top = base + last - first + 1
        conn.exec_driver_sql(
            f"INSERT INTO change_streams (stream, last_position) VALUES ('{BRANCH}', {top}) "
            f"ON CONFLICT (stream) DO UPDATE SET last_position = {top}"
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE cases")
        conn.exec_driver_sql("VACUUM ANALYZE change_log")
        conn.exec_driver_sql("CHECKPOINT")  # so the bulk load's writeback does not disturb the timing
    engine.dispose()
    return int(top)


def time_pull(store: Store, engine: SyncEngine, total: int, changes: int) -> float:
    """One pull of the newest `changes` changes into an emptied local table; seconds."""
    with store.writer.connection() as conn:
        conn.exec_driver_sql("DELETE FROM cases")
        write_state(conn, POSITION_KEY + BRANCH, str(total - changes))
        write_state(conn, POSITION_KEY + "*", "999999999")
    started = time.perf_counter()
    applied = 0
    while True:
        got = pull_batch(store, engine.central, BRANCH, 500)
        applied += got.applied
        if got.changes == 0:
            break
    assert applied == changes, applied
    return time.perf_counter() - started


def bench_pull(folder: Path, small: int, large: int, changes: int, repeats: int = 9) -> None:
    """Two central databases, one small and one large, measured alternately so load drift hits both."""
    with scratch_database("pull_small") as small_url, scratch_database("pull_large") as large_url:
        terminals = []
        for label, url, size in (("S", small_url, small), ("L", large_url, large)):
            upgrade_central(connect_central(url))
            store, engine = new_terminal(folder / label, "T03", url, 500)
            terminals.append((store, engine, grow_central(url, 1, size)))
        timings: list[list[float]] = [[], []]
        for _ in range(repeats):
            for i, (store, engine, top) in enumerate(terminals):
                timings[i].append(time_pull(store, engine, top, changes))
        for store, engine, _ in terminals:
            engine.close()
            store.close()
    at_small, at_large = (statistics.median(t) for t in timings)
    print(
        f"pull {changes} changes with {small:>9} rows centrally: {at_small * 1000:8.1f} ms (median of {repeats})"
    )
    print(
        f"pull {changes} changes with {large:>9} rows centrally: {at_large * 1000:8.1f} ms (median of {repeats})"
    )
    print(f"ratio pull time large/small = {at_large / at_small:.2f}   (goal: 1.0 within noise)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--batch", type=int, default=500, help="first batch size (the sync_batch_size default)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="push and COPY rounds (medians are compared)")
    parser.add_argument("--day", type=int, default=100, help="onboardings in the offline day")
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="a tenth of every size, for a smoke run")
    parser.add_argument("--only", choices=("push", "day", "pull"), default=None)
    parser.add_argument(
        "--login",
        choices=("owner", "terminal"),
        default="owner",
        help="push as the owner or as the terminal's own login (row-level security, the copier role)",
    )
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        if args.only in (None, "push"):
            bench_push(folder, args.cases // scale, args.events // scale, args.batch, args.rounds, args.login)
        if args.only in (None, "day"):
            bench_day(folder, max(5, args.day // scale))
        if args.only in (None, "pull"):
            bench_pull(folder, args.small // scale, args.large // scale, 1_000)


if __name__ == "__main__":
    main()
