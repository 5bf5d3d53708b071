"""The owners page's senior manager (the fallback owner) and the exemption by the customer's commitment."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from ui.i18n import tr
from ui.widgets import label, named


class SeniorManagerBox(QGroupBox):
    """The senior manager who runs daily operations; the exemption (capital ≤ 10 million, all shareholders
    persons, nobody outside them controls or benefits) with the customer's signed commitment (承诺书)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seniorManagerBox")
        self.manager_name = named(QLineEdit(), "seniorManagerName")
        self.manager_title = named(QLineEdit(), "seniorManagerTitle")
        self.exemption = named(QCheckBox(), "ownersExemption")
        self.capital = named(QLineEdit(), "registeredCapital")
        self.no_outside_control = named(QCheckBox(), "ownersNoOutsideControl")
        self.signed_by = named(QLineEdit(), "commitmentSignedBy")
        self.reference = named(QLineEdit(), "commitmentReference")
        self.labels = [
            label("seniorManagerNameLabel"),
            label("seniorManagerTitleLabel"),
            label("capitalLabel"),
            label("commitmentSignedByLabel"),
            label("commitmentReferenceLabel"),
        ]
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.manager_name)
        form.addRow(self.labels[1], self.manager_title)
        form.addRow(self.exemption)
        form.addRow(self.labels[2], self.capital)
        form.addRow(self.no_outside_control)
        form.addRow(self.labels[3], self.signed_by)
        form.addRow(self.labels[4], self.reference)

    def retranslate(self) -> None:
        self.setTitle(tr("Owners", "Senior manager and exemption"))
        self.labels[0].setText(tr("Owners", "Senior manager's name:"))
        self.labels[1].setText(tr("Owners", "Title:"))
        self.labels[2].setText(tr("Owners", "Registered capital (CNY):"))
        self.manager_name.setAccessibleName(tr("Owners", "Senior manager's name"))
        self.manager_title.setAccessibleName(tr("Owners", "Senior manager's title"))
        self.exemption.setText(
            tr(
                "Owners",
                "Exempt by the customer's commitment (capital ≤ 10 million, all shareholders persons)",
            )
        )
        self.exemption.setAccessibleName(self.exemption.text())
        self.capital.setAccessibleName(tr("Owners", "Registered capital"))
        self.no_outside_control.setText(
            tr(
                "Owners",
                "The customer commits that nobody outside the shareholders controls or benefits from it",
            )
        )
        self.no_outside_control.setAccessibleName(self.no_outside_control.text())
        self.labels[3].setText(tr("Owners", "Commitment signed by:"))
        self.labels[4].setText(tr("Owners", "Commitment reference:"))
        self.signed_by.setAccessibleName(tr("Owners", "Commitment signed by"))
        self.reference.setAccessibleName(tr("Owners", "Commitment reference"))

    def set_entries(self, entries: dict[str, object]) -> None:
        manager = entries.get("senior_manager")
        if isinstance(manager, dict):
            self.manager_name.setText(str(manager.get("name", "")))
            self.manager_title.setText(str(manager.get("title", "")))
        self.exemption.setChecked(bool(entries.get("exemption")))
        self.capital.setText(str(entries.get("registered_capital", "")))
        commitment = entries.get("commitment")
        if isinstance(commitment, dict):
            self.no_outside_control.setChecked(commitment.get("no_outside_control_or_benefit") is True)
            self.signed_by.setText(str(commitment.get("signed_by", "")))
            self.reference.setText(str(commitment.get("reference", "")))

    def exemption_entries(self) -> dict[str, object]:
        if not self.exemption.isChecked():
            return {}
        return {
            "exemption": True,
            "registered_capital": self.capital.text().strip(),
            "commitment": {
                "no_outside_control_or_benefit": self.no_outside_control.isChecked(),
                "signed_by": self.signed_by.text().strip(),
                "reference": self.reference.text().strip(),
            },
        }

    def exemption_problem(self) -> str | None:
        """Why the exemption cannot go to the core yet, or None."""
        if not self.capital.text().strip():
            return tr("Owners", "Enter the registered capital for the exemption.")
        if not self.no_outside_control.isChecked():
            return tr("Owners", "The exemption needs the customer's commitment that nobody else controls it.")
        if not (self.signed_by.text().strip() and self.reference.text().strip()):
            return tr("Owners", "Enter who signed the commitment and its reference.")
        return None
