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

    `provisional_years` are covered by data that is not yet the State Council's arrangement (fixed-date
    holidays only): their lunar holidays, the days joined to holidays and the weekend days worked in lieu
    are unknown. `expected_holidays` are days such a year will very likely be off (the rest of the
    National Day week). `may_be_working` and `surely_working` give the two sides of that doubt.
    """

    def __init__(
        self,
        holidays: Collection[date] = (),
        working_weekend_days: Collection[date] = (),
        covered_years: Collection[int] = (),
        provisional_years: Collection[int] = (),
        expected_holidays: Collection[date] = (),
    ) -> None:
        self.holidays = frozenset(holidays)
        self.working_weekend_days = frozenset(working_weekend_days)
        self.covered_years = frozenset(covered_years)
        self.provisional_years = frozenset(provisional_years)
        self.expected_holidays = frozenset(expected_holidays)

    def __call__(self, day: date) -> bool:
        return self.is_working_day(day)

    def is_working_day(self, day: date) -> bool:
        if day in self.working_weekend_days:
            return True
        if self.covered_years and day.year not in self.covered_years:
            return day.weekday() < 5 and (day.month, day.day) not in FIXED_DATE_HOLIDAYS
        return day.weekday() < 5 and day not in self.holidays

    def may_be_working(self, day: date) -> bool:
        """In a provisional year every day but a known holiday may turn out a working day (an unknown 调休
        Saturday or Sunday, a lunar holiday not yet known); elsewhere: is_working_day."""
        if day.year in self.provisional_years:
            return day not in self.holidays
        return self.is_working_day(day)

    def surely_working(self, day: date) -> bool:
        """In a provisional year only a weekday that is neither a known nor an expected holiday (or a
        weekend day listed as worked) is surely a working day; elsewhere: is_working_day."""
        if day.year in self.provisional_years:
            listed = day in self.working_weekend_days
            return listed or (self.is_working_day(day) and day not in self.expected_holidays)
        return self.is_working_day(day)


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


def deadline(start: date, days: int, calendar: CalendarLike = None) -> date:
    """The last day by which something must be done, `days` working days after `start` (0: `start`'s own
    working day). In a provisional year it is never later than under the real calendar: counted as if
    every day not known to be a holiday may be worked (an unknown 调休 working Saturday can only bring a
    deadline sooner; an unknown holiday counted as worked only brings it sooner too), then moved back to
    the last day that is surely a working day, so it never falls on a weekend or inside an expected
    holiday (the National Day week). Where no such day lies between `start` and the count (an account
    opened inside the holiday itself) it is the first surely working day after."""
    if not isinstance(calendar, WorkingCalendar) or not calendar.provisional_years:
        if days == 0:
            return first_working_day(start, calendar)
        return add_working_days(start, days, calendar)
    if days == 0:
        if calendar.may_be_working(start) and start not in calendar.expected_holidays:
            return start  # opened that day (an unknown 调休 Saturday too): the branch worked it
        return _next_working_day(start, calendar.surely_working)
    due = add_working_days(start, days, calendar.may_be_working)
    earliest = start + timedelta(days=1)
    day = due
    while day >= earliest and not calendar.surely_working(day):
        day -= timedelta(days=1)
    if day >= earliest:
        return day
    return _next_working_day(due, calendar.surely_working)


def earliest_day_after(start: date, days: int, calendar: CalendarLike = None) -> date:
    """The first day something may be done, `days` working days after `start`. In a provisional year only
    surely working days are counted, so it is never sooner for an unknown 调休 Saturday (an unknown lunar
    holiday is the one doubt the data cannot remove: replace the provisional year)."""
    if isinstance(calendar, WorkingCalendar) and calendar.provisional_years:
        return add_working_days(start, days, calendar.surely_working)
    return add_working_days(start, days, calendar)
