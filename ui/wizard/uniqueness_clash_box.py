"""A supervisor clears a one-account clash found at sync (the other account was closed, or it is this same
account seen twice), with a recorded reason, on the account-setup step; activation may then go ahead.
The core decides who may (teller_app.services.account_setup.clear_uniqueness_clash, Action.RESOLVE_CONFLICT)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from teller_app.domain.accounts import UniquenessState
from teller_app.domain.permissions import Action
from ui.backend import CaseView
from ui.i18n import tr
from ui.widgets import label, named


class UniquenessClashBox(QGroupBox):
    cleared = Signal(object)  # the case as the core has it after the clash was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uniquenessClashBox")
        self.backend: Any = None
        self.tasks: Any = None
        self.session: Any = None
        self.case: CaseView | None = None
        self.reason = named(QLineEdit(), "uniquenessClashReason")
        self.reason_label = label("uniquenessClashReasonLabel")
        self.reason_label.setBuddy(self.reason)
        self.button = named(QPushButton(), "clearUniquenessClashButton")
        self.button.clicked.connect(self.clear)
        self.reason.returnPressed.connect(self.clear)
        self.problem = label("uniquenessClashProblem", "error")
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(self.reason_label, self.reason)
        form.addRow("", self.problem)
        form.addRow(self.button)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("AccountSetup", "Second account found: the supervisor's decision"))
        self.setAccessibleName(self.title())
        self.reason_label.setText(tr("AccountSetup", "Why it may &go ahead:"))
        self.reason.setPlaceholderText(
            tr("AccountSetup", "e.g. the other account was closed on …, or it is this same account")
        )
        self.reason.setAccessibleName(tr("AccountSetup", "Why the account may go ahead"))
        self.button.setText(tr("AccountSetup", "&Clear the clash"))
        self.button.setAccessibleName(tr("AccountSetup", "Clear the clash"))

    def show_for(self, case: CaseView | None, session: Any) -> None:
        """Shown while the account clashes, to a user the permission matrix lets decide."""
        self.case = case
        clash = bool(case and case.account and case.account.get("uniqueness") == UniquenessState.CLASH.value)
        self.setVisible(clash and session is not None and session.may(Action.RESOLVE_CONFLICT))

    def clear(self) -> None:
        if self.case is None or self.backend is None:
            return
        from ui.messages import describe

        def refused(error: BaseException) -> None:
            self.problem.setText(describe(error))
            self.problem.show()
            self.reason.setFocus()

        self.problem.hide()
        self.tasks.run(
            self.backend.clear_uniqueness_clash,
            self.session,
            self.case.case_id,
            self.reason.text(),
            on_done=self.cleared.emit,
            on_error=refused,
            owner=self,
            writes=True,
            busy_text=tr("AccountSetup", "Recording…"),
        )
