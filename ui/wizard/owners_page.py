"""Beneficial owners (受益所有人): shareholders with nested holdings, the computed owners and why."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
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

ID, NAME, KIND, EQUITY, THROUGH, ID_NUMBER, CONTROLS = range(7)
# The 2024 rules' fields of an owner's record (《受益所有人信息管理办法》), after the columns above.
DETAIL_COLUMNS = (
    ("sex", QT_TRANSLATE_NOOP("Owners", "Sex (male/female)")),
    ("birth_date", QT_TRANSLATE_NOOP("Owners", "Date of birth")),
    ("nationality", QT_TRANSLATE_NOOP("Owners", "Nationality")),
    ("address", QT_TRANSLATE_NOOP("Owners", "Address")),
    ("contact", QT_TRANSLATE_NOOP("Owners", "Contact")),
    ("id_type", QT_TRANSLATE_NOOP("Owners", "ID type")),
    ("id_valid_from", QT_TRANSLATE_NOOP("Owners", "ID valid from")),
    ("id_expiry", QT_TRANSLATE_NOOP("Owners", "ID valid until")),
    ("relationship_from", QT_TRANSLATE_NOOP("Owners", "Owner since")),
    ("relationship_until", QT_TRANSLATE_NOOP("Owners", "Owner until")),
    ("control_means", QT_TRANSLATE_NOOP("Owners", "Means of control")),
)
FIRST_DETAIL = CONTROLS + 1
GAP_NAMES = {
    "id_number": QT_TRANSLATE_NOOP("Owners", "ID number"),
    **{name: text for name, text in DETAIL_COLUMNS},
}
KINDS = {
    "natural_person": QT_TRANSLATE_NOOP("Owners", "Person"),
    "entity": QT_TRANSLATE_NOOP("Owners", "Company"),
}
REASONS = {
    "equity": QT_TRANSLATE_NOOP("Owners", "holds at least 25% of the equity"),
    "profit": QT_TRANSLATE_NOOP("Owners", "has at least 25% of the profit rights"),
    "voting": QT_TRANSLATE_NOOP("Owners", "has at least 25% of the voting rights"),
    "control": QT_TRANSLATE_NOOP("Owners", "controls the customer by other means"),
    "senior_manager": QT_TRANSLATE_NOOP("Owners", "runs daily operations (nobody else qualifies)"),
}


def _percent_to_share(text: str) -> str:
    """ "60" or "60%" → "0.6" (exact); anything else is passed on for the core to refuse by name."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        return str(Decimal(cleaned) / 100) if cleaned else "0"
    except InvalidOperation:
        return text


def _share_to_percent(text: object) -> str:
    try:
        return f"{(Decimal(str(text)) * 100).normalize():f}"
    except InvalidOperation:
        return str(text)


