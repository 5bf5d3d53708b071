"""The owners page's table of shareholders: its columns, the numbers the page gives the rows (never typed,
never given twice, so a row stays linked to its person's record and to what "held through" names), the kind
chosen from a list, and each cell's text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ui.i18n import tr
from ui.wizard.held_through import (
    THROUGH_ROLE,
    WRONG_COLOUR,
    ThroughDelegate,
    company_words,
    not_listed_words,
)
from ui.wizard.owner_kinds import KIND_ROLE, KindDelegate, kind_words

ID, NAME, KIND, EQUITY, THROUGH, CONTROLS, RECORD = range(7)


class ShareholderTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, RECORD + 1)
        self.setObjectName("shareholders")
        self.last_number = 0  # the numbers of removed rows are never given again (nothing re-links)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        self._kind_delegate = KindDelegate(self)  # the kind is chosen from a list, never typed
        self.setItemDelegateForColumn(KIND, self._kind_delegate)
        self._through_delegate = ThroughDelegate(self, self)  # chosen from the companies listed, never typed
        self.setItemDelegateForColumn(THROUGH, self._through_delegate)

    def event(self, event: QEvent) -> bool:
        """F2 edits the current cell, as in every table a teller knows, instead of reaching the main window's
        F2 (the flowchart): the table claims the key before the window's shortcut sees it."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_F2 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                event.accept()
                return True
        return super().event(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
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
        self.setAccessibleName(tr("Owners", "Shareholders"))
        for r in range(self.rowCount()):
            kind = self.item(r, KIND)
            if kind is not None:
                kind.setText(kind_words(str(kind.data(KIND_ROLE))))
        self.show_through_words()

    def add_row(self, kind: str, name: str, equity: str, through: str, number: str) -> int:
        """A row at the end, numbered by the page (the number asked for if free, else the next never used);
        no signal is sent for it."""
        r = self.rowCount()
        self.blockSignals(True)
        self.insertRow(r)
        taken = {self.cell_text(row, ID) for row in range(r)}
        if not (number.isdigit() and number not in taken):
            number = str(self.last_number + 1)
        self.last_number = max(self.last_number, int(number))
        self.setItem(r, ID, _read_only(number))  # the link to the person's record: never typed over
        self.setItem(r, NAME, QTableWidgetItem(name))
        kind_item = QTableWidgetItem(kind_words(kind))
        kind_item.setData(KIND_ROLE, kind)
        self.setItem(r, KIND, kind_item)
        self.setItem(r, EQUITY, QTableWidgetItem(equity))
        through_item = QTableWidgetItem()
        through_item.setData(THROUGH_ROLE, through)
        self.setItem(r, THROUGH, through_item)
        controls = QTableWidgetItem()
        controls.setCheckState(Qt.CheckState.Unchecked)
        self.setItem(r, CONTROLS, controls)
        self.setItem(r, RECORD, _read_only(""))
        self.blockSignals(False)
        return r

    def through(self, r: int) -> str:
        """The number of the company row r is held through ("" for held directly)."""
        item = self.item(r, THROUGH)
        return str(item.data(THROUGH_ROLE) or "") if item is not None else ""

    def company_choices(self, number: str) -> list[tuple[str, str]]:
        """(number, name) of the companies row `number` may be held through: not itself, nor a row held
        through it (directly or further down), so no circle can be chosen."""
        parents = {self.cell_text(r, ID): self.through(r) for r in range(self.rowCount())}

        def under(candidate: str) -> bool:
            seen: set[str] = set()
            while candidate and candidate not in seen:
                if candidate == number:
                    return True
                seen.add(candidate)
                candidate = parents.get(candidate, "")
            return False

        return [
            (self.cell_text(r, ID), self.cell_text(r, NAME))
            for r in range(self.rowCount())
            if not self.is_person(r) and not under(self.cell_text(r, ID))
        ]

    def show_through_words(self) -> None:
        """Each "held through" cell names its company as listed now, or says it is no company of the table."""
        companies = {
            self.cell_text(r, ID): self.cell_text(r, NAME)
            for r in range(self.rowCount())
            if not self.is_person(r)
        }
        blocked = self.blockSignals(True)
        for r in range(self.rowCount()):
            item, number = self.item(r, THROUGH), self.through(r)
            if item is None:
                continue
            if not number:
                words = ""
            elif number in companies and number != self.cell_text(r, ID):
                words = company_words(number, companies[number])
            else:
                words = not_listed_words(number)
            if item.text() != words:
                item.setText(words)
                item.setToolTip(words)
                flagged = bool(number) and words == not_listed_words(number)
                item.setData(Qt.ItemDataRole.ForegroundRole, QColor(WRONG_COLOUR) if flagged else None)
        self.blockSignals(blocked)

    def clear_rows(self) -> None:
        self.setRowCount(0)
        self.last_number = 0

    def cell_text(self, r: int, column: int) -> str:
        item = self.item(r, column)
        return item.text().strip() if item is not None else ""

    def kind(self, r: int) -> str:
        item = self.item(r, KIND)
        return str(item.data(KIND_ROLE)) if item is not None else "natural_person"

    def is_person(self, r: int) -> bool:
        return self.kind(r) == "natural_person"

    def controls(self, r: int) -> bool:
        item = self.item(r, CONTROLS)
        return bool(item and item.checkState() == Qt.CheckState.Checked)

    def row_of(self, number: str) -> int:
        return next((r for r in range(self.rowCount()) if self.cell_text(r, ID) == number), -1)


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
