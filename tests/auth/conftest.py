"""Fixtures for the sign-in tests: a clock that tests move by hand, and cheap hashing parameters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from teller_app.domain.passwords import TEST_KDF, KdfParams


class FakeClock:
    """A clock that only moves when a test says so (no sleeps)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now = self.now + timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return TEST_KDF
