"""The start-of-day check (日初检查) that `teller-admin doctor` and the app's first screen both run, and its
record in the audit trail.

The storage side's checks come from `storage.checks.run_checks`; this module adds the ones beyond the local
store: the central database (reachable, schema at this app's version), the clock against the central
database's, and the printer. Each is one function taking the configuration; add a check by adding a
function to `EXTRA_CHECKS`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from teller_app.config import Config
from teller_app.domain.errors import TellerError
from teller_app.storage.checks import Check, run_checks
from teller_app.storage.store import Store

CLOCK_SKEW_TOLERANCE = timedelta(minutes=2)  # approvals expire and filings fall due by the clock
PRINTER_TIMEOUT_SECONDS = 5

Clock = Callable[[], datetime]


def start_of_day_checks(
    config: Config, environ: Mapping[str, str] | None = None, now: Clock | None = None
) -> list[Check]:
    """Every check, storage side first; a failure of one does not stop the others."""
    clock = now or (lambda: datetime.now(UTC))
    checks = run_checks(config, environ, clock)
    for check in EXTRA_CHECKS:
        checks.extend(check(config, clock))
    return checks


def record_start_of_day(store: Store, checks: list[Check], user_id: str | None = None) -> None:
    """One audit event with every check's name and result (details stay encrypted like all details)."""
    failed = [c.name for c in checks if not c.ok]
    with store.unit_of_work(user_id=user_id) as uow:
        uow.append_audit(
            "start_of_day.checked",
            "ok" if not failed else "failed",
            user_id=user_id,
            details={
                "failed": failed,
                "warnings": [c.name for c in checks if c.ok and c.warning],
                "checks": {c.name: c.ok for c in checks},
            },
        )


# -- the central database ------------------------------------------------------------------------------


def central_checks(config: Config, clock: Clock) -> list[Check]:
    """Central reachable and at this app's schema; the clock within CLOCK_SKEW_TOLERANCE of central's."""
    from teller_app.sync.central import (
        central_schema_versions,
        central_url,
        connect_central,
        require_central_at_head,
    )
    from teller_app.sync.central_address import masked

    if not str(config.central_url).strip():
        embedded = config.paths.embedded_central
        if not embedded.exists():
            return [Check("central", True, "embedded central database (made at the first sync)")]
    try:
        url = central_url(str(config.central_url), config.paths)
        engine = connect_central(url)
    except TellerError as error:
        return [Check.refused("central", error, "check the central URL and its password")]
    shown = masked(str(config.central_url)) or "embedded central database"
    try:
        if engine.dialect.name == "sqlite":
            storage, central = central_schema_versions(engine)
            if storage is None or central is None:
                return [Check("central", True, "embedded central database (made at the first sync)")]
            return [
                Check(
                    "central",
                    True,
                    "{central}: schema {schema}",
                    params={"central": shown, "schema": f"{storage}/{central}"},
                )
            ]
        storage, central = require_central_at_head(engine)
        checks = [
            Check(
                "central",
                True,
                "{central}: reachable, schema {schema}",
                params={"central": shown, "schema": f"{storage}/{central}"},
            )
        ]
        checks.append(_clock_against_central(engine, clock()))
        return checks
    except TellerError as error:
        advice = (
            "the central database's owner runs `teller-admin central migrate URL`"
            if "schema" in error.code or "not_set_up" in error.code
            else "check the network and the central database; work goes on offline meanwhile"
        )
        return [
            Check.refused("central", error, advice),
            Check("clock_central", False, "not checked: the central database did not answer"),
        ]
    finally:
        engine.dispose()


