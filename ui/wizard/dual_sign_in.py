"""Dual sign-in (双人授权): the supervisor signs in over the teller's session and decides, with reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.approval.summary_view import CaseSummaryView
from ui.approval.summary_words import language
from ui.backend import CaseView, SessionInfo
from ui.i18n import tr
from ui.keyboard import enter_moves_to
from ui.messages import describe
from ui.names import account_type_label, step_label
from ui.widgets import Retranslating, label, name_buttons, named

CODE_ROLE = Qt.ItemDataRole.UserRole


class DualSignInDialog(Retranslating, QDialog):
    """The checker's credentials go to the core inside the decision call; the teller stays signed in.

    Beside the sign-in, the case summary (ui/approval/summary_view.py): the checker reads it before signing.
    A return offers the procedure's standard reasons; ticking one moves the return to the reason's step.
    """

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
        self.setMinimumSize(1120, 660)
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
        self._step_chosen = False  # the checker (or a ticked reason) chose the step: no default over it
        self._defaulting = False
        self.return_step.currentIndexChanged.connect(self._step_changed)
        self.standard_reasons = named(QListWidget(), "standardReturnReasons")
        self.standard_reasons.setMinimumHeight(170)
        self.standard_reasons.setWordWrap(True)
        self.standard_reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._steps = [s.value for s in steps]
        for reason in getattr(case, "return_reasons", ()) or ():
            if reason.step.value not in self._steps:
                continue
            item = QListWidgetItem()
            item.setData(CODE_ROLE, reason.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.standard_reasons.addItem(item)
        self.standard_reasons.itemChanged.connect(self._reason_ticked)
        self._reasons_by_code = {r.code: r for r in getattr(case, "return_reasons", ()) or ()}
        self.reasons = named(QPlainTextEdit(), "decisionReasons")
        self.reasons.setMaximumHeight(80)
        self.reasons.setTabChangesFocus(True)
        self.case_summary = CaseSummaryView(backend, tasks, session, self)
        self.case_summary.on_loaded = self._summary_loaded
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
                "standardReasonsLabel",
                "reasonsLabel",
            )
        ]
        form = QFormLayout()
        form.addRow(self.captions[0], self.user_name)
        form.addRow(self.captions[1], self.password)
        form.addRow(self.captions[2], self.approve)
        form.addRow("", self.return_)
        form.addRow("", self.reject_choice)
        form.addRow(self.captions[3], self.standard_reasons)
        form.addRow(self.captions[4], self.return_step)
        form.addRow(self.captions[5], self.reasons)
        self.form = form
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addLayout(form)
        side.addWidget(self.message)
        side.addStretch(1)
        side.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.case_summary, 5)
        layout.addLayout(side, 4)
        self.setTabOrder(self.user_name, self.password)
        enter_moves_to(self.user_name, self.password)  # Enter on the password: the default button (OK)
        self.retranslate()
        self._arrange()
        self.user_name.setFocus()
        self.case_summary.show_case(case.case_id)

    def _summary_loaded(self, summary: object) -> None:
        """Return defaults to the step where the summary sees the problem."""
        step = getattr(summary, "suggested_return_step", "")
        index = self.return_step.findData(step)
        if index >= 0 and not self._step_chosen:
            self._defaulting = True
            self.return_step.setCurrentIndex(index)
            self._defaulting = False

    def _step_changed(self, _index: int) -> None:
        if not self._defaulting:
            self._step_chosen = True

    def _ticked_codes(self) -> list[str]:
        return [
            str(self.standard_reasons.item(i).data(CODE_ROLE))
            for i in range(self.standard_reasons.count())
            if self.standard_reasons.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _reason_ticked(self, _item: QListWidgetItem) -> None:
        """The return goes to the earliest step of the reasons ticked."""
        steps = [
            self._reasons_by_code[c].step.value for c in self._ticked_codes() if c in self._reasons_by_code
        ]
        if steps:
            earliest = min(steps, key=self._steps.index)
            self.return_step.setCurrentIndex(max(self.return_step.findData(earliest), 0))

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
            tr("DualSignIn", "Standard reasons:"),
            tr("DualSignIn", "Return to step:"),
            tr("DualSignIn", "Other reasons:"),
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
        self.standard_reasons.setAccessibleName(tr("DualSignIn", "Standard reasons for the return"))
        self.standard_reasons.blockSignals(True)
        for i in range(self.standard_reasons.count()):
            item = self.standard_reasons.item(i)
            reason = self._reasons_by_code.get(str(item.data(CODE_ROLE)))
            if reason is not None:
                item.setText(f"{reason.words(language())} — {step_label(reason.step.value)}")
        self.standard_reasons.blockSignals(False)
        self.reasons.setAccessibleName(tr("DualSignIn", "Reasons"))
        self.reasons.setPlaceholderText(tr("DualSignIn", "Required to return or reject"))
        self.buttons.setAccessibleName(tr("DualSignIn", "Confirm or cancel"))

    def _arrange(self) -> None:
        self.form.setRowVisible(self.return_step, self.return_.isChecked())
        self.form.setRowVisible(
            self.standard_reasons, self.return_.isChecked() and self.standard_reasons.count() > 0
        )

    def decision(self) -> str:
        if self.return_.isChecked():
            return "return"
        return "reject" if self.reject_choice.isChecked() else "approve"

    def submit(self) -> None:
        decision = self.decision()
        text = self.reasons.toPlainText().strip()
        reasons: dict[str, list[str]] | str = text
        if decision == "return":
            grouped: dict[str, list[str]] = {}
            for code in self._ticked_codes():
                reason = self._reasons_by_code.get(code)
                if reason is not None:
                    grouped.setdefault(reason.step.value, []).append(code)
            lines = [line for line in text.splitlines() if line.strip()]
            if lines or not grouped:
                grouped.setdefault(str(self.return_step.currentData()), []).extend(lines)
            reasons = grouped
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
