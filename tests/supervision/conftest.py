"""Fixtures for the supervision tests: a store, a hand-moved clock, signed-in staff, finished cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from clock_helpers import FakeClock
from supervision_helpers import BRANCH, TERMINAL, Staff

from teller_app.domain.passwords import TEST_KDF
from teller_app.paths import app_paths
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.store import Store, TerminalIdentity, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 2, 1, 0, tzinfo=UTC))


@pytest.fixture
def store(teller_home, clock: FakeClock, new_store_at) -> Iterator[Store]:
    paths = app_paths().ensure()
    new_store_at(paths.local_store)
    opened = open_store(
        paths,
        fresh_data_keys("supervision-tests"),
        TerminalIdentity(BRANCH, TERMINAL),
        clock=clock,
    )
    yield opened
    opened.close()


@pytest.fixture
def staff(store: Store, clock: FakeClock) -> Staff:
    from teller_app.services.sign_in import SignInService
    from teller_app.services.users import AuthPolicy, UserAdministration

    policy = AuthPolicy(kdf=TEST_KDF)
    users = UserAdministration(store, policy)
    sign_in = SignInService(store, policy, clock)
    return Staff(store, users, sign_in, certified_until=date(2027, 12, 31))


@pytest.fixture
def central_pg():
    """A throwaway central PostgreSQL database at the schema's head (skipped without a test server)."""
    import os
    import uuid

    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    base = os.environ.get("TELLER_TEST_PG_URL")
    if not base:
        if os.environ.get("TELLER_REQUIRE_PG"):
            pytest.fail("TELLER_REQUIRE_PG is set but TELLER_TEST_PG_URL is not")
        pytest.skip("no PostgreSQL test server (TELLER_TEST_PG_URL)")
    from teller_app.sync.central import connect_central, upgrade_central

    name = f"teller_report_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = connect_central(url)
    upgrade_central(engine)
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
