"""Fixtures for the supervision tests: a store, a hand-moved clock, signed-in staff, finished cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from supervision_helpers import BRANCH, TERMINAL, FakeClock, Staff

from teller_app.domain.passwords import TEST_KDF
from teller_app.paths import app_paths
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.store import Store, TerminalIdentity, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 2, 1, 0, tzinfo=UTC))


@pytest.fixture
def store(teller_home, clock: FakeClock) -> Iterator[Store]:
    opened = open_store(
        app_paths().ensure(),
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
