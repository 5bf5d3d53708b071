"""The working calendar deadlines are counted in: the shipped resources/calendar, each year replaced by the
bank's own file for it (the setting `holiday_calendar`: a file or a folder of files)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from teller_app.config import Config
from teller_app.domain.dates import WorkingCalendar
from teller_app.domain.errors import ConfigError
from teller_app.domain.holidays import CalendarYear, combine, parse_calendar_year
from teller_app.paths import resources_dir
from teller_app.storage.checks import Check


def shipped_folder() -> Path:
    return resources_dir() / "calendar"


def calendar_files(location: Path) -> list[Path]:
    """The calendar files at `location`: the file itself, or every *.toml in the folder."""
    if location.is_dir():
        files = sorted(location.glob("*.toml"))
    elif location.is_file():
        files = [location]
    else:
        raise ConfigError(
            "calendar.missing", "{source}: no holiday calendar file or folder here", source=str(location)
        )
    if not files:
        raise ConfigError(
            "calendar.missing", "{source}: the folder holds no *.toml file", source=str(location)
        )
    return files


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            "calendar.unreadable", "{source}: cannot be read ({problem})", source=str(path), problem=str(exc)
        ) from exc


def _read_years(location: Path) -> list[CalendarYear]:
    return [parse_calendar_year(read_toml(path), str(path)) for path in calendar_files(location)]


def read_calendar_years(location: Path | None = None) -> list[CalendarYear]:
    """Every year of the calendar in force, oldest first: the shipped years, each replaced by the bank's
    file for that year when `location` (the bank's file or folder) gives it."""
    shipped = _read_years(shipped_folder())
    if location is None:
        return sorted(shipped, key=lambda y: y.year)
    own = _read_years(location)
    combine(own)  # two of the bank's files for one year are refused, naming them
    given = {y.year for y in own}
    return sorted([*own, *(y for y in shipped if y.year not in given)], key=lambda y: y.year)


def configured_location(config: Config | None = None) -> Path | None:
    """The bank's calendar from the `holiday_calendar` setting, or None for the shipped one."""
    value = str((config or Config.load()).holiday_calendar).strip()
    return Path(value).expanduser() if value else None


def working_calendar(config: Config | None = None) -> WorkingCalendar:
    """The calendar in force on this terminal (read once per file and change time)."""
    location = configured_location(config)
    files = calendar_files(shipped_folder()) + ([] if location is None else calendar_files(location))
    stamp = tuple((str(f), f.stat().st_mtime_ns) for f in files)
    return _calendar(location, stamp)


@lru_cache(maxsize=4)
def _calendar(location: Path | None, _stamp: tuple[tuple[str, int], ...]) -> WorkingCalendar:
    return combine(read_calendar_years(location))


CALENDAR_ADVICE = (
    "install the State Council's arrangement for {years}: a file in the format of resources/calendar/2026.toml "
    '(status = "published"), then `teller-admin config set holiday_calendar FILE_OR_FOLDER` '
    "(README: Holiday calendar); the bank's file for a year replaces the shipped one"
)
NEXT_YEAR_FROM_MONTH = 11  # the State Council publishes the next year's arrangement in November or so


def calendar_check(config: Config, clock: Callable[[], datetime]) -> list[Check]:
    """Start of day: the calendar in force reads, and this year (and from November the next) is the
    State Council's published arrangement; a provisional or missing year is a warning (deadlines are then
    counted on the strict side, domain.dates.deadline)."""
    today = clock().date()
    try:
        years = {y.year: y for y in read_calendar_years(configured_location(config))}
    except ConfigError as error:
        return [Check.refused("holiday_calendar", error, "correct or remove the bank's calendar file")]
    wanted = [today.year] + ([today.year + 1] if today.month >= NEXT_YEAR_FROM_MONTH else [])
    doubtful = ", ".join(str(y) for y in wanted if years.get(y) is None or years[y].provisional)
    if doubtful:
        return [
            Check(
                "holiday_calendar",
                True,
                "no published holiday arrangement for {years} (provisional or missing): only the fixed-date "
                "holidays count, and deadlines in those years are counted on the strict side",
                CALENDAR_ADVICE.format(years=doubtful),
                warning=True,
                params={"years": doubtful},
            )
        ]
    shown = ", ".join(f"{y} ({years[y].source})" for y in wanted)
    return [Check("holiday_calendar", True, "published arrangement for {years}", params={"years": shown})]
