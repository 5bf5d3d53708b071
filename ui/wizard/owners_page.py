"""Beneficial owners (受益所有人): shareholders with nested holdings, the computed owners and why, and each
owner's record under the 2024 rules (owner_record_form.py). The owners are found by the core's domain as
the teller types; Next waits while any identified owner's record lacks a field, saying which and where."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teller_app.domain.errors import TellerError
from teller_app.domain.owner_details import owner_record_problems
from teller_app.domain.owner_records import identified_owners
from teller_app.domain.steps import Step
from teller_app.services.step_records import holders_from
from ui.backend import CaseView
from ui.i18n import tr
from ui.widgets import label, named, set_role
from ui.wizard.holdings_tree import IN_A_CIRCLE, Misplaced, nest
from ui.wizard.owner_kinds import KIND_ROLE, KindDelegate, kind_words
from ui.wizard.owner_record_form import OwnerRecordForm
from ui.wizard.owners_exemption import SeniorManagerBox
from ui.wizard.owners_view import owners_lines, record_status, share_text, share_to_percent
from ui.wizard.page import StepPage

ID, NAME, KIND, EQUITY, THROUGH, CONTROLS, RECORD = range(7)
SENIOR_MANAGER = "senior_manager"  # the record key (and owner id) of the senior manager


def _percent_to_share(text: str) -> str:
    """ "60" or "60%" → "0.6" (exact); anything else (nothing entered too) is passed on for the core to
    refuse by name."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        return str(Decimal(cleaned) / 100) if cleaned else ""
    except InvalidOperation:
        return text


