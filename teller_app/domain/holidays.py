"""The holiday calendar as versioned data: 法定节假日 and 调休 working weekend days, parsed from a mapping."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from teller_app.domain.dates import WorkingCalendar
from teller_app.domain.definition_reader import DefinitionReader

STATUSES = ("published", "provisional")
LONGEST_HOLIDAY_DAYS = 15  # no arrangement has a longer run; more is a typing error in the file


@dataclass(frozen=True)
class CalendarYear:
    """One year of the calendar: its holidays, its weekend days worked in lieu, and where they come from."""

    year: int
    version: str
    status: str  # "published" (the State Council's arrangement) or "provisional" (fixed-date holidays only)
    source: str
    holidays: frozenset[date]
    working_days: frozenset[date]
    origin: str  # the file it was read from
    expected_holidays: frozenset[date] = frozenset()  # provisional only: days very likely off

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"


def parse_calendar_year(mapping: Mapping[str, Any], source: str) -> CalendarYear:
    """One year's calendar from its TOML mapping; a ConfigError names the file, the key and the problem."""
    r = DefinitionReader(source, "calendar.invalid")
    root = r.table(mapping, "")
    r.only_keys(
        root,
        "",
        required={"year", "version", "status", "source"},
        optional={"holidays", "working_days", "expected_holidays"},
    )
    year = r.whole(root["year"], "year", minimum=2000, maximum=2100)
    status = r.text(root["status"], "status")
    if status not in STATUSES:
        r.fail("status", "must be one of {allowed}, not {value!r}", allowed=", ".join(STATUSES), value=status)
    holidays = _ranges(r, root.get("holidays", []), "holidays", year)
    if "expected_holidays" in root and status != "provisional":
        r.fail("expected_holidays", "only a provisional year lists expected holidays")
    expected = _ranges(r, root.get("expected_holidays", []), "expected_holidays", year)
    working: set[date] = set()
    for index, raw in enumerate(_items(r, root.get("working_days", []), "working_days")):
        key = f"working_days[{index}]"
        item = r.table(raw, key)
        r.only_keys(item, key, required={"date", "reason"})
        r.text(item["reason"], f"{key}.reason")
        day = r.day(item["date"], f"{key}.date")
        _in_year(r, day, year, key)
        if day.weekday() < 5:
            r.fail(f"{key}.date", "{day} is a weekday; only a weekend day can be worked in lieu", day=day)
        if day in holidays:
            r.fail(f"{key}.date", "{day} is also listed as a holiday", day=day)
        working.add(day)
    return CalendarYear(
        year=year,
        version=r.text(root["version"], "version"),
        status=status,
        source=r.text(root["source"], "source"),
        holidays=frozenset(holidays),
        working_days=frozenset(working),
        origin=source,
        expected_holidays=frozenset(expected - holidays),
    )


def combine(years: Iterable[CalendarYear]) -> WorkingCalendar:
    """One working calendar from several years; two files for the same year are refused."""
    seen: dict[int, CalendarYear] = {}
    for entry in years:
        if entry.year in seen:
            DefinitionReader(entry.origin, "calendar.invalid").fail(
                "year", "{year} is also given by {other}", year=entry.year, other=seen[entry.year].origin
            )
        seen[entry.year] = entry
    return WorkingCalendar(
        holidays=frozenset().union(*(y.holidays for y in seen.values())),
        working_weekend_days=frozenset().union(*(y.working_days for y in seen.values())),
        covered_years=seen.keys(),
        provisional_years={y.year for y in seen.values() if y.provisional},
        expected_holidays=frozenset().union(*(y.expected_holidays for y in seen.values())),
    )


def _ranges(r: DefinitionReader, raw: Any, name: str, year: int) -> set[date]:
    """The days of a list of [[holidays]]-like ranges (name, from, to), all inside `year`."""
    found: set[date] = set()
    for index, item_raw in enumerate(_items(r, raw, name)):
        key = f"{name}[{index}]"
        item = r.table(item_raw, key)
        r.only_keys(item, key, required={"name", "from", "to"})
        r.text(item["name"], f"{key}.name")
        first, last = r.day(item["from"], f"{key}.from"), r.day(item["to"], f"{key}.to")
        if last < first or (last - first).days >= LONGEST_HOLIDAY_DAYS:
            r.fail(f"{key}.to", "must be from 0 to {most} days after `from`", most=LONGEST_HOLIDAY_DAYS - 1)
        for day in _days(first, last):
            _in_year(r, day, year, key)
            found.add(day)
    return found


def _items(r: DefinitionReader, raw: Any, key: str) -> list[Any]:
    if not isinstance(raw, list):
        r.fail(key, "must be a list of tables ([[{name}]])", name=key)
    return raw


def _days(first: date, last: date) -> Iterable[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def _in_year(r: DefinitionReader, day: date, year: int, key: str) -> None:
    if day.year != year:
        r.fail(key, "{day} is not in {year}", day=day.isoformat(), year=year)
