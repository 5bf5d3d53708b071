"""Account setup (账户设置与激活): the account number, permissions and limits, activation, filing deadline."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import money
from ui.widgets import label, named, set_role
from ui.wizard.contract_page import start_printing
from ui.wizard.page import StepPage

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
        self.set_up_button = named(QPushButton(), "setUpAccountButton")
        set_role(self.set_up_button, "primary")
        self.set_up_button.clicked.connect(self.set_up)
        self.activate_button = named(QPushButton(), "activateAccountButton")
        set_role(self.activate_button, "primary")
        self.activate_button.clicked.connect(self.activate)
        self.print_button = named(QPushButton(), "printConfirmationButton")
        self.print_button.clicked.connect(lambda: start_printing(self, "confirmation"))
        buttons = QHBoxLayout()
        for button in (self.set_up_button, self.activate_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_up_button.setText(tr("AccountSetup", "&Set up the account"))
        self.activate_button.setText(tr("AccountSetup", "&Activate the account"))
        self.print_button.setText(tr("AccountSetup", "&Print the opening confirmation…"))
        for button in (self.set_up_button, self.activate_button, self.print_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self._show()

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self._show()

    def shown(self) -> None:
        self._show()

    def _show(self) -> None:
        case = self.case
        account = case.account if case else None
        status = case.status if case else ""
        self.set_up_button.setVisible(account is None)
        self.activate_button.setVisible(account is not None and status != "active")
        self.print_button.setVisible(account is not None)
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
        if account.get("filing_deadline"):
            lines.append(tr("AccountSetup", "Filing deadline: {date}", date=account["filing_deadline"]))
        if status == "active":
            lines.append(tr("AccountSetup", "The account is active. The case is complete."))
        self.details.setText("\n".join(lines))

    def set_up(self) -> None:
        self._call(
            self.backend.set_up_account if self.backend else None,
            tr("AccountSetup", "Setting up the account…"),
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
