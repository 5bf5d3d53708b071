"""A number typed into an owners table cell is kept whichever key moves on: Save, Next or Ctrl+Enter pressed
while the cell is still open, or after the cursor has left it for another cell or field (Tab, Alt+letter)
and Enter goes forward from there. The core is sent the number typed, never the cell's old value."""

from __future__ import annotations

import pytest
from counter_walks import case_at_owners, owners_page_of
from keyboard_entry import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from teller_app.services.demo import REPRESENTATIVE, owner_record, sample_resident_id
from ui.wizard.owners_page import EQUITY

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
MOVES = {  # how the cursor leaves the cell first (None: it stays in the open cell), then the key that moves on
    "save in the cell": (None, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    "next in the cell": (None, Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
    "ctrl+enter in the cell": (None, Qt.Key.Key_Return, CTRL),
    "tab to the next cell, save": (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        Qt.Key.Key_F5,
        Qt.KeyboardModifier.NoModifier,
    ),
    "alt+d to the address, enter": ((Qt.Key.Key_D, ALT), Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
}


@pytest.mark.parametrize("move", MOVES)
def test_a_number_typed_in_an_owners_cell_is_saved_whichever_key_moves_on(
    qtbot, core, signed_in, monkeypatch, move
):
    window = signed_in("teller1")
    page = owners_page_of(qtbot, window, case_at_owners(core, window))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)  # a person: the name opens for typing
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=2_000)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2_000)
    type_text(qtbot, QApplication.focusWidget(), REPRESENTATIVE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    page.set_owner_record(0, owner_record("", REPRESENTATIVE, sample_resident_id()))  # Next is open
    page.table.setCurrentCell(0, EQUITY)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # the equity cell opens
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2_000)
    cell = QApplication.focusWidget()
    type_text(qtbot, cell, "60")
    sent: list[dict] = []
    real_save = core.save_step

    def save_step(session, case_id, step, entries, advance):
        sent.append(entries)
        return real_save(session, case_id, step, entries, advance)

    monkeypatch.setattr(core, "save_step", save_step)
    leave, key, modifiers = MOVES[move]
    if leave is not None:
        qtbot.keyClick(cell, *leave)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not cell, timeout=2_000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)

    qtbot.waitUntil(lambda: bool(sent), timeout=5_000)
    assert sent[0]["shareholders"][0]["equity"] == "0.6", sent[0]  # 60 %
    assert page.table.item(0, EQUITY).text() == "60"
