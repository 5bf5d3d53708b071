"""Cancel a case (撤销) or hand it over to another teller (移交): the reason from the case's procedure, a note.

One dialog for both moves, keyboard-operable: Tab through the fields, ↑/↓ in the lists, Enter on the
default button, Esc closes. A refused move keeps every entry and says why beside the fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.case_numbers import shown_number
from teller_app.domain.handling_reasons import OTHER
from ui.approval.summary_words import language
from ui.backend import CaseSummary, SessionInfo
from ui.i18n import tr
from ui.messages import describe
from ui.names import person_label
from ui.widgets import Retranslating, label, name_buttons, named

CANCEL, HAND_OVER = "cancel", "hand_over"


class CaseHandlingDialog(Retranslating, QDialog):
    done = Signal()  # the case was cancelled or handed over

    def __init__(
        self,
        backend: Any,
        tasks: Any,
        session: SessionInfo,
        case: CaseSummary,
        move: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseHandlingDialog")
        self.setMinimumWidth(560)
        self._backend, self._tasks, self._session = backend, tasks, session
        self.case, self.move = case, move
        self.reasons: tuple[Any, ...] = ()
        self.people: list[Any] = []
        self.case_line = label("handlingCase", "subtitle")
        self.holder_label = label("handlingHolderLabel")
        self.holder = named(QComboBox(), "handlingHolder")
        self.reason_label = label("handlingReasonLabel")
        self.reason = named(QComboBox(), "handlingReason")
        self.note_label = label("handlingNoteLabel")
        self.note = named(QLineEdit(), "handlingNote")
        self.message = label("handlingMessage", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        name_buttons(self.buttons, "handling")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if move == HAND_OVER:
            form.addRow(self.holder_label, self.holder)
        else:
            self.holder.hide()
            self.holder_label.hide()
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.note_label, self.note)
        for text, field in (
            (self.holder_label, self.holder),
            (self.reason_label, self.reason),
            (self.note_label, self.note),
        ):
            text.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_line)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        number = shown_number(self.case.case_number, self.case.case_id)
        if self.move == HAND_OVER:
            self.setWindowTitle(tr("Handling", "Hand the case over"))
            ok = tr("Handling", "&Hand over")
        else:
            self.setWindowTitle(tr("Handling", "Cancel the case"))
            ok = tr("Handling", "Cancel the c&ase")
        line = tr("Handling", "Case {number} · held by {holder}", number=number, holder=self.case.holder_name)
        self.case_line.setText(f"{line}\n{self.case.customer_name}")
        self.holder_label.setText(tr("Handling", "Hand over &to:"))
        self.reason_label.setText(tr("Handling", "&Reason:"))
        self.note_label.setText(tr("Handling", "&Note:"))
        self.note.setPlaceholderText(tr("Handling", "What happened, in a few words (required with Other)"))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Handling", "Close"))
        for widget, name in (
            (self.holder, tr("Handling", "Hand over to")),
            (self.reason, tr("Handling", "Reason")),
            (self.note, tr("Handling", "Note")),
            (button, ok.replace("&", "")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Close), tr("Handling", "Close")),
        ):
            widget.setAccessibleName(name)
        self._fill_reasons()

    # -- loading -----------------------------------------------------------------------------------------

    def _load(self) -> None:
        run = self._tasks.run
        run(
            self._backend.handling_reasons,
            self._session,
            self.case.case_id,
            on_done=self._reasons_loaded,
            on_error=self._failed,
            owner=self,
        )
        if self.move == HAND_OVER:
            run(
                self._backend.case_holders,
                self._session,
                on_done=self._people_loaded,
                on_error=self._failed,
                owner=self,
            )

    def _reasons_loaded(self, reasons: Any) -> None:
        self.reasons = tuple(reasons.hand_over if self.move == HAND_OVER else reasons.cancel)
        self._fill_reasons()

    def _fill_reasons(self) -> None:
        chosen = self.reason.currentData()
        self.reason.clear()
        for reason in self.reasons:
            self.reason.addItem(reason.words(language()), reason.code)
        self.reason.addItem(tr("Handling", "Other (say why in the note)"), OTHER)
        index = self.reason.findData(chosen)
        self.reason.setCurrentIndex(max(index, 0))

    def _people_loaded(self, people: list[Any]) -> None:
        self.people = [
            p for p in people if p.name != self.case.holder_name and p.username != self.case.holder_name
        ]
        self.holder.clear()
        self.holder.addItem(tr("Handling", "— choose who takes the case over —"), "")
        for person in self.people:
            self.holder.addItem(person_label(person.name, person.username), person.username)

    # -- the move ----------------------------------------------------------------------------------------

    def submit(self) -> None:
        self.message.hide()
        reason, note = str(self.reason.currentData() or ""), self.note.text()
        if self.move == HAND_OVER:
            to = str(self.holder.currentData() or "")
            if not to:
                self._say(tr("Handling", "Choose who takes the case over."))
                return
            call, args = self._backend.hand_over_case, (self.case.case_id, to, reason, note)
        else:
            call, args = self._backend.cancel_case, (self.case.case_id, reason, note)
        self._tasks.run(
            call,
            self._session,
            *args,
            on_done=self._finished,
            on_error=self._failed,
            owner=self,
            writes=True,
            busy_text=tr("Handling", "Recording…"),
        )

    def _finished(self, _result: object) -> None:
        self.done.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._say(describe(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
