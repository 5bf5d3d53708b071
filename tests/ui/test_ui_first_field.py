"""The cursor goes to a screen's first field once, and never back after the teller has moved it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.keyboard import focus_first_input


def _page(qtbot) -> tuple[QWidget, QLineEdit, QLineEdit]:
    page = QWidget()
    qtbot.addWidget(page)
    first, second = QLineEdit(objectName="first"), QLineEdit(objectName="second")
    layout = QVBoxLayout(page)
    layout.addWidget(first)
    layout.addWidget(second)
    return page, first, second


def test_a_field_the_teller_moved_to_keeps_the_cursor_when_the_page_settles(qtbot):
    page, first, second = _page(qtbot)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    focus_first_input(page)
    assert QApplication.focusWidget() is first
    second.setFocus()  # the teller's first key, delivered before the page's own events came round
    qtbot.wait(20)
    assert QApplication.focusWidget() is second


def test_a_page_shown_after_it_is_filled_still_gets_its_first_field(qtbot):
    page, first, _second = _page(qtbot)
    focus_first_input(page)  # not on screen yet: nothing to focus now
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2_000)
