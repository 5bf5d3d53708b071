"""Fixtures for the storage tests: a fresh store with in-memory data keys, a controllable clock, sample cases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from clock_helpers import FakeClock
from storage_helpers import BRANCH, TERMINAL, add_customer_and_case

from teller_app.paths import AppPaths, app_paths
from teller_app.storage.keystore import DataKeys, fresh_data_keys
from teller_app.storage.schema import Case, Customer
from teller_app.storage.store import Store, TerminalIdentity, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 27, 9, 30, tzinfo=UTC))


@pytest.fixture
def paths(teller_home) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def data_keys() -> DataKeys:
    return fresh_data_keys("test-store")


@pytest.fixture
def store(paths: AppPaths, data_keys: DataKeys, clock: FakeClock, new_store_at) -> Iterator[Store]:
    new_store_at(paths.local_store)
    opened = open_store(paths, data_keys, TerminalIdentity(BRANCH, TERMINAL), clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def open_case(store: Store) -> Callable[..., tuple[Customer, Case]]:
    def make(**values: str) -> tuple[Customer, Case]:
        with store.unit_of_work(user_id=values.get("maker_id", "teller-1")) as uow:
            return add_customer_and_case(uow, **values)

    return make
