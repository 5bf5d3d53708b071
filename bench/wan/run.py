"""Sync over a branch's WAN link: round trips and wall time per sync round through a latency proxy.

A terminal syncs with a real PostgreSQL through `bench.wan.proxy.LatencyProxy` on 127.0.0.1 (50 ms each
way by default: a 100 ms round trip, the slow end of a branch's WAN). For each kind of round it prints
the round trips the proxy counted (client→server bursts; see the proxy's docstring) and the wall time:
- cold: a new engine's first round with nothing to do, as `teller-admin sync --once` runs it
  (connection start-up included);
- idle: the background loop's round with nothing to do, on its kept connection;
- one case: a complete corporate onboarding (about 70 ops) pushed, the branch's new rows pulled;
- day offline: 100 onboardings made offline, then the round that catches up.
Goals (issue #17): one case ≤ 5 round trips, idle ≤ 1, cold ≤ 3.

Run: .venv/bin/python -m bench.wan [--delay-ms 50] [--day 100] [--idle 5]
PostgreSQL: TELLER_BENCH_PG_URL, else TELLER_TEST_PG_URL, else postgres@127.0.0.1:5432.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from bench.sync.run import BRANCH, publish_bank_side, scratch_database
from bench.wan.proxy import LatencyProxy
from teller_app.paths import AppPaths
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.store import Store, TerminalIdentity, open_store
from teller_app.sync.engine import SyncEngine
from teller_app.sync.registration import register_terminal


def through(proxy: LatencyProxy, url: str) -> str:
    return make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def measure(proxy: LatencyProxy, action: Callable[[], Any]) -> tuple[int, int, float, Any]:
    """(round trips, new connections, seconds, result) of `action`."""
    proxy.reset()
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    trips, connections = proxy.snapshot()
    return trips, connections, seconds, result


def line(label: str, trips: int, connections: int, seconds: float, note: str = "") -> None:
    print(
        f"{label:<34} {trips:>4} round trips  {connections} new connection(s)  {seconds * 1000:>8.0f} ms {note}"
    )


def run(delay_ms: float, day: int, idle_rounds: int) -> dict[str, int]:
    tests = Path(__file__).resolve().parents[2] / "tests"
    sys.path[:0] = [str(tests / "sync"), str(tests)]  # the sync tests' onboarding flow and its helpers
    from onboarding_flow import customer, onboard

    found: dict[str, int] = {}
    with scratch_database("wan") as central_url, tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(data=Path(folder) / "t", config=Path(folder) / "t", logs=Path(folder) / "t" / "logs")
        store: Store = open_store(paths.ensure(), fresh_data_keys("T01"), TerminalIdentity(BRANCH, "T01"))
        register_terminal(central_url, BRANCH, "T01")
        publish_bank_side(central_url)  # the first round pulls it with the number block
        url = make_url(central_url)
        with LatencyProxy(url.host or "127.0.0.1", url.port or 5432, delay_ms / 1000) as proxy:
            wan_url = through(proxy, central_url)
            print(f"latency proxy: {delay_ms:.0f} ms each way ({2 * delay_ms:.0f} ms round trip)")
            first = SyncEngine(store, wan_url)
            trips, conns, seconds, _ = measure(proxy, first.run_once)
            line("first round (number block and bank side pulled)", trips, conns, seconds)
            first.close()

            cold = SyncEngine(store, wan_url)
            trips, conns, seconds, _ = measure(proxy, cold.run_once)
            line("cold: sync --once, nothing to do", trips, conns, seconds, "(goal ≤ 3)")
            found["cold"] = trips
            engine = cold
            idle = []
            for _ in range(idle_rounds):
                idle.append(measure(proxy, engine.run_once))
            worst = max(idle, key=lambda m: m[0])
            line(f"idle round (worst of {idle_rounds})", worst[0], worst[1], worst[2], "(goal ≤ 1)")
            found["idle"] = worst[0]

            onboard(store, customer(1))
            with store.engine.connect() as conn:
                waiting = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
            trips, conns, seconds, report = measure(proxy, engine.run_once)
            line(
                f"one case: {waiting} ops pushed",
                trips,
                conns,
                seconds,
                f"(goal ≤ 5; pulled {report.pulled})",
            )
            found["case"] = trips

            for n in range(2, day + 2):
                onboard(store, customer(n))
            with store.engine.connect() as conn:
                waiting = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
            trips, conns, seconds, report = measure(proxy, engine.run_once)
            line(
                f"day offline: {day} cases, {waiting} ops", trips, conns, seconds, f"(pulled {report.pulled})"
            )
            found["day"] = trips
            trips, conns, seconds, _ = measure(proxy, engine.run_once)
            line("idle round after the day", trips, conns, seconds)
            engine.close()
        store.close()
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay-ms", type=float, default=50.0, help="one-way delay of the link")
    parser.add_argument("--day", type=int, default=100, help="onboardings in the offline day")
    parser.add_argument("--idle", type=int, default=5, help="idle rounds")
    args = parser.parse_args(argv)
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1/5/15 min)")
    run(args.delay_ms, args.day, args.idle)
