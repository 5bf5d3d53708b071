"""Contract (合同签订): preview and print the agreement, record that it was signed, and the seal card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.steps import Step
from ui.backend import CaseView
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets import label, named
from ui.wizard.page import StepPage

DEFAULT_SEALS = (
    QT_TRANSLATE_NOOP("Contract", "Company seal (单位公章)"),
    QT_TRANSLATE_NOOP("Contract", "Financial seal (财务专用章)"),
    QT_TRANSLATE_NOOP("Contract", "Legal representative's name seal (法定代表人名章)"),
)


class ContractPage(StepPage):
    step = Step.CONTRACT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractPage")
        self.hint = label("contractHint", "hint")
        self.preview_button = named(QPushButton(), "previewAgreementButton")
        self.preview_button.clicked.connect(lambda: self.print_document("agreement"))
        self.signed = named(QCheckBox(), "agreementSigned")
        self.confirmed = named(QCheckBox(), "customerConfirmed")
        self.seals = named(QTableWidget(0, 2), "sealCard")
        self.seals.verticalHeader().setVisible(False)
        self.seals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.seals.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_seal = named(QPushButton(), "addSealButton")
        self.add_seal.clicked.connect(lambda: self._add_seal("", ""))
        self.seal_title = label("sealCardTitle", "subtitle")
        for box in (self.signed, self.confirmed):
            box.toggled.connect(self.changed)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
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
        self.preview_button.setText(tr("Contract", "&Preview and print the agreement…"))
        self.signed.setText(tr("Contract", "Both originals are signed and sealed"))
        self.confirmed.setText(tr("Contract", "The customer confirmed the account type, services and fees"))
        self.seal_title.setText(tr("Contract", "Seal card (预留印鉴)"))
        self.seals.setHorizontalHeaderLabels([tr("Contract", "Seal"), tr("Contract", "Holder")])
        self.seals.setAccessibleName(tr("Contract", "Seal card"))
        self.add_seal.setText(tr("Contract", "&Add a seal"))
        for widget in (self.preview_button, self.signed, self.confirmed, self.add_seal):
            widget.setAccessibleName(widget.text().replace("&", "").rstrip("…"))

    def _add_seal(self, kind: str, holder: str) -> None:
        r = self.seals.rowCount()
        self.seals.blockSignals(True)
        self.seals.insertRow(r)
        self.seals.setItem(r, 0, QTableWidgetItem(kind))
        self.seals.setItem(r, 1, QTableWidgetItem(holder))
        self.seals.blockSignals(False)
        self.changed.emit()

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        if case is not None and self.seals.rowCount() == 0 and case.customer_kind != "individual":
            for seal in DEFAULT_SEALS[:2]:
                self._add_seal(tr("Contract", seal), case.customer_name)

    def set_entries(self, entries: dict[str, object]) -> None:
        self.signed.setChecked(entries.get("signed") is True)
        self.confirmed.setChecked(entries.get("customer_confirmed") is True)
        seals = entries.get("seals")
        if isinstance(seals, list):
            self.seals.setRowCount(0)
            for seal in seals:
                if isinstance(seal, dict):
                    self._add_seal(str(seal.get("kind", "")), str(seal.get("holder", "")))

    def entries(self) -> dict[str, object]:
        seals = []
        for r in range(self.seals.rowCount()):
            kind, holder = self.seals.item(r, 0), self.seals.item(r, 1)
            if kind is not None and kind.text().strip():
                seals.append({"kind": kind.text().strip(), "holder": holder.text().strip() if holder else ""})
        return {
            "signed": self.signed.isChecked(),
            "customer_confirmed": self.confirmed.isChecked(),
            "seals": seals,
        }

    def print_document(self, document: str) -> None:
        if self.case is not None:
            start_printing(self, document)

    def blocking_reason(self) -> str | None:
        if not self.signed.isChecked():
            return tr("Contract", "Record that the agreement is signed.")
        if not self.confirmed.isChecked():
            return tr("Contract", "Record the customer's confirmation.")
        if self.case is not None and self.case.customer_kind != "individual" and not self.entries()["seals"]:
            return tr("Contract", "Record the seal card.")
        return None


def start_printing(page: StepPage, document: str) -> None:
    """Ask the core for the document as a PDF (on the writer: printing is an audit event), then preview it."""
    import tempfile

    from ui.printing import preview

    assert page.case is not None
    folder = tempfile.mkdtemp(prefix="teller-print-")
    path = f"{folder}/{document}-{page.case.case_id[:8]}.pdf"

    def show(done: str, settings: dict[str, object]) -> None:
        dialog = preview(done, document, page, str(settings.get("printer", "") or ""))
        page.print_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    def with_printer(done: str) -> None:  # the printer chosen in Settings, read on a worker
        page.tasks.run(
            page.backend.settings,
            on_done=lambda settings: show(done, settings),
            on_error=lambda _error: show(done, {}),
            owner=page,
        )

    page.tasks.run(
        page.backend.print_document,
        page.session,
        page.case.case_id,
        document,
        path,
        on_done=with_printer,
        on_error=page.show_error,
        owner=page,
        writes=True,
        busy_text=tr("Contract", "Preparing the document…"),
    )
