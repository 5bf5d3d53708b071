"""A provisional holiday calendar (2027: fixed-date holidays only) is said to be provisional, warned about at
the start of day, replaced by the bank's file for that year, and counted on the strict side: a filing
deadline is never later than under the real arrangement, and no deadline falls inside the National Day
holiday of either year.

Which way an unknown 调休 moves a deadline: an unknown working Saturday would bring the real deadline
sooner, an unknown day off (a lunar holiday, the rest of a holiday week) later. Counting every day not
known to be a holiday as possibly worked can only bring a deadline sooner; then it moves back to the last
surely working day (never a weekend or an expected holiday)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from teller_app.config import Config
from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import Regime, filing_deadline, opening_regime
from teller_app.domain.case_sla import CaseSla, case_due_date
from teller_app.domain.customers import CustomerKind
from teller_app.domain.dates import WorkingCalendar, add_working_days
from teller_app.domain.errors import ConfigError
from teller_app.domain.holidays import parse_calendar_year
from teller_app.domain.regulator import RegulatorRecord, payments_from
from teller_app.services.calendar import calendar_check, read_calendar_years, working_calendar

NATIONAL_DAY = {year: {date(year, 10, d) for d in range(1, 8)} for year in (2026, 2027)}
ORGANISATION_TYPES = (AccountType.BASIC, AccountType.GENERAL, AccountType.SPECIAL, AccountType.TEMPORARY)
ORGANISATIONS = [k for k in CustomerKind if k is not CustomerKind.INDIVIDUAL]


def _days(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


# A stand-in for the real 2027 arrangement (what the State Council might publish): the lunar holidays, the
# full holiday weeks, and weekend days worked in lieu, the kind of thing the provisional file cannot know.
REAL_2027 = WorkingCalendar(
    holidays={
        date(2027, 1, 1),
        *_days(date(2027, 2, 5), date(2027, 2, 12)),
        date(2027, 4, 5),
        *_days(date(2027, 5, 1), date(2027, 5, 5)),
        date(2027, 6, 9),
        date(2027, 9, 15),
        *_days(date(2027, 10, 1), date(2027, 10, 7)),
    },
    working_weekend_days={date(2027, 1, 30), date(2027, 2, 20), date(2027, 4, 24), date(2027, 9, 26)},
    covered_years={2027},
)


@pytest.fixture(scope="module")
def shipped():
    return working_calendar()


def test_the_provisional_year_is_flagged_in_its_data_and_the_published_one_is_not():
    years = {y.year: y for y in read_calendar_years()}
    assert years[2027].provisional and years[2027].status == "provisional"
    assert not years[2026].provisional
    assert NATIONAL_DAY[2027] <= years[2027].holidays | years[2027].expected_holidays


@pytest.mark.parametrize("year", [2026, 2027])
@pytest.mark.parametrize("kind", ORGANISATIONS)
def test_no_deadline_falls_inside_the_national_day_holiday_in_either_year(shipped, kind, year):
    for opened in _days(date(year, 9, 1), date(year, 10, 9)):
        for account_type in ORGANISATION_TYPES:
            deadline = filing_deadline(opened, kind, account_type, shipped)
            days = [d for d in ([deadline.file_by, deadline.copies_by] if deadline else []) if d]
            regime = opening_regime(kind, account_type)
            approval = (
                RegulatorRecord("Z1", opened, "u", datetime(year, 1, 1))
                if regime is Regime.APPROVAL
                else None
            )
            first_payment = payments_from(kind, regime, opened, approval, shipped)
            if first_payment is not None and first_payment != opened:
                days.append(first_payment)
            days.append(case_due_date(opened, CaseSla(), shipped))
            assert not set(days) & NATIONAL_DAY[year], (opened, kind, account_type, days)


def test_in_the_provisional_year_a_filing_deadline_is_never_later_than_under_the_real_arrangement(shipped):
    for opened in _days(date(2027, 1, 4), date(2027, 12, 20)):
        if not REAL_2027(opened):
            continue  # an account is opened on a day the branch works
        for kind in (CustomerKind.ENTERPRISE_LEGAL_PERSON, CustomerKind.PUBLIC_INSTITUTION):
            for account_type in ORGANISATION_TYPES:
                strict = filing_deadline(opened, kind, account_type, shipped)
                real = filing_deadline(opened, kind, account_type, REAL_2027)
                if strict is None or real is None:
                    continue
                assert strict.file_by <= real.file_by, (opened, kind, account_type)
                assert (strict.copies_by or opened) <= (real.copies_by or opened), (opened, account_type)
                assert shipped.surely_working(strict.file_by) or strict.file_by == opened
        assert case_due_date(opened, CaseSla(), shipped) <= case_due_date(opened, CaseSla(), REAL_2027)


def test_without_the_strict_side_an_unknown_working_saturday_would_make_the_deadline_late():
    # Friday 24 September 2027, 5 working days: the real arrangement works Sunday 26th, so the real
    # deadline is Thursday 30th; counted on weekdays only it would be Friday 1 October (a holiday) or later.
    plain = WorkingCalendar(holidays=read_calendar_years()[-1].holidays, covered_years={2027})
    late = add_working_days(date(2027, 9, 24), 5, plain)
    real = filing_deadline(date(2027, 9, 24), CustomerKind.PUBLIC_INSTITUTION, AccountType.GENERAL, REAL_2027)
    assert real is not None and late > real.file_by


def test_in_the_provisional_year_payments_out_never_start_sooner_for_an_unknown_working_saturday(shipped):
    # Opened Thursday 23 September 2027: the real arrangement works Sunday 26th, so the 3rd working day is
    # Monday 27th; the provisional calendar does not count the Sunday and says Tuesday 28th.
    kind = CustomerKind.OTHER_ORGANISATION
    real = payments_from(kind, Regime.FILING, date(2027, 9, 23), None, REAL_2027)
    strict = payments_from(kind, Regime.FILING, date(2027, 9, 23), None, shipped)
    assert real == date(2027, 9, 27) and strict == date(2027, 9, 28)


def _published_2027(path):
    path.write_text(
        'year = 2027\nversion = "2027.2"\nstatus = "published"\nsource = "国务院办公厅 2027 (the bank)"\n'
        '[[holidays]]\nname = "国庆节"\nfrom = 2027-10-01\nto = 2027-10-07\n'
        '[[working_days]]\ndate = 2027-09-26\nreason = "国庆节调休上班"\n',
        encoding="utf-8",
    )
    return path


def test_a_bank_supplied_calendar_file_replaces_the_shipped_one_for_its_year(tmp_path, monkeypatch):
    own = _published_2027(tmp_path / "2027.toml")
    monkeypatch.setenv("TELLER_HOLIDAY_CALENDAR", str(own))
    bank = working_calendar()
    assert bank(date(2027, 9, 26)) and not bank(date(2027, 10, 6))  # the bank's arrangement
    assert 2027 not in bank.provisional_years
    assert not bank(date(2026, 10, 5)) and bank(date(2026, 10, 10))  # the shipped 2026 stays
    years = {y.year: y for y in read_calendar_years(own)}
    assert years[2027].origin == str(own) and years[2027].status == "published"
    monkeypatch.delenv("TELLER_HOLIDAY_CALENDAR")
    assert 2027 in working_calendar().provisional_years


def test_the_start_of_day_check_warns_while_the_year_is_provisional_and_says_how_to_replace_it(
    tmp_path, monkeypatch
):
    in_2027 = calendar_check(Config.load(), lambda: datetime(2027, 3, 1, tzinfo=UTC))
    assert [(c.name, c.ok, c.warning) for c in in_2027] == [("holiday_calendar", True, True)]
    assert "no published holiday arrangement for 2027" in in_2027[0].text
    assert "teller-admin config set holiday_calendar" in in_2027[0].advice
    november = calendar_check(Config.load(), lambda: datetime(2026, 11, 27, tzinfo=UTC))
    assert november[0].warning and "2027" in november[0].text  # next year's deadlines are near
    summer = calendar_check(Config.load(), lambda: datetime(2026, 6, 1, tzinfo=UTC))
    assert not summer[0].warning and "2026" in summer[0].text
    monkeypatch.setenv("TELLER_HOLIDAY_CALENDAR", str(_published_2027(tmp_path / "2027.toml")))
    replaced = calendar_check(Config.load(), lambda: datetime(2027, 3, 1, tzinfo=UTC))
    assert not replaced[0].warning and replaced[0].ok


def test_the_start_of_day_check_fails_on_a_broken_bank_calendar(tmp_path, monkeypatch):
    broken = tmp_path / "2027.toml"
    broken.write_text('year = 2027\nversion = "x"\nstatus = "final"\nsource = "?"\n', encoding="utf-8")
    monkeypatch.setenv("TELLER_HOLIDAY_CALENDAR", str(broken))
    checked = calendar_check(Config.load(), lambda: datetime(2027, 3, 1, tzinfo=UTC))
    assert [(c.name, c.ok) for c in checked] == [("holiday_calendar", False)]
    assert "status" in checked[0].text


def test_only_a_provisional_year_lists_expected_holidays():
    mapping = {
        "year": 2026,
        "version": "2026.9",
        "status": "published",
        "source": "test",
        "expected_holidays": [{"name": "x", "from": date(2026, 10, 4), "to": date(2026, 10, 7)}],
    }
    with pytest.raises(ConfigError) as refused:
        parse_calendar_year(mapping, "bank.toml")
    assert refused.value.params["key"] == "expected_holidays"
