"""Dual sign-in (双人授权): the supervisor signs in over the teller's session and decides, with reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView, SessionInfo
from ui.i18n import tr
from ui.messages import describe
from ui.names import account_type_label, step_label
from ui.widgets import Retranslating, label, name_buttons, named


class DualSignInDialog(Retranslating, QDialog):
    """The checker's credentials go to the core inside the decision call; the teller stays signed in."""

    decided = Signal(object)  # CaseView

    def __init__(
        self,
        backend: object,
        tasks: object,
        session: SessionInfo,
        case: CaseView,
        steps: Sequence[Step],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dualSignInDialog")
        self.setModal(True)
        self.setMinimumWidth(480)
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self._case = case
        self.summary = label("dualSignInSummary")
        self.user_name = named(QLineEdit(), "checkerUserName")
        self.password = named(QLineEdit(), "checkerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.approve = named(QRadioButton(), "decisionApprove")
        self.return_ = named(QRadioButton(), "decisionReturn")
        self.reject_choice = named(QRadioButton(), "decisionReject")
        self.approve.setChecked(True)
        self.choices = QButtonGroup(self)
        for button in (self.approve, self.return_, self.reject_choice):
            self.choices.addButton(button)
            button.toggled.connect(self._arrange)
        self.return_step = named(QComboBox(), "returnToStep")
        for step in steps:
            self.return_step.addItem(step_label(step.value), step.value)
        self.reasons = named(QPlainTextEdit(), "decisionReasons")
        self.reasons.setMaximumHeight(80)
        self.message = label("dualSignInMessage", "error")
        self.message.hide()
        self.buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel),
            "dualSignInButtons",
        )
        name_buttons(self.buttons, "dualSignIn")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject_dialog)
        self.captions = [
            label(n)
            for n in (
                "checkerUserLabel",
                "checkerPasswordLabel",
                "decisionLabel",
                "returnStepLabel",
                "reasonsLabel",
            )
        ]
        form = QFormLayout()
        form.addRow(self.captions[0], self.user_name)
        form.addRow(self.captions[1], self.password)
        form.addRow(self.captions[2], self.approve)
        form.addRow("", self.return_)
        form.addRow("", self.reject_choice)
        form.addRow(self.captions[3], self.return_step)
        form.addRow(self.captions[4], self.reasons)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.user_name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.retranslate()
        self._arrange()

    def reject_dialog(self) -> None:
        QDialog.reject(self)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("DualSignIn", "Supervisor's decision"))
        self.summary.setText(
            tr(
                "DualSignIn",
                "{customer} — {account_type}. The supervisor signs in here; {teller} stays signed in.",
                customer=self._case.customer_name,
                account_type=account_type_label(self._case.account_type),
                teller=self._session.display_name,
            )
        )
        texts = [
            tr("DualSignIn", "Supervisor's &user name:"),
            tr("DualSignIn", "Supervisor's &password:"),
            tr("DualSignIn", "Decision:"),
            tr("DualSignIn", "Return to step:"),
            tr("DualSignIn", "Reasons:"),
        ]
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.captions[0].setBuddy(self.user_name)
        self.captions[1].setBuddy(self.password)
        self.user_name.setAccessibleName(tr("DualSignIn", "Supervisor's user name"))
        self.password.setAccessibleName(tr("DualSignIn", "Supervisor's password"))
        self.approve.setText(tr("DualSignIn", "&Approve"))
        self.return_.setText(tr("DualSignIn", "Re&turn for correction"))
        self.reject_choice.setText(tr("DualSignIn", "Re&ject"))
        for button in (self.approve, self.return_, self.reject_choice):
            button.setAccessibleName(button.text().replace("&", ""))
        self.return_step.setAccessibleName(tr("DualSignIn", "Step to correct"))
        self.reasons.setAccessibleName(tr("DualSignIn", "Reasons"))
        self.reasons.setPlaceholderText(tr("DualSignIn", "Required to return or reject"))
        self.buttons.setAccessibleName(tr("DualSignIn", "Confirm or cancel"))

    def _arrange(self) -> None:
        self.form.setRowVisible(self.return_step, self.return_.isChecked())

    def decision(self) -> str:
        if self.return_.isChecked():
            return "return"
        return "reject" if self.reject_choice.isChecked() else "approve"

    def submit(self) -> None:
        decision = self.decision()
        text = self.reasons.toPlainText().strip()
        reasons: dict[str, list[str]] | str = text
        if decision == "return":
            reasons = {
                str(self.return_step.currentData()): [line for line in text.splitlines() if line.strip()]
            }
        self.buttons.setEnabled(False)
        self.message.hide()
        self._tasks.run(  # type: ignore[attr-defined]
            self._backend.decide,  # type: ignore[attr-defined]
            self._session,
            self._case.case_id,
            self.user_name.text().strip(),
            self.password.text(),
            decision,
            reasons,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
            writes=True,
            busy_text=tr("DualSignIn", "Checking the supervisor and recording the decision…"),
        )

    def _done(self, case: CaseView) -> None:
        self.password.clear()
        self.decided.emit(case)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.message.setText(describe(error))
        self.message.show()
