"""Intake (客户识别与接入): customer kind, account type wanted, channel, who is present, customer name."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import SpecialCategory, TemporaryPurpose
from teller_app.domain.customers import ENTERPRISE_KINDS, CustomerKind
from teller_app.domain.steps import Step
from ui import names
from ui.i18n import tr
from ui.names import account_type_label, customer_kind_label
from ui.widgets import label, named
from ui.wizard.fields import EntryLine
from ui.wizard.page import StepPage

ENTERPRISE_VALUES = frozenset(k.value for k in ENTERPRISE_KINDS)


def account_types_for(kind: CustomerKind) -> list[AccountType]:
    """Account types offered for a customer kind (the core decides eligibility again when saving)."""
    return [t for t in AccountType if t.is_personal == (kind is CustomerKind.INDIVIDUAL)]


class IntakePage(StepPage):
    step = Step.INTAKE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.customer_kind = named(QComboBox(), "customerKind")
        for kind in CustomerKind:
            self.customer_kind.addItem("", kind.value)
        self.account_type = named(QComboBox(), "accountType")
        self.customer_name = named(QLineEdit(), "customerName")
        self.channel_counter = named(QRadioButton(), "channelCounter")
        self.channel_online = named(QRadioButton(), "channelOnline")
        self.channel_counter.setChecked(True)
        self.channels = QButtonGroup(self)
        self.channels.addButton(self.channel_counter)
        self.channels.addButton(self.channel_online)
        self.present_legal_rep = named(QRadioButton(), "presentLegalRepresentative")
        self.present_agent = named(QRadioButton(), "presentAgent")
        self.present_legal_rep.setChecked(True)
        self.present = QButtonGroup(self)
        self.present.addButton(self.present_legal_rep)
        self.present.addButton(self.present_agent)
        self.special_category = named(QComboBox(), "specialCategory")
        for category in SpecialCategory:
            self.special_category.addItem("", category.value)
        self.basic_number = named(QLineEdit(), "basicAccountNumber")
        self.basic_branch = named(QLineEdit(), "basicAccountBranch")
        self.temporary_until = named(QDateEdit(QDate.currentDate().addYears(1)), "temporaryUntil")
        self.temporary_until.setCalendarPopup(True)
        self.temporary_until.setDisplayFormat("yyyy-MM-dd")
        # 核准 for a budget unit's special account; cash from special accounts that need the PBOC's approval;
        # a temporary account's purpose, and for 注册验资 the investors who alone may pay in.
        self.budget_funded = named(QCheckBox(), "budgetFunded")
        self.budget_funded.setChecked(True)  # not said = budget-funded: the stricter reading (核准)
        self.pboc_cash = named(QCheckBox(), "pbocCashApproval")
        self.temporary_purpose = named(QComboBox(), "temporaryPurpose")
        for purpose in TemporaryPurpose:
            self.temporary_purpose.addItem("", purpose.value)
        self.investors = named(QLineEdit(), "capitalInvestors")
        # No maxLength anywhere: a paste stays whole and the core's limit is said under the field.
        self.lines = {
            edit: EntryLine(edit, entry)
            for edit, entry in (
                (self.customer_name, "customer_name"),
                (self.basic_number, "basic_account_number"),
                (self.basic_branch, "basic_account_branch"),
                (self.investors, "investors"),
            )
        }
        for box in (self.budget_funded, self.pboc_cash):
            box.toggled.connect(self.changed)
        self.temporary_purpose.currentIndexChanged.connect(self._type_changed)
        for edit in (self.basic_number, self.basic_branch, self.investors):
            edit.textChanged.connect(self.changed)
        self.captions = [
            label(n) for n in ("kindLabel", "typeLabel", "nameLabel", "channelLabel", "presentLabel")
        ]
        self.extra_captions = [
            label(n)
            for n in (
                "categoryLabel",
                "basicNumberLabel",
                "basicBranchLabel",
                "untilLabel",
                "purposeLabel",
                "investorsLabel",
            )
        ]
        channel_box, present_box = QWidget(), QWidget()
        for box, buttons in (
            (channel_box, (self.channel_counter, self.channel_online)),
            (present_box, (self.present_legal_rep, self.present_agent)),
        ):
            row = QVBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for button in buttons:
                row.addWidget(button)
                button.toggled.connect(self.changed)
        form = QFormLayout(self)
        for caption, field in zip(
            self.captions,
            (self.customer_kind, self.account_type, self.lines[self.customer_name], channel_box, present_box),
            strict=True,
        ):
            form.addRow(caption, field)
        self.form = form
        for caption, field in zip(
            self.extra_captions,
            (
                self.special_category,
                self.lines[self.basic_number],
                self.lines[self.basic_branch],
                self.temporary_until,
                self.temporary_purpose,
                self.lines[self.investors],
            ),
            strict=True,
        ):
            form.addRow(caption, field)
            caption.setBuddy(getattr(field, "edit", field))
        form.addRow(self.budget_funded)
        form.addRow(self.pboc_cash)
        self.captions[0].setBuddy(self.customer_kind)
        self.captions[1].setBuddy(self.account_type)
        self.captions[2].setBuddy(self.customer_name)
        self.customer_kind.currentIndexChanged.connect(self._kind_changed)
        self.account_type.currentIndexChanged.connect(self._type_changed)
        self.enter_goes_next(self.customer_name)
        self._kind_changed()
        self.retranslate()

    def retranslate(self) -> None:
        texts = [
            tr("Intake", "Customer &kind:"),
            tr("Intake", "&Account type:"),
            tr("Intake", "Customer &name:"),
            tr("Intake", "Channel:"),
            tr("Intake", "Present at the counter:"),
        ]
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        for i in range(self.customer_kind.count()):
            self.customer_kind.setItemText(i, customer_kind_label(self.customer_kind.itemData(i)))
        for i in range(self.account_type.count()):
            self.account_type.setItemText(i, account_type_label(self.account_type.itemData(i)))
        self.customer_kind.setAccessibleName(tr("Intake", "Customer kind"))
        self.account_type.setAccessibleName(tr("Intake", "Account type"))
        self.customer_name.setAccessibleName(tr("Intake", "Customer name"))
        self.customer_name.setPlaceholderText(tr("Intake", "As on the business licence or ID card"))
        self.channel_counter.setText(tr("Intake", "At the counter"))
        self.channel_online.setText(tr("Intake", "Online pre-application"))
        self.present_legal_rep.setText(tr("Intake", "Legal representative (or the customer)"))
        self.present_agent.setText(tr("Intake", "Agent with a power of attorney"))
        for button in (self.channel_counter, self.channel_online, self.present_legal_rep, self.present_agent):
            button.setAccessibleName(button.text())
        extra = [
            tr("Intake", "Category of the funds:"),
            tr("Intake", "&Basic account number:"),
            tr("Intake", "Branch of the basic account:"),
            tr("Intake", "Expires on:"),
            tr("Intake", "&Purpose:"),
            tr("Intake", "In&vestors:"),
        ]
        for caption, text in zip(self.extra_captions, extra, strict=True):
            caption.setText(text)
        self.special_category.setAccessibleName(tr("Intake", "Category of the funds"))
        for i in range(self.special_category.count()):
            code = str(self.special_category.itemData(i))
            self.special_category.setItemText(i, tr("Names", names.SPECIAL_CATEGORIES[code]))
        self.basic_number.setAccessibleName(tr("Intake", "Basic account number"))
        self.basic_number.setPlaceholderText(tr("Intake", "J and 13 digits, from the basic account licence"))
        self.basic_branch.setAccessibleName(tr("Intake", "Branch code of the basic account"))
        self.temporary_until.setAccessibleName(tr("Intake", "Expiry date of the temporary account"))
        purposes = {
            "temporary_body": tr("Intake", "A temporary body"),
            "temporary_business": tr("Intake", "Temporary business away from home"),
            "capital_verification": tr("Intake", "Capital verification before registration (注册验资)"),
        }
        for i in range(self.temporary_purpose.count()):
            self.temporary_purpose.setItemText(i, purposes[str(self.temporary_purpose.itemData(i))])
        self.temporary_purpose.setAccessibleName(tr("Intake", "Purpose of the temporary account"))
        self.investors.setAccessibleName(tr("Intake", "Investors who pay in the capital"))
        self.investors.setPlaceholderText(
            tr("Intake", "Credit codes or ID numbers of the investors, separated by ;")
        )
        self.budget_funded.setText(
            tr("Intake", "The account holds budget funds (预算单位): needs the regulator's approval")
        )
        self.budget_funded.setAccessibleName(self.budget_funded.text())
        self.pboc_cash.setText(tr("Intake", "The regulator approved cash withdrawals from this account"))
        self.pboc_cash.setAccessibleName(self.pboc_cash.text())

    def _type_changed(self) -> None:
        wanted = self.account_type.currentData()
        kind = self.customer_kind.currentData()
        non_enterprise = kind not in ENTERPRISE_VALUES
        verification = self.temporary_purpose.currentData() == TemporaryPurpose.CAPITAL_VERIFICATION.value
        rows = {
            self.special_category: wanted == "special",
            self.lines[self.basic_number]: wanted == "general",
            self.lines[self.basic_branch]: wanted == "general",
            self.temporary_until: wanted == "temporary",
            self.temporary_purpose: wanted == "temporary",
            self.lines[self.investors]: wanted == "temporary" and verification,
            self.budget_funded: wanted == "special" and non_enterprise,
            self.pboc_cash: wanted == "special",
        }
        for field, visible in rows.items():
            self.form.setRowVisible(field, visible)
        self.changed.emit()

    def _kind_changed(self) -> None:
        kind = CustomerKind(self.customer_kind.currentData())
        wanted = self.account_type.currentData()
        self.account_type.blockSignals(True)
        self.account_type.clear()
        for account_type in account_types_for(kind):
            self.account_type.addItem(account_type_label(account_type.value), account_type.value)
        self.account_type.setCurrentIndex(max(0, self.account_type.findData(wanted)))
        self.account_type.blockSignals(False)
        if hasattr(self, "form"):
            self._type_changed()

    def set_entries(self, entries: dict[str, object]) -> None:
        self.customer_kind.setCurrentIndex(max(0, self.customer_kind.findData(entries.get("customer_kind"))))
        self.account_type.setCurrentIndex(max(0, self.account_type.findData(entries.get("account_type"))))
        self.customer_name.setText(str(entries.get("customer_name", "")))
        self.channel_online.setChecked(entries.get("channel") == "online")
        self.present_agent.setChecked(entries.get("present") == "agent")
        self.special_category.setCurrentIndex(
            max(0, self.special_category.findData(entries.get("special_category")))
        )
        self.basic_number.setText(str(entries.get("basic_account_number", "")))
        self.basic_branch.setText(str(entries.get("basic_account_branch", "")))
        until = QDate.fromString(str(entries.get("temporary_until", "")), "yyyy-MM-dd")
        if until.isValid():
            self.temporary_until.setDate(until)
        if isinstance(entries.get("budget_funded"), bool):
            self.budget_funded.setChecked(bool(entries["budget_funded"]))
        self.pboc_cash.setChecked(entries.get("pboc_cash_approval") is True)
        self.temporary_purpose.setCurrentIndex(
            max(0, self.temporary_purpose.findData(entries.get("temporary_purpose")))
        )
        investors = entries.get("investors")
        if isinstance(investors, list):
            self.investors.setText("; ".join(str(i) for i in investors))

    def entries(self) -> dict[str, object]:
        data: dict[str, object] = {
            "customer_kind": self.customer_kind.currentData(),
            "account_type": self.account_type.currentData(),
            "customer_name": self.customer_name.text().strip(),
            "channel": "online" if self.channel_online.isChecked() else "counter",
            "present": "agent" if self.present_agent.isChecked() else "legal_representative",
        }
        wanted = self.account_type.currentData()
        if wanted == "special":
            data["special_category"] = self.special_category.currentData()
            data["pboc_cash_approval"] = self.pboc_cash.isChecked()
            if self.customer_kind.currentData() not in ENTERPRISE_VALUES:
                data["budget_funded"] = self.budget_funded.isChecked()
        elif wanted == "general":
            data["basic_account_number"] = self.basic_number.text().strip().upper()
            data["basic_account_branch"] = self.basic_branch.text().strip()
        elif wanted == "temporary":
            data["temporary_until"] = self.temporary_until.date().toString("yyyy-MM-dd")
            data["temporary_purpose"] = self.temporary_purpose.currentData()
            if data["temporary_purpose"] == TemporaryPurpose.CAPITAL_VERIFICATION.value:
                raw = self.investors.text().replace("；", ";").replace(",", ";")
                data["investors"] = [part.strip() for part in raw.split(";") if part.strip()]
        return data

    def blocking_reason(self) -> str | None:
        for line in self.lines.values():
            problem = line.check() if line.isVisibleTo(self) else None
            if problem is not None:
                return problem
        if not self.customer_name.text().strip():
            return tr("Intake", "Enter the customer's name.")
        if self.account_type.currentData() is None:
            return tr("Intake", "Choose the account type.")
        if self.account_type.currentData() == "general":
            from teller_app.domain.identifiers import validate_basic_account_licence_number

            if not self.basic_number.text().strip():
                return tr("Intake", "A general account needs the basic account number (J and 13 digits).")
            try:
                validate_basic_account_licence_number(self.basic_number.text())
            except Exception as error:
                from ui.messages import describe

                return describe(error)
            if not self.basic_branch.text().strip():
                return tr("Intake", "Enter the branch that keeps the basic account.")
        return None
