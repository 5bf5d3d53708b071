"""The start-of-day check (日初检查): each check with a plain result and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.backend import Backend, CheckOutcome, CheckResult
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.messages import describe
from ui.tables import fill_rows, list_table
from ui.tasks import Tasks
from ui.terminal.check_details import check_detail
from ui.widgets import Retranslating, label, named, set_role

CHECK_NAMES = {
    "key_store": QT_TRANSLATE_NOOP("StartOfDay", "Key store"),
    "local_store": QT_TRANSLATE_NOOP("StartOfDay", "Local store"),
    "central": QT_TRANSLATE_NOOP("StartOfDay", "Central database"),
    "printer": QT_TRANSLATE_NOOP("StartOfDay", "Printer"),
    "clock": QT_TRANSLATE_NOOP("StartOfDay", "Clock"),
    "clock_central": QT_TRANSLATE_NOOP("StartOfDay", "Clock against the central database"),
    "disk": QT_TRANSLATE_NOOP("StartOfDay", "Disk space"),
    "version": QT_TRANSLATE_NOOP("StartOfDay", "App version"),
    "audit_chain": QT_TRANSLATE_NOOP("StartOfDay", "Operation record"),
    "terminal": QT_TRANSLATE_NOOP("StartOfDay", "Terminal set-up"),
    "migrations": QT_TRANSLATE_NOOP("StartOfDay", "Database version"),
    "uniqueness_key": QT_TRANSLATE_NOOP("StartOfDay", "Bank-wide one-account check"),
    "holiday_calendar": QT_TRANSLATE_NOOP("StartOfDay", "Holiday calendar"),
    "data_folder": QT_TRANSLATE_NOOP("StartOfDay", "Data folder kept private"),
    "sync_progress": QT_TRANSLATE_NOOP("StartOfDay", "Sync moving on"),
}

# What to do when a check does not pass, by check name.
ADVICE = {
    "key_store": QT_TRANSLATE_NOOP(
        "StartOfDay", "Do not open cases. Call IT support: the encryption keys are not available."
    ),
    "local_store": QT_TRANSLATE_NOOP(
        "StartOfDay", "Do not open cases. Call IT support: the local store cannot be used."
    ),
    "central": QT_TRANSLATE_NOOP(
        "StartOfDay", "You can work offline; cases sync when the connection is back. Tell IT if it lasts."
    ),
    "printer": QT_TRANSLATE_NOOP(
        "StartOfDay", "Check the printer is on and has paper, or choose another one in Settings."
    ),
    "clock": QT_TRANSLATE_NOOP("StartOfDay", "Ask IT support to correct the computer's date and time."),
    "clock_central": QT_TRANSLATE_NOOP(
        "StartOfDay", "Ask IT support to set this computer's time to the bank's time service."
    ),
    "disk": QT_TRANSLATE_NOOP("StartOfDay", "Ask IT support to free disk space before the day's work."),
    "version": QT_TRANSLATE_NOOP("StartOfDay", "Ask IT support to install the current version."),
    "audit_chain": QT_TRANSLATE_NOOP(
        "StartOfDay", "Do not open cases. Tell your supervisor: the operation record failed verification."
    ),
    "terminal": QT_TRANSLATE_NOOP(
        "StartOfDay", "Ask IT support to set up this terminal (teller-admin init)."
    ),
    "migrations": QT_TRANSLATE_NOOP("StartOfDay", "Ask IT support: the local database needs an upgrade."),
    "uniqueness_key": QT_TRANSLATE_NOOP(
        "StartOfDay",
        "You can work. Basic and type I accounts cannot be checked against other branches until IT gives "
        "this terminal the bank's uniqueness key; they wait as 'uniqueness to confirm'.",
    ),
    "holiday_calendar": QT_TRANSLATE_NOOP(
        "StartOfDay",
        "Deadlines are counted on the safe side until IT installs the State Council's holiday arrangement.",
    ),
    "data_folder": QT_TRANSLATE_NOOP(
        "StartOfDay",
        "Tell IT support: the data folder's files must be readable by this computer's user alone.",
    ),
    "sync_progress": QT_TRANSLATE_NOOP(
        "StartOfDay",
        "You can work: cases wait on this terminal. Call IT support: sync cannot move on until they fix what "
        "the details say.",
    ),
}

# A failure of these stops the day's work; the others allow working with care.
BLOCKING = frozenset({"key_store", "local_store", "audit_chain"})

OUTCOMES = {
    CheckOutcome.PASS: QT_TRANSLATE_NOOP("StartOfDay", "OK"),
    CheckOutcome.WARN: QT_TRANSLATE_NOOP("StartOfDay", "Warning"),
    CheckOutcome.FAIL: QT_TRANSLATE_NOOP("StartOfDay", "Failed"),
}


class StartOfDayCheck(Retranslating, QWidget):
    """Runs the core's checks on a worker; `proceed` fires when the teller continues to work."""

    proceed = Signal()

    def __init__(self, backend: Backend, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startOfDayCheck")
        self._backend = backend
        self._tasks = tasks
        self.results: list[CheckResult] = []
        self.title = label("startOfDayTitle", "title")
        self.summary = label("startOfDaySummary")
        self.table = list_table("startOfDayTable", 4)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.run_again = named(QPushButton(), "runChecksAgain")
        self.run_again.clicked.connect(self.run_checks)
        self.continue_button = named(QPushButton(), "continueToWork")
        set_role(self.continue_button, "primary")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.proceed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_again)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("StartOfDay", "Start-of-day check"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("StartOfDay", "Check"),
                tr("StartOfDay", "Result"),
                tr("StartOfDay", "Details"),
                tr("StartOfDay", "What to do"),
            ]
        )
        self.table.setAccessibleName(tr("StartOfDay", "Start-of-day check results"))
        self.run_again.setText(tr("StartOfDay", "Check &again"))
        self.run_again.setAccessibleName(tr("StartOfDay", "Check again"))
        self.continue_button.setText(tr("StartOfDay", "&Continue to work"))
        self.continue_button.setAccessibleName(tr("StartOfDay", "Continue to work"))
        self._show(self.results)

    def run_checks(self) -> None:
        self.run_again.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.summary.setText(tr("StartOfDay", "Checking this workstation…"))
        set_role(self.summary, "")
        self._tasks.run(
            self._backend.start_of_day_checks,
            on_done=self._checked,
            on_error=self._failed,
            owner=self,
            busy_text=tr("StartOfDay", "Checking this workstation…"),
        )

    def _checked(self, results: list[CheckResult]) -> None:
        self.results = list(results)
        self.run_again.setEnabled(True)
        self._show(self.results)

    def _failed(self, error: BaseException) -> None:
        self.run_again.setEnabled(True)
        self.summary.setText(describe(error))
        set_role(self.summary, "fail")

    @property
    def blocked(self) -> bool:
        return any(r.outcome is CheckOutcome.FAIL and r.name in BLOCKING for r in self.results)

    def _show(self, results: list[CheckResult]) -> None:
        rows = []
        for result in results:
            name = CHECK_NAMES.get(result.name)
            advice = ADVICE.get(result.name) if result.outcome is not CheckOutcome.PASS else None
            rows.append(
                [
                    tr("StartOfDay", name) if name else result.name,
                    tr("StartOfDay", OUTCOMES[result.outcome]),
                    check_detail(result),
                    tr("StartOfDay", advice) if advice else "",
                ]
            )
        for result, items in zip(results, fill_rows(self.table, rows), strict=True):
            for item in items:
                item.setToolTip(item.text())
            items[1].setForeground(_colour(result.outcome))
        self.table.resizeRowsToContents()
        if not results:
            return
        failed = sum(r.outcome is CheckOutcome.FAIL for r in results)
        warned = sum(r.outcome is CheckOutcome.WARN for r in results)
        if self.blocked:
            self.summary.setText(
                tr("StartOfDay", "A check that protects customer data failed. Do not start work yet.")
            )
            set_role(self.summary, "fail")
        elif failed:
            self.summary.setText(
                tr(
                    "StartOfDay",
                    "{failed} failed, {warned} with warnings. You can work; follow the advice below.",
                    failed=failed,
                    warned=warned,
                )
            )
            set_role(self.summary, "warn")
        elif warned:
            self.summary.setText(
                tr(
                    "StartOfDay",
                    "Needs attention: {warned}. You can work; follow the advice below.",
                    warned=warned,
                )
            )
            set_role(self.summary, "warn")
        else:
            self.summary.setText(tr("StartOfDay", "All checks passed. Ready for the day."))
            set_role(self.summary, "ok")
        self.continue_button.setEnabled(not self.blocked)
        if not self.blocked:
            self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)


def _colour(outcome: CheckOutcome) -> QColor:
    return QColor({"pass": "#1b5e20", "warn": "#8a5a00", "fail": "#b00020"}[outcome.value])
