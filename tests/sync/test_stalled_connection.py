"""A connection that stalls mid-push (the peer up, nothing forwarded) ends the round within the deadline."""

from __future__ import annotations

import time

import pytest
from fault_proxy import FaultProxy
from sqlalchemy.engine import make_url
from sync_helpers import open_case

from teller_app.sync.central import connect_central

DEADLINE = 2.0


@pytest.fixture
def proxy(pg_url):
    url = make_url(pg_url)
    running = FaultProxy(url.host or "127.0.0.1", url.port or 5432)
    yield running
    running.close()


def _through(pg_url: str, proxy: FaultProxy) -> str:
    return make_url(pg_url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


@pytest.mark.parametrize("stall_after", [0, 3_000, 30_000])
def test_a_stalled_connection_ends_the_round_within_the_deadline_and_the_next_round_retries(
    pg_url, proxy, open_terminals, stall_after
):
    url = _through(pg_url, proxy)
    central = connect_central(url, wait_deadline=DEADLINE)
    teller = open_terminals(url, "B0101", "T01", central_engine=central)
    assert teller.sync.run_once().online
    for _ in range(40):
        open_case(teller)
    central.dispose()  # the next round opens a new connection, which stalls after `stall_after` bytes
    proxy.stall_after_bytes(stall_after)
    started = time.monotonic()
    report = teller.sync.run_once()
    took = time.monotonic() - started
    assert not report.online and report.waiting > 0 and report.error
    assert proxy.stalls >= 1
    assert took < DEADLINE + 6.0, took  # the deadline, plus a connect attempt that may stall as well
    proxy.heal()
    report = teller.sync.run_once()
    assert report.online and report.waiting == 0, report