class OwnersPage(StepPage):
    step = Step.BENEFICIAL_OWNERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beneficialOwnersPage")
        self.today = date.today
        self.records: dict[str, dict[str, Any]] = {}  # row number (or senior_manager) → the person's record
        self._last_number = 0  # the numbers of removed rows are never given again (nothing re-links)
        self._misplaced: list[Misplaced] = []
        self._shown_record = ""
        self._owners: list[dict[str, Any]] = []
        self._problem: TellerError | None = None
        self.hint = label("ownersHint", "hint")
        self.table = named(QTableWidget(0, RECORD + 1), "shareholders")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        self._kind_delegate = KindDelegate(self.table)  # the kind is chosen from a list, never typed
        self.table.setItemDelegateForColumn(KIND, self._kind_delegate)
        self.table.itemChanged.connect(lambda _item: self._edited())
        self.table.currentCellChanged.connect(lambda row, *_: self._row_chosen(row))
        self.add_person = named(QPushButton(), "addPersonButton")
        self.add_company = named(QPushButton(), "addCompanyButton")
        self.remove = named(QPushButton(), "removeShareholderButton")
        self.compute = named(QPushButton(), "computeOwnersButton")
        self.add_person.clicked.connect(lambda: self._add_and_type("natural_person"))
        self.add_company.clicked.connect(lambda: self._add_and_type("entity"))
        self.remove.clicked.connect(self._remove_selected)
        self.compute.clicked.connect(self.compute_owners)
        buttons = QHBoxLayout()
        for button in (self.add_person, self.add_company, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.compute)
        self.record_form = OwnerRecordForm()
        self.record_form.changed.connect(self._record_edited)
        self.record_form.subject.currentIndexChanged.connect(lambda _i: self._subject_chosen())
        self.manager_box = SeniorManagerBox()
        box = self.manager_box
        self.manager_name, self.manager_title, self.exemption = (
            box.manager_name,
            box.manager_title,
            box.exemption,
        )
        self.capital, self.no_outside_control = box.capital, box.no_outside_control
        self.commitment_signed_by, self.commitment_reference = box.signed_by, box.reference
        self.manager_name.textChanged.connect(lambda _t: self._edited())
        self.exemption.toggled.connect(self.changed)
        self.no_outside_control.toggled.connect(self.changed)
        self.result = label("ownersResult")
        left = QVBoxLayout()
        left.addWidget(self.hint)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.manager_box)
        left.addWidget(self.result)
        scroll = named(QScrollArea(), "ownerRecordScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.record_form)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(scroll, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            tr(
                "Owners",
                "List the shareholders. For a company that holds shares, add its own shareholders and name "
                "it under “held through”. Shares in percent (0 for a person who only controls). Choose a "
                "person to enter their record on the right.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                tr("Owners", "No."),
                tr("Owners", "Name"),
                tr("Owners", "Kind"),
                tr("Owners", "Equity %"),
                tr("Owners", "Held through (No.)"),
                tr("Owners", "Controls"),
                tr("Owners", "Owner's record"),
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
        self.manager_box.retranslate()
        for r in range(self.table.rowCount()):
            kind = self.table.item(r, KIND)
            if kind is not None:
                kind.setText(kind_words(str(kind.data(KIND_ROLE))))
        self.record_form.retranslate()
        self._refresh()

    # -- the shareholders table -------------------------------------------------------------------------

    def add_holder(
        self, kind: str, name: str = "", equity: str = "", through: str = "", number: str = ""
    ) -> int:
        """A row at the end, numbered by the page (the number asked for if free, else the next never used)."""
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        taken = {self._text(row, ID) for row in range(r)}
        if not (number.isdigit() and number not in taken):
            number = str(self._last_number + 1)
        self._last_number = max(self._last_number, int(number))
        self.table.setItem(r, ID, _read_only(number))  # the link to the person's record: never typed over
        self.table.setItem(r, NAME, QTableWidgetItem(name))
        kind_item = QTableWidgetItem(kind_words(kind))
        kind_item.setData(KIND_ROLE, kind)
        self.table.setItem(r, KIND, kind_item)
        self.table.setItem(r, EQUITY, QTableWidgetItem(equity))
        self.table.setItem(r, THROUGH, QTableWidgetItem(through))
        controls = QTableWidgetItem()
        controls.setCheckState(_unchecked())
        self.table.setItem(r, CONTROLS, controls)
        self.table.setItem(r, RECORD, _read_only(""))
        self.table.blockSignals(False)
        self._edited()
        return r

    def set_owner_record(self, row: int, record: dict[str, object]) -> None:
        """Put one person's record (the 2024 rules' fields) in, as the teller would enter it."""
        key = self._text(row, ID)
        self.records[key] = {k: v for k, v in record.items() if k not in ("id", "name", "kind", "equity")}
        if self._shown_record == key:
            self.record_form.set_record(self.records[key])
        self._edited()

    def _add_and_type(self, kind: str) -> None:
        """Add a row from the button: its name opens for typing (an input method's first character too)."""
        r = self.add_holder(kind)
        self.table.setFocus()
        self.table.setCurrentCell(r, NAME)
        self.table.editItem(self.table.item(r, NAME))

    def _remove_selected(self) -> None:
        if self.table.currentRow() >= 0:
            self.records.pop(self._text(self.table.currentRow(), ID), None)
            self.table.removeRow(self.table.currentRow())
            self._edited()

    def _text(self, r: int, column: int) -> str:
        item = self.table.item(r, column)
        return item.text().strip() if item is not None else ""

    def _is_person(self, r: int) -> bool:
        item = self.table.item(r, KIND)
        return item is not None and item.data(KIND_ROLE) == "natural_person"

    def shareholders(self) -> list[dict[str, object]]:
        """The table as the nested holdings the core computes on, each person with their record."""
        nodes: dict[str, dict[str, object]] = {}
        parents: dict[str, str] = {}
        companies: set[str] = set()
        for r in range(self.table.rowCount()):
            number = self._text(r, ID)
            kind_item = self.table.item(r, KIND)
            controls_item = self.table.item(r, CONTROLS)
            node: dict[str, object] = {
                "id": f"h{number}",
                "name": self._text(r, NAME),
                "kind": kind_item.data(KIND_ROLE) if kind_item is not None else "natural_person",
                "equity": _percent_to_share(self._text(r, EQUITY)),
                "controls": bool(controls_item and controls_item.checkState() == _checked()),
            }
            if self._is_person(r):
                node.update(self.records.get(number, {}))
            else:
                companies.add(number)
            nodes[number] = node
            if self._text(r, THROUGH):
                parents[number] = self._text(r, THROUGH)
        top, self._misplaced = nest(nodes, parents, companies)
        return top

    def set_entries(self, entries: dict[str, object]) -> None:
        self.table.setRowCount(0)
        self.records = {}
        self._last_number = 0

        def add(items: object, through: str) -> None:
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    saved_id = str(item.get("id", ""))
                    r = self.add_holder(
                        str(item.get("kind", "natural_person")),
                        str(item.get("name", "")),
                        share_to_percent(item.get("equity", "")),
                        through,
                        saved_id[1:] if saved_id.startswith("h") else "",  # the number it had
                    )
                    controls = self.table.item(r, CONTROLS)
                    if controls is not None and item.get("controls"):
                        controls.setCheckState(_checked())
                    if item.get("kind", "natural_person") == "natural_person":
                        self.records[self._text(r, ID)] = {
                            k: v
                            for k, v in item.items()
                            if k not in ("id", "name", "kind", "equity", "holders")
                        }
                    add(item.get("holders"), self._text(r, ID))

        add(entries.get("shareholders"), "")
        self.manager_box.set_entries(entries)
        manager = entries.get("senior_manager")
        if isinstance(manager, dict):
            self.records[SENIOR_MANAGER] = {
                k: v for k, v in manager.items() if k not in ("id", "name", "title")
            }
        self._shown_record = ""
        self._edited()
        self._subject_chosen()

    def entries(self) -> dict[str, object]:
        data: dict[str, object] = {"shareholders": self.shareholders()}
        if self.manager_name.text().strip():
            data["senior_manager"] = {
                **self.records.get(SENIOR_MANAGER, {}),
                "id": SENIOR_MANAGER,
                "name": self.manager_name.text().strip(),
                "title": self.manager_title.text().strip(),
            }
        data.update(self.manager_box.exemption_entries())
        return data

    # -- whose record is shown ------------------------------------------------------------------------

    def _people(self) -> list[tuple[str, str]]:
        """(record key, label) of every natural person in the table and the senior manager, if named."""
        people = [
            (self._text(r, ID), f"{self._text(r, ID)}. {self._text(r, NAME)}")
            for r in range(self.table.rowCount())
            if self._is_person(r)
        ]
        if self.manager_name.text().strip():
            name = self.manager_name.text().strip()
            people.append((SENIOR_MANAGER, tr("Owners", "Senior manager: {name}", name=name)))
        return people

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < self.table.rowCount() and self._is_person(row):
            combo = self.record_form.subject
            combo.setCurrentIndex(max(0, combo.findData(self._text(row, ID))))

    def _subject_chosen(self) -> None:
        key = str(self.record_form.subject.currentData() or "")
        if key == self._shown_record:
            return
        self._shown_record = key
        self.record_form.set_record(self.records.get(key, {}))
        self._show_record()

    def _record_edited(self) -> None:
        if self._shown_record:
            self.records[self._shown_record] = {
                **{k: v for k, v in self.records.get(self._shown_record, {}).items() if k in _KEPT},
                **self.record_form.record(),
            }
        self._edited()

    def _edited(self) -> None:
        """Something was typed: the people to choose from, the owners and their records' gaps again."""
        combo = self.record_form.subject
        people = self._people()
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != people:
            combo.blockSignals(True)
            combo.clear()
            for key, text in people:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(self._shown_record)))
            combo.blockSignals(False)
            self._subject_chosen()
        self.record_form.setEnabled(bool(people))
        self.compute_owners()
        self.changed.emit()

    # -- the owners, computed by the core's domain --------------------------------------------------------

    def compute_owners(self) -> None:
        """The beneficial owners of what is entered (the core computes the same when the step is saved)."""
        from teller_app import reference_data

        self._owners, self._problem = [], None
        entries = self.entries()
        if not self.exemption.isChecked() and entries["shareholders"]:
            try:
                holders = holders_from(entries["shareholders"])
                self._owners = identified_owners(entries, holders, self.today(), reference_data.countries())
            except TellerError as error:
                self._problem = error
        self._refresh()

    def computed_owners(self) -> list[dict[str, object]]:
        return list(self._owners)

    def _owner(self, key: str) -> dict[str, Any] | None:
        wanted = SENIOR_MANAGER if key == SENIOR_MANAGER else f"h{key}"
        return next((o for o in self._owners if o.get("id") == wanted), None)

    def _problems(self, owner: dict[str, Any]) -> list[TellerError]:
        from teller_app import reference_data

        return owner_record_problems(owner, self.today(), reference_data.countries())

    def _refresh(self) -> None:
        self._show_statuses()
        self._show_record()
        self._show_result()

    def _show_statuses(self) -> None:
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, RECORD)
            if cell is not None:
                person = self._is_person(r)
                text, colour = record_status(self._owner(self._text(r, ID)) if person else None, person)
                cell.setText(text)
                cell.setToolTip(text)
                cell.setForeground(QColor(colour))
        self.table.blockSignals(False)

    def _show_record(self) -> None:
        from ui.messages import describe

        owner = self._owner(self._shown_record) if self._shown_record else None
        self.record_form.show_share(*share_text(owner))
        self.record_form.show_problems(self._problems(owner) if owner else [], describe)

    def _show_result(self) -> None:

        saved = self.case.entries.get(self.step.value, {}) if self.case else {}
        if self.exemption.isChecked():
            recorded = isinstance(saved, dict) and saved.get("exemption") and "filing" in saved
            self.result.setText(
                tr("Owners", "Exemption by commitment recorded.")
                if recorded
                else tr("Owners", "Exemption by commitment: the core checks it when you press Next.")
            )
            return
        wrong = self._problem_words()
        if wrong:
            self.result.setText(wrong)
            set_role(self.result, "error")
            return
        set_role(self.result, "")
        if not self._owners:
            self.result.setText(
                tr("Owners", "Enter the shareholders: the beneficial owners are found as you type.")
            )
            return
        self.result.setText(owners_lines(self._owners))

    def _problem_words(self) -> str:
        """A "held through" that places no row, or the core's refusal of the holdings ("" for none)."""
        from ui.messages import describe

        for wrong in self._misplaced:
            row = next(r for r in range(self.table.rowCount()) if self._text(r, ID) == wrong.number)
            name = self._text(row, NAME) or wrong.number
            if wrong.why == IN_A_CIRCLE:
                return tr(
                    "Owners",
                    "No. {number} ({name}) is held through No. {through}, and the holdings go round in a "
                    "circle back to it: correct “held through”.",
                    number=wrong.number,
                    name=name,
                    through=wrong.through,
                )
            return tr(
                "Owners",
                "No. {number} ({name}) is held through “{through}”, which is not the number of a company in "
                "the table: correct “held through”.",
                number=wrong.number,
                name=name,
                through=wrong.through,
            )
        return describe(self._problem) if self._problem is not None else ""

    def load(self, case: CaseView | None) -> None:
        super().load(case)
        self._refresh()

    def blocking_reason(self) -> str | None:
        from ui.messages import describe

        if self.exemption.isChecked():
            return self.manager_box.exemption_problem()
        for r in range(self.table.rowCount()):
            if not self._text(r, EQUITY):
                return tr(
                    "Owners",
                    "Enter the equity of {name} in percent (0 for a person who only controls).",
                    name=self._text(r, NAME) or self._text(r, ID),
                )
        wrong = self._problem_words()
        if wrong:
            return wrong
        if not self._owners:
            return tr("Owners", "Enter the shareholders first.")
        for owner in self._owners:
            problems = self._problems(owner)
            if problems:
                return describe(problems[0])
        return None


_KEPT = ("title",)  # what a record keeps that the form does not show


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _checked() -> Qt.CheckState:
    return Qt.CheckState.Checked


def _unchecked() -> Qt.CheckState:
    return Qt.CheckState.Unchecked
