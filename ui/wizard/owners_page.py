"""Beneficial owners (受益所有人): shareholders with nested holdings (shareholder_table.py), the computed
owners and why, and each owner's record under the 2024 rules (owner_record_form.py). The owners are found
by the core's domain as the teller types; Next waits while any identified owner's record lacks a field,
saying which and where."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
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
from ui.wizard.holdings_tree import Misplaced, nest
from ui.wizard.owner_record_form import OwnerRecordForm
from ui.wizard.owners_exemption import SeniorManagerBox
from ui.wizard.owners_view import (
    misplaced_words,
    owners_lines,
    percent_to_share,
    record_status,
    share_text,
    share_to_percent,
)
from ui.wizard.page import StepPage
from ui.wizard.shareholder_table import CONTROLS, EQUITY, ID, KIND, NAME, RECORD, THROUGH, ShareholderTable

__all__ = ["CONTROLS", "EQUITY", "ID", "KIND", "NAME", "RECORD", "THROUGH", "OwnersPage"]  # tests use them

SENIOR_MANAGER = "senior_manager"  # the record key (and owner id) of the senior manager


class OwnersPage(StepPage):
    step = Step.BENEFICIAL_OWNERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("beneficialOwnersPage")
        self.today = date.today
        self.records: dict[str, dict[str, Any]] = {}  # row number (or senior_manager) → the person's record
        self._misplaced: list[Misplaced] = []
        self._shown_record = ""
        self._owners: list[dict[str, Any]] = []
        self._problem: TellerError | None = None
        self.hint = label("ownersHint", "hint")
        self.table = ShareholderTable()
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
        self.exemption.toggled.connect(lambda _on: self._edited())
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
                "List the shareholders. For a company that holds shares, add its own shareholders and choose "
                "it under “held through”. Shares in percent (0 for a person who only controls). Choose a "
                "person to enter their record on the right.",
            )
        )
        self.table.retranslate()
        for button, text in (
            (self.add_person, tr("Owners", "Add &person")),
            (self.add_company, tr("Owners", "Add &company")),
            (self.remove, tr("Owners", "&Remove")),
            (self.compute, tr("Owners", "&Find the beneficial owners")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.manager_box.retranslate()
        self.record_form.retranslate()
        self._refresh()

    # -- the shareholders table -------------------------------------------------------------------------

    def add_holder(
        self, kind: str, name: str = "", equity: str = "", through: str = "", number: str = ""
    ) -> int:
        """A row at the end, numbered by the page (the number asked for if free, else the next never used)."""
        r = self.table.add_row(kind, name, equity, through, number)
        self._edited()
        return r

    def set_owner_record(self, row: int, record: dict[str, object]) -> None:
        """Put one person's record (the 2024 rules' fields) in, as the teller would enter it."""
        key = self.table.cell_text(row, ID)
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
            self.records.pop(self.table.cell_text(self.table.currentRow(), ID), None)
            self.table.removeRow(self.table.currentRow())
            self._edited()

    def shareholders(self) -> list[dict[str, object]]:
        """The table as the nested holdings the core computes on, each person with their record."""
        nodes: dict[str, dict[str, object]] = {}
        parents: dict[str, str] = {}
        companies: set[str] = set()
        for r in range(self.table.rowCount()):
            number = self.table.cell_text(r, ID)
            node: dict[str, object] = {
                "id": f"h{number}",
                "name": self.table.cell_text(r, NAME),
                "kind": self.table.kind(r),
                "equity": percent_to_share(self.table.cell_text(r, EQUITY)),
                "controls": self.table.controls(r),
            }
            if self.table.is_person(r):
                node.update(self.records.get(number, {}))
            else:
                companies.add(number)
            nodes[number] = node
            if self.table.through(r):
                parents[number] = self.table.through(r)
        top, self._misplaced = nest(nodes, parents, companies)
        return top

    def set_entries(self, entries: dict[str, object]) -> None:
        self.table.clear_rows()
        self.records = {}

        def add(items: object, through: str) -> None:
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    saved_id = str(item.get("id", ""))
                    r = self.add_holder(
                        str(item.get("kind", "natural_person")),
                        str(item.get("name", "")),
                        share_to_percent(item.get("equity", "")),
                        through or str(item.get("held_through") or ""),  # a draft's misplaced row
                        saved_id[1:] if saved_id.startswith("h") else "",  # the number it had
                    )
                    controls = self.table.item(r, CONTROLS)
                    if controls is not None and item.get("controls"):
                        controls.setCheckState(Qt.CheckState.Checked)
                    if item.get("kind", "natural_person") == "natural_person":
                        self.records[self.table.cell_text(r, ID)] = {
                            k: v
                            for k, v in item.items()
                            if k not in ("id", "name", "kind", "equity", "holders", "held_through")
                        }
                    add(item.get("holders"), self.table.cell_text(r, ID))

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
            (self.table.cell_text(r, ID), f"{self.table.cell_text(r, ID)}. {self.table.cell_text(r, NAME)}")
            for r in range(self.table.rowCount())
            if self.table.is_person(r)
        ]
        if self.manager_name.text().strip():
            name = self.manager_name.text().strip()
            people.append((SENIOR_MANAGER, tr("Owners", "Senior manager: {name}", name=name)))
        return people

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < self.table.rowCount() and self.table.is_person(row):
            combo = self.record_form.subject
            combo.setCurrentIndex(max(0, combo.findData(self.table.cell_text(row, ID))))

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
        self.table.show_through_words()  # a company renamed or removed: its dependents' cells say so
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
                person = self.table.is_person(r)
                text, colour = record_status(
                    self._owner(self.table.cell_text(r, ID)) if person else None, person
                )
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
            return misplaced_words(
                wrong, self.table.cell_text(self.table.row_of(wrong.number), NAME) or wrong.number
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
            if not self.table.cell_text(r, EQUITY):
                return tr(
                    "Owners",
                    "Enter the equity of {name} in percent (0 for a person who only controls).",
                    name=self.table.cell_text(r, NAME) or self.table.cell_text(r, ID),
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
