"""The reviewer's queue (事后监督): sampled cases, the case read-only, findings, rectification, closing.

And the teller's side: the rectification requests on their cases, answered here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.case_numbers import shown_number
from ui.audit.record_names import audit_action_label
from ui.backend import SessionInfo
from ui.i18n import tr
from ui.names import account_type_label, decision_label, risk_level_label, step_label
from ui.supervision.labels import FINDING_CATEGORIES, REVIEW_STATUSES, SAMPLE_REASONS, SEVERITIES, word
from ui.supervision.screen_calls import CallsTheCore
from ui.tables import fill_table, plain_table
from ui.widgets import Retranslating, label, named


def _when(moment: Any) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class ReviewQueuePage(CallsTheCore, Retranslating, QWidget):
    def __init__(self, calls: Any, tasks: Any, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self._calls = calls
        self._tasks = tasks
        self._session = session
        self.queue: list[Any] = []
        self.view: Any = None
        self.title = label("reviewTitle", "title")
        self.message = label("reviewMessage", "error")
        self.message.hide()
        self.table = plain_table("reviewQueueTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.open_button = named(QPushButton(), "openReview")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.refresh_button = named(QPushButton(), "refreshReviews")
        self.refresh_button.clicked.connect(self.load)

        self.case_box = named(QGroupBox(), "reviewCaseBox")
        self.case_line = label("reviewCaseLine")
        self.tabs = named(QTabWidget(), "reviewTabs")
        self.steps = plain_table("reviewSteps")
        self.documents = plain_table("reviewDocuments")
        self.record = plain_table("reviewRecord")
        self.findings = plain_table("reviewFindings")
        self.rectifications = plain_table("reviewRectifications")
        for table in (self.steps, self.documents, self.record, self.findings, self.rectifications):
            self.tabs.addTab(table, "")
        self.category = named(QComboBox(), "findingCategory")
        for code in FINDING_CATEGORIES:
            self.category.addItem("", code)
        self.severity = named(QComboBox(), "findingSeverity")
        for code in SEVERITIES:
            self.severity.addItem("", code)
        self.note = named(QLineEdit(), "findingNote")
        self.add_finding = named(QPushButton(), "recordFinding")
        self.add_finding.clicked.connect(self.record_finding)
        self.request = named(QLineEdit(), "rectificationRequest")
        self.send_request = named(QPushButton(), "sendRectification")
        self.send_request.clicked.connect(self.request_rectification)
        self.password = named(QLineEdit(), "reviewerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.close_button = named(QPushButton(), "closeReview")
        self.close_button.clicked.connect(self.close_review)
        form = QFormLayout()
        self.category_label = label("findingCategoryLabel")
        self.severity_label = label("findingSeverityLabel")
        self.note_label = label("findingNoteLabel")
        self.request_label = label("rectificationRequestLabel")
        self.password_label = label("reviewerPasswordLabel")
        form.addRow(self.category_label, self.category)
        form.addRow(self.severity_label, self.severity)
        form.addRow(self.note_label, self.note)
        form.addRow("", self.add_finding)
        form.addRow(self.request_label, self.request)
        form.addRow(self.password_label, self.password)
        actions = QHBoxLayout()
        actions.addWidget(self.send_request)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        case_layout = QVBoxLayout(self.case_box)
        case_layout.addWidget(self.case_line)
        case_layout.addWidget(self.tabs, 1)
        case_layout.addLayout(form)
        case_layout.addLayout(actions)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.case_box)
        split.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._enable()
        self.retranslate()

    # -- calls ---------------------------------------------------------------------------------------------

    def load(self) -> None:
        self._run(self._calls.review_queue, done=self.show_queue, writes=True)

    def show_queue(self, queue: list[Any]) -> None:
        self.queue = list(queue)
        self.retranslate()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.queue):
            self._run(self._calls.open_review, self.queue[row].review_id, done=self.show_review, writes=True)

    def show_review(self, view: Any) -> None:
        self.view = view
        self.queue = [view.review if q.review_id == view.review.review_id else q for q in self.queue]
        if view.review.status == "closed":
            self.queue = [q for q in self.queue if q.review_id != view.review.review_id]
        self.note.clear()
        self.request.clear()
        self.password.clear()  # each decision is signed with the password once
        self._enable()
        self.retranslate()

    def record_finding(self) -> None:
        if self.view is None:
            return
        self._run(
            self._calls.record_finding,
            self.view.review.review_id,
            self.category.currentData(),
            self.severity.currentData(),
            self.note.text(),
            self.password.text(),
            done=self.show_review,
            writes=True,
        )

    def request_rectification(self) -> None:
        if self.view is not None:
            self._run(
                self._calls.request_rectification,
                self.view.review.review_id,
                self.request.text(),
                self.password.text(),
                done=self.show_review,
                writes=True,
            )

    def close_review(self) -> None:
        if self.view is not None:
            self._run(
                self._calls.close_review, self.view.review.review_id, done=self.show_review, writes=True
            )

    def _enable(self) -> None:
        working = self.view is not None and self.view.review.status in ("in_review", "answered")
        for widget in (
            self.category,
            self.severity,
            self.note,
            self.add_finding,
            self.request,
            self.send_request,
        ):
            widget.setEnabled(working)
        self.close_button.setEnabled(working)

    # -- words -----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(tr("Supervision", "Post-review"))
        self.open_button.setText(tr("Supervision", "&Open case"))
        self.refresh_button.setText(tr("Supervision", "Re&fresh"))
        self.case_box.setTitle(tr("Supervision", "Case (read-only)"))
        self.category_label.setText(tr("Supervision", "Finding"))
        self.severity_label.setText(tr("Supervision", "Severity"))
        self.note_label.setText(tr("Supervision", "Note"))
        self.request_label.setText(tr("Supervision", "Rectification request"))
        self.password_label.setText(tr("Supervision", "Your password (signs each decision)"))
        self.add_finding.setText(tr("Supervision", "Record &finding"))
        self.send_request.setText(tr("Supervision", "&Send to the teller"))
        self.close_button.setText(tr("Supervision", "&Close review"))
        for i, code in enumerate(FINDING_CATEGORIES):
            self.category.setItemText(i, word(FINDING_CATEGORIES, code))
        for i, code in enumerate(SEVERITIES):
            self.severity.setItemText(i, word(SEVERITIES, code))
        for widget, name in (
            (self.category, tr("Supervision", "Finding")),
            (self.severity, tr("Supervision", "Severity")),
            (self.note, tr("Supervision", "Note")),
            (self.request, tr("Supervision", "Rectification request")),
            (self.password, tr("Supervision", "Your password (signs each decision)")),
            (self.table, tr("Supervision", "Cases to review")),
            (self.tabs, tr("Supervision", "Case (read-only)")),
            (self.steps, tr("Supervision", "Steps")),
            (self.documents, tr("Supervision", "Documents")),
            (self.record, tr("Supervision", "Operation record")),
            (self.findings, tr("Supervision", "Findings")),
            (self.rectifications, tr("Supervision", "Rectification")),
        ):
            widget.setAccessibleName(name)
        for i, name in enumerate(
            (
                tr("Supervision", "Steps"),
                tr("Supervision", "Documents"),
                tr("Supervision", "Operation record"),
                tr("Supervision", "Findings"),
                tr("Supervision", "Rectification"),
            )
        ):
            self.tabs.setTabText(i, name)
        fill_table(
            self.table,
            [
                tr("Supervision", "Case no."),
                tr("Supervision", "Sampled"),
                tr("Supervision", "Account type"),
                tr("Supervision", "Risk level"),
                tr("Supervision", "Why sampled"),
                tr("Supervision", "State"),
            ],
            [
                [
                    shown_number(q.case_number, q.case_id),
                    _when(q.sampled_at),
                    account_type_label(q.account_type),
                    risk_level_label(q.risk_level or ""),
                    "、".join(word(SAMPLE_REASONS, r) for r in q.reasons)
                    if self._chinese()
                    else ", ".join(word(SAMPLE_REASONS, r) for r in q.reasons),
                    word(REVIEW_STATUSES, q.status),
                ]
                for q in self.queue
            ],
        )
        self._show_case()

    def _chinese(self) -> bool:
        return tr("Supervision", "Post-review") != "Post-review"

    def _show_case(self) -> None:
        view = self.view
        if view is None:
            self.case_line.setText(tr("Supervision", "Open a case from the list to review it."))
            for table in (self.steps, self.documents, self.record, self.findings, self.rectifications):
                fill_table(table, [], [])
            return
        self.case_line.setText(
            tr(
                "Supervision",
                "Case {case} · {account_type} · risk {risk} · {state}",
                case=shown_number(view.review.case_number, view.review.case_id),
                account_type=account_type_label(view.review.account_type),
                risk=risk_level_label(view.review.risk_level or ""),
                state=word(REVIEW_STATUSES, view.review.status),
            )
        )
        fill_table(
            self.steps,
            [tr("Supervision", "Step"), tr("Supervision", "Entered"), tr("Supervision", "Done")],
            [[step_label(s), _when(entered), _when(done)] for s, entered, done, _by in view.steps],
        )
        fill_table(
            self.documents,
            [
                tr("Supervision", "Document"),
                tr("Supervision", "Decision"),
                tr("Supervision", "Original seen"),
                tr("Supervision", "Scans"),
            ],
            [
                [
                    d.item_code,
                    decision_label(d.decision),
                    tr("Supervision", "Yes") if d.original_seen else tr("Supervision", "No"),
                    d.scan_count,
                ]
                for d in view.documents
            ],
        )
        fill_table(
            self.record,
            [tr("Supervision", "Time"), tr("Supervision", "Step"), tr("Supervision", "Action")],
            [
                [_when(e.occurred_at), step_label(e.step or ""), audit_action_label(e.action)]
                for e in view.record
            ],
        )
        fill_table(
            self.findings,
            [tr("Supervision", "Finding"), tr("Supervision", "Severity"), tr("Supervision", "Note")],
            [
                [word(FINDING_CATEGORIES, f.category), word(SEVERITIES, f.severity), f.note]
                for f in view.findings
            ],
        )
        fill_table(
            self.rectifications,
            [
                tr("Supervision", "Requested"),
                tr("Supervision", "Due"),
                tr("Supervision", "Request"),
                tr("Supervision", "Answer"),
                tr("Supervision", "State"),
            ],
            [
                [_when(r.requested_at), r.due_on, r.request, r.answer, word(REVIEW_STATUSES, r.status)]
                for r in view.rectifications
            ],
        )


class RectificationDialog(CallsTheCore, Retranslating, QDialog):
    """The teller's rectification requests (整改通知) and their answers."""

    def __init__(self, calls: Any, tasks: Any, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rectificationDialog")
        self.resize(720, 360)
        self._calls = calls
        self._tasks = tasks
        self._session = session
        self.rows: list[Any] = []
        self.table = plain_table("rectificationTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.answer = named(QLineEdit(), "rectificationAnswer")
        self.send = named(QPushButton(), "answerRectification")
        self.send.clicked.connect(self.send_answer)
        self.close_button = named(QPushButton(), "closeRectifications")
        self.close_button.clicked.connect(self.accept)
        self.message = label("rectificationMessage", "error")
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.answer, 1)
        row.addWidget(self.send)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.retranslate()

    def load(self) -> None:
        self._tasks.run(
            self._calls.my_rectifications,
            self._session,
            on_done=self.show_rows,
            on_error=self._failed,
            owner=self,
        )

    def show_rows(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.retranslate()

    def send_answer(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        self.message.hide()
        self._tasks.run(
            self._calls.answer_rectification,
            self._session,
            self.rows[row].rectification_id,
            self.answer.text(),
            on_done=lambda _r: (self.answer.clear(), self.load()),
            on_error=self._failed,
            owner=self,
            writes=True,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Supervision", "Rectification requests"))
        self.send.setText(tr("Supervision", "&Answer"))
        self.close_button.setText(tr("Supervision", "Close"))
        self.answer.setAccessibleName(tr("Supervision", "What was put right"))
        self.answer.setPlaceholderText(tr("Supervision", "What was put right"))
        self.table.setAccessibleName(tr("Supervision", "Rectification requests"))
        fill_table(
            self.table,
            [
                tr("Supervision", "Case"),
                tr("Supervision", "Due"),
                tr("Supervision", "Request"),
                tr("Supervision", "Answer"),
                tr("Supervision", "State"),
            ],
            [
                [r.case_id[:8], r.due_on, r.request, r.answer, word(REVIEW_STATUSES, r.status)]
                for r in self.rows
            ],
        )
