"""Date arithmetic behind expiry, review and filing dates: leap days, month ends, working days."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.dates import (
    WorkingCalendar,
    add_months,
    add_working_days,
    add_years,
    first_working_day,
)


def test_a_temporary_account_opened_on_29_february_expires_on_28_february_two_years_later():
    assert add_years(date(2028, 2, 29), 2) == date(2030, 2, 28)
    assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),  # clamped to the month's last day
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),  # across the year end
        (date(2026, 5, 2), 48, date(2030, 5, 2)),
    ],
)
def test_a_review_months_ahead_falls_on_the_same_day_or_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_the_national_day_week_is_no_working_week_but_the_saturday_worked_in_lieu_is():
    holidays = [date(2026, 10, d) for d in range(1, 8)]
    calendar = WorkingCalendar(holidays=holidays, working_weekend_days=[date(2026, 10, 10)])
    assert first_working_day(date(2026, 10, 1), calendar) == date(2026, 10, 8)
    assert add_working_days(date(2026, 9, 30), 2, calendar) == date(2026, 10, 9)
    assert add_working_days(date(2026, 10, 9), 1, calendar) == date(2026, 10, 10)


def test_a_plain_list_of_dates_is_read_as_holidays():
    assert first_working_day(date(2026, 10, 1), [date(2026, 10, 1)]) == date(2026, 10, 2)


def test_a_calendar_without_working_days_is_a_config_error_not_an_endless_wait():
    from teller_app.domain.errors import ConfigError

    with pytest.raises(ConfigError) as broken:
        add_working_days(date(2026, 3, 2), 5, lambda day: False)
    assert broken.value.code == "calendar.no_working_day"
    with pytest.raises(ConfigError):
        first_working_day(date(2026, 3, 2), lambda day: False)