class OwnersPage(StepPage):
    step = Step.BENEFICIAL_OWNERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beneficialOwnersPage")
        self.hint = label("ownersHint", "hint")
        self.table = named(QTableWidget(0, FIRST_DETAIL + len(DETAIL_COLUMNS)), "shareholders")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_person = named(QPushButton(), "addPersonButton")
        self.add_company = named(QPushButton(), "addCompanyButton")
        self.remove = named(QPushButton(), "removeShareholderButton")
        self.compute = named(QPushButton(), "computeOwnersButton")
        self.add_person.clicked.connect(lambda: self.add_holder("natural_person"))
        self.add_company.clicked.connect(lambda: self.add_holder("entity"))
        self.remove.clicked.connect(self._remove_selected)
        self.compute.clicked.connect(self.compute_owners)
        buttons = QHBoxLayout()
        for button in (self.add_person, self.add_company, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.compute)
        self.manager_box = named(QGroupBox(), "seniorManagerBox")
        self.manager_name = named(QLineEdit(), "seniorManagerName")
        self.manager_title = named(QLineEdit(), "seniorManagerTitle")
        self.exemption = named(QCheckBox(), "ownersExemption")
        self.capital = named(QLineEdit(), "registeredCapital")
        self.exemption.toggled.connect(self.changed)
        # The exemption's third condition and the customer's signed commitment (承诺书).
        self.no_outside_control = named(QCheckBox(), "ownersNoOutsideControl")
        self.no_outside_control.toggled.connect(self.changed)
        self.commitment_signed_by = named(QLineEdit(), "commitmentSignedBy")
        self.commitment_signed_by.setMaxLength(100)
        self.commitment_reference = named(QLineEdit(), "commitmentReference")
        self.commitment_reference.setMaxLength(64)
        self.manager_labels = [
            label("seniorManagerNameLabel"),
            label("seniorManagerTitleLabel"),
            label("capitalLabel"),
            label("commitmentSignedByLabel"),
            label("commitmentReferenceLabel"),
        ]
        form = QFormLayout(self.manager_box)
        form.addRow(self.manager_labels[0], self.manager_name)
        form.addRow(self.manager_labels[1], self.manager_title)
        form.addRow(self.exemption)
        form.addRow(self.manager_labels[2], self.capital)
        form.addRow(self.no_outside_control)
        form.addRow(self.manager_labels[3], self.commitment_signed_by)
        form.addRow(self.manager_labels[4], self.commitment_reference)
        self.result = label("ownersResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.manager_box)
        layout.addWidget(self.result)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            tr(
                "Owners",
                "List the shareholders. For a company that holds shares, add its own shareholders and name "
                "it under “held through”. Shares in percent.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                tr("Owners", "No."),
                tr("Owners", "Name"),
                tr("Owners", "Kind"),
                tr("Owners", "Equity %"),
                tr("Owners", "Held through (No.)"),
                tr("Owners", "ID number"),
                tr("Owners", "Controls"),
                *(tr("Owners", text) for _name, text in DETAIL_COLUMNS),
            ]
        )
        self.table.setAccessibleName(tr("Owners", "Shareholders"))
        for button, text in (
            (self.add_person, tr("Owners", "Add &person")),
            (self.add_company, tr("Owners", "Add &company")),
            (self.remove, tr("Owners", "&Remove")),
            (self.compute, tr("Owners", "&Find the beneficial owners")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.manager_box.setTitle(tr("Owners", "Senior manager and exemption"))
        self.manager_labels[0].setText(tr("Owners", "Senior manager's name:"))
        self.manager_labels[1].setText(tr("Owners", "Title:"))
        self.manager_labels[2].setText(tr("Owners", "Registered capital (CNY):"))
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
        self.manager_labels[3].setText(tr("Owners", "Commitment signed by:"))
        self.manager_labels[4].setText(tr("Owners", "Commitment reference:"))
        self.commitment_signed_by.setAccessibleName(tr("Owners", "Commitment signed by"))
        self.commitment_reference.setAccessibleName(tr("Owners", "Commitment reference"))
        for r in range(self.table.rowCount()):
            kind = self.table.item(r, KIND)
            if kind is not None:
                kind.setText(tr("Owners", KINDS[str(kind.data(256))]))
        self._show_result()

    def add_holder(
        self, kind: str, name: str = "", equity: str = "", through: str = "", id_number: str = ""
    ) -> int:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        number = QTableWidgetItem(f"{r + 1}")
        self.table.setItem(r, ID, number)
        self.table.setItem(r, NAME, QTableWidgetItem(name))
        kind_item = QTableWidgetItem(tr("Owners", KINDS[kind]))
        kind_item.setData(256, kind)
        self.table.setItem(r, KIND, kind_item)
        self.table.setItem(r, EQUITY, QTableWidgetItem(equity))
        self.table.setItem(r, THROUGH, QTableWidgetItem(through))
        self.table.setItem(r, ID_NUMBER, QTableWidgetItem(id_number))
        controls = QTableWidgetItem()
        controls.setCheckState(_unchecked())
        self.table.setItem(r, CONTROLS, controls)
        for offset in range(len(DETAIL_COLUMNS)):
            self.table.setItem(r, FIRST_DETAIL + offset, QTableWidgetItem(""))
        self.table.blockSignals(False)
        self.changed.emit()
        return r

    def set_owner_record(self, row: int, record: dict[str, object]) -> None:
        """Put one person's record (the 2024 rules' fields) into the row's fields, as the teller would."""
        self.table.blockSignals(True)
        if record.get("id_number"):
            self.table.item(row, ID_NUMBER).setText(str(record["id_number"]))
        for offset, (name, _text) in enumerate(DETAIL_COLUMNS):
            if name in record:
                self.table.item(row, FIRST_DETAIL + offset).setText(str(record[name]))
        self.table.blockSignals(False)
        self.changed.emit()

    def _remove_selected(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.changed.emit()

    def _text(self, r: int, column: int) -> str:
        item = self.table.item(r, column)
        return item.text().strip() if item is not None else ""

    def shareholders(self) -> list[dict[str, object]]:
        """The table as the nested holdings the core computes on."""
        nodes: dict[str, dict[str, object]] = {}
        parents: dict[str, str] = {}
        for r in range(self.table.rowCount()):
            number = self._text(r, ID) or str(r + 1)
            kind_item = self.table.item(r, KIND)
            controls_item = self.table.item(r, CONTROLS)
            node: dict[str, object] = {
                "id": f"h{number}",
                "name": self._text(r, NAME),
                "kind": kind_item.data(256) if kind_item is not None else "natural_person",
                "equity": _percent_to_share(self._text(r, EQUITY)),
                "controls": bool(controls_item and controls_item.checkState() == _checked()),
            }
            if self._text(r, ID_NUMBER):
                node["id_number"] = self._text(r, ID_NUMBER)
            for offset, (name, _text) in enumerate(DETAIL_COLUMNS):
                if self._text(r, FIRST_DETAIL + offset):
                    node[name] = self._text(r, FIRST_DETAIL + offset)
            nodes[number] = node
            if self._text(r, THROUGH):
                parents[number] = self._text(r, THROUGH)
        top = []
        for number, node in nodes.items():
            parent = nodes.get(parents.get(number, ""))
            if parent is not None:
                children = parent.setdefault("holders", [])
                assert isinstance(children, list)
                children.append(node)
            else:
                top.append(node)
        return top

    def set_entries(self, entries: dict[str, object]) -> None:
        self.table.setRowCount(0)

        def add(items: object, through: str) -> None:
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    r = self.add_holder(
                        str(item.get("kind", "natural_person")),
                        str(item.get("name", "")),
                        _share_to_percent(item.get("equity", "0")),
                        through,
                        str(item.get("id_number", "")),
                    )
                    controls = self.table.item(r, CONTROLS)
                    if controls is not None and item.get("controls"):
                        controls.setCheckState(_checked())
                    self.table.blockSignals(True)
                    for offset, (name, _text) in enumerate(DETAIL_COLUMNS):
                        cell = self.table.item(r, FIRST_DETAIL + offset)
                        if cell is not None:
                            cell.setText(str(item.get(name, "")))
                    self.table.blockSignals(False)
                    add(item.get("holders"), str(r + 1))

        add(entries.get("shareholders"), "")
        manager = entries.get("senior_manager")
        if isinstance(manager, dict):
            self.manager_name.setText(str(manager.get("name", "")))
            self.manager_title.setText(str(manager.get("title", "")))
        self.exemption.setChecked(bool(entries.get("exemption")))
        self.capital.setText(str(entries.get("registered_capital", "")))
        commitment = entries.get("commitment")
        if isinstance(commitment, dict):
            self.no_outside_control.setChecked(commitment.get("no_outside_control_or_benefit") is True)
            self.commitment_signed_by.setText(str(commitment.get("signed_by", "")))
            self.commitment_reference.setText(str(commitment.get("reference", "")))
        self._show_result()

    def entries(self) -> dict[str, object]:
        data: dict[str, object] = {"shareholders": self.shareholders()}
        if self.manager_name.text().strip():
            data["senior_manager"] = {
                "name": self.manager_name.text().strip(),
                "title": self.manager_title.text().strip(),
            }
        if self.exemption.isChecked():
            data["exemption"] = True
            data["registered_capital"] = self.capital.text().strip()
            data["commitment"] = {
                "no_outside_control_or_benefit": self.no_outside_control.isChecked(),
                "signed_by": self.commitment_signed_by.text().strip(),
                "reference": self.commitment_reference.text().strip(),
            }
        return data

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self._show_result()

    def compute_owners(self) -> None:
        self.check_entries(self._computed, self.show_error, tr("Owners", "Finding the beneficial owners…"))

    def _computed(self, case: CaseView) -> None:
        self.case = case
        self._show_result()
        self.caseUpdated.emit(case)

    def computed_owners(self) -> list[dict[str, object]]:
        saved = self.case.entries.get(self.step.value, {}) if self.case else {}
        owners = saved.get("owners") if isinstance(saved, dict) else None
        return [o for o in owners if isinstance(o, dict)] if isinstance(owners, list) else []

    def _show_result(self) -> None:
        saved = self.case.entries.get(self.step.value, {}) if self.case else {}
        if isinstance(saved, dict) and saved.get("exemption") and "filing" in saved:
            self.result.setText(tr("Owners", "Exemption by commitment recorded."))
            return
        owners = self.computed_owners()
        if not owners:
            self.result.setText(
                tr("Owners", "Press “Find the beneficial owners” after entering the shareholders.")
            )
            return
        lines = [tr("Owners", "Beneficial owners:")]
        for owner in owners:
            reasons = owner.get("reasons")
            listed = reasons if isinstance(reasons, list) else []
            why = ", ".join(tr("Owners", REASONS.get(str(r), str(r))) for r in listed)
            lines.append(
                tr(
                    "Owners",
                    "• {name}: {equity}% of the equity — {why}",
                    name=owner.get("name", ""),
                    equity=_share_to_percent(owner.get("equity", "0")),
                    why=why,
                )
            )
            gaps = owner.get("record_gaps")
            if isinstance(gaps, list) and gaps:
                lines.append(
                    tr(
                        "Owners",
                        "  The record lacks: {fields}",
                        fields=tr("Owners", ", ").join(
                            tr("Owners", GAP_NAMES.get(str(g), str(g))) for g in gaps
                        ),
                    )
                )
        self.result.setText("\n".join(lines))

    def blocking_reason(self) -> str | None:
        if self.exemption.isChecked():
            if not self.capital.text().strip():
                return tr("Owners", "Enter the registered capital for the exemption.")
            if not self.no_outside_control.isChecked():
                return tr(
                    "Owners", "The exemption needs the customer's commitment that nobody else controls it."
                )
            if not (self.commitment_signed_by.text().strip() and self.commitment_reference.text().strip()):
                return tr("Owners", "Enter who signed the commitment and its reference.")
            return None
        if not self.computed_owners():
            return tr("Owners", "Find the beneficial owners first.")
        return None


def _checked() -> Qt.CheckState:
    return Qt.CheckState.Checked


def _unchecked() -> Qt.CheckState:
    return Qt.CheckState.Unchecked
