"""The home page: my open cases, returned cases, pending approvals (supervisors), alerts, search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.case_numbers import shown_number
from teller_app.domain.permissions import Action
from ui.approval.summary_words import reason_in_words
from ui.backend import Backend, CaseSummary, HomeSummary, SessionInfo
from ui.home.alert_words import alert_text
from ui.home.approval_queue import ApprovalSummaryBeside
from ui.home.branch_cases import BranchCasesBox
from ui.i18n import tr
from ui.messages import describe
from ui.names import account_type_label, alert_label, case_status_label, step_label
from ui.status_bar import age_text
from ui.tables import CASE_ID_ROLE, fill_case_table, list_table
from ui.tasks import Tasks
from ui.uniqueness_words import status_with_uniqueness
from ui.widgets import Retranslating, follow_matrix, label, named, set_role


def _case_table(object_name: str, columns: int, stretch: int = 0) -> QTableWidget:
    table = list_table(object_name, columns)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setTabKeyNavigation(False)
    return table


class HomePage(Retranslating, QWidget):
    newCaseRequested = Signal()
    caseOpened = Signal(str)  # resume a case at its step
    approvalOpened = Signal(str)  # a supervisor opens a waiting approval

    def __init__(
        self,
        backend: Backend,
        tasks: Tasks,
        session: SessionInfo,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self._clock = clock
        self.summary = HomeSummary()
        self.search_results: list[CaseSummary] = []

        self.greeting = label("homeGreeting", "title")
        self.new_case = named(QPushButton(), "newCaseButton")
        set_role(self.new_case, "primary")
        self.new_case.clicked.connect(self.newCaseRequested)
        self.search = named(QLineEdit(), "caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        self.search_button = named(QPushButton(), "caseSearchButton")
        self.search_button.clicked.connect(self.run_search)
        self.message = label("homeMessage", "error")
        self.message.hide()

        self.open_box = named(QGroupBox(), "openCasesBox")
        self.open_cases = _case_table("openCases", 6, stretch=1)
        self.returned_box = named(QGroupBox(), "returnedCasesBox")
        self.returned_cases = _case_table("returnedCases", 5, stretch=3)
        self.approvals_box = named(QGroupBox(), "pendingApprovalsBox")
        self.approvals = _case_table("pendingApprovals", 6, stretch=1)
        self.alerts_box = named(QGroupBox(), "alertsBox")
        self.alerts = _case_table("alerts", 3, stretch=2)
        self.finished_box = named(QGroupBox(), "finishedTodayBox")
        self.finished = _case_table("finishedToday", 4, stretch=1)
        self.branch = _case_table("branchCases", 7, stretch=1)
        self.branch_box = BranchCasesBox(self.branch, backend, tasks, session, clock)
        self.branch_box.changed.connect(self.refresh)
        self.results_box = named(QGroupBox(), "searchResultsBox")
        self.results = _case_table("searchResults", 6, stretch=1)
        self.results_box.hide()
        for box, table in (
            (self.open_box, self.open_cases),
            (self.returned_box, self.returned_cases),
            (self.alerts_box, self.alerts),
            (self.results_box, self.results),
            (self.finished_box, self.finished),
        ):
            QVBoxLayout(box).addWidget(table)
        for table in (self.open_cases, self.returned_cases, self.alerts, self.results, self.finished):
            table.activated.connect(lambda index, t=table: self._open_row(t, index.row(), self.caseOpened))
        self.queue = ApprovalSummaryBeside(self.approvals_box, self.approvals, backend, tasks, session)
        self.approvals.setColumnHidden(2, True)  # the account type: the summary beside says it
        self.approvals.activated.connect(
            lambda index: self._open_row(self.approvals, index.row(), self.approvalOpened)
        )
        self.branch.activated.connect(lambda index: self._open_row(self.branch, index.row(), self.caseOpened))
        follow_matrix(self.new_case, session, Action.OPEN_CASE)
        for widget in (self.search, self.search_button):
            follow_matrix(widget, session, Action.VIEW_CASE)
        deciding = follow_matrix(self.approvals_box, session, Action.APPROVE)
        overseeing = follow_matrix(self.branch_box, session, Action.VIEW_BRANCH_CASES)

        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.new_case)
        grid = QGridLayout()
        grid.addWidget(self.open_box, 0, 0)
        grid.addWidget(self.returned_box, 0, 1)
        grid.addWidget(self.finished_box, 1, 0)
        grid.addWidget(self.alerts_box, 1, 1)
        if deciding:  # the queue across the page: the selected case's summary needs the width
            grid.addWidget(self.approvals_box, 2, 0, 1, 2)
            grid.setRowStretch(2, 2)
        if overseeing:
            grid.addWidget(self.branch_box, 3, 0, 1, 2)
        for row in (0, 1, 3) if overseeing else (0, 1):
            grid.setRowStretch(row, 1)
        for box, shown in ((self.approvals_box, deciding), (self.branch_box, overseeing)):
            if not shown:
                box.setParent(self)
                box.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.results_box)
        layout.addLayout(grid, 1)
        self.setTabOrder(self.new_case, self.search)
        self.setTabOrder(self.search, self.search_button)
        self.setTabOrder(self.search_button, self.open_cases)
        order = [self.open_cases, self.returned_cases, self.finished, self.alerts]
        order += [self.approvals] if deciding else []
        order += [self.branch] if overseeing else []
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        self.greeting.setText(tr("Home", "Hello, {name}", name=self._session.display_name))
        self.new_case.setText(tr("Home", "&New case"))
        self.new_case.setAccessibleName(tr("Home", "New case"))
        self.new_case.setToolTip(tr("Home", "Open a new account-opening case (Ctrl+N)"))
        self.search.setPlaceholderText(
            tr("Home", "Search by case or agreement number, name, credit code or ID number")
        )
        self.search.setAccessibleName(tr("Home", "Search cases"))
        self.search_button.setText(tr("Home", "Search"))
        self.search_button.setAccessibleName(tr("Home", "Search"))
        self.open_box.setTitle(tr("Home", "My open cases"))
        self.returned_box.setTitle(tr("Home", "Returned for correction"))
        self.approvals_box.setTitle(tr("Home", "Waiting for my approval"))
        self.alerts_box.setTitle(tr("Home", "Alerts"))
        self.finished_box.setTitle(tr("Home", "Finished today"))
        self.results_box.setTitle(tr("Home", "Search results"))
        case_columns = [
            tr("Home", "Case no."),
            tr("Home", "Customer"),
            tr("Home", "Account type"),
            tr("Home", "Step"),
            tr("Home", "Status"),
            tr("Home", "Last change"),
        ]
        self.open_cases.setHorizontalHeaderLabels(case_columns)
        self.results.setHorizontalHeaderLabels(case_columns)
        self.returned_cases.setHorizontalHeaderLabels(
            [
                tr("Home", "Case no."),
                tr("Home", "Customer"),
                tr("Home", "Step"),
                tr("Home", "Reasons"),
                tr("Home", "Last change"),
            ]
        )
        self.approvals.setHorizontalHeaderLabels(
            [
                tr("Home", "Case no."),
                tr("Home", "Customer"),
                tr("Home", "Account type"),
                tr("Home", "Waiting"),
                tr("Home", "Expires in"),
                tr("Home", "Requested"),
            ]
        )
        self.finished.setHorizontalHeaderLabels(
            [
                tr("Home", "Case no."),
                tr("Home", "Customer"),
                tr("Home", "Outcome"),
                tr("Home", "Finished"),
            ]
        )

        self.alerts.setHorizontalHeaderLabels(
            [tr("Home", "Alert"), tr("Home", "Customer"), tr("Home", "Details")]
        )
        self.open_cases.setAccessibleName(tr("Home", "My open cases"))
        self.returned_cases.setAccessibleName(tr("Home", "Returned for correction"))
        self.approvals.setAccessibleName(tr("Home", "Waiting for my approval"))
        self.alerts.setAccessibleName(tr("Home", "Alerts"))
        self.results.setAccessibleName(tr("Home", "Search results"))
        self.finished.setAccessibleName(tr("Home", "Finished today"))
        self.show_summary(self.summary)
        self._fill_cases(self.results, self.search_results)

    def refresh(self) -> None:
        self._tasks.run(
            self._backend.home,
            self._session,
            on_done=self.show_summary,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Home", "Loading cases…"),
        )

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.results_box.hide()
            return
        self._tasks.run(
            self._backend.search_cases,
            self._session,
            text,
            on_done=self._found,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Home", "Searching…"),
        )

    def _found(self, cases: list[CaseSummary]) -> None:
        self.search_results = list(cases)
        self._fill_cases(self.results, self.search_results)
        self.results_box.setTitle(tr("Home", "Search results: {count}", count=len(cases)))
        self.results_box.show()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.message.show()

    def show_summary(self, summary: HomeSummary) -> None:
        self.message.hide()
        self.summary = summary
        self._fill_cases(self.open_cases, summary.open_cases)
        self._fill(
            self.returned_cases,
            [
                (
                    c.case_id,
                    [
                        shown_number(c.case_number, c.case_id),
                        c.customer_name,
                        step_label(c.step),
                        "; ".join(reason_in_words(r, c.reason_words) for r in c.returned_reasons),
                        self.when(c.updated_at),
                    ],
                )
                for c in summary.returned_cases
            ],
        )
        now = self._clock()
        self._fill(
            self.approvals,
            [
                (
                    c.case_id,
                    [
                        shown_number(c.case_number, c.case_id),
                        c.customer_name,
                        account_type_label(c.account_type),
                        age_text((now - c.waiting_since).total_seconds()) if c.waiting_since else "",
                        age_text((c.expires_at - now).total_seconds()) if c.expires_at else "",
                        self.when(c.waiting_since),
                    ],
                )
                for c in summary.pending_approvals
            ],
        )
        if not self.approvals_box.isHidden():
            self.queue.filled()
        self._fill(
            self.finished,
            [
                (
                    c.case_id,
                    [
                        shown_number(c.case_number, c.case_id),
                        c.customer_name,
                        status_with_uniqueness(case_status_label(c.status), c.uniqueness),
                        self.when(c.closed_at),
                    ],
                )
                for c in summary.finished_today
            ],
        )
        self.branch_box.show_cases(summary.branch_cases)
        self._fill(
            self.alerts,
            [
                (a.case_id, [alert_label(a.kind), a.customer_name or a.case_id[:8], alert_text(a)])
                for a in summary.alerts
            ],
        )
        for row, alert in enumerate(summary.alerts):
            for column in range(self.alerts.columnCount()):
                item = self.alerts.item(row, column)
                if item is None:
                    continue
                item.setToolTip(tr("Home", "Case {case_id}", case_id=alert.case_id))
                if alert.severity == "urgent":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)

    def _fill_cases(self, table: QTableWidget, cases: tuple[CaseSummary, ...] | list[CaseSummary]) -> None:
        self._fill(
            table,
            [
                (
                    c.case_id,
                    [
                        shown_number(c.case_number, c.case_id),
                        c.customer_name,
                        account_type_label(c.account_type),
                        step_label(c.step),
                        status_with_uniqueness(case_status_label(c.status), c.uniqueness),
                        self.when(c.updated_at),
                    ],
                )
                for c in cases
            ],
        )

    def when(self, moment: datetime | None) -> str:
        """A list's time: the hour today, the date and hour before (the terminal's clock)."""
        if moment is None:
            return ""
        local, today = moment.astimezone(), self._clock().astimezone().date()
        return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")

    _fill = staticmethod(fill_case_table)

    @staticmethod
    def _open_row(table: QTableWidget, row: int, signal: SignalInstance) -> None:
        item = table.item(row, 0)
        if item is not None:
            signal.emit(item.data(CASE_ID_ROLE))
