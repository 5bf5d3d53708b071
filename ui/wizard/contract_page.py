"""Contract (合同签订): preview and print the agreement, record that it was signed, and the seal card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import tr
from ui.names import seal_kind_label
from ui.widgets import label, named
from ui.wizard.page import StepPage


def _seal_kinds(individual: bool) -> list[str]:
    """The seal kinds offered, from the one list in the domain (teller_app.domain.seals)."""
    from teller_app.domain.seals import SealKind

    if individual:
        return [SealKind.DEPOSITOR_SIGNATURE.value, SealKind.AGENT_SIGNATURE.value]
    return [k.value for k in SealKind if k is not SealKind.DEPOSITOR_SIGNATURE]


class ContractPage(StepPage):
    step = Step.CONTRACT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractPage")
        self.hint = label("contractHint", "hint")
        self.preview_button = named(QPushButton(), "previewAgreementButton")
        self.preview_button.clicked.connect(lambda: self.print_document("agreement"))
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, lambda: self.print_document("agreement"))
        self.signed = named(QCheckBox(), "agreementSigned")
        self.confirmed = named(QCheckBox(), "customerConfirmed")
        self.seals = named(QTableWidget(0, 2), "sealCard")
        self.seals.verticalHeader().setVisible(False)
        self.seals.setTabKeyNavigation(False)  # Tab and Shift+Tab leave the seal card
        self.seals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.seals.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_seal = named(QPushButton(), "addSealButton")
        self.add_seal.clicked.connect(lambda: self._add_seal("", "", focus=True))
        self.seal_title = label("sealCardTitle", "subtitle")
        self.services_title = label("servicesTitle", "subtitle")
        self.services = named(QListWidget(), "servicesChosen")
        self.services.setMaximumHeight(140)
        self.services.itemChanged.connect(lambda _item: self.changed.emit())
        self._services_loaded_for = ""
        for box in (self.signed, self.confirmed):
            box.toggled.connect(self.changed)
        self.printed: frozenset[str] = frozenset()
        self.signed.setEnabled(False)  # both originals can be signed only once the agreement is printed
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.services_title)
        layout.addWidget(self.services)
        layout.addWidget(self.signed)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.seal_title)
        layout.addWidget(self.seals, 1)
        layout.addWidget(self.add_seal)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            tr("Contract", "Print the agreement in two originals; the customer signs and seals both.")
        )
        self.preview_button.setText(tr("Contract", "&Preview and print the agreement… (F9)"))
        self.signed.setText(tr("Contract", "Both originals are si&gned and sealed"))
        self.confirmed.setText(tr("Contract", "The customer &confirmed the account type, services and fees"))
        self.seal_title.setText(tr("Contract", "Seal card (预留印鉴)"))
        self.services_title.setText(tr("Contract", "Services and fees the customer chooses"))
        self.services.setAccessibleName(tr("Contract", "Services and fees"))
        self._service_texts()
        self.seals.setHorizontalHeaderLabels([tr("Contract", "Seal"), tr("Contract", "Holder")])
        self.seals.setAccessibleName(tr("Contract", "Seal card"))
        self.add_seal.setText(tr("Contract", "&Add a seal"))
        for widget in (self.preview_button, self.signed, self.confirmed, self.add_seal):
            widget.setAccessibleName(widget.text().replace("&", "").rstrip("…"))
        for r in range(self.seals.rowCount()):
            choice = self.seals.cellWidget(r, 0)
            if isinstance(choice, QComboBox):
                for i in range(choice.count()):
                    choice.setItemText(i, seal_kind_label(str(choice.itemData(i))))
                choice.setAccessibleName(tr("Contract", "Seal kind, row {row}", row=r + 1))

    def _add_seal(self, kind: str, holder: str, focus: bool = False) -> None:
        from teller_app.domain.errors import TellerError
        from teller_app.domain.seals import seal_kind

        r = self.seals.rowCount()
        self.seals.blockSignals(True)
        self.seals.insertRow(r)
        choice = named(QComboBox(), f"sealKind{r}")
        individual = self.case is not None and self.case.customer_kind == "individual"
        for code in _seal_kinds(individual):
            choice.addItem(seal_kind_label(code), code)
        try:
            index = choice.findData(seal_kind(kind).value) if kind else 0
        except TellerError:
            index = -1
        if index < 0:  # a kind this list does not know: shown as recorded, refused by the core's check
            choice.addItem(kind, kind)
            index = choice.count() - 1
        choice.setCurrentIndex(index)
        choice.setAccessibleName(tr("Contract", "Seal kind, row {row}", row=r + 1))
        choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.seals.setCellWidget(r, 0, choice)
        self.seals.setItem(r, 1, QTableWidgetItem(holder))
        self.seals.blockSignals(False)
        self.changed.emit()
        if focus:
            choice.setFocus()

    def _service_texts(self) -> None:
        from ui.approval.summary_words import language
        from ui.names import money

        known = {s.code: s for s in (self.case.services if self.case else ())}
        self.services.blockSignals(True)
        for i in range(self.services.count()):
            item = self.services.item(i)
            service = known.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if service is None:
                continue
            fee = (
                tr("Contract", "{fee} {unit}", fee=money(service.fee), unit=service.unit)
                if service.fee is not None
                else tr("Contract", "published fee schedule")
            )
            item.setText(tr("Contract", "{service} — {fee}", service=service.words(language()), fee=fee))
        self.services.blockSignals(False)

    def _load_services(self, case: CaseView) -> None:
        if self._services_loaded_for == case.case_id:
            return
        self._services_loaded_for = case.case_id
        self.services.blockSignals(True)
        self.services.clear()
        for service in case.services:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.services.blockSignals(False)
        self._service_texts()
        self.services_title.setVisible(bool(case.services))
        self.services.setVisible(bool(case.services))

    def load(self, case: CaseView | None) -> None:
        if case is not None:
            self.case = case
            self._load_services(case)
        super().load(case)
        if case is not None and self.seals.rowCount() == 0 and case.customer_kind != "individual":
            identity = case.entries.get("identity", {})
            representative = identity.get("legal_representative") if isinstance(identity, dict) else None
            name = str(representative.get("name", "")) if isinstance(representative, dict) else ""
            self._add_seal("company_seal", case.customer_name)
            self._add_seal("legal_representative_seal", name)
        self._arrange_signed()

    def shown(self) -> None:
        if self.case is None or self.backend is None:
            return
        self.tasks.run(
            self.backend.printed_documents,
            self.session,
            self.case.case_id,
            on_done=self._printed_known,
            on_error=lambda _error: None,
            owner=self,
        )

    def _printed_known(self, printed: frozenset[str]) -> None:
        self.printed = frozenset(printed)
        self._arrange_signed()

    def document_printed(self, document: str) -> None:
        self.printed = self.printed | {document}
        self._arrange_signed()

    def _arrange_signed(self) -> None:
        ready = "agreement" in self.printed or self.signed.isChecked()
        self.signed.setEnabled(ready)
        self.signed.setToolTip(
            "" if ready else tr("Contract", "Print the agreement first (Preview and print, or F8).")
        )
        self.changed.emit()

    def set_entries(self, entries: dict[str, object]) -> None:
        self.signed.setChecked(entries.get("signed") is True)
        self.confirmed.setChecked(entries.get("customer_confirmed") is True)
        chosen = entries.get("services")
        if isinstance(chosen, list):
            self.services.blockSignals(True)
            for i in range(self.services.count()):
                item = self.services.item(i)
                ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.services.blockSignals(False)
        seals = entries.get("seals")
        if isinstance(seals, list):
            self.seals.setRowCount(0)
            for seal in seals:
                if isinstance(seal, dict):
                    self._add_seal(str(seal.get("kind", "")), str(seal.get("holder", "")))

    def entries(self) -> dict[str, object]:
        seals = []
        for r in range(self.seals.rowCount()):
            kind, holder = self.seals.cellWidget(r, 0), self.seals.item(r, 1)
            if isinstance(kind, QComboBox) and kind.currentData():
                seals.append(
                    {"kind": str(kind.currentData()), "holder": holder.text().strip() if holder else ""}
                )
        return {
            "signed": self.signed.isChecked(),
            "customer_confirmed": self.confirmed.isChecked(),
            "seals": seals,
            "services": [
                str(self.services.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.services.count())
                if self.services.item(i).checkState() == Qt.CheckState.Checked
            ],
        }

    def print_document(self, document: str) -> None:
        """Print a document; the agreement prints what is entered here, so unsaved entries are saved first
        (as a draft). Newly printed originals are signed anew: the tick is cleared while they print."""
        if self.case is None:
            return
        if document != "agreement" or self.case.status not in ("in_progress", "returned"):
            start_printing(self, document)
            return
        entries = {**self.entries(), "signed": False}
        saved = self.case.entries.get(self.step.value) or {}
        if all(saved.get(key) == value for key, value in entries.items()):
            self.signed.setChecked(False)
            start_printing(self, document)
            return
        self.tasks.run(
            self.backend.save_step,
            self.session,
            self.case.case_id,
            self.step.value,
            entries,
            False,
            on_done=self._saved_for_print,
            on_error=self.show_error,
            owner=self,
            writes=True,
            busy_text=tr("Contract", "Saving the entries the agreement prints…"),
        )

    def _saved_for_print(self, case: CaseView) -> None:
        self.case = case
        self.signed.setChecked(False)
        self.caseUpdated.emit(case)
        start_printing(self, "agreement")

    def blocking_reason(self) -> str | None:
        if not self.signed.isChecked() and "agreement" not in self.printed:
            return tr("Contract", "Print the agreement in two originals first.")
        if not self.signed.isChecked():
            return tr("Contract", "Record that the agreement is signed.")
        if not self.confirmed.isChecked():
            return tr("Contract", "Record the customer's confirmation.")
        if self.case is not None:
            from teller_app.domain.seals import seal_card_problems
            from ui.messages import describe

            intake = self.case.entries.get("intake", {})
            problems = seal_card_problems(
                self.entries()["seals"],  # type: ignore[arg-type]
                organisation=self.case.customer_kind != "individual",
                agent_acts=isinstance(intake, dict) and intake.get("present") == "agent",
            )
            if problems:
                return describe(problems[0])
        return None


def start_printing(page: StepPage, document: str) -> None:
    """Print one of the case's documents at the counter (ui/counter/print_preview.py)."""
    from ui.counter.print_preview import start_printing as print_at_counter

    print_at_counter(page, document, getattr(page, "document_printed", None))
