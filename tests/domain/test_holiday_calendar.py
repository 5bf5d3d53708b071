"""The holiday calendar shipped as data (法定节假日, 调休): deadlines in working days skip the holidays and
count the weekend days worked in lieu; a day inside the National Day holiday is never a deadline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import Regime, filing_deadline, opening_regime
from teller_app.domain.customers import CustomerKind
from teller_app.domain.dates import add_working_days
from teller_app.domain.errors import ConfigError
from teller_app.domain.holidays import parse_calendar_year
from teller_app.domain.regulator import RegulatorRecord, payments_from
from teller_app.services.calendar import read_calendar_years, working_calendar

NATIONAL_DAY_2026 = {date(2026, 10, d) for d in range(1, 8)}


@pytest.fixture(scope="module")
def calendar():
    return working_calendar()


def test_the_shipped_2026_calendar_is_the_state_councils_published_arrangement():
    years = {y.year: y for y in read_calendar_years()}
    assert years[2026].status == "published"
    assert len(years[2026].holidays) == 3 + 9 + 3 + 5 + 3 + 3 + 7
    assert years[2026].working_days == {
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    }


def test_the_2027_calendar_says_it_is_provisional_and_holds_the_fixed_date_holidays():
    years = {y.year: y for y in read_calendar_years()}
    assert years[2027].status == "provisional"
    assert {date(2027, 1, 1), date(2027, 5, 1), date(2027, 10, 1), date(2027, 10, 3)} <= years[2027].holidays


def test_a_deadline_skips_the_spring_festival_and_counts_the_saturday_worked_in_lieu(calendar):
    # Opened Friday 13 February 2026: Saturday 14th is worked, 15th–23rd is the Spring Festival holiday.
    assert add_working_days(date(2026, 2, 13), 1, calendar) == date(2026, 2, 14)
    assert add_working_days(date(2026, 2, 13), 2, calendar) == date(2026, 2, 24)


@pytest.mark.parametrize("kind", [k for k in CustomerKind if k is not CustomerKind.INDIVIDUAL])
def test_no_deadline_falls_inside_the_national_day_holiday(calendar, kind):
    opened = date(2026, 9, 1)
    while opened <= date(2026, 10, 9):
        for account_type in (
            AccountType.BASIC,
            AccountType.GENERAL,
            AccountType.SPECIAL,
            AccountType.TEMPORARY,
        ):
            deadline = filing_deadline(opened, kind, account_type, calendar)
            days = [deadline.file_by, deadline.copies_by] if deadline else []
            regime = opening_regime(kind, account_type)
            approval = RegulatorRecord("Z1", opened, "u", None) if regime is Regime.APPROVAL else None  # type: ignore[arg-type]
            first_payment = payments_from(kind, regime, opened, approval, calendar)
            if first_payment is not None and first_payment != opened:
                days.append(first_payment)
            assert not (set(d for d in days if d) & NATIONAL_DAY_2026), (opened, kind, account_type)
        opened += timedelta(days=1)


def test_a_non_enterprise_pays_out_three_working_days_after_opening_counted_on_the_calendar(calendar):
    # Filed general account of a 社会团体 opened Wednesday 30 September 2026: 1–7 October is the holiday,
    # Saturday 10 October is worked: Thursday 8, Friday 9, Saturday 10.
    assert payments_from(
        CustomerKind.OTHER_ORGANISATION, Regime.FILING, date(2026, 9, 30), None, calendar
    ) == date(2026, 10, 10)


def test_an_enterprise_pays_out_from_the_day_of_opening_even_before_a_holiday(calendar):
    assert payments_from(
        CustomerKind.ENTERPRISE_LEGAL_PERSON, Regime.FILING, date(2026, 9, 30), None, calendar
    ) == date(2026, 9, 30)


def test_outside_the_years_the_calendar_covers_the_fixed_date_holidays_still_count(calendar):
    assert not calendar(date(2028, 10, 2))  # a Monday, 国庆节
    assert calendar(date(2028, 10, 9))


def test_a_calendar_file_with_a_weekday_worked_in_lieu_is_refused_naming_file_and_key():
    mapping = {
        "year": 2026,
        "version": "2026.9",
        "status": "published",
        "source": "test",
        "working_days": [{"date": date(2026, 3, 4), "reason": "typo"}],
    }
    with pytest.raises(ConfigError) as refused:
        parse_calendar_year(mapping, "bank-calendar.toml")
    assert refused.value.code == "calendar.invalid"
    assert refused.value.params["source"] == "bank-calendar.toml"
    assert refused.value.params["key"] == "working_days[0].date"


def test_the_bank_replaces_the_calendar_by_a_setting_pointing_at_its_file(tmp_path, monkeypatch):
    own = tmp_path / "bank.toml"
    own.write_text(
        'year = 2026\nversion = "2026.B"\nstatus = "published"\nsource = "the bank"\n'
        '[[holidays]]\nname = "branch closed"\nfrom = 2026-03-04\nto = 2026-03-04\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TELLER_HOLIDAY_CALENDAR", str(own))
    bank = working_calendar()
    assert not bank(date(2026, 3, 4))
    assert bank(date(2026, 10, 8))  # the shipped holidays are replaced, not merged
    monkeypatch.delenv("TELLER_HOLIDAY_CALENDAR")
    assert not working_calendar()(date(2026, 10, 5))
