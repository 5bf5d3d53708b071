"""F2 in the owners table edits the current cell, as in every table a teller knows; anywhere else on the page
it still opens the procedure's flowchart (the main window's F2)."""

from __future__ import annotations

from counter_walks import case_at_owners, owners_page_of
from keyboard_entry import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.wizard.owners_page import NAME


def test_f2_in_the_owners_table_edits_the_cell_and_elsewhere_opens_the_flowchart(qtbot, core, signed_in):
    window = signed_in("teller1")
    page = owners_page_of(qtbot, window, case_at_owners(core, window))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # a person
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=2_000)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2_000)
    type_text(qtbot, QApplication.focusWidget(), "王建国")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    page.table.setCurrentCell(0, NAME)

    qtbot.keyClick(page.table, Qt.Key.Key_F2)

    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2_000)
    assert window.pages.currentWidget() is not window.flowchart
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "王建国"  # the name, open for correcting
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_text(qtbot, editor, "某")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    assert page.table.item(0, NAME).text() == "王建国某"

    page.table.clearFocus()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F2)  # off the table: the window's F2, the flowchart
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.flowchart, timeout=2_000)
