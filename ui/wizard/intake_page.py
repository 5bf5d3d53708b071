"""Intake (客户识别与接入): customer kind, account type wanted, channel, who is present, customer name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.steps import Step
from ui.i18n import tr
from ui.names import account_type_label, customer_kind_label
from ui.widgets import label, named
from ui.wizard.page import StepPage


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
        self.customer_name.setMaxLength(200)
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
        self.captions = [
            label(n) for n in ("kindLabel", "typeLabel", "nameLabel", "channelLabel", "presentLabel")
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
            (self.customer_kind, self.account_type, self.customer_name, channel_box, present_box),
            strict=True,
        ):
            form.addRow(caption, field)
        self.captions[0].setBuddy(self.customer_kind)
        self.captions[1].setBuddy(self.account_type)
        self.captions[2].setBuddy(self.customer_name)
        self.customer_kind.currentIndexChanged.connect(self._kind_changed)
        self.account_type.currentIndexChanged.connect(self.changed)
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

    def _kind_changed(self) -> None:
        kind = CustomerKind(self.customer_kind.currentData())
        wanted = self.account_type.currentData()
        self.account_type.blockSignals(True)
        self.account_type.clear()
        for account_type in account_types_for(kind):
            self.account_type.addItem(account_type_label(account_type.value), account_type.value)
        self.account_type.setCurrentIndex(max(0, self.account_type.findData(wanted)))
        self.account_type.blockSignals(False)
        self.changed.emit()

    def set_entries(self, entries: dict[str, object]) -> None:
        self.customer_kind.setCurrentIndex(max(0, self.customer_kind.findData(entries.get("customer_kind"))))
        self.account_type.setCurrentIndex(max(0, self.account_type.findData(entries.get("account_type"))))
        self.customer_name.setText(str(entries.get("customer_name", "")))
        self.channel_online.setChecked(entries.get("channel") == "online")
        self.present_agent.setChecked(entries.get("present") == "agent")

    def entries(self) -> dict[str, object]:
        return {
            "customer_kind": self.customer_kind.currentData(),
            "account_type": self.account_type.currentData(),
            "customer_name": self.customer_name.text().strip(),
            "channel": "online" if self.channel_online.isChecked() else "counter",
            "present": "agent" if self.present_agent.isChecked() else "legal_representative",
        }

    def blocking_reason(self) -> str | None:
        if not self.customer_name.text().strip():
            return tr("Intake", "Enter the customer's name.")
        if self.account_type.currentData() is None:
            return tr("Intake", "Choose the account type.")
        return None
