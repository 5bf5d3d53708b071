"""Helpers for the sync tests: terminals with their own local store, a hand-moved clock, onboarding writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from clock_helpers import FakeClock

from teller_app.paths import AppPaths
from teller_app.storage.customers import set_customer_identity
from teller_app.storage.keystore import DataKeys, fresh_data_keys, with_uniqueness_key
from teller_app.storage.schema import Case, CaseStep, Customer
from teller_app.storage.schema_system import OutboxEntry
from teller_app.storage.store import Store, TerminalIdentity, open_store
from teller_app.sync import push
from teller_app.sync.engine import SyncEngine
from teller_app.sync.registration import register_terminal


def start_clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 27, 8, 30, tzinfo=UTC))


@dataclass
class Terminal:
    """One teller PC: its local store and its sync engine."""

    store: Store
    sync: SyncEngine
    clock: FakeClock

    @property
    def branch(self) -> str:
        return self.store.identity.branch

    def close(self) -> None:
        self.sync.close()
        self.store.close()


# The test bank's bank-wide uniqueness key (teller-admin uniqueness-key new), the same at every branch.
TEST_BANK_UNIQUENESS_KEY = bytes(range(32))


def open_terminal(
    root: Path,
    central_url: str,
    branch: str,
    code: str,
    *,
    keys: DataKeys | None = None,
    clock: FakeClock | None = None,
    register: bool = True,
    central_engine: sa.Engine | None = None,
    batch_size: int = 200,
    bank_side: bool = True,
    new_store_at: Callable[[Path], None] | None = None,
) -> Terminal:
    """`new_store_at` (the suite's fixture) puts a migrated store file where a new terminal's store opens."""
    clock = clock or start_clock()
    folder = root / f"{branch}-{code}"
    paths = AppPaths(data=folder / "data", config=folder, logs=folder / "logs").ensure()
    if new_store_at is not None and not paths.local_store.exists():
        new_store_at(paths.local_store)
    if register:
        register_terminal(central_url, branch, code, now=clock())
    if keys is None:  # a terminal of the test bank: its own branch keys and the bank's uniqueness key
        keys = with_uniqueness_key(fresh_data_keys(f"{branch}-{code}"), TEST_BANK_UNIQUENESS_KEY)
    store = open_store(paths, keys, TerminalIdentity(branch, code), clock=clock)
    if bank_side:  # 乙方 as if already pulled (tests of the settings' own journey pass bank_side=False)
        from branch_helpers import give_branch_settings

        give_branch_settings(store)
    sync = SyncEngine(store, central_url, batch_size=batch_size, clock=clock, central_engine=central_engine)
    return Terminal(store, sync, clock)


def open_case(
    terminal: Terminal,
    *,
    name: str = "北京青松科技有限公司",
    credit_code: str = "91110108MA01C3XK4P",
    address: str = "北京市海淀区中关村大街1号",
) -> str:
    """A corporate customer and a basic-account case at intake, with its audit event; returns the case id."""
    with terminal.store.unit_of_work(user_id="teller-1") as uow:
        customer = uow.new(Customer, kind="enterprise_legal_person")
        set_customer_identity(uow, customer, name=name, credit_code=credit_code)
        uow.seal(customer, "address", address)
        case = uow.new(
            Case,
            terminal=terminal.store.identity.terminal,
            customer_id=customer.id,
            customer_kind=customer.kind,
            account_type="basic",
            status="open",
            current_step="intake",
            procedure_version="2026.1",
            maker_id="teller-1",
            step_entered_at=uow.clock(),
        )
        uow.seal(case, "summary", {"customer_name": name, "address": address})
        uow.append_audit("case.open", case_id=case.id, step="intake", details={"customer_name": name})
        return case.id


def edit_case(terminal: Terminal, case_id: str, **values: Any) -> None:
    with terminal.store.unit_of_work(user_id="teller-1") as uow:
        case = uow.get(Case, case_id)
        assert case is not None
        for key, value in values.items():
            setattr(case, key, value)
        uow.save(case)
        uow.append_audit("case.edit", case_id=case_id, step=case.current_step)


def record_step(terminal: Terminal, case_id: str, step: str, data: dict[str, Any]) -> None:
    with terminal.store.unit_of_work(user_id="teller-1") as uow:
        row = uow.new(CaseStep, case_id=case_id, step=step, entered_at=uow.clock(), completed_at=uow.clock())
        uow.seal(row, "data", data)
        case = uow.get(Case, case_id)
        assert case is not None
        case.current_step = step
        uow.save(case)
        uow.append_audit("step.complete", case_id=case_id, step=step)


def table_rows(engine: sa.Engine, table: str, *columns: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        cols = ", ".join(columns) if columns else "*"
        return [tuple(r) for r in conn.exec_driver_sql(f"SELECT {cols} FROM {table} ORDER BY 1")]


def count(engine: sa.Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def set_up_account(terminal: Terminal, case_id: str) -> str:
    """Account setup: a number from the terminal's block, in the same transaction as the account row."""
    from teller_app.storage.schema import Account
    from teller_app.sync.numbers import take_account_number
    from teller_app.sync.uniqueness import depositor_key_of

    with terminal.store.unit_of_work(user_id="teller-1") as uow:
        case = uow.get(Case, case_id)
        assert case is not None
        number = take_account_number(uow)
        customer = uow.get(Customer, case.customer_id)
        assert customer is not None
        account = uow.new(
            Account,
            # indexed bank-wide as account setup does (an unindexed one is indexed again at the next sync)
            depositor_index=terminal.store.depositor_index(depositor_key_of(terminal.store, customer)),
            account_number=number,
            case_id=case_id,
            customer_id=case.customer_id,
            account_type=case.account_type,
            status="active",
            opened_at=uow.clock(),
            activated_at=uow.clock(),
        )
        uow.seal(account, "details", {"seal_card": "公章+法人章"})
        case.current_step = "account_setup"
        case.status = "completed"
        uow.save(case)
        uow.append_audit("account.open", case_id=case_id, step="account_setup", details={"account": number})
        return number


def synced_rows(engine: sa.Engine, table: str) -> dict[str, dict[str, Any]]:
    """Every row of a synced table by id, values as the wire carries them (ciphertext as base64)."""
    from teller_app.sync.payloads import row_to_payload
    from teller_app.sync.shared_tables import synced_table

    found = synced_table(table)
    assert found is not None
    with engine.connect() as conn:
        return {row.id: row_to_payload(found, row) for row in conn.execute(sa.select(found))}


def outbox_columns(store: Store, layout: int) -> tuple[str, ...]:
    with store.engine.connect() as conn:
        columns = conn.exec_driver_sql(
            "SELECT columns FROM outbox_layouts WHERE id = ?", (layout,)
        ).scalar_one()
    return tuple(columns.split(","))


def set_outbox_values(store: Store, seq: int, **changes: Any) -> None:
    """Rewrite one outbox line with some of its values changed (as stored values: bytes, aware times …)."""
    from teller_app.storage.rows import copy_field

    with store.engine.connect() as conn:
        line, layout = conn.exec_driver_sql("SELECT line, layout FROM outbox WHERE seq = ?", (seq,)).one()
    columns = outbox_columns(store, layout)
    fields = dict(zip(columns, line.split("\t"), strict=True))
    fields.update({name: copy_field(value) for name, value in changes.items()})
    set_outbox_line(store, seq, "\t".join(fields[name] for name in columns))


def set_outbox_line(store: Store, seq: int, line: str) -> None:
    with store.writer.connection() as conn:
        conn.exec_driver_sql("UPDATE outbox SET line = ? WHERE seq = ?", (line, seq))


def recorded_op_ids(central: sa.Engine) -> list[str]:
    """Every op id the central database recorded as answered: per op, and per batch of applied appends."""
    with central.connect() as conn:
        ids = list(conn.exec_driver_sql("SELECT op_id FROM applied_ops").scalars())
        for text in conn.exec_driver_sql("SELECT op_ids FROM applied_appends").scalars():
            ids.extend(text.split(","))
    return ids


def set_catch_up_batches(monkeypatch: Any, *, first: int, most: int, compact_most: int = 10) -> None:
    """The push's batch limits, shrunk to a catch-up of a few cases: a queue longer than `compact_most` ops
    goes the COPY way, in batches of `most` ops at the most, the first of them `first` ops when the queue is
    longer than `most`."""
    monkeypatch.setattr(push, "COMPACT_MOST", compact_most)
    monkeypatch.setattr(push, "FIRST_BULK_BATCH", first)
    monkeypatch.setattr(push, "BULK_BATCH_MOST", most)


def teller_with_cases(
    open_terminals: Any, central_url: str, cases: int = 20, *, batch_size: int = 4, **options: Any
) -> Terminal:
    """B0101's T01 with `cases` new cases waiting to be pushed: 3 ops each (customer, case, audit event)."""
    teller = open_terminals(central_url, "B0101", "T01", batch_size=batch_size, **options)
    for n in range(cases):
        open_case(teller, name=f"上海第{n}号贸易有限公司")
    return teller


def waiting_seqs(terminal: Terminal) -> list[int]:
    """The outbox entries still waiting to be pushed, in order."""
    with terminal.store.reading() as session:
        return list(session.scalars(sa.select(OutboxEntry.seq).order_by(OutboxEntry.seq)))


def landed_once(terminal: Terminal, cases: int, queued: int) -> None:
    """Every case of `terminal` and its audit event reached the central database, each of the `queued` ops
    answered once and none twice."""
    assert count(terminal.sync.central, "cases") == cases
    assert count(terminal.sync.central, "audit_events") == cases
    recorded = recorded_op_ids(terminal.sync.central)
    assert len(recorded) == len(set(recorded)) == queued


def central_rows(url: str, sql: str) -> list[tuple]:
    """The rows `sql` reads from the central database at `url` (as that URL's login sees them; a pooled
    login's URL names its terminal by key, central.py's connect_central)."""
    from teller_app.sync.central import connect_central

    engine = connect_central(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


def next_round_lands_everything(terminal: Terminal, monkeypatch: Any, cases: int, queued: int) -> None:
    """With the faults undone and a minute later (backoff over), the next round lands the whole queue: every
    case and its audit event once, each of the `queued` ops answered once, nothing rejected."""
    monkeypatch.undo()
    terminal.clock.advance(minutes=1)
    again = terminal.sync.run_once()
    assert again.online and again.waiting == 0 and again.rejected == 0
    landed_once(terminal, cases, queued)
