"""The branch's open cases on a supervisor's home page: who holds each, its status and how long; Cancel…
and Hand over….

Every open case of the branch (this terminal's and those the other terminals synced), oldest first. The
buttons follow the permission matrix (cancel_any_case, hand_over_case) and act on the selected case through
ui/supervision/case_handling_dialog.py; Enter on a row opens the case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget

from teller_app.domain.case_numbers import shown_number
from teller_app.domain.permissions import Action
from ui.backend import CaseSummary, SessionInfo
from ui.i18n import tr
from ui.names import case_status_label, step_label
from ui.status_bar import age_text
from ui.supervision.case_handling_dialog import CANCEL, HAND_OVER, CaseHandlingDialog
from ui.tables import fill_case_table
from ui.uniqueness_words import status_with_uniqueness
from ui.widgets import Retranslating, follow_matrix, named


class BranchCasesBox(Retranslating, QGroupBox):
    changed = Signal()  # a case was cancelled or handed over: the lists are out of date

    def __init__(
        self,
        table: QTableWidget,
        backend: Any,
        tasks: Any,
        session: SessionInfo,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("branchCasesBox")
        self.table = table
        self._backend, self._tasks, self._session, self._clock = backend, tasks, session, clock
        self.cases: list[CaseSummary] = []
        self.dialog: CaseHandlingDialog | None = None
        self.cancel_button = named(QPushButton(), "cancelCaseButton")
        self.hand_over_button = named(QPushButton(), "handOverCaseButton")
        self.cancel_button.clicked.connect(lambda: self.open_dialog(CANCEL))
        self.hand_over_button.clicked.connect(lambda: self.open_dialog(HAND_OVER))
        follow_matrix(self.cancel_button, session, Action.CANCEL_ANY_CASE)
        follow_matrix(self.hand_over_button, session, Action.HAND_OVER_CASE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Home", "Open cases of the branch"))
        self.table.setAccessibleName(tr("Home", "Open cases of the branch"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("Home", "Case no."),
                tr("Home", "Customer"),
                tr("Home", "Held by"),
                tr("Home", "Step"),
                tr("Home", "Status"),
                tr("Home", "Open for"),
                tr("Home", "In this step"),
            ]
        )
        self.hand_over_button.setText(tr("Home", "Hand o&ver…"))
        self.hand_over_button.setAccessibleName(tr("Home", "Hand the selected case over to another teller"))
        self.cancel_button.setText(tr("Home", "Cance&l case…"))
        self.cancel_button.setAccessibleName(tr("Home", "Cancel the selected case"))
        self.show_cases(self.cases)

    def show_cases(self, cases: tuple[CaseSummary, ...] | list[CaseSummary]) -> None:
        self.cases = list(cases)
        now = self._clock()
        fill_case_table(
            self.table,
            [
                (
                    c.case_id,
                    [
                        shown_number(c.case_number, c.case_id),
                        c.customer_name,
                        c.holder_name,
                        step_label(c.step),
                        status_with_uniqueness(case_status_label(c.status), c.uniqueness),
                        age_text((now - c.opened_at).total_seconds()) if c.opened_at else "",
                        age_text((now - c.step_since).total_seconds()) if c.step_since else "",
                    ],
                )
                for c in self.cases
            ],
        )

    def selected(self) -> CaseSummary | None:
        row = self.table.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) else None

    def open_dialog(self, move: str) -> None:
        case = self.selected()
        if case is None:
            self.table.setFocus()
            return
        self.dialog = CaseHandlingDialog(self._backend, self._tasks, self._session, case, move, parent=self)
        self.dialog.done.connect(self.changed)
        self.dialog.open()
