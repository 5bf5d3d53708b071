"""Case-service benchmarks, each against a baseline measured in the same run.

1. Complete corporate basic-account onboardings through the real services (open, every step, documents,
   owners, risk, intent, contract, approval request and decision, setup, activation: about 25 units of
   work and 25 audit events per case) with AES-GCM field encryption and blind indexes, vs the same
   services over a store whose sealer only copies the bytes. Goal: at most 1.3x.
2. The latency of one save_step call (what the teller waits for after Next), median and 95th percentile.
3. The home page's lists and the search box with many cases in the store: list_my_cases, approval_queue
   and find_cases by credit code, median time per call.

Run: .venv/bin/python -m bench.services [--cases 200] [--background 5000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from teller_app.domain.identifiers import resident_id_check_character, uscc_check_character
from teller_app.domain.passwords import TEST_KDF, hash_password
from teller_app.domain.roles import Role
from teller_app.paths import AppPaths
from teller_app.services import (
    account_setup,
    approvals,
    case_lists,
    cases,
    documents_review,
    search,
    step_services,
)
from teller_app.services.actors import Actor
from teller_app.services.branch_settings import settings_id
from teller_app.services.demo import SAMPLE_RISK, owner_record, sign_at_counter, terminal_entries
from teller_app.services.sign_in import SignInService
from teller_app.services.users import AuthPolicy
from teller_app.services.workspace import DEMO_BANK_SIDE
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.schema import BranchSetting, NumberBlock
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store, TerminalIdentity, open_store

IDENTITY = TerminalIdentity("310115", "T01")
TELLER = Actor("u-teller", Role.TELLER, name="teller")
SUPERVISOR = Actor("u-super", Role.SUPERVISOR, name="super")
CHECKER_PASSWORD = "Bench-Checker-2026"
REPRESENTATIVE_ID = "31010119800315001" + resident_id_check_character("31010119800315001")


def credit_code(n: int) -> str:
    body = f"91310115MA{n:07d}"
    return body + uscc_check_character(body)


def new_store(folder: Path, plain: bool) -> Store:
    paths = AppPaths(data=folder, config=folder, logs=folder / "logs").ensure()
    store = open_store(paths, fresh_data_keys("bench"), IDENTITY)
    if plain:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from bench.storage.run import PlainIndexer, PlainSealer

        store.sealer = PlainSealer(store.sealer.cipher)
        store.blind = PlainIndexer({})
    with store.unit_of_work(user_id="central") as uow:
        uow.store_pulled(
            NumberBlock(
                branch=IDENTITY.branch,
                terminal=IDENTITY.terminal,
                series=IDENTITY.branch,
                first_serial=1,
                last_serial=10_000_000,
                next_serial=1,
                reserved_at=uow.clock(),
            )
        )
        uow.store_pulled(  # the supervisor who signs in for each decision (a cheap test KDF: not measured)
            User(
                id=SUPERVISOR.user_id,
                branch=IDENTITY.branch,
                username=SUPERVISOR.name,
                role=SUPERVISOR.role.value,
                failed_count=0,
                disabled=False,
                must_change_password=False,
                password_hash=hash_password(CHECKER_PASSWORD, TEST_KDF),
                certified_until=date(2099, 12, 31),
            )
        )
        uow.store_pulled(  # the branch's 乙方, as the centre sends it
            BranchSetting(
                id=settings_id(IDENTITY.branch), branch=IDENTITY.branch, set_by="bench", **DEMO_BANK_SIDE
            )
        )
    return store


def onboard(store: Store, n: int, timings: list[float] | None = None) -> str:
    """One whole corporate basic-account onboarding; `timings` collects each save_step's latency."""
    name = f"上海示例贸易有限公司{n}"

    def timed_save(case_id: str, step: str, data: dict[str, Any]) -> None:
        start = time.perf_counter()
        cases.save_step(store, TELLER, case_id, step, data, complete=True, advance=True)
        if timings is not None:
            timings.append(time.perf_counter() - start)

    case = cases.open_case(store, TELLER, "enterprise_legal_person", "basic", customer_name=name)
    timed_save(case.id, "intake", {"customer_name": name})
    identity = {
        "credit_code": credit_code(n),
        "legal_representative": {"name": "王建国", "id_number": REPRESENTATIVE_ID, "id_expiry": "2036-03-15"},
        "address": "上海市浦东新区张江路 88 号",
        "verifications": terminal_entries("legal_representative"),
    }
    timed_save(case.id, "identity", identity)
    for item in documents_review.checklist(store, TELLER, case.id):
        if item.mandatory:
            documents_review.record_document(
                store, TELLER, case.id, item.code, "verified", original_seen=True
            )
    timed_save(case.id, "documents", {})
    holders = [owner_record("p1", "王建国", REPRESENTATIVE_ID)]
    step_services.record_owners(store, TELLER, case.id, {"shareholders": holders}, advance=True)
    step_services.rate_risk(store, TELLER, case.id, dict(SAMPLE_RISK), advance=True)
    step_services.confirm_intent(
        store, TELLER, case.id, method="face_to_face", confirmed_with="王建国", advance=True
    )
    sign_at_counter(
        store,
        TELLER,
        case.id,
        seals=[
            {"kind": "company_seal", "holder": "公司"},
            {"kind": "legal_representative_seal", "holder": "王建国"},
        ],
        advance=True,
    )
    approvals.request_approval(store, TELLER, case.id, expiry_hours=24)
    checker = SignInService(store, AuthPolicy(kdf=TEST_KDF)).authenticate_checker(
        str(SUPERVISOR.name), CHECKER_PASSWORD
    )  # the checker signs in for the decision, as at the counter
    approvals.decide(store, checker, case.id, "approve")
    account_setup.set_up_account(store, TELLER, case.id)
    account_setup.activate(store, TELLER, case.id)
    return case.id


