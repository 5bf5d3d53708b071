"""Fixtures for the service tests: a fresh store, a hand-moved clock, the people at the counter."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from branch_helpers import give_branch_settings
from clock_helpers import FakeClock
from service_helpers import BRANCH, TERMINAL, people

from teller_app.paths import AppPaths, app_paths
from teller_app.services.actors import Actor
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.store import Store, TerminalIdentity, open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def paths(teller_home) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def store(paths: AppPaths, clock: FakeClock, new_store_at) -> Iterator[Store]:
    new_store_at(paths.local_store)
    opened = open_store(
        paths, fresh_data_keys("service-tests"), TerminalIdentity(BRANCH, TERMINAL), clock=clock
    )
    give_branch_settings(opened)  # 乙方, as the first sync brings it from the centre
    yield opened
    opened.close()


@pytest.fixture
def staff() -> dict[str, Actor]:
    return people()


@pytest.fixture
def terminal_in_beijing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The branch PC's system time zone set to UTC+8 (POSIX form: needs no time zone database)."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
