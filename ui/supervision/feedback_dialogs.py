"""Feedback screens: the customer's satisfaction at the end of a case, a suggestion from any screen, and the
supervisor's suggestion inbox (see, answer, close)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.backend import SessionInfo
from ui.i18n import tr
from ui.supervision.labels import SUGGESTION_STATUSES, word
from ui.supervision.screen_calls import CallsTheCore
from ui.tables import fill_table, plain_table
from ui.widgets import Retranslating, label, named


class _Dialog(CallsTheCore, Retranslating, QDialog):
    def __init__(
        self, calls: Any, tasks: Any, session: SessionInfo, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._calls = calls
        self._tasks = tasks
        self._session = session
        self.message = label(name + "Message", "error")
        self.message.hide()


class SatisfactionDialog(_Dialog):
    """满意度: 1–5 and a comment, or skipped (the customer did not want to answer)."""

    def __init__(
        self, calls: Any, tasks: Any, session: SessionInfo, case_id: str, parent: QWidget | None = None
    ):
        super().__init__(calls, tasks, session, "satisfactionDialog", parent)
        self.case_id = case_id
        self.recorded: int | None | str = "not yet"
        self.question = label("satisfactionQuestion")
        self.scores = QButtonGroup(self)
        row = QHBoxLayout()
        self.buttons: list[QRadioButton] = []
        for score in range(1, 6):
            button = named(QRadioButton(str(score)), f"satisfactionScore{score}")
            self.scores.addButton(button, score)
            self.buttons.append(button)
            row.addWidget(button)
        self.comment = named(QLineEdit(), "satisfactionComment")
        self.save = named(QPushButton(), "recordSatisfaction")
        self.save.clicked.connect(self.record)
        self.skip = named(QPushButton(), "skipSatisfaction")
        self.skip.clicked.connect(lambda: self._send(None))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.skip)
        actions.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.retranslate()

    def record(self) -> None:
        score = self.scores.checkedId()
        if score < 1:
            self.message.setText(tr("Supervision", "Choose a score from 1 to 5, or skip."))
            self.message.show()
            return
        self._send(score)

    def _send(self, score: int | None) -> None:
        comment = self.comment.text() if score is not None else ""
        self._run(
            self._calls.record_satisfaction,
            self.case_id,
            score,
            comment,
            done=lambda _r: self._done(score),
            writes=True,
        )

    def _done(self, score: int | None) -> None:
        self.recorded = score
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Supervision", "Customer satisfaction"))
        self.question.setText(
            tr(
                "Supervision",
                "How satisfied is the customer with the service today? 1 = not at all, 5 = very.",
            )
        )
        for button in self.buttons:
            button.setAccessibleName(tr("Supervision", "Score {score}", score=button.text()))
        self.comment.setPlaceholderText(tr("Supervision", "Comment (optional)"))
        self.comment.setAccessibleName(tr("Supervision", "Comment (optional)"))
        self.save.setText(tr("Supervision", "&Record"))
        self.skip.setText(tr("Supervision", "The customer &skips"))


class SuggestionDialog(_Dialog):
    """An improvement suggestion, sent from whatever screen the person is on."""

    def __init__(
        self, calls: Any, tasks: Any, session: SessionInfo, screen: str, parent: QWidget | None = None
    ):
        super().__init__(calls, tasks, session, "suggestionDialog", parent)
        self.screen = screen
        self.sent: Any = None
        self.hint = label("suggestionHint", "hint")
        self.text = named(QPlainTextEdit(), "suggestionText")
        self.send = named(QPushButton(), "sendSuggestion")
        self.send.clicked.connect(
            lambda: self._run(
                self._calls.send_suggestion,
                self.screen,
                self.text.toPlainText(),
                done=self._sent,
                writes=True,
            )
        )
        self.cancel = named(QPushButton(), "cancelSuggestion")
        self.cancel.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.cancel)
        actions.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.retranslate()

    def _sent(self, view: Any) -> None:
        self.sent = view
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Supervision", "Send a suggestion"))
        self.hint.setText(
            tr(
                "Supervision",
                "What would make the procedure or this screen better? Your supervisor reads and answers it.",
            )
        )
        self.text.setAccessibleName(tr("Supervision", "Your suggestion"))
        self.send.setText(tr("Supervision", "&Send"))
        self.cancel.setText(tr("Supervision", "Cancel"))


class SuggestionInbox(_Dialog):
    """The branch's suggestions for a supervisor: read, answer, close."""

    def __init__(self, calls: Any, tasks: Any, session: SessionInfo, parent: QWidget | None = None):
        super().__init__(calls, tasks, session, "suggestionInbox", parent)
        self.resize(760, 420)
        self.rows: list[Any] = []
        self.table = plain_table("suggestionTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.answer = named(QLineEdit(), "suggestionAnswer")
        self.answer_button = named(QPushButton(), "answerSuggestion")
        self.answer_button.clicked.connect(self._answer)
        self.close_button = named(QPushButton(), "closeSuggestion")
        self.close_button.clicked.connect(self._close_selected)
        self.done_button = named(QPushButton(), "closeSuggestionInbox")
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.answer, 1)
        row.addWidget(self.answer_button)
        row.addWidget(self.close_button)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.retranslate()

    def load(self) -> None:
        self._run(self._calls.suggestions, done=self._show, writes=False)

    def _show(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.retranslate()

    def _selected(self) -> Any:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _answer(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(
                self._calls.answer_suggestion,
                chosen.suggestion_id,
                self.answer.text(),
                done=lambda _r: (self.answer.clear(), self.load()),
                writes=True,
            )

    def _close_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(
                self._calls.close_suggestion, chosen.suggestion_id, done=lambda _r: self.load(), writes=True
            )

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Supervision", "Suggestions"))
        self.answer.setPlaceholderText(tr("Supervision", "Your answer"))
        self.answer.setAccessibleName(tr("Supervision", "Your answer"))
        self.answer_button.setText(tr("Supervision", "&Answer"))
        self.close_button.setText(tr("Supervision", "Close the suggestion"))
        self.done_button.setText(tr("Supervision", "Close"))
        self.table.setAccessibleName(tr("Supervision", "Suggestions"))
        fill_table(
            self.table,
            [
                tr("Supervision", "Sent"),
                tr("Supervision", "Screen"),
                tr("Supervision", "Suggestion"),
                tr("Supervision", "Answer"),
                tr("Supervision", "State"),
            ],
            [
                [
                    s.sent_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    s.screen,
                    s.text,
                    s.answer,
                    word(SUGGESTION_STATUSES, s.status),
                ]
                for s in self.rows
            ],
        )
