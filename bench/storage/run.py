"""Storage benchmarks, each against a baseline measured in the same run.

1. Saving N cases (customer + case + audit event + outbox entries, one unit of work each, as the services
   do) with AES-GCM field encryption and blind indexes, vs the same rows with the same unit of work storing
   plaintext (a sealer that only copies the bytes, padded to the same size). Goal: at most 1.3x.
   Also the same with 500 saves per transaction, where no fsync hides the CPU cost.
2. Finding one customer by credit code among 100,000 through the blind index (HMAC, indexed query, decrypt
   the hit to confirm) vs an indexed query on a plaintext column. Goal: under 5 ms median.

Run: .venv/bin/python -m bench.storage [--cases 10000] [--customers 100000]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, String, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from teller_app.paths import AppPaths
from teller_app.storage.blind_index import BlindIndexer
from teller_app.storage.crypto import _HEADER, NONCE_BYTES, TAG_BYTES, FieldSealer
from teller_app.storage.customers import find_customers, set_customer_identity
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.schema import Case, Customer
from teller_app.storage.schema_base import new_id, utc_now
from teller_app.storage.store import Store, TerminalIdentity, open_store

IDENTITY = TerminalIdentity("B0101", "T01")


class PlainSealer(FieldSealer):
    """Baseline: the same bytes layout as a sealed value, but the plaintext copied in, not encrypted."""

    def _encrypt(self, row: Any, column: str, data: bytes) -> bytes:
        return _HEADER.pack(1, 1) + bytes(NONCE_BYTES) + data + bytes(TAG_BYTES)

    def _decrypt(self, row: Any, column: str) -> bytes | None:
        blob = getattr(row, column)
        return None if blob is None else bytes(blob)[_HEADER.size + NONCE_BYTES : -TAG_BYTES]


class PlainIndexer(BlindIndexer):
    """Baseline: the normalised value itself as the index (a plaintext indexed column)."""

    def compute(self, index_name: str, value: str) -> str | None:
        return self.normalise(index_name, value)[:64] or None


def new_store(folder: Path, plain: bool) -> Store:
    paths = AppPaths(data=folder, config=folder, logs=folder / "logs").ensure()
    store = open_store(paths, fresh_data_keys("bench"), IDENTITY)
    if plain:
        store.sealer = PlainSealer(store.sealer.cipher)
        store.blind = PlainIndexer({name: b"" for name in store.blind.index_names})
    return store


def save_case(store: Store, number: int, uow: Any) -> None:
    """One "open case" save: a sealed, blind-indexed customer, its case, an audit event (+ outbox entries)."""
    customer = uow.new(Customer, kind="enterprise_legal_person")
    set_customer_identity(
        uow, customer, name=f"基准测试贸易有限公司第{number}号", credit_code=f"9111{number:014d}"[:18]
    )
    uow.seal(customer, "address", f"北京市朝阳区建国路{number}号院{number % 17}号楼")
    uow.seal(customer, "phone", f"139{number:08d}")
    case = uow.new(
        Case,
        terminal=IDENTITY.terminal,
        customer_id=customer.id,
        customer_kind=customer.kind,
        account_type="basic",
        status="open",
        current_step="intake",
        procedure_version="2026.1",
        maker_id="teller-1",
        step_entered_at=uow.clock(),
    )
    uow.seal(case, "summary", {"channel": "counter", "present": "legal_representative", "n": number})
    uow.append_audit("case.open", case_id=case.id, step="intake", details={"n": number})


def time_saves_interleaved(count: int, per_transaction: int) -> tuple[float, float]:
    """Seconds spent saving `count` cases in the plaintext and in the encrypted store, measured in
    alternation (batch by batch, the order swapped each time) so disk and cache drift hit both alike."""
    totals = {True: 0.0, False: 0.0}
    with tempfile.TemporaryDirectory() as plain_folder, tempfile.TemporaryDirectory() as sealed_folder:
        stores = {True: new_store(Path(plain_folder), True), False: new_store(Path(sealed_folder), False)}
        try:
            for turn, start in enumerate(range(0, count, per_transaction)):
                numbers = range(start, min(count, start + per_transaction))
                for plain in (True, False) if turn % 2 == 0 else (False, True):
                    store = stores[plain]
                    started = time.perf_counter()
                    with store.unit_of_work(user_id="teller-1") as uow:
                        for number in numbers:
                            save_case(store, number, uow)
                    totals[plain] += time.perf_counter() - started
        finally:
            for store in stores.values():
                store.close()
    return totals[True], totals[False]


def bench_saves(count: int) -> None:
    print(f"\n1. Saving {count:,} cases through the unit of work (customer + case + audit event + outbox)")
    gc.collect()
    for label, per_tx in (
        ("one transaction per save (fsync each), as the services do", 1),
        ("500 saves per transaction", 500),
    ):
        plain, sealed = time_saves_interleaved(count, per_tx)
        ratio = sealed / plain
        print(f"   {label}:")
        print(f"      plaintext baseline : {plain:8.2f} s  ({count / plain:8.0f} saves/s)")
        print(f"      encrypted          : {sealed:8.2f} s  ({count / sealed:8.0f} saves/s)")
        print(
            f"      ratio              : {ratio:8.2f}x   (goal <= 1.3x: {'met' if ratio <= 1.3 else 'NOT met'})"
        )


class PlainBase(DeclarativeBase):
    pass


class PlainCustomer(PlainBase):
    """Baseline table: the credit code in clear, indexed."""

    __tablename__ = "bench_plain_customers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    credit_code: Mapped[str] = mapped_column(String(32), index=True)
    n: Mapped[int] = mapped_column(Integer)


def credit_code(number: int) -> str:
    return f"91{number:016d}"


def bench_lookup(customers: int, lookups: int) -> None:
    print(f"\n2. Finding one customer by credit code among {customers:,}")
    with tempfile.TemporaryDirectory() as folder:
        store = new_store(Path(folder), plain=False)
        PlainBase.metadata.create_all(store.engine)
        cipher, blind = store.sealer.cipher, store.blind
        started = time.perf_counter()
        now = utc_now()
        batch: list[dict[str, Any]] = []
        plain_batch: list[dict[str, Any]] = []
        with store.writer.connection() as connection:
            for number in range(customers):
                row_id, code, name = new_id(), credit_code(number), f"检索测试公司{number}"
                batch.append(
                    {
                        "id": row_id,
                        "branch": IDENTITY.branch,
                        "version": 0,
                        "updated_at": now,
                        "created_at": now,
                        "kind": "enterprise_legal_person",
                        "name": cipher.encrypt("customers", "name", row_id, name.encode()),
                        "credit_code": cipher.encrypt("customers", "credit_code", row_id, code.encode()),
                        "credit_code_index": blind.compute("credit_code", code),
                        "name_index": blind.compute("name", name),
                    }
                )
                plain_batch.append({"id": row_id, "name": name, "credit_code": code, "n": number})
                if len(batch) == 5000:
                    connection.execute(insert(Customer), batch)
                    connection.execute(insert(PlainCustomer), plain_batch)
                    batch, plain_batch = [], []
            if batch:
                connection.execute(insert(Customer), batch)
                connection.execute(insert(PlainCustomer), plain_batch)
        print(f"   (filled in {time.perf_counter() - started:.1f} s)")
        wanted = [credit_code(int.from_bytes(os.urandom(4), "big") % customers) for _ in range(lookups)]
        blind_times, plain_times = [], []
        with store.reading() as session:
            for code in wanted[:20]:  # warm the page cache for both
                find_customers(session, store.blind, store.sealer, credit_code=code)
                session.scalars(select(PlainCustomer).where(PlainCustomer.credit_code == code)).all()
            for code in wanted:
                t0 = time.perf_counter()
                found = find_customers(session, store.blind, store.sealer, credit_code=code)
                t1 = time.perf_counter()
                plain = session.scalars(select(PlainCustomer).where(PlainCustomer.credit_code == code)).all()
                t2 = time.perf_counter()
                assert len(found) == 1 and len(plain) == 1
                blind_times.append((t1 - t0) * 1000)
                plain_times.append((t2 - t1) * 1000)
        store.close()
    blind_median, plain_median = statistics.median(blind_times), statistics.median(plain_times)
    print(
        f"   blind index (HMAC + indexed query + decrypt to confirm): median {blind_median:.3f} ms, "
        f"p95 {_p95(blind_times):.3f} ms  (goal < 5 ms: {'met' if blind_median < 5 else 'NOT met'})"
    )
    print(
        f"   plaintext indexed query (baseline)                     : median {plain_median:.3f} ms, "
        f"p95 {_p95(plain_times):.3f} ms"
    )
    print(f"   ratio: {blind_median / plain_median:.2f}x over {lookups} lookups")


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args(argv)
    print("Teller App storage benchmark (SQLite WAL, synchronous=FULL, AES-256-GCM)")
    bench_saves(args.cases)
    bench_lookup(args.customers, args.lookups)


if __name__ == "__main__":
    main()
