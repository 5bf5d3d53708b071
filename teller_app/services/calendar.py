"""The working calendar deadlines are counted in: the shipped resources/calendar, or the bank's own file."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from teller_app.config import Config
from teller_app.domain.dates import WorkingCalendar
from teller_app.domain.errors import ConfigError
from teller_app.domain.holidays import CalendarYear, combine, parse_calendar_year
from teller_app.paths import resources_dir


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


def read_calendar_years(location: Path | None = None) -> list[CalendarYear]:
    """Every year of the calendar at `location` (default: the shipped one), oldest first."""
    files = calendar_files(shipped_folder() if location is None else location)
    years = [parse_calendar_year(read_toml(path), str(path)) for path in files]
    return sorted(years, key=lambda y: y.year)


def configured_location(config: Config | None = None) -> Path | None:
    """The bank's calendar from the `holiday_calendar` setting, or None for the shipped one."""
    value = str((config or Config.load()).holiday_calendar).strip()
    return Path(value).expanduser() if value else None


def working_calendar(config: Config | None = None) -> WorkingCalendar:
    """The calendar in force on this terminal (read once per file and change time)."""
    location = configured_location(config)
    files = calendar_files(shipped_folder() if location is None else location)
    stamp = tuple((str(f), f.stat().st_mtime_ns) for f in files)
    return _calendar(location, stamp)


@lru_cache(maxsize=4)
def _calendar(location: Path | None, _stamp: tuple[tuple[str, int], ...]) -> WorkingCalendar:
    return combine(read_calendar_years(location))
