"""Tables of the screens: read-only lists of cases and of figures, and putting rows of texts into them.

Apart from ui/widgets.py, which the sign-in window imports: Qt's table classes and their enums are made
only when a screen with a table is built, not before the first window (bench/startup).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ui.widgets import named

# A case list's cells carry the case's id under Qt.ItemDataRole.UserRole, written as its value: naming the
# Qt namespace at import would create its ~90 enums, ~40 ms before the sign-in window (bench/startup).
CASE_ID_ROLE = 256


def list_table(object_name: str, columns: int) -> QTableWidget:
    """A read-only list: whole rows are chosen, nothing is edited in place, no row numbers."""
    table = named(QTableWidget(0, columns), object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    return table


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]]) -> list[list[QTableWidgetItem]]:
    """Each row's texts into its cells; the items made, row by row, for a caller that marks some of them."""
    table.setRowCount(len(rows))
    made: list[list[QTableWidgetItem]] = []
    for row, cells in enumerate(rows):
        items = [QTableWidgetItem(text) for text in cells]
        for column, item in enumerate(items):
            table.setItem(row, column, item)
        made.append(items)
    return made


def plain_table(object_name: str) -> QTableWidget:
    """A read-only table of figures whose columns the content sets (`fill_table`); its columns share the width."""
    table = named(QTableWidget(0, 0), object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setTabKeyNavigation(False)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
    """Columns named by `headers`, then the rows: None shows as empty, numbers are set to the right."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    texts = [["" if value is None else str(value) for value in row] for row in rows]
    for row, items in zip(rows, fill_rows(table, texts), strict=True):
        for value, item in zip(row, items, strict=True):
            if isinstance(value, (int, float)):
                from PySide6.QtCore import Qt

                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fill_case_table(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """A case list's rows: (case id, the cells' texts); every cell carries the case id (CASE_ID_ROLE)."""
    table.setRowCount(len(rows))
    for row, (case_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(CASE_ID_ROLE, case_id)
            table.setItem(row, column, item)


def fit_columns(table: QTableWidget, stretch: int = 0) -> None:
    """After `fill_table`: every column as wide as its header and its cells, whole, but column `stretch`,
    which takes the room left; its texts, elided where that room is short, show whole in their tooltip."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    for row in range(table.rowCount()):
        item = table.item(row, stretch)
        if item is not None:
            item.setToolTip(item.text())
