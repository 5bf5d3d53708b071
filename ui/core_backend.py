"""The Backend the app runs on: adapts teller_app's services to the plain data the screens show."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from teller_app.config import Config, write_config_file
from teller_app.domain.errors import EnvironmentProblem
from teller_app.paths import AppPaths, app_paths

if TYPE_CHECKING:  # the sign-in window must not wait for these (bench/startup)
    from ui.backend import (
        AuditFilter,
        AuditRow,
        CaseSummary,
        CaseView,
        ChainVerdict,
        CheckOutcome,
        CheckResult,
        DemoWorkspace,
        HomeSummary,
        SessionInfo,
        SyncState,
    )


def _not_yet(function: str) -> EnvironmentProblem:
    return EnvironmentProblem(
        "ui.not_available", "This function is not available yet: {function}", function=function
    )


class CoreBackend:
    """Each method runs on a worker thread (ui.tasks); it calls the core and converts what comes back."""

    def __init__(self, paths: AppPaths | None = None) -> None:
        self.paths = paths or app_paths()

    # --- first start and settings --------------------------------------------------------------------

    def is_configured(self) -> bool:
        return self.paths.config_file.exists() or self.paths.local_store.exists()

    def create_demo_workspace(self) -> DemoWorkspace:
        raise _not_yet("demo workspace")

    def settings(self) -> dict[str, object]:
        return Config.load(self.paths).as_dict()

    def save_settings(self, session: SessionInfo, changes: dict[str, object]) -> None:
        write_config_file(self.paths.config_file, changes)

    def remember_language(self, language: str) -> None:
        write_config_file(self.paths.config_file, {"language": language})

    # --- sign-in -----------------------------------------------------------------------------------

    def sign_in(self, user_name: str, password: str) -> SessionInfo:
        raise _not_yet("sign-in")

    def change_password(self, session: SessionInfo, old: str, new: str) -> SessionInfo:
        raise _not_yet("password change")

    def unlock(self, session: SessionInfo, password: str) -> None:
        raise _not_yet("unlock")

    def sign_out(self, session: SessionInfo) -> None:
        return None

    # --- start of day, home, search ------------------------------------------------------------------

    def start_of_day_checks(self) -> list[CheckResult]:
        from importlib.metadata import PackageNotFoundError, version

        from ui.backend import CheckOutcome, CheckResult

        results = []
        usage = shutil.disk_usage(
            self.paths.data if self.paths.data.exists() else self.paths.data.anchor or "/"
        )
        free_gb = usage.free / 1e9
        outcome = (
            CheckOutcome.PASS
            if free_gb >= 2
            else (CheckOutcome.WARN if free_gb >= 0.5 else CheckOutcome.FAIL)
        )
        results.append(CheckResult("disk", outcome, f"{free_gb:.1f} GB free"))
        results.append(
            CheckResult(
                "clock", CheckOutcome.PASS, datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
            )
        )
        try:
            results.append(CheckResult("version", CheckOutcome.PASS, version("teller-app")))
        except PackageNotFoundError:
            results.append(CheckResult("version", CheckOutcome.WARN, "not installed as a package"))
        results.append(CheckResult("printer", *_printer_check()))
        return results

    def home(self, session: SessionInfo) -> HomeSummary:
        from ui.backend import HomeSummary

        return HomeSummary()

    def search_cases(self, session: SessionInfo, text: str) -> list[CaseSummary]:
        raise _not_yet("search")

    def load_case(self, session: SessionInfo, case_id: str) -> CaseView:
        raise _not_yet("cases")

    def save_step(
        self, session: SessionInfo, case_id: str | None, step: str, entries: dict[str, object], advance: bool
    ) -> CaseView:
        raise _not_yet("cases")

    def sync_state(self) -> SyncState:
        from ui.backend import SyncState

        return SyncState(online=False)

    def audit_events(self, session: SessionInfo, where: AuditFilter) -> list[AuditRow]:
        raise _not_yet("operation record")

    def verify_audit_chain(self, session: SessionInfo) -> ChainVerdict:
        raise _not_yet("operation record")


def _printer_check() -> tuple[CheckOutcome, str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    from ui.backend import CheckOutcome

    default = QPrinterInfo.defaultPrinterName()
    if default:
        return CheckOutcome.PASS, default
    return CheckOutcome.WARN, "no printer; printing to PDF only"