def _clock_against_central(engine: sa.Engine, local: datetime) -> Check:
    with engine.connect() as conn:
        central = conn.execute(sa.text("SELECT now()")).scalar()
    if not isinstance(central, datetime):
        return Check("clock_central", False, "the central database gave no time")
    central = central if central.tzinfo else central.replace(tzinfo=UTC)
    skew = (local - central).total_seconds()
    detail = (
        "this PC is {seconds} s ahead of the central database"
        if skew > 0
        else "this PC is {seconds} s behind the central database"
    )
    params = {"seconds": f"{abs(skew):.0f}"}
    if abs(skew) > CLOCK_SKEW_TOLERANCE.total_seconds():
        return Check(
            "clock_central",
            False,
            detail,
            "set the date and time (or fix the PC's time service)",
            params=params,
        )
    return Check("clock_central", True, detail, params=params)


# -- the printer ---------------------------------------------------------------------------------------


def printer_check(config: Config, clock: Clock) -> list[Check]:
    """The configured printer must exist; with none configured, the system default is used and, when there
    is none, documents go to PDF only (a warning: the teller cannot hand the customer a paper copy)."""
    wanted = str(config.printer).strip()
    found = installed_printers()
    if found is None:
        if wanted:
            return [
                Check(
                    "printer",
                    False,
                    "printer {printer} is set, but no print system answers",
                    params={"printer": wanted},
                )
            ]
        return [Check("printer", True, "no print system found: documents go to PDF only", warning=True)]
    names, default = found
    if wanted:
        if wanted in names:
            return [Check("printer", True, "printer {printer}", params={"printer": wanted})]
        return [
            Check(
                "printer",
                False,
                "printer {printer} is not installed (installed: {installed})",
                "install the printer or `teller-admin config set printer NAME`",
                params={"printer": wanted, "installed": ", ".join(names) or "-"},
            )
        ]
    if default:
        return [Check("printer", True, "system default printer {printer}", params={"printer": default})]
    return [Check("printer", True, "no default printer: documents go to PDF only", warning=True)]


def installed_printers() -> tuple[list[str], str] | None:
    """(printer names, default name) from the print system, or None when there is none to ask."""
    if sys.platform == "win32":
        return _windows_printers()
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return None
    try:
        listed = subprocess.run(
            [lpstat, "-e"], capture_output=True, text=True, timeout=PRINTER_TIMEOUT_SECONDS, check=False
        )
        default = subprocess.run(
            [lpstat, "-d"], capture_output=True, text=True, timeout=PRINTER_TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if listed.returncode != 0 and default.returncode != 0:
        return None
    names = [line.strip() for line in listed.stdout.splitlines() if line.strip()]
    name = default.stdout.rsplit(":", 1)[-1].strip() if ":" in default.stdout else ""
    return names, name


def _windows_printers() -> tuple[list[str], str] | None:  # pragma: no cover - Windows only
    import ctypes

    try:
        winspool = ctypes.WinDLL("winspool.drv")  # type: ignore[attr-defined]
        size = ctypes.c_ulong(0)
        winspool.GetDefaultPrinterW(None, ctypes.byref(size))
        buffer = ctypes.create_unicode_buffer(size.value or 1)
        default = buffer.value if winspool.GetDefaultPrinterW(buffer, ctypes.byref(size)) else ""
    except OSError:
        return None
    names = [default] if default else []
    try:
        listed = subprocess.run(
            ["powershell", "-NoProfile", "-Command", "Get-Printer | Select-Object -ExpandProperty Name"],
            capture_output=True,
            text=True,
            timeout=PRINTER_TIMEOUT_SECONDS,
            check=False,
        )
        if listed.returncode == 0:
            names = [line.strip() for line in listed.stdout.splitlines() if line.strip()] or names
    except (OSError, subprocess.TimeoutExpired):
        pass
    return names, default


def _sync_health_checks() -> tuple[Callable[[Config, Clock], list[Check]], ...]:
    from teller_app.services.sync_health import private_data_folder_check, sync_progress_check

    return (private_data_folder_check, sync_progress_check)


def _calendar_check(config: Config, clock: Clock) -> list[Check]:
    from teller_app.services.calendar import calendar_check

    return calendar_check(config, clock)


EXTRA_CHECKS: tuple[Callable[[Config, Clock], list[Check]], ...] = (
    central_checks,
    printer_check,
    _calendar_check,
    *_sync_health_checks(),
)
