"""Report periods: a quarter (2026Q4), a half-year (2026H2) or FIRST..LAST days, and the one before."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from teller_app.domain.errors import InputError

QUARTER = re.compile(r"(\d{4})Q([1-4])")
HALF = re.compile(r"(\d{4})H([12])")
RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class Period:
    name: str
    start: date  # inclusive
    end: date  # exclusive

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(), UTC)

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end, time(), UTC)

    def previous(self) -> Period:
        q, h = QUARTER.fullmatch(self.name), HALF.fullmatch(self.name)
        if q:
            year, n = int(q[1]), int(q[2])
            return parse_period(f"{year - 1}Q4" if n == 1 else f"{year}Q{n - 1}")
        if h:
            year, n = int(h[1]), int(h[2])
            return parse_period(f"{year - 1}H2" if n == 1 else f"{year}H1")
        days = (self.end - self.start).days
        start = self.start - timedelta(days=days)
        return Period(
            f"{start.isoformat()}..{(self.start - timedelta(days=1)).isoformat()}", start, self.start
        )


def parse_period(text: str) -> Period:
    """2026Q4 (quarterly, the default kind), 2026H2 (half-yearly), or FIRST..LAST days inclusive."""
    value = (text or "").strip().upper() if isinstance(text, str) else ""
    if m := QUARTER.fullmatch(value):
        year, n = int(m[1]), int(m[2])
        start = date(year, 3 * n - 2, 1)
        end = date(year + 1, 1, 1) if n == 4 else date(year, 3 * n + 1, 1)
        return Period(value, start, end)
    if m := HALF.fullmatch(value):
        year, n = int(m[1]), int(m[2])
        return Period(
            value, date(year, 1 if n == 1 else 7, 1), date(year, 7, 1) if n == 1 else date(year + 1, 1, 1)
        )
    if m := RANGE.fullmatch(value):
        try:
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            first = last = None  # type: ignore[assignment]
        if first is not None and last is not None and first <= last:
            return Period(f"{first.isoformat()}..{last.isoformat()}", first, last + timedelta(days=1))
    raise InputError(
        "report.period_invalid",
        "The period {period} is not a quarter (2026Q4), a half-year (2026H2) or FIRST..LAST",
        period=str(text),
    )
