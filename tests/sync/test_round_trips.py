"""Sync is frugal with round trips on a branch's WAN link (20–100 ms each): counted, not timed.

A latency proxy (bench/wan/proxy.py) sits between the terminal and PostgreSQL and counts the client's
bursts: each time the terminal sends after it has heard an answer is one round trip. The counts are
pinned so that a change that adds a statement to the sync round fails here.
"""

from __future__ import annotations

import pytest
from onboarding_flow import customer, onboard
from sqlalchemy.engine import make_url

from bench.wan.proxy import LatencyProxy
from teller_app.sync.central import KNOWN_GOOD_SECONDS, connect_central
from teller_app.sync.engine import SyncEngine

BRANCH = "310115"
ONE_WAY_SECONDS = 0.02  # answers cannot overtake the client's own sends: the count does not hang on timing


@pytest.fixture
def wan(pg_url):
    url = make_url(pg_url)
    with LatencyProxy(url.host or "127.0.0.1", url.port or 5432, ONE_WAY_SECONDS) as proxy:
        yield (
            proxy,
            make_url(pg_url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
        )


def counted(proxy, action):
    proxy.reset()
    result = action()
    return proxy.snapshot()[0], result


def test_an_idle_round_is_one_round_trip_without_a_ping(wan, open_terminals):
    proxy, url = wan
    teller = open_terminals(url, BRANCH, "T01", central_engine=connect_central(url))
    assert teller.sync.run_once().online  # the number block arrives
    for _ in range(3):
        trips, report = counted(proxy, teller.sync.run_once)
        assert report.online and report.pulled == 0
        assert trips == 1


def test_a_cold_sync_once_with_nothing_to_do_is_at_most_three_round_trips(wan, open_terminals):
    proxy, url = wan
    teller = open_terminals(url, BRANCH, "T01", central_engine=connect_central(url))
    assert teller.sync.run_once().online
    cold = SyncEngine(teller.store, url)  # what `teller-admin sync --once` makes: a new engine and connection
    try:
        trips, report = counted(proxy, cold.run_once)
    finally:
        cold.close()
    assert report.online
    assert trips <= 3  # start-up (and the SSL request) included
    assert proxy.snapshot()[1] == 1


def test_a_tellers_case_is_pushed_and_the_branch_pulled_in_at_most_five_round_trips(wan, open_terminals):
    proxy, url = wan
    teller = open_terminals(url, BRANCH, "T01", central_engine=connect_central(url))
    colleague = open_terminals(url, BRANCH, "T02", central_engine=connect_central(url))
    assert teller.sync.run_once().online and colleague.sync.run_once().online
    onboard(teller.store, customer(1))
    onboard(colleague.store, customer(2))
    assert colleague.sync.run_once().pushed > 50  # the colleague's case waits at the centre for the teller

    trips, report = counted(proxy, teller.sync.run_once)

    assert report.online and report.waiting == 0 and report.pushed > 50
    assert report.pulled > 10  # the colleague's rows of the branch came down in the same round
    assert trips <= 5


def test_a_connection_idle_past_its_known_good_time_is_pinged_once(wan, open_terminals, monkeypatch):
    proxy, url = wan
    teller = open_terminals(url, BRANCH, "T01", central_engine=connect_central(url))
    assert teller.sync.run_once().online
    import teller_app.sync.central as central

    monkeypatch.setattr(central, "KNOWN_GOOD_SECONDS", -1.0)  # every pooled connection counts as idle long
    trips, report = counted(proxy, teller.sync.run_once)
    assert report.online and trips == 2  # the ping, then the poll
    assert KNOWN_GOOD_SECONDS > 0
