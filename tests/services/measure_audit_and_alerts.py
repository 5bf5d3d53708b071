"""Measure the operation record listing and the alerts on a store with 20,000 events and 300 open cases.

Run: .venv/bin/python tests/services/measure_audit_and_alerts.py   (prints best-of-5 milliseconds)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

EVENTS, OPEN_CASES = 20_000, int(os.environ.get("OPEN_CASES", "300"))


def best_ms(call: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:0] = [here, os.path.dirname(here)]  # the service tests' helpers and the suite's clock
    os.environ["TELLER_HOME"] = tempfile.mkdtemp()
    from clock_helpers import FakeClock
    from service_helpers import BRANCH, TERMINAL, people

    from teller_app.paths import app_paths
    from teller_app.services import alerts, audit_trail, cases
    from teller_app.storage.keystore import fresh_data_keys
    from teller_app.storage.store import TerminalIdentity, open_store

    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    store = open_store(
        app_paths().ensure(), fresh_data_keys("m"), TerminalIdentity(BRANCH, TERMINAL), clock=clock
    )
    staff = people()
    for _ in range(EVENTS // 1000):
        with store.unit_of_work(user_id="u-teller") as uow:
            for i in range(1000):
                clock.advance(seconds=1)
                uow.append_audit("case.save_step", case_id=f"case-{i % 300}", step="intake", details={"n": i})
    for i in range(OPEN_CASES):
        cases.open_case(store, staff["teller"], "enterprise_legal_person", "basic", customer_name=f"公司{i}")
    clock.advance(days=1)
    boss, since = staff["supervisor"], clock() - timedelta(days=1, hours=3)
    rows = [
        (f"list_events, 500 newest of {EVENTS}", lambda: audit_trail.list_events(store, boss)),
        ("list_events, one case", lambda: audit_trail.list_events(store, boss, case_id="case-7")),
        (
            "list_events, one hour",
            lambda: audit_trail.list_events(store, boss, since=since, until=since + timedelta(hours=1)),
        ),
        (
            "list_events, one user, 100",
            lambda: audit_trail.list_events(store, boss, user_id="u-teller", limit=100),
        ),
        (f"alerts, supervisor, {OPEN_CASES} open cases", lambda: alerts.alerts(store, boss, clock())),
        ("alerts, teller", lambda: alerts.alerts(store, staff["teller"], clock())),
    ]
    for name, call in rows:
        print(f"{name}: {best_ms(call):.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