def time_onboardings(count: int, plain: bool) -> tuple[float, list[float]]:
    with tempfile.TemporaryDirectory() as folder:
        store = new_store(Path(folder), plain)
        try:
            onboard(store, 0)  # warm caches (procedure files, fonts of nothing, SQL compilation)
            timings: list[float] = []
            start = time.perf_counter()
            for n in range(1, count + 1):
                onboard(store, n, timings)
            return time.perf_counter() - start, timings
        finally:
            store.close()


def median_ms(call: Any, repeat: int = 30) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def time_lists(background: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        store = new_store(Path(folder), plain=False)
        try:
            others = Actor("u-other", Role.TELLER)
            for n in range(background):
                cases.open_case(
                    store, others, "enterprise_legal_person", "basic", customer_name=f"背景客户{n}"
                )
            mine = [onboard(store, 900_000 + n) for n in range(3)]
            waiting = cases.open_case(store, TELLER, "individual", "personal_ii", customer_name="赵小红")
            assert mine and waiting
            wanted = credit_code(900_001)
            return {
                "list_my_cases": median_ms(lambda: case_lists.list_my_cases(store, TELLER)),
                "approval_queue": median_ms(lambda: case_lists.approval_queue(store, SUPERVISOR)),
                "find_cases_by_credit_code": median_ms(lambda: search.find_cases(store, TELLER, wanted)),
                "case_header": median_ms(lambda: case_lists.case_header(store, TELLER, waiting.id)),
            }
        finally:
            store.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.services")
    parser.add_argument("--cases", type=int, default=200, help="complete onboardings per variant")
    parser.add_argument("--background", type=int, default=5000, help="other cases in the store for the lists")
    args = parser.parse_args(argv)

    sealed, saves = time_onboardings(args.cases, plain=False)
    plain, _ = time_onboardings(args.cases, plain=True)
    ratio = sealed / plain
    print(f"onboardings through the services: {args.cases} cases")
    print(f"  encrypted  {sealed:8.2f} s  ({sealed / args.cases * 1000:7.1f} ms per case)")
    print(f"  plaintext  {plain:8.2f} s  ({plain / args.cases * 1000:7.1f} ms per case)")
    print(f"  ratio      {ratio:8.2f} x  (goal: at most 1.3x) {'OK' if ratio <= 1.3 else 'ABOVE GOAL'}")
    ordered = sorted(saves)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"save_step latency: median {statistics.median(ordered) * 1000:.1f} ms, 95th percentile {p95 * 1000:.1f} ms"
    )
    print(f"lists and search with {args.background} other cases in the store (median per call):")
    for name, ms in time_lists(args.background).items():
        print(f"  {name:28s} {ms:7.2f} ms")


if __name__ == "__main__":
    main()
