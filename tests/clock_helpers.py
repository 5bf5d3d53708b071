"""A clock the test moves by hand, for every suite that hands the core a clock: no sleeps, no real time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class FakeClock:
    """Stands where the core takes `clock() -> datetime`; `advance(minutes=5)` moves it and says where to."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now
