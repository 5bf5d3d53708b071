"""A shareholder's "held through" in the owners table: chosen in the cell from the companies the table lists
(F2 or a key opens the list, ↑/↓ choose, Enter keeps), with a first choice for "held directly"; never typed.
A row is never offered itself nor a row held through it (no circle can be chosen), and a row held through a
company no longer listed keeps that number, flagged, until the teller chooses again: nothing is re-linked."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.i18n import tr

THROUGH_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the number of the company held through ("" directly)
WRONG_COLOUR = "#b00020"  # a cell to choose again, in the colour of a record's "missing or wrong"

Index = QModelIndex | QPersistentModelIndex


class Companies(Protocol):
    def company_choices(self, number: str) -> list[tuple[str, str]]: ...


def company_words(number: str, name: str) -> str:
    """A company as listed in the cell and its list: its number first, so typing the number finds it."""
    return tr("Owners", "{number}. {name}", number=number, name=name)


def not_listed_words(number: str) -> str:
    """A row held through a number that is no company of the table (removed, or a person): choose again."""
    return tr("Owners", "{number}: not a company in the table, choose again", number=number)


class ThroughDelegate(QStyledItemDelegate):
    """Edits "held through" with a list: held directly, then the companies this row may be held through."""

    def __init__(self, table: Companies, parent: QWidget) -> None:
        super().__init__(parent)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("heldThrough")
        combo.setAccessibleName(tr("Owners", "Held through"))
        combo.addItem(tr("Owners", "(held directly)"), "")
        row_number = str(index.siblingAtColumn(0).data() or "")
        for number, name in self.table.company_choices(row_number):
            combo.addItem(company_words(number, name), number)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        number = str(index.data(THROUGH_ROLE) or "")
        if number and editor.findData(number) < 0:  # no longer listed: kept, flagged, until chosen again
            editor.insertItem(1, not_listed_words(number), number)
        editor.setCurrentIndex(max(0, editor.findData(number)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        number = str(editor.currentData() or "")
        if number != str(index.data(THROUGH_ROLE) or ""):
            model.setData(index, number, THROUGH_ROLE)
            model.setData(index, editor.currentText() if number else "", Qt.ItemDataRole.DisplayRole)
