"""Account setup (账户设置与激活): the account number, permissions and limits, the regulator's approval
(核准) that activation waits for or the filing (备案), activation, and when payments out may start."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.keyboard import focus_first_input
from ui.names import money
from ui.uniqueness_words import (
    activation_waits,
    needs_attention,
    uniqueness_before_setup,
    uniqueness_explained,
)
from ui.widgets import label, named, set_role
from ui.wizard.contract_page import start_printing
from ui.wizard.page import StepPage
from ui.wizard.uniqueness_clash_box import UniquenessClashBox

PERMISSIONS = {
    "cash_withdrawal": QT_TRANSLATE_NOOP("AccountSetup", "Cash withdrawal"),
    "cash_deposit": QT_TRANSLATE_NOOP("AccountSetup", "Cash deposit"),
    "transfers_in": QT_TRANSLATE_NOOP("AccountSetup", "Transfers in"),
    "transfers_out": QT_TRANSLATE_NOOP("AccountSetup", "Transfers out"),
}
REGIMES = {
    "filing": QT_TRANSLATE_NOOP("AccountSetup", "Filing with the regulator (备案)"),
    "approval": QT_TRANSLATE_NOOP("AccountSetup", "Regulator's approval (核准)"),
    "none": QT_TRANSLATE_NOOP("AccountSetup", "No filing"),
}


class AccountSetupPage(StepPage):
    step = Step.ACCOUNT_SETUP
    has_form = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountSetupPage")
        self.number = label("accountNumber", "title")
        self.details = label("accountDetails")
        self.uniqueness = label("accountUniqueness")  # the one-account check: what it means, what next
        self.uniqueness.hide()
        self.clash_box = UniquenessClashBox()  # a supervisor clears a clash found at sync, with a reason
        self.clash_box.cleared.connect(self._updated)
        self.set_up_button = named(QPushButton(), "setUpAccountButton")
        set_role(self.set_up_button, "primary")
        self.set_up_button.clicked.connect(self.set_up)
        self.activate_button = named(QPushButton(), "activateAccountButton")
        set_role(self.activate_button, "primary")
        self.activate_button.clicked.connect(self.activate)
        self.activation_waits = label("activationWaits", "warn")  # beside a greyed Activate: why
        self.activation_waits.hide()
        self.print_button = named(QPushButton(), "printConfirmationButton")
        self.print_button.clicked.connect(lambda: start_printing(self, "confirmation"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_up_button)
        buttons.addWidget(self.activate_button)
        buttons.addWidget(self.activation_waits)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        (
            self.approval_box,
            self.approval_number,
            self.approval_date,
            self.approval_button,
            self.approval_problem,
        ) = self._regulator_form("approval", self.record_approval)
        self.filing_box, self.filing_reference, self.filing_date, self.filing_button, self.filing_problem = (
            self._regulator_form("filing", self.record_filing)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.details)
        layout.addWidget(self.uniqueness)
        layout.addWidget(self.clash_box)
        layout.addWidget(self.approval_box)
        layout.addWidget(self.filing_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def _regulator_form(
        self, kind: str, on_click: object
    ) -> tuple[QGroupBox, QLineEdit, QDateEdit, QPushButton, QWidget]:
        box = named(QGroupBox(), f"{kind}Box")
        reference = named(QLineEdit(), f"{kind}Reference")
        day = named(QDateEdit(QDate.currentDate()), f"{kind}Date")
        day.setCalendarPopup(True)
        day.setDisplayFormat("yyyy-MM-dd")
        button = named(QPushButton(), f"{kind}RecordButton")
        button.clicked.connect(on_click)  # type: ignore[arg-type]
        problem = label(f"{kind}Problem", "error")
        problem.hide()
        form = QFormLayout(box)
        form.addRow(reference_label := label(f"{kind}ReferenceLabel"), reference)
        form.addRow(day_label := label(f"{kind}DateLabel"), day)
        form.addRow(problem)
        form.addRow(button)
        reference_label.setBuddy(reference)
        day_label.setBuddy(day)
        box.setVisible(False)
        return box, reference, day, button, problem

    def retranslate(self) -> None:
        self.set_up_button.setText(tr("AccountSetup", "&Set up the account"))
        self.activate_button.setText(tr("AccountSetup", "&Activate the account"))
        self.print_button.setText(tr("AccountSetup", "&Print the opening confirmation…"))
        self.approval_box.setTitle(tr("AccountSetup", "Regulator's approval (核准)"))
        self._form_label("approvalReferenceLabel", tr("AccountSetup", "Approval &number"))
        self._form_label("approvalDateLabel", tr("AccountSetup", "Approval &date"))
        self.approval_button.setText(tr("AccountSetup", "&Record the approval"))
        self.filing_box.setTitle(tr("AccountSetup", "Filing with the regulator (备案)"))
        self._form_label("filingReferenceLabel", tr("AccountSetup", "Filing &reference"))
        self._form_label("filingDateLabel", tr("AccountSetup", "Filing &date"))
        self.filing_button.setText(tr("AccountSetup", "&Mark as filed"))
        self.approval_number.setAccessibleName(tr("AccountSetup", "Approval number"))
        self.approval_date.setAccessibleName(tr("AccountSetup", "Approval date"))
        self.filing_reference.setAccessibleName(tr("AccountSetup", "Filing reference"))
        self.filing_date.setAccessibleName(tr("AccountSetup", "Filing date"))
        self.approval_box.setAccessibleName(self.approval_box.title())
        self.clash_box.retranslate()
        self.filing_box.setAccessibleName(self.filing_box.title())
        for button in (
            self.set_up_button,
            self.activate_button,
            self.print_button,
            self.approval_button,
            self.filing_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self._show()

    def _form_label(self, name: str, text: str) -> None:
        found = self.findChild(QWidget, name)
        if found is not None:
            found.setText(text)  # type: ignore[attr-defined]

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self._show()

    def shown(self) -> None:
        self._show()

    def _show(self) -> None:
        case = self.case
        account = case.account if case else None
        status = case.status if case else ""
        had_focus = any(
            b.hasFocus() for b in (self.set_up_button, self.activate_button, self.approval_button)
        )
        self.set_up_button.setVisible(account is None)
        self.activate_button.setVisible(account is not None and status != "active")
        waits = activation_waits(account) if status != "active" else ""
        self.activate_button.setEnabled(not waits)  # the core would refuse it, so it cannot be pressed
        self.activate_button.setAccessibleDescription(waits)
        self.activation_waits.setText(waits)
        self.activation_waits.setVisible(bool(waits))
        self.print_button.setVisible(account is not None)
        regime = str(account.get("regime", "none")) if account else "none"
        self.approval_box.setVisible(
            bool(account) and regime == "approval" and not account.get("regulator_approval")
        )  # type: ignore[union-attr]
        self.filing_box.setVisible(bool(account) and regime == "filing" and not account.get("filing"))  # type: ignore[union-attr]
        if had_focus:  # the button pressed went away: the cursor goes to the next thing to do
            if self.activate_button.isVisibleTo(self) and self.activate_button.isEnabled():
                self.activate_button.setFocus()
            else:
                focus_first_input(self)
        self._show_uniqueness()
        if not account:
            self.number.setText(tr("AccountSetup", "No account number yet"))
            self.details.setText(
                tr("AccountSetup", "The number comes from this terminal's reserved block; it works offline.")
            )
            return
        self.number.setText(tr("AccountSetup", "Account number: {number}", number=account.get("number", "")))
        set_role(self.number, "number-active" if status == "active" else "title")
        permissions = account.get("permissions") if isinstance(account.get("permissions"), dict) else {}
        allowed = [tr("AccountSetup", text) for key, text in PERMISSIONS.items() if permissions.get(key)]  # type: ignore[union-attr]
        limits = account.get("limits") if isinstance(account.get("limits"), dict) else {}
        regime = str(account.get("regime", "none"))
        lines = [
            tr("AccountSetup", "Allowed: {permissions}", permissions=", ".join(allowed) or "—"),
            tr(
                "AccountSetup",
                "Limits: {single} CNY per transaction, {daily} CNY per day",
                single=money(limits.get("single", "—")),  # type: ignore[union-attr]
                daily=money(limits.get("daily", "—")),  # type: ignore[union-attr]
            ),
            tr("AccountSetup", "Regulator: {regime}", regime=tr("AccountSetup", REGIMES.get(regime, regime))),
        ]
        approval = account.get("regulator_approval")
        if regime == "approval" and isinstance(approval, dict):
            lines.append(
                tr(
                    "AccountSetup",
                    "Approved by the regulator on {date}, approval number {number}",
                    date=approval.get("on", ""),
                    number=approval.get("reference", ""),
                )
            )
        elif regime == "approval":
            lines.append(
                tr("AccountSetup", "Waiting for the regulator's approval: record it before activation.")
            )
        if account.get("filing_deadline"):
            lines.append(tr("AccountSetup", "Filing deadline: {date}", date=account["filing_deadline"]))
        filing = account.get("filing")
        if isinstance(filing, dict):
            lines.append(
                tr(
                    "AccountSetup",
                    "Filed on {date}, reference {reference}",
                    date=filing.get("on", ""),
                    reference=filing.get("reference", ""),
                )
            )
        if account.get("payments_from"):
            lines.append(tr("AccountSetup", "Payments out from: {date}", date=account["payments_from"]))
        elif regime == "approval":
            lines.append(tr("AccountSetup", "Payments out: 3 working days after the approval"))
        if status == "active":
            lines.append(tr("AccountSetup", "The account is active. The case is complete."))
        self.details.setText("\n".join(lines))

    def _show_uniqueness(self) -> None:
        case = self.case
        if case is None:
            words, state = "", ""
        elif case.account is None:  # a training case is never synced: nothing to confirm there
            words, state = ("" if case.training else uniqueness_before_setup(case.account_type)), ""
        else:
            state = str(case.account.get("uniqueness") or "")
            words = uniqueness_explained(state, case.account_type, activated=case.status == "active")
        self.uniqueness.setText(words)
        set_role(self.uniqueness, "warn" if needs_attention(state) else "hint")
        self.uniqueness.setVisible(bool(words))
        self.clash_box.backend, self.clash_box.tasks = self.backend, self.tasks
        self.clash_box.session = self.session
        self.clash_box.show_for(case, self.session)

    def forward(self) -> bool:
        """Enter in the regulator's approval or the filing fields records them."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        for box, record in ((self.approval_box, self.record_approval), (self.filing_box, self.record_filing)):
            if focus is not None and box.isAncestorOf(focus):
                record()
                return True
        return False

    def set_up(self) -> None:
        self._call(
            self.backend.set_up_account if self.backend else None,
            tr("AccountSetup", "Setting up the account…"),
        )

    def record_approval(self) -> None:
        self._record(
            self.backend.record_regulator_approval if self.backend else None,
            self.approval_number,
            self.approval_date,
            self.approval_problem,
        )

    def record_filing(self) -> None:
        self._record(
            self.backend.record_account_filing if self.backend else None,
            self.filing_reference,
            self.filing_date,
            self.filing_problem,
        )

    def _record(self, call: object, reference: QLineEdit, day: QDateEdit, problem: QWidget) -> None:
        """Send the reference and date to the core; its refusal shows beside the fields, nothing is cleared."""
        if self.case is None or call is None:
            return
        from ui.messages import describe

        def refused(error: BaseException) -> None:
            problem.setText(describe(error))  # type: ignore[attr-defined]
            problem.show()

        problem.hide()
        self.tasks.run(
            call,
            self.session,
            self.case.case_id,
            reference.text().strip(),
            day.date().toString("yyyy-MM-dd"),
            on_done=self._updated,
            on_error=refused,
            owner=self,
            writes=True,
            busy_text=tr("AccountSetup", "Recording…"),
        )

    def activate(self) -> None:
        self._call(self.backend.activate_account if self.backend else None, tr("AccountSetup", "Activating…"))

    def _call(self, call: object, busy: str) -> None:
        if self.case is None or call is None:
            return
        self.tasks.run(
            call,
            self.session,
            self.case.case_id,
            on_done=self._updated,
            on_error=self.show_error,
            owner=self,
            writes=True,
            busy_text=busy,
        )

    def _updated(self, case: CaseView) -> None:
        self.case = case
        self._show()
        self.caseUpdated.emit(case)

    def blocking_reason(self) -> str | None:
        if self.case is not None and self.case.status == "active":
            return tr("AccountSetup", "The account is open. Close the case to go back home.")
        return tr("AccountSetup", "Set up and activate the account.")
