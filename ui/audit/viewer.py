"""The audit viewer (操作记录) for supervisors and auditors: filter by case, user, action, date; verify."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.audit.details import DetailsInWords, details_in_words
from ui.audit.record_names import audit_action_label
from ui.backend import AuditFilter, AuditRow, Backend, ChainVerdict, SessionInfo
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.messages import describe
from ui.names import person_label, step_label
from ui.tables import fill_rows, list_table
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, named, set_role

LISTED_AT_MOST = 500  # the core lists at most this many events per filter (audit_trail.list_events)
RESULTS = {
    "ok": QT_TRANSLATE_NOOP("Audit", "done"),
    "refused": QT_TRANSLATE_NOOP("Audit", "refused"),
    "broken": QT_TRANSLATE_NOOP("Audit", "chain broken"),
}


class AuditViewer(Retranslating, QWidget):
    def __init__(
        self, backend: Backend, tasks: Tasks, session: SessionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self.rows: list[AuditRow] = []
        self.verdict: ChainVerdict | None = None
        self.title = label("auditTitle", "title")
        self.case_id = named(QLineEdit(), "auditCaseFilter")
        self.user_name = named(QLineEdit(), "auditUserFilter")
        self.action = named(QLineEdit(), "auditActionFilter")
        self.since = named(QDateEdit(QDate.currentDate().addDays(-30)), "auditSince")
        self.until = named(QDateEdit(QDate.currentDate()), "auditUntil")
        for picker in (self.since, self.until):
            picker.setCalendarPopup(True)
            picker.setDisplayFormat("yyyy-MM-dd")
        self.apply_button = named(QPushButton(), "auditApplyFilter")
        self.apply_button.clicked.connect(self.load)
        for field in (self.case_id, self.user_name, self.action):
            field.returnPressed.connect(self.load)
        self.verify_button = named(QPushButton(), "auditVerifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.chain = label("auditChainResult")
        self.count = label("auditCount", "hint")
        self.table = list_table("auditTable", 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        for widget in (self.case_id, self.user_name, self.action, self.since, self.until, self.apply_button):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.chain, 2)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Audit", "Operation record"))
        self.case_id.setPlaceholderText(tr("Audit", "Case number"))
        self.case_id.setAccessibleName(tr("Audit", "Filter by case number"))
        self.user_name.setPlaceholderText(tr("Audit", "User"))
        self.user_name.setAccessibleName(tr("Audit", "Filter by user"))
        self.action.setPlaceholderText(tr("Audit", "Action"))
        self.action.setAccessibleName(tr("Audit", "Filter by action"))
        self.action.setToolTip(tr("Audit", "An action code or its beginning, for example case. or sign_in"))
        self.since.setAccessibleName(tr("Audit", "From date"))
        self.until.setAccessibleName(tr("Audit", "To date"))
        self.apply_button.setText(tr("Audit", "&Filter"))
        self.apply_button.setAccessibleName(tr("Audit", "Apply the filter"))
        self.verify_button.setText(tr("Audit", "&Verify the chain"))
        self.verify_button.setAccessibleName(tr("Audit", "Verify the operation record chain"))
        self.table.setAccessibleName(tr("Audit", "Operation record"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("Audit", "No."),
                tr("Audit", "Time"),
                tr("Audit", "User"),
                tr("Audit", "Case"),
                tr("Audit", "Step"),
                tr("Audit", "Action"),
                tr("Audit", "Result"),
                tr("Audit", "Details"),
            ]
        )
        self._show(self.rows)
        self._show_verdict(self.verdict)

    def current_filter(self) -> AuditFilter:
        # The days the auditor picks are days on this terminal's clock, as the listed times are shown.
        since = datetime.combine(_day(self.since.date()), time.min).astimezone().astimezone(UTC)
        until = datetime.combine(_day(self.until.date()), time.max).astimezone().astimezone(UTC)
        return AuditFilter(
            case_id=self.case_id.text().strip(),
            user_name=self.user_name.text().strip(),
            action=self.action.text().strip(),
            since=since,
            until=until,
        )

    def load(self) -> None:
        self._tasks.run(
            self._backend.audit_events,
            self._session,
            self.current_filter(),
            on_done=self._show,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Audit", "Loading the operation record…"),
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._tasks.run(
            self._backend.verify_audit_chain,
            self._session,
            on_done=self._show_verdict,
            on_error=self._failed,
            owner=self,
            busy_text=tr("Audit", "Verifying the chain…"),
        )

    def _show(self, rows: list[AuditRow]) -> None:
        self.rows = list(rows)
        cells, tips = [], []
        for row in self.rows:
            details = _details(row)
            cells.append(
                [
                    str(row.sequence),
                    row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    _who(row),
                    row.case_id[:8],
                    step_label(row.step) if row.step else "",
                    audit_action_label(row.action),
                    tr("Audit", RESULTS[row.result]) if row.result in RESULTS else row.result,
                    details.cell,
                ]
            )
            tips.append({0: row.terminal, 2: row.user_name, 3: row.case_id, 7: details.tooltip})
        for items, row_tips in zip(fill_rows(self.table, cells), tips, strict=True):
            for column, tip in row_tips.items():
                if tip:
                    items[column].setToolTip(tip)
        for column in range(7):  # not the details column: it stretches to the table's edge
            self.table.resizeColumnToContents(column)
        if len(self.rows) >= LISTED_AT_MOST:
            self.count.setText(
                tr(
                    "Audit",
                    "The newest {count} events; narrow the filter to see older ones",
                    count=len(self.rows),
                )
            )
        else:
            self.count.setText(tr("Audit", "{count} events", count=len(self.rows)))

    def _show_verdict(self, verdict: ChainVerdict | None) -> None:
        self.verdict = verdict
        self.verify_button.setEnabled(True)
        if verdict is None:
            self.chain.setText("")
        elif verdict.ok:
            self.chain.setText(
                tr("Audit", "Chain intact: {count} events checked.", count=verdict.events_checked)
            )
            set_role(self.chain, "ok")
        else:
            self.chain.setText(
                tr(
                    "Audit",
                    "Chain BROKEN at event {sequence}. Tell your supervisor and IT security now.",
                    sequence=verdict.first_broken,
                )
            )
            set_role(self.chain, "fail")

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain.setText(describe(error))
        set_role(self.chain, "fail")


def _who(row: AuditRow) -> str:
    return person_label(row.display_name, row.user_name)


def _details(row: AuditRow) -> DetailsInWords:
    if row.details_hidden:
        return DetailsInWords(tr("Audit", "(not shown to your role)"), "")
    return details_in_words(row.details)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
