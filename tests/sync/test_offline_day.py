"""A whole working day with the central database unreachable: every step completes, accounts get numbers
from the terminal's block, and the queue drains when the central database returns. Central then holds
ciphertext only: none of the customers' names, codes, ID numbers or addresses appear in any table."""

from __future__ import annotations

import base64

import pytest
import sqlalchemy as sa
from fault_proxy import FaultProxy
from onboarding_flow import customer, onboard
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from teller_app.sync.account_numbers import validate_account_number
from teller_app.sync.anchors import verify_central
from teller_app.sync.central import connect_central
from teller_app.sync.status import sync_status

BRANCH = "310115"
CUSTOMERS_IN_A_DAY = 24


@pytest.fixture
def proxy(pg_url):
    url = make_url(pg_url)
    running = FaultProxy(url.host or "127.0.0.1", url.port or 5432)
    yield running
    running.close()


@pytest.mark.slow
def test_a_whole_day_offline_then_the_queue_drains_and_central_holds_ciphertext_only(
    pg_url, proxy, open_terminals
):
    through_proxy = (
        make_url(pg_url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    )
    teller = open_terminals(
        through_proxy,
        BRANCH,
        "T01",
        central_engine=connect_central(through_proxy, poolclass=NullPool),
        batch_size=300,
    )
    assert teller.sync.run_once().online  # morning: online, the number block arrives
    proxy.drop_new(True)  # the branch's line goes down for the day

    opened: dict[str, str] = {}
    people = [customer(n) for n in range(1, CUSTOMERS_IN_A_DAY + 1)]
    for who in people:
        case_id, number = onboard(teller.store, who)
        opened[case_id] = number
        teller.clock.advance(minutes=20)
        report = teller.sync.run_once()  # the background loop keeps trying
        assert not report.online

    status = sync_status(teller.store, teller.clock())
    assert not status.online and status.waiting > CUSTOMERS_IN_A_DAY * 10
    assert status.oldest_waiting_seconds == pytest.approx(CUSTOMERS_IN_A_DAY * 20 * 60)
    numbers = list(opened.values())
    assert len(set(numbers)) == len(numbers)
    assert all(validate_account_number(n, BRANCH) for n in numbers)

    proxy.heal()  # evening: the line is back
    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.rejected == 0 and report.conflicts == 0
    # The round first confirms each account set up offline (one basic account per depositor): its
    # account, its case and an audit event go out in the same round, beside the day's queue.
    confirmed = CUSTOMERS_IN_A_DAY
    assert report.pushed == status.waiting + 3 * confirmed
    central = connect_central(pg_url)
    try:
        with central.connect() as conn:
            accounts = dict(conn.exec_driver_sql("SELECT case_id, account_number FROM accounts").all())
            statuses = set(conn.exec_driver_sql("SELECT status FROM cases").scalars())
        assert accounts == opened
        assert statuses == {"active"}
        [chain] = verify_central(central)
        assert chain.ok and chain.anchored_seq == chain.count
        _assert_no_plaintext(central, [s for who in people for s in who.secrets()])
    finally:
        central.dispose()


def _assert_no_plaintext(central: sa.Engine, secrets: list[str]) -> None:
    """Scan every column of every table, as text, for each secret, its UTF-8 hex and its base64."""
    forms = []
    for secret in secrets:
        raw = secret.encode("utf-8")
        forms += [secret, raw.hex(), base64.b64encode(raw).decode("ascii")]
    with central.connect() as conn:
        tables = (
            conn.exec_driver_sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            .scalars()
            .all()
        )
        scanned = 0
        for table in tables:
            for (text,) in conn.exec_driver_sql(f'SELECT t::text FROM "{table}" t'):
                scanned += 1
                for form in forms:
                    assert form not in text, f"plaintext found in central table {table}"
    assert scanned > 1000
