"""Date arithmetic the rules need: the same day years or months later, and working days (调休 included)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, timedelta

from teller_app.domain.errors import ConfigError


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


# Fixed-date statutory holidays (《全国年节及纪念日放假办法》, 2024 revision): (month, day). Used for the
# years a calendar with `covered_years` does not cover; the lunar holidays need the published arrangement.
FIXED_DATE_HOLIDAYS: tuple[tuple[int, int], ...] = ((1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3))


class WorkingCalendar:
    """Working days: Monday to Friday, minus public holidays, plus weekend days worked in lieu (调休).

    `covered_years` are the years the holiday data covers; a day of another year is judged by the weekday
    and the fixed-date statutory holidays. Empty: the data is all there is (tests, a bank's own rules).
    """

    def __init__(
        self,
        holidays: Collection[date] = (),
        working_weekend_days: Collection[date] = (),
        covered_years: Collection[int] = (),
    ) -> None:
        self.holidays = frozenset(holidays)
        self.working_weekend_days = frozenset(working_weekend_days)
        self.covered_years = frozenset(covered_years)

    def __call__(self, day: date) -> bool:
        return self.is_working_day(day)

    def is_working_day(self, day: date) -> bool:
        if day in self.working_weekend_days:
            return True
        if self.covered_years and day.year not in self.covered_years:
            return day.weekday() < 5 and (day.month, day.day) not in FIXED_DATE_HOLIDAYS
        return day.weekday() < 5 and day not in self.holidays


CalendarLike = Callable[[date], bool] | Collection[date] | None


def _working_day_test(calendar: CalendarLike) -> Callable[[date], bool]:
    if calendar is None:
        return WorkingCalendar()
    if callable(calendar):
        return calendar
    return WorkingCalendar(holidays=calendar)


MAX_DAYS_OFF = 60  # a calendar with no working day in this many days in a row is broken, not a holiday


def _next_working_day(day: date, is_working: Callable[[date], bool]) -> date:
    """The first working day after `day`; ConfigError when the calendar shows none for MAX_DAYS_OFF days."""
    for offset in range(1, MAX_DAYS_OFF + 1):
        candidate = day + timedelta(days=offset)
        if is_working(candidate):
            return candidate
    raise ConfigError(
        "calendar.no_working_day",
        "The working calendar has no working day in the {days} days after {day}",
        days=MAX_DAYS_OFF,
        day=day.isoformat(),
    )


def first_working_day(day: date, calendar: CalendarLike = None) -> date:
    """`day` itself if it is a working day, else the next working day."""
    is_working = _working_day_test(calendar)
    return day if is_working(day) else _next_working_day(day, is_working)


def add_working_days(start: date, days: int, calendar: CalendarLike = None) -> date:
    """The `days`-th working day after `start` (start itself does not count)."""
    is_working = _working_day_test(calendar)
    day = start
    for _ in range(days):
        day = _next_working_day(day, is_working)
    return day
